// download() and downloadAll() against a storage-like server on 127.0.0.1 that serves ranges with
// an ETag and misbehaves on request: cut connections, stalls, ignored ranges, expiring links.
// The server counts every byte it sends, so "resumed" means "no byte sent twice".
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AbortError, ConnectionError, InvalidParameterError, TimeoutError } from "@loglink/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DownloadAllProgress, type DownloadAllResult, DownloadError, download, downloadAll, LinkExpiredError, safeFileName } from "../src/node.js";

const logFiles = new Map<number, Buffer>();
const logFile = (size: number) => {
  let file = logFiles.get(size);
  if (!file) logFiles.set(size, (file = Buffer.from("0123456789abcdef\n".repeat(Math.ceil(size / 17)).slice(0, size))));
  return file;
};
const ETAG = '"v1"';

interface Served {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
  /** bytes [first, first + sent) of the file went out */
  first: number;
  sent: number;
}

/** What a route does to its nth request (n from 0, counted per path). */
interface Behaviour {
  /** never answer a range (no Accept-Ranges; a Range request gets the whole file) */
  noRanges?: boolean;
  /** announce Accept-Ranges, and still answer a Range request with the whole file */
  ignoresRanges?: boolean;
  /** send this share of the answer, then drop the connection */
  cut?: (n: number, ranged: boolean) => number | undefined;
  /** send this share of the answer, then nothing more */
  stall?: (n: number) => number | undefined;
  /** answer this status instead of the file */
  status?: (n: number, query: URLSearchParams) => number | undefined;
  /** hold the answer until this resolves */
  hold?: () => Promise<void>;
}

let server: Server;
let origin: string;
let served: Served[] = [];
let counts = new Map<string, number>();
let routes = new Map<string, Behaviour>();
let active = 0;
let maxActive = 0;

/** Writes `body` in 16 KiB pieces, counting what was handed to the socket. */
function send(response: ServerResponse, record: Served, body: Buffer, then: () => void) {
  let offset = 0;
  const next = () => {
    if (offset >= body.length) return then();
    const piece = body.subarray(offset, offset + 16384);
    offset += piece.length;
    record.sent += piece.length;
    response.write(piece, next);
  };
  next();
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url!, "http://x");
    const [, route = "", size = "0"] = url.pathname.split("/");
    const behaviour = routes.get(route) ?? {};
    const n = counts.get(url.pathname) ?? 0;
    counts.set(url.pathname, n + 1);
    const file = logFile(Number(size));
    active++;
    maxActive = Math.max(maxActive, active);
    response.on("close", () => active--);
    await behaviour.hold?.();
    const status = behaviour.status?.(n, url.searchParams);
    const record: Served = { path: url.pathname + url.search, headers: request.headers, status: status ?? 200, first: 0, sent: 0 };
    served.push(record);
    if (status) return void response.writeHead(status, { "content-type": "application/xml" }).end("<Error/>");

    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "");
    const rangeValid =
      range && !behaviour.noRanges && !behaviour.ignoresRanges && (request.headers["if-range"] === undefined || request.headers["if-range"] === ETAG);
    let body = file;
    const headers: Record<string, string | number> = { etag: ETAG, "content-type": "application/octet-stream" };
    if (!behaviour.noRanges) headers["accept-ranges"] = "bytes";
    if (rangeValid) {
      const first = Number(range[1]);
      const last = range[2] ? Number(range[2]) : file.length - 1;
      body = file.subarray(first, last + 1);
      record.first = first;
      record.status = 206;
      headers["content-range"] = `bytes ${first}-${last}/${file.length}`;
    }
    headers["content-length"] = body.length;
    response.writeHead(record.status, headers);
    const cut = behaviour.cut?.(n, Boolean(rangeValid));
    const stall = behaviour.stall?.(n);
    if (cut !== undefined) send(response, record, body.subarray(0, Math.floor(body.length * cut)), () => response.destroy());
    else if (stall !== undefined) send(response, record, body.subarray(0, Math.floor(body.length * stall)), () => {});
    else send(response, record, body, () => response.end());
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
  served = [];
  counts = new Map();
  routes = new Map();
  active = 0;
  maxActive = 0;
  dir = await mkdtemp(join(tmpdir(), "loglink-faults-"));
  return () => rm(dir, { recursive: true, force: true });
});

