// A file server behind an emulated wide-area link, in user space, in its own process (fork):
// every connection is capped at RATE bytes/s and its answer starts LATENCY ms after the request;
// files are generated on the fly (`/f/<size>/<name>`, nothing on disk), with an ETag and ranges.
// Modes: `normal`; `cut`: an answer is cut half-way through, once per file (the first answer to
// get there); `expiring`: a link carries
// `?exp=<epoch ms>`, answers 403 after it and is cut when it expires mid-body, and
// `/renew/<size>/<name>` hands out a link valid for EXPIRE ms more. Only listens on 127.0.0.1.
// Counts the bytes it sends per file (IPC `stats`) so that a client's refetches show.
import http from "node:http";
import { PATTERN } from "./wan-pattern.mjs";

const [mode = "normal", rateArg = String(8 * 2 ** 20), latencyArg = "40", expireArg = "3000"] = process.argv.slice(2);
const RATE = Number(rateArg);
const LATENCY = Number(latencyArg);
const EXPIRE = Number(expireArg);
// Written every TICK: small enough that the cap is smooth, large enough for few timers.
const PIECE = 64 * 1024;

const stats = { requests: 0, ranged: 0, status403: 0, cuts: 0, sentBytes: 0, files: {} };

/** Bytes [first, end) of the pattern file, written at RATE bytes/s; `stopAt` (absolute offset) cuts the connection there. */
function stream(response, record, first, end, stopAt, expiresAt) {
  let offset = first;
  const started = Date.now();
  let sent = 0;
  const next = () => {
    if (response.destroyed) return;
    // Another connection may have cut the file's middle meanwhile: once per file.
    const limit = stopAt !== undefined && !record.cut ? stopAt : Number.POSITIVE_INFINITY;
    if (offset >= limit || (expiresAt !== undefined && Date.now() >= expiresAt)) {
      if (offset >= limit) record.cut = true;
      stats.cuts++;
      return response.destroy();
    }
    if (offset >= end) return response.end();
    const start = offset % PATTERN.length;
    const length = Math.min(PIECE, end - offset, PATTERN.length - start, limit - offset);
    offset += length;
    sent += length;
    record.sentBytes += length;
    stats.sentBytes += length;
    const writable = response.write(PATTERN.subarray(start, start + length));
    // The time the bytes sent so far may take at RATE: wait for whatever of it is left.
    const wait = Math.max(0, started + (sent / RATE) * 1000 - Date.now());
    if (writable) setTimeout(next, wait);
    else response.once("drain", () => setTimeout(next, Math.max(0, started + (sent / RATE) * 1000 - Date.now())));
  };
  next();
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://bench");
  const [, route, sizeArg, name = "file.bin"] = url.pathname.split("/");
  const size = Number(sizeArg);
  if (route === "renew") {
    const body = `http://127.0.0.1:${server.address().port}/f/${size}/${name}?exp=${Date.now() + EXPIRE}`;
    return response.writeHead(200, { "content-type": "text/plain" }).end(body);
  }
  if (route !== "f" || !Number.isSafeInteger(size)) return response.writeHead(404).end();
  const key = `/f/${size}/${name}`;
  stats.requests++;
  const record = (stats.files[key] ??= { size, sentBytes: 0, answers: 0 });
  record.answers++;
  setTimeout(() => {
    const expiresAt = mode === "expiring" ? Number(url.searchParams.get("exp") ?? 0) : undefined;
    if (expiresAt !== undefined && Date.now() >= expiresAt) {
      stats.status403++;
      return response
        .writeHead(403, { "content-type": "application/xml" })
        .end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
    }
    const etag = `"${size}-pattern"`;
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "");
    const ifRange = request.headers["if-range"];
    const headers = { "content-type": "application/octet-stream", "accept-ranges": "bytes", etag };
    let first = 0;
    let end = size;
    let status = 200;
    if (range && (ifRange === undefined || ifRange === etag) && Number(range[1]) < size) {
      first = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]) + 1, size) : size;
      status = 206;
      stats.ranged++;
      headers["content-range"] = `bytes ${first}-${end - 1}/${size}`;
    }
    headers["content-length"] = end - first;
    response.writeHead(status, headers);
    const stopAt = mode === "cut" && !record.cut ? first + Math.floor((end - first) / 2) : undefined;
    stream(response, record, first, end, stopAt, expiresAt);
  }, LATENCY);
});
server.keepAliveTimeout = 60_000;
process.on("message", (message) => {
  if (message?.type === "stats") process.send({ type: "stats", tasks: stats });
  if (message?.type === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
server.listen(0, "127.0.0.1", () => process.send({ type: "listening", port: server.address().port }));
