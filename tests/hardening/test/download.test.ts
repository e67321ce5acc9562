// The facade's download under faults: nothing partial is left on disk, errors are clear and
// typed, and no socket stays open.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AbortError, ConnectionError, InvalidParameterError } from "@loglink/core";
import { DownloadError, type DownloadProgress, download } from "loglink/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { failure, LINK_CREDENTIAL, LINK_SIGNATURE, presignedLink, renderings } from "./harness/secrets.js";
import { closedPort, eventually, startServer, type TestServer } from "./harness/server.js";

let server: TestServer;
let dir: string;
let held: Socket[] = [];
const content = (size: number) => Buffer.from("0123456789abcdef\n".repeat(Math.ceil(size / 17)).slice(0, size));
const SIZE = 256 * 1024;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.reset();
  held = [];
  dir = await mkdtemp(join(tmpdir(), "loglink-hardening-"));
});
afterEach(async () => {
  // Whatever the fault, the connection of the download must not stay open.
  expect(await eventually(() => held.every((socket) => socket.destroyed)), "the download's socket stayed open").toBe(true);
  await rm(dir, { recursive: true, force: true });
});

const link = (path = "/file.log") => ({ url: presignedLink(server.origin, path) });
const files = async (path = dir) => (await readdir(path, { recursive: true })).sort();
const expectNoLinkSecret = (error: unknown) => {
  for (const text of renderings(error)) for (const secret of [LINK_SIGNATURE, LINK_CREDENTIAL]) expect(text).not.toContain(secret);
};

/** Serves `body` in `chunk`-byte writes, each next one sent by `pace` once the previous was written. */
function trickle(body: Buffer, chunk: number, pace: (next: () => void) => void) {
  server.handle((request, response) => {
    held.push(request.socket);
    response.writeHead(200, { "content-length": String(body.length) });
    let offset = 0;
    const next = () => {
      if (offset >= body.length) return void response.end();
      const piece = body.subarray(offset, (offset += chunk));
      response.write(piece, () => pace(next));
    };
    next();
  });
}