/** Bytes the server sent more than once: the sum of what it sent minus the file's size. */
const sentTwice = (size: number) => served.reduce((sum, record) => sum + record.sent, 0) - size;
const files = async () => (await readdir(dir)).sort();
/** The file is the whole log, byte for byte (Buffer.equals: toEqual walks megabytes element by element). */
async function expectFile(path: string, size: number) {
  const content = await readFile(path);
  expect(content.length).toBe(size);
  expect(content.equals(logFile(size)), "the file's bytes").toBe(true);
}

describe("download: broken connections", () => {
  it("a cut connection resumes with Range + If-Range: no byte fetched twice", async () => {
    const size = 300_000;
    routes.set("cut", { cut: (n) => (n === 0 ? 0.5 : undefined) });
    const result = await download({ url: `${origin}/cut/${size}`, sizeBytes: size }, join(dir, "a.log"));
    expect(result).toEqual({ path: join(dir, "a.log"), sizeBytes: size, skipped: false });
    await expectFile(join(dir, "a.log"), size);
    expect(served).toHaveLength(2);
    expect(served[1]!.headers.range).toBe(`bytes=${served[0]!.sent}-`);
    expect(served[1]!.headers["if-range"]).toBe(ETAG);
    expect(served[1]!.status).toBe(206);
    expect(sentTwice(size)).toBe(0);
    expect(await files()).toEqual(["a.log"]);
  });

  it("resume: false starts over after a cut", async () => {
    const size = 100_000;
    routes.set("cut", { cut: (n) => (n === 0 ? 0.5 : undefined) });
    await download({ url: `${origin}/cut/${size}` }, join(dir, "a.log"), { resume: false });
    await expectFile(join(dir, "a.log"), size);
    expect(served.map((record) => record.headers.range)).toEqual([undefined, undefined]);
  });

  it("a server that ignores Range: the whole file again, from zero, and nothing doubled in the file", async () => {
    const size = 200_000;
    routes.set("norange", { noRanges: true, cut: (n) => (n === 0 ? 0.5 : undefined) });
    const progress: number[] = [];
    await download({ url: `${origin}/norange/${size}` }, join(dir, "a.log"), { onProgress: (step) => progress.push(step.receivedBytes) });
    await expectFile(join(dir, "a.log"), size);
    expect(served[1]!.headers.range).toMatch(/^bytes=\d+-$/);
    expect(served[1]!.status).toBe(200);
    expect(progress.at(-1)).toBe(size);
    expect(await files()).toEqual(["a.log"]);
  });

  it("a stalled body: retried after idleTimeoutMs, resumed where it stopped", async () => {
    const size = 100_000;
    routes.set("stall", { stall: (n) => (n === 0 ? 0.5 : undefined) });
    await download({ url: `${origin}/stall/${size}` }, join(dir, "a.log"), { idleTimeoutMs: 300 });
    await expectFile(join(dir, "a.log"), size);
    expect(served).toHaveLength(2);
    expect(served[1]!.headers.range).toBe(`bytes=${served[0]!.sent}-`);
    expect(sentTwice(size)).toBe(0);
  });

  it("a body that stalls every time: TimeoutError (a ConnectionError) after the retries, nothing left", async () => {
    // The first answer stops half-way, every later one before its first byte.
    routes.set("stall", { stall: (n) => (n === 0 ? 0.5 : 0) });
    const attempt = download({ url: `${origin}/stall/100000` }, join(dir, "a.log"), { idleTimeoutMs: 200, retries: 1 });
    await expect(attempt).rejects.toBeInstanceOf(TimeoutError);
    await expect(attempt).rejects.toBeInstanceOf(ConnectionError);
    await expect(attempt).rejects.toThrow(/no data from the server for 0.2 s/);
    expect(served).toHaveLength(2);
    expect(await files()).toEqual([]);
  });

  it("cut on every attempt: ConnectionError once `retries` attempts in a row brought nothing new", async () => {
    // Each retry resumes but the server cuts at once: no progress after the first attempt.
    routes.set("cut", { cut: (n) => (n === 0 ? 0.5 : 0) });
    const attempt = download({ url: `${origin}/cut/100000` }, join(dir, "a.log"), { retries: 2 });
    await expect(attempt).rejects.toBeInstanceOf(ConnectionError);
    await expect(attempt).rejects.toThrow(/failed after 50000 bytes/);
    expect(served.map((record) => [record.headers.range, record.sent])).toEqual([
      [undefined, 50000],
      ["bytes=50000-", 0],
      ["bytes=50000-", 0],
    ]);
    expect(await files()).toEqual([]);
  });
});

