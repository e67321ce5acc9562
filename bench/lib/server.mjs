// The loopback servers of the benchmarks, run in their own process (fork) so they do not share
// the measured client's event loop: `api` answers every request with a small JSON body, `file`
// streams N bytes, `waiter` answers OTC's errorlog-download with CREATING until the task is done.
// Only ever listens on 127.0.0.1. Sends { port } over IPC once listening.
import http from "node:http";

const [mode = "api", arg = "0"] = process.argv.slice(2);
const API_BODY = JSON.stringify({
  requestId: "bench-request",
  link: "https://example.com/redis.log?Expires=9999999999",
  result: { publicURL: "https://example.com/a.log", internalURL: "http://internal/a.log" },
});
const CHUNK = Buffer.alloc(1 << 20, 97); // 1 MiB of "a"
const started = new Map(); // waiter: instance -> { at, requests }

function file(res, size) {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
  let left = size;
  const write = () => {
    while (left > 0) {
      const n = Math.min(left, CHUNK.length);
      left -= n;
      if (!res.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n))) return void res.once("drain", write);
    }
    res.end();
  };
  write();
}

const server = http.createServer((req, res) => {
  if (mode === "file") return file(res, Number(arg));
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    if (mode === "waiter") {
      // /v3/{project}/instances/{instance_id}/errorlog-download; a valid OTC instance id (32 hex
      // digits + "in" + 2 digits) whose first 16 digits say when the task finishes, in ms after its first request.
      const instance = req.url.split("/")[4] ?? "";
      const now = Date.now();
      let task = started.get(instance);
      if (!task) started.set(instance, (task = { at: now, requests: 0, finishAt: now + Number(instance.slice(0, 16)) }));
      task.requests++;
      const done = now >= task.finishAt;
      const body = JSON.stringify(done ? { status: "FINISH", list: [{ file_name: "e.log", file_link: "https://example.com/e.log" }] } : { status: "CREATING" });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      return res.end(body);
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(API_BODY) });
    res.end(API_BODY);
  });
});
server.keepAliveTimeout = 60_000;
process.on("message", (message) => {
  if (message?.type === "stats") process.send({ type: "stats", tasks: Object.fromEntries(started) });
  if (message?.type === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
server.listen(0, "127.0.0.1", () => process.send({ type: "listening", port: server.address().port }));