describe("download under faults", () => {
  it("a connection reset mid-file: ConnectionError, nothing left", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": String(SIZE) });
      response.write(content(SIZE / 2), () => response.destroy());
    });
    const error = (await failure(download(link(), join(dir, "out.log")))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/failed after \d+ bytes/);
    expect(await files()).toEqual([]);
  });

  it("a slow server that trickles the file: the whole file, progress in order", async () => {
    const body = content(40 * 1024);
    trickle(body, 2048, (next) => setTimeout(next, 10));
    const progress: DownloadProgress[] = [];
    const result = await download(link(), join(dir, "nested", "out.log"), { onProgress: (step) => progress.push({ ...step }) });
    expect(result.sizeBytes).toBe(body.length);
    expect(await readFile(join(dir, "nested", "out.log"))).toEqual(body);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((step) => step.receivedBytes)).toEqual([...progress.map((step) => step.receivedBytes)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ receivedBytes: body.length, totalBytes: body.length });
    expect(await files()).toEqual(["nested", join("nested", "out.log")]);
  });

  it("a server that stops sending: only the caller's abort ends it, nothing left", async () => {
    const controller = new AbortController();
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": String(SIZE) });
      response.write(content(1024), () => setTimeout(() => controller.abort(), 50));
    });
    const error = await failure(download(link(), join(dir, "out.log"), { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(await files()).toEqual([]);
  });

  it("headers that never come, then abort: AbortError, nothing left", async () => {
    const controller = new AbortController();
    server.handle((request) => {
      held.push(request.socket);
      setTimeout(() => controller.abort(), 30);
    });
    expect(await failure(download(link(), join(dir, "out.log"), { signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(await files()).toEqual([]);
  });

  it("abort at every moment of the transfer never leaves a partial file", async () => {
    const body = content(64 * 1024);
    trickle(body, 8192, setImmediate);
    let aborted = 0;
    for (let delay = 0; delay < 12; delay++) {
      const controller = new AbortController();
      const running = download(link(), join(dir, "out.log"), { signal: controller.signal });
      setTimeout(() => controller.abort(), delay);
      const outcome = await running.then(
        (result) => result,
        (error: unknown) => error,
      );
      if (outcome instanceof AbortError) {
        aborted++;
        expect(await files()).toEqual([]);
      } else {
        expect(outcome).toEqual({ path: join(dir, "out.log"), sizeBytes: body.length, skipped: false });
        expect(await readFile(join(dir, "out.log"))).toEqual(body);
        await rm(join(dir, "out.log"));
      }
    }
    // An abort must have landed mid-transfer at least once, or the loop proved nothing.
    expect(aborted).toBeGreaterThan(0);
  });

  it("the destination's parent is a file (not writable): the file-system error, nothing left", async () => {
    await writeFile(join(dir, "blocker"), "not a directory");
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": String(SIZE) });
      response.write(content(1024));
      // The rest never comes: only a download that lets go of the response closes this socket.
    });
    const error = (await failure(download(link(), join(dir, "blocker", "out.log")))) as NodeJS.ErrnoException;
    expect(error.code).toMatch(/^(?:ENOTDIR|EEXIST)$/);
    expect(await files()).toEqual(["blocker"]);
  });

  it("the destination is a directory: the rename fails, nothing partial left", async () => {
    await mkdir(join(dir, "taken"));
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": "1024" }).end(content(1024));
    });
    const error = (await failure(download(link(), join(dir, "taken")))) as NodeJS.ErrnoException;
    expect(error.code).toMatch(/^(?:EISDIR|ENOTEMPTY|EEXIST|EPERM)$/);
    expect(await files()).toEqual(["taken"]);
  });

  it("a failure never replaces an existing file", async () => {
    await writeFile(join(dir, "out.log"), "the earlier, complete download\n");
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": String(SIZE) });
      response.write(content(SIZE / 4), () => response.destroy());
    });
    expect(await failure(download(link(), join(dir, "out.log")))).toBeInstanceOf(ConnectionError);
    expect(await readFile(join(dir, "out.log"), "utf8")).toBe("the earlier, complete download\n");
    expect(await files()).toEqual(["out.log"]);
  });

  it("a short file against the announced size: DownloadError(size-mismatch), nothing left", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200).end(content(1000));
    });
    const error = (await failure(download({ ...link(), sizeBytes: 2000 }, join(dir, "out.log")))) as DownloadError;
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.reason).toBe("size-mismatch");
    expect(await files()).toEqual([]);
  });

  it("403 from the storage: DownloadError(status), the link's signature not in the message", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(403, { "content-type": "application/xml" }).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
    });
    const error = (await failure(download(link(), join(dir, "out.log")))) as DownloadError;
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.status).toBe(403);
    expectNoLinkSecret(error);
    expect(await files()).toEqual([]);
  });

  it("connection refused: ConnectionError, nothing left", async () => {
    const port = await closedPort();
    const error = await failure(download({ url: presignedLink(`http://127.0.0.1:${port}`) }, join(dir, "out.log")));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(await files()).toEqual([]);
  });

  it("an onProgress that throws: its error, nothing left, the connection let go", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-length": String(SIZE) });
      response.write(content(4096));
      // The rest never comes.
    });
    const error = await failure(
      download(link(), join(dir, "out.log"), {
        onProgress: () => {
          throw new RangeError("progress bar broke");
        },
      }),
    );
    expect(error).toBeInstanceOf(RangeError);
    expect(await files()).toEqual([]);
  });

  it("an unparsable link: InvalidParameterError before any I/O, its signature not shown", async () => {
    const error = await failure(download({ url: presignedLink("http://[bad") }, join(dir, "out.log")));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(String(error)).toMatch(/the link is not a URL/);
    expectNoLinkSecret(error);
    expect(await files()).toEqual([]);
  });
});