describe("download: status answers", () => {
  it("a 404 is a DownloadError naming the status, not retried and not a ConnectionError", async () => {
    routes.set("gone", { status: () => 404 });
    const attempt = download({ url: `${origin}/gone/10` }, join(dir, "a.log"));
    await expect(attempt).rejects.toMatchObject({ name: "DownloadError", reason: "status", status: 404 });
    await expect(attempt).rejects.not.toBeInstanceOf(ConnectionError);
    expect(served).toHaveLength(1);
    expect(await files()).toEqual([]);
  });

  it("a 503 is retried, then a DownloadError with the status", async () => {
    routes.set("busy", { status: () => 503 });
    await expect(download({ url: `${origin}/busy/10` }, join(dir, "a.log"), { retries: 2 })).rejects.toMatchObject({ reason: "status", status: 503 });
    expect(served).toHaveLength(3);
    routes.set("flaky", { status: (n) => (n === 0 ? 503 : undefined) });
    await download({ url: `${origin}/flaky/1000` }, join(dir, "b.log"));
    await expectFile(join(dir, "b.log"), 1000);
  });

  it("a 403 without refresh is a DownloadError with the status", async () => {
    routes.set("denied", { status: () => 403 });
    await expect(download({ url: `${origin}/denied/10` }, join(dir, "a.log"))).rejects.toMatchObject({ reason: "status", status: 403 });
    expect(served).toHaveLength(1);
  });
});

describe("download: expiring links", () => {
  it("an expired link with refresh: renewed before any request to the old link", async () => {
    let refreshed = 0;
    const link = {
      url: `${origin}/file/5000?v=old`,
      expiresAt: new Date(Date.now() - 1000),
      refresh: async () => (refreshed++, { url: `${origin}/file/5000?v=new`, expiresAt: new Date(Date.now() + 60_000) }),
    };
    await download(link, join(dir, "a.log"));
    expect(refreshed).toBe(1);
    expect(served.map((record) => record.path)).toEqual(["/file/5000?v=new"]);
    await expectFile(join(dir, "a.log"), 5000);
  });

  it("storage answers 403 part-way: the link is refreshed and the download continues from the bytes written", async () => {
    const size = 200_000;
    // The old link works once (and that answer is cut), then answers 403; the new one works.
    routes.set("expiring", {
      status: (n, query) => (query.get("v") === "old" && n > 0 ? 403 : undefined),
      cut: (n) => (n === 0 ? 0.5 : undefined),
    });
    let refreshed = 0;
    const link = { url: `${origin}/expiring/${size}?v=old`, refresh: async () => (refreshed++, { url: `${origin}/expiring/${size}?v=new` }) };
    await download(link, join(dir, "a.log"));
    expect(refreshed).toBe(1);
    expect(served.map((record) => [record.path, record.status])).toEqual([
      [`/expiring/${size}?v=old`, 200],
      [`/expiring/${size}?v=old`, 403],
      [`/expiring/${size}?v=new`, 206],
    ]);
    expect(served[2]!.headers.range).toBe(`bytes=${served[0]!.sent}-`);
    expect(sentTwice(size)).toBe(0);
    await expectFile(join(dir, "a.log"), size);
  });

  it("options.refresh wins over the link's own; a refresh that fails fails the download, nothing left", async () => {
    routes.set("denied", { status: () => 403 });
    const link = { url: `${origin}/denied/10`, refresh: async () => ({ url: `${origin}/file/10` }) };
    const attempt = download(link, join(dir, "a.log"), { refresh: () => Promise.reject(new Error("the API is down")) });
    await expect(attempt).rejects.toThrow("the API is down");
    expect(await files()).toEqual([]);
  });

  it("an expired link without refresh: LinkExpiredError before any request", async () => {
    await expect(download({ url: `${origin}/file/10`, expiresAt: new Date(0) }, join(dir, "a.log"))).rejects.toBeInstanceOf(LinkExpiredError);
    expect(served).toEqual([]);
  });
});

