import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { AbortError, ConnectionError, InvalidParameterError } from "@loglink/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DownloadError, type DownloadProgress, download, LinkExpiredError } from "../src/node.js";

// A log file of `size` bytes whose content says where each byte is, so a reordered or truncated
// copy cannot pass for the original.
const logFile = (size: number) => "0123456789abcdef\n".repeat(Math.ceil(size / 17)).slice(0, size);
const contents = (path: string) => readFile(path, "utf8");

let server: Server;
let origin: string;
let requests: string[] = [];
let headers: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url!);
    headers.push(request.headers);
    const [, route, size = "0", hops = "0"] = request.url!.split("?")[0]!.split("/");
    const body = logFile(Number(size));
    if (route === "file") {
      response.writeHead(200, { "content-length": body.length });
      // Several writes, so progress is reported more than once.
      for (let offset = 0; offset < body.length; offset += 4096) response.write(body.slice(offset, offset + 4096));
      response.end();
    } else if (route === "stall") {
      // Sends the first half and then nothing: only an abort ends this download.
      response.writeHead(200, { "content-length": body.length });
      response.write(body.slice(0, body.length / 2));
    } else if (route === "cut") {
      // Announces the whole file, sends half and drops the connection.
      response.writeHead(200, { "content-length": body.length });
      response.write(body.slice(0, body.length / 2), () => response.destroy());
    } else if (route === "hop") {
      // Redirects `hops` times (relative Locations), then once more to the file by its full URL.
      const location = Number(hops) > 0 ? `/hop/${size}/${Number(hops) - 1}` : `${origin}/file/${size}`;
      response.writeHead(Number(hops) % 2 ? 301 : 307, { location }).end();
    } else if (route === "loop") {
      response.writeHead(302, { location: "/loop" }).end();
    } else if (route === "scheme") {
      response.writeHead(302, { location: "file:///etc/passwd" }).end();
    } else if (route === "userinfo") {
      response.writeHead(302, { location: `http://user:secret@${request.headers.host}/file/10` }).end();
    } else if (route === "nowhere") {
      response.writeHead(302).end();
    } else if (route === "gzip") {
      // A storage object saved with Content-Encoding: gzip is served so whatever the client asks.
      const gzipped = gzipSync(body);
      response.writeHead(200, { "content-encoding": "gzip", "content-length": gzipped.length }).end(gzipped);
    } else {
      response.writeHead(403, { "content-type": "application/xml" }).end("<Error><Code>AccessDenied</Code></Error>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let dir: string;
beforeEach(async () => {
  requests = [];
  headers = [];
  dir = await mkdtemp(join(tmpdir(), "loglink-download-"));
  return () => rm(dir, { recursive: true, force: true });
});

const existing = "the complete file of an earlier download\n";

/** The earlier download's file (`a.log`) is still the folder's only file, unchanged: nothing partial or temporary beside it. */
async function expectOnlyTheExistingFile(destination: string): Promise<void> {
  expect(await readdir(dir)).toEqual(["a.log"]);
  expect(await contents(destination)).toEqual(existing);
}

describe("download", () => {
  it("streams the file to disk, reporting progress, and leaves only the file", async () => {
    const progress: DownloadProgress[] = [];
    const destination = join(dir, "logs", "postgresql.log");
    const size = 1 << 20; // more than one socket read, so more than one progress report
    const result = await download({ url: `${origin}/file/${size}`, sizeBytes: size }, destination, {
      onProgress: (update) => progress.push(update),
    });
    expect(result).toEqual({ path: destination, sizeBytes: size, skipped: false });
    expect(await contents(destination)).toEqual(logFile(size));
    expect(await readdir(join(dir, "logs"))).toEqual(["postgresql.log"]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ receivedBytes: size, totalBytes: size });
    const received = progress.map((update) => update.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it("takes the total from Content-Length when the link has no size, and replaces an existing file once complete", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    let total: number | undefined;
    await download({ url: `${origin}/file/5000` }, destination, { onProgress: (update) => (total = update.totalBytes) });
    expect(total).toBe(5000);
    expect(await contents(destination)).toEqual(logFile(5000));
    expect(await readdir(dir)).toEqual(["a.log"]);
  });

  it("an empty file (the OTC example announces 0 bytes) is saved empty", async () => {
    expect(await download({ url: `${origin}/file/0`, sizeBytes: 0 }, join(dir, "empty.log"))).toMatchObject({ sizeBytes: 0 });
    expect(await contents(join(dir, "empty.log"))).toBe("");
  });

  it("abort mid-file: AbortError, no partial file, the existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    const controller = new AbortController();
    const attempt = download({ url: `${origin}/stall/65536` }, destination, {
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("user pressed Ctrl-C")),
    });
    await expect(attempt).rejects.toBeInstanceOf(AbortError);
    await expect(attempt).rejects.toMatchObject({ cause: new Error("user pressed Ctrl-C") });
    await expectOnlyTheExistingFile(destination);
  });

  it("size mismatch: DownloadError with both sizes, nothing saved, the existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    const attempt = download({ url: `${origin}/file/3000`, sizeBytes: 4096 }, destination);
    await expect(attempt).rejects.toBeInstanceOf(DownloadError);
    await expect(attempt).rejects.toMatchObject({ reason: "size-mismatch", expectedBytes: 4096, receivedBytes: 3000 });
    await expectOnlyTheExistingFile(destination);
  });

  it("audit sizes are whole KB: within 1 KiB passes, more does not", async () => {
    const link = { provider: "huawei-audit" as const, sizeBytes: 3 * 1024 };
    await download({ ...link, url: `${origin}/file/3000` }, join(dir, "close.log"));
    expect(await contents(join(dir, "close.log"))).toEqual(logFile(3000));
    await expect(download({ ...link, url: `${origin}/file/2000` }, join(dir, "far.log"))).rejects.toMatchObject({
      reason: "size-mismatch",
    });
    expect(await readdir(dir)).toEqual(["close.log"]);
  });

  it("expired link: LinkExpiredError before any request", async () => {
    const expiresAt = new Date(Date.now() - 1000);
    const attempt = download({ url: `${origin}/file/10`, expiresAt }, join(dir, "a.log"));
    await expect(attempt).rejects.toBeInstanceOf(LinkExpiredError);
    await expect(attempt).rejects.toMatchObject({ expiresAt });
    // A bare URL is checked by its own signed query (the JD Cloud example's window closed in 2020).
    const signed = `${origin}/file/10?X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-Signature=abc`;
    await expect(download({ url: signed }, join(dir, "a.log"))).rejects.toThrow(/expired at 2020-01-08T04:13:19\.000Z/);
    expect(requests).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("an expired link never touches an existing file", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    await expect(download({ url: `${origin}/file/10`, expiresAt: new Date(0) }, destination)).rejects.toBeInstanceOf(LinkExpiredError);
    expect(requests).toEqual([]);
    await expectOnlyTheExistingFile(destination);
  });

  it("a signal aborted before the start: AbortError, nothing written, the existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    const attempt = download({ url: `${origin}/file/100` }, destination, { signal: AbortSignal.abort(new Error("cancelled")) });
    await expect(attempt).rejects.toBeInstanceOf(AbortError);
    await expectOnlyTheExistingFile(destination);
  });

  it("an HTTP error leaves an existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    await expect(download({ url: `${origin}/denied` }, destination)).rejects.toMatchObject({ reason: "status", status: 403 });
    await expectOnlyTheExistingFile(destination);
  });

  it("a link still valid is downloaded", async () => {
    await download({ url: `${origin}/file/10`, expiresAt: new Date(Date.now() + 60_000) }, join(dir, "a.log"));
    expect(await contents(join(dir, "a.log"))).toEqual(logFile(10));
  });

  it("HTTP error: DownloadError with the status, and the link's signature is not in the message", async () => {
    const attempt = download({ url: `${origin}/denied?Signature=s3cr3t&AWSAccessKeyId=AK` }, join(dir, "a.log"));
    await expect(attempt).rejects.toMatchObject({ name: "DownloadError", reason: "status", status: 403 });
    await expect(attempt).rejects.not.toThrow(/s3cr3t/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("connection dropped mid-file every time: ConnectionError after the retries, nothing saved, the existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    const attempt = download({ url: `${origin}/cut/65536` }, destination, { retries: 2 });
    await expect(attempt).rejects.toBeInstanceOf(ConnectionError);
    // No validator (ETag, Last-Modified) to guard a range: each retry starts from zero.
    expect(requests).toEqual(["/cut/65536", "/cut/65536", "/cut/65536"]);
    expect(headers.every((sent) => sent.range === undefined)).toBe(true);
    await expectOnlyTheExistingFile(destination);
  });

  it("no server: ConnectionError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(download({ url: `http://127.0.0.1:${port}/file/1` }, join(dir, "a.log"))).rejects.toBeInstanceOf(ConnectionError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("download: redirects and encoding", () => {
  it("follows redirects, relative and absolute, to the file", async () => {
    const destination = join(dir, "a.log");
    expect(await download({ url: `${origin}/hop/5000/3`, sizeBytes: 5000 }, destination)).toEqual({ path: destination, sizeBytes: 5000, skipped: false });
    expect(await contents(destination)).toEqual(logFile(5000));
    expect(requests).toEqual(["/hop/5000/3", "/hop/5000/2", "/hop/5000/1", "/hop/5000/0", "/file/5000"]);
  });

  it("follows at most 20 redirects: a loop is a DownloadError naming the status, not retried, the existing file untouched", async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    const attempt = download({ url: `${origin}/loop` }, destination);
    await expect(attempt).rejects.toMatchObject({ name: "DownloadError", reason: "redirects", status: 302 });
    await expect(attempt).rejects.not.toBeInstanceOf(ConnectionError);
    await expect(attempt).rejects.toThrow(/HTTP 302 more than 20 redirects/);
    expect(requests).toHaveLength(21);
    await expectOnlyTheExistingFile(destination);
  });

  it("a redirect elsewhere than http(s) is not followed: DownloadError, nothing saved", async () => {
    const attempt = download({ url: `${origin}/scheme` }, join(dir, "a.log"));
    await expect(attempt).rejects.toMatchObject({ name: "DownloadError", reason: "redirects", status: 302 });
    await expect(attempt).rejects.toThrow(/file: links are not downloaded/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a link, or a redirect, with user:password in it is refused: no credentials go out", async () => {
    await expect(download({ url: `${origin}/userinfo` }, join(dir, "a.log"))).rejects.toMatchObject({ name: "DownloadError", reason: "redirects" });
    const withCredentials = origin.replace("http://", "http://user:secret@");
    // The link itself: refused before any request.
    await expect(download({ url: `${withCredentials}/file/10` }, join(dir, "b.log"))).rejects.toBeInstanceOf(InvalidParameterError);
    expect(requests).toEqual(["/userinfo"]);
    expect(headers.every((sent) => sent.authorization === undefined)).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a 3xx without a Location is an HTTP error", async () => {
    await expect(download({ url: `${origin}/nowhere` }, join(dir, "a.log"))).rejects.toMatchObject({ reason: "status", status: 302 });
    expect(await readdir(dir)).toEqual([]);
  });

  it("asks for no compression, and saves a body the server encodes anyway exactly as sent", async () => {
    const destination = join(dir, "a.log.gz");
    let total: number | undefined;
    const result = await download({ url: `${origin}/gzip/5000` }, destination, { onProgress: (update) => (total = update.totalBytes) });
    const gzipped = gzipSync(logFile(5000));
    expect(result.sizeBytes).toBe(gzipped.length);
    expect(total).toBe(gzipped.length);
    expect(await readFile(destination)).toEqual(gzipped);
    expect(headers[0]?.["accept-encoding"]).toBeUndefined();
  });
});