describe("download: several connections", () => {
  const size = 4 * 1024 * 1024 + 123;

  /** The ranges asked for, in file order, as [first, last] byte pairs. */
  const rangesAskedFor = () =>
    served
      .map((record) => /^bytes=(\d+)-(\d+)$/.exec(record.headers.range ?? "")!)
      .map((match) => [Number(match[1]), Number(match[2])] as const)
      .sort((a, b) => a[0] - b[0]);

  it("connections: 4 with the size known: four ranged requests that tile the file, the later ones guarded by If-Range; nothing fetched twice", async () => {
    const result = await download({ url: `${origin}/file/${size}`, sizeBytes: size }, join(dir, "a.log"), { connections: 4 });
    expect(result.sizeBytes).toBe(size);
    await expectFile(join(dir, "a.log"), size);
    expect(served).toHaveLength(4);
    expect(served.every((record) => record.status === 206)).toBe(true);
    const ranges = rangesAskedFor();
    expect(ranges[0]![0]).toBe(0);
    for (let index = 1; index < ranges.length; index++) expect(ranges[index]![0]).toBe(ranges[index - 1]![1] + 1);
    expect(ranges.at(-1)![1]).toBe(size - 1);
    expect(served[0]!.headers["if-range"]).toBeUndefined();
    expect(served.slice(1).every((record) => record.headers["if-range"] === ETAG)).toBe(true);
    expect(sentTwice(size)).toBe(0);
  });

  it("connections: 4 with the size unknown: the first answer is the whole file, read up to its part", async () => {
    await download({ url: `${origin}/file/${size}` }, join(dir, "a.log"), { connections: 4 });
    await expectFile(join(dir, "a.log"), size);
    expect(served).toHaveLength(4);
    expect(served[0]!.headers.range).toBeUndefined();
    const quarter = (index: number) => Math.floor((size * index) / 4);
    const later = served.slice(1).map((record) => record.headers.range);
    expect(later.sort()).toEqual([1, 2, 3].map((index) => `bytes=${quarter(index)}-${quarter(index + 1) - 1}`).sort());
  });

  it("a segment whose connection is cut resumes on its own", async () => {
    // The second request (the first ranged segment) is cut half-way.
    routes.set("cut", { cut: (n, ranged) => (n === 1 && ranged ? 0.5 : undefined) });
    await download({ url: `${origin}/cut/${size}` }, join(dir, "a.log"), { connections: 4 });
    await expectFile(join(dir, "a.log"), size);
    const cutRecord = served[1]!;
    const resumed = served.find((record) => record.headers.range?.startsWith(`bytes=${cutRecord.first + cutRecord.sent}-`));
    expect(resumed?.status).toBe(206);
    expect(served).toHaveLength(5);
  });

  it("a server that says it takes ranges but ignores them: one connection, from zero", async () => {
    routes.set("liar", { ignoresRanges: true });
    await download({ url: `${origin}/liar/${size}` }, join(dir, "a.log"), { connections: 4 });
    await expectFile(join(dir, "a.log"), size);
    // The first answer, the three ranged ones that came back whole, and the start over on one connection.
    expect(served.at(-1)!.headers.range).toBeUndefined();
    expect(served.at(-1)!.status).toBe(200);
    expect(served.filter((record) => record.headers.range !== undefined).length).toBeGreaterThan(0);
  });

  it("a server without Accept-Ranges: one plain request, whatever `connections` says", async () => {
    routes.set("plain", { noRanges: true });
    await download({ url: `${origin}/plain/${size}` }, join(dir, "a.log"), { connections: 4 });
    await expectFile(join(dir, "a.log"), size);
    expect(served).toHaveLength(1);
  });

  it("connections beyond 16 or below 1: InvalidParameterError before any request", async () => {
    await expect(download({ url: `${origin}/file/10` }, join(dir, "a.log"), { connections: 17 })).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(download({ url: `${origin}/file/10` }, join(dir, "a.log"), { connections: 0 })).rejects.toBeInstanceOf(InvalidParameterError);
    expect(served).toEqual([]);
  });
});

describe("download: destination and link checks", () => {
  const existing = "kept\n";

  it('ifExists "skip" keeps the file and sends nothing; "error" refuses before any request; "overwrite" replaces', async () => {
    const destination = join(dir, "a.log");
    await writeFile(destination, existing);
    expect(await download({ url: `${origin}/file/100` }, destination, { ifExists: "skip" })).toEqual({
      path: destination,
      sizeBytes: existing.length,
      skipped: true,
    });
    const refused = download({ url: `${origin}/file/100` }, destination, { ifExists: "error" });
    await expect(refused).rejects.toMatchObject({ name: "DownloadError", reason: "exists" });
    expect(served).toEqual([]);
    expect(await readFile(destination, "utf8")).toBe(existing);
    await download({ url: `${origin}/file/100` }, destination, { ifExists: "overwrite" });
    await expectFile(destination, 100);
    expect(await files()).toEqual(["a.log"]);
  });

  it('ifExists "error": a file that appears during the download is not replaced', async () => {
    const destination = join(dir, "a.log");
    routes.set("slow", { hold: () => writeFile(destination, existing) });
    await expect(download({ url: `${origin}/slow/100` }, destination, { ifExists: "error" })).rejects.toMatchObject({ reason: "exists" });
    expect(await readFile(destination, "utf8")).toBe(existing);
    expect(await files()).toEqual(["a.log"]);
  });

  it.each([
    ["ftp://127.0.0.1/a.log", /ftp: links are not downloaded/],
    ["file:///etc/passwd", /file: links are not downloaded/],
    ["http://user:secret@127.0.0.1/a.log", /credentials/],
    ["not a link", /not a URL/],
  ])("a bad link (%s) is an InvalidParameterError before any I/O", async (url, message) => {
    const attempt = download({ url }, join(dir, "sub", "a.log"));
    await expect(attempt).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(attempt).rejects.toThrow(message);
    expect(await files()).toEqual([]);
  });
});

describe("safeFileName", () => {
  const url = "https://obs.example.com/bucket/from-the-url.log?Signature=x";
  it.each([
    ["../x.log", "x.log"],
    ["..\\..\\windows\\x.log", "x.log"],
    ["/etc/passwd", "passwd"],
    [".hidden", "hidden"],
    ["a\u0000b\nc.log", "a_b_c.log"],
    ['what?<is>:"this"|*.log', "what__is___this___.log"],
    ["trailing. . ", "trailing"],
    ["..", "from-the-url.log"],
    ["", "from-the-url.log"],
    ["///", "from-the-url.log"],
  ])("%j → %j", (fileName, expected) => {
    expect(safeFileName({ url, fileName })).toBe(expected);
  });

  it("a missing name comes from the link's path, else the provider; never empty or `undefined`", () => {
    expect(safeFileName({ url })).toBe("from-the-url.log");
    expect(safeFileName({ url: "https://obs.example.com/", provider: "huawei-dcs" })).toBe("huawei-dcs.log");
    expect(safeFileName({ url: "https://obs.example.com/" })).toBe("download.log");
    expect(safeFileName({ url: "https://obs.example.com/%E2%82%AC%20rates.log" })).toBe("€ rates.log");
  });

  it("a very long name is cut to 200 bytes", () => {
    expect(Buffer.byteLength(safeFileName({ url, fileName: "é".repeat(300) }))).toBeLessThanOrEqual(200);
  });
});

describe("downloadAll", () => {
  it("saves every file inside the folder under unique safe names, in the links' order, with per-file and total progress", async () => {
    const links = [
      { url: `${origin}/file/1000`, fileName: "../x.log", sizeBytes: 1000 },
      { url: `${origin}/file/2000`, fileName: "x.log", sizeBytes: 2000 },
      { url: `${origin}/file/3000`, fileName: "X.LOG", sizeBytes: 3000 },
      { url: `${origin}/file/4000/`, provider: "huawei-dcs" as const, sizeBytes: 4000 },
    ];
    const progress: DownloadAllProgress[] = [];
    const results = await downloadAll(links, dir, { onProgress: (step) => progress.push(step) });
    expect(results.map((result) => [result.status, result.path])).toEqual([
      ["saved", join(dir, "x.log")],
      ["saved", join(dir, "x-2.log")],
      ["saved", join(dir, "X-3.LOG")],
      ["saved", join(dir, "huawei-dcs.log")],
    ]);
    expect(results.map((result) => result.link)).toEqual(links);
    expect(await files()).toEqual(["X-3.LOG", "huawei-dcs.log", "x-2.log", "x.log"]);
    await expectFile(join(dir, "X-3.LOG"), 3000);
    expect(progress.at(-1)!.total).toEqual({ receivedBytes: 10_000, totalBytes: 10_000 });
    for (const [index, size] of [1000, 2000, 3000, 4000].entries()) {
      expect(progress.filter((step) => step.index === index).at(-1)!.file).toEqual({ receivedBytes: size, totalBytes: size });
    }
  });

  it("at most `concurrency` files at a time", async () => {
    let waiting: (() => void)[] = [];
    let arrived = 0;
    // Each answer waits until three are in flight (or the last link came): the limit is reached, never passed.
    routes.set("held", {
      hold: () =>
        new Promise<void>((resolve) => {
          waiting.push(resolve);
          arrived++;
          if (waiting.length === 3 || arrived === 10) {
            for (const release of waiting) release();
            waiting = [];
          }
        }),
    });
    const links = Array.from({ length: 10 }, (_, index) => ({ url: `${origin}/held/100/${index}`, fileName: `${index}.log` }));
    const results = await downloadAll(links, dir, { concurrency: 3 });
    expect(results.every((result) => result.status === "saved")).toBe(true);
    expect(maxActive).toBe(3);
  });

  it("one failure does not stop the others; the failed file leaves nothing", async () => {
    routes.set("gone", { status: () => 404 });
    routes.set("cut", { cut: (n) => (n === 0 ? 0.5 : 0) });
    const links = [
      { url: `${origin}/file/1000`, fileName: "a.log" },
      { url: `${origin}/gone/1000`, fileName: "b.log" },
      { url: `${origin}/cut/100000`, fileName: "c.log" },
      { url: `${origin}/file/3000`, fileName: "d.log" },
    ];
    const seen: DownloadAllResult[] = [];
    const results = await downloadAll(links, dir, { concurrency: 2, retries: 1, onResult: (result) => seen.push(result) });
    expect(results.map((result) => result.status)).toEqual(["saved", "failed", "failed", "saved"]);
    expect(results[1]).toMatchObject({ status: "failed", error: { name: "DownloadError", status: 404 } });
    expect(results[2]).toMatchObject({ status: "failed", error: expect.any(ConnectionError) });
    expect(seen).toHaveLength(4);
    expect(await files()).toEqual(["a.log", "d.log"]);
  });

  it("ifExists applies to every file: skipped files are reported as such", async () => {
    await writeFile(join(dir, "a.log"), "old");
    const results = await downloadAll(
      [
        { url: `${origin}/file/100`, fileName: "a.log" },
        { url: `${origin}/file/200`, fileName: "b.log" },
      ],
      dir,
      { ifExists: "skip" },
    );
    expect(results.map((result) => result.status)).toEqual(["skipped", "saved"]);
    expect(await readFile(join(dir, "a.log"), "utf8")).toBe("old");
    expect(served.map((record) => record.path)).toEqual(["/file/200"]);
  });

  it("abort: the unfinished files fail with AbortError and leave nothing", async () => {
    const controller = new AbortController();
    routes.set("stall", { stall: () => 0.5 });
    const links = [
      { url: `${origin}/stall/100000`, fileName: "a.log" },
      { url: `${origin}/file/100`, fileName: "b.log" },
      { url: `${origin}/file/100`, fileName: "c.log" },
    ];
    const results = await downloadAll(links, dir, {
      concurrency: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("stop")),
    });
    expect(results.map((result) => result.status)).toEqual(["failed", "failed", "failed"]);
    for (const result of results) expect(result).toMatchObject({ error: expect.any(AbortError) });
    expect(await files()).toEqual([]);
  });

  it("concurrency out of range: InvalidParameterError", async () => {
    await expect(downloadAll([], dir, { concurrency: 0 })).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

// Typed as DownloadError is: the status names what the storage said.
it("DownloadError is exported from loglink/node", () => {
  expect(new DownloadError("https://x/", { reason: "status", status: 500 }).status).toBe(500);
});

it("a refresh that answers an expired link again: LinkExpiredError, not a loop", async () => {
  let refreshed = 0;
  const expired = () => ({ url: `${origin}/file/10`, expiresAt: new Date(Date.now() - 1000) });
  const attempt = download({ ...expired(), refresh: async () => (refreshed++, expired()) }, join(dir, "a.log"));
  await expect(attempt).rejects.toBeInstanceOf(LinkExpiredError);
  expect(refreshed).toBe(1);
  expect(served).toEqual([]);
  expect(await files()).toEqual([]);
});
