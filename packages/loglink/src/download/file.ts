// download(): one link to one file, over one or several connections, resuming after breaks.
import { randomUUID } from "node:crypto";
import { type FileHandle, link as hardLink, mkdir, open, rename, rm, stat } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { AbortError, ConnectionError, InvalidParameterError, type Provider, TimeoutError } from "@loglink/core";
import { DownloadError, LinkExpiredError } from "../errors.js";
import { type DownloadLink, expiryFromUrl } from "../normalize.js";
import { follow, linkUrl } from "./request.js";

/** What `download` needs of a link: a DownloadLink, or at least its `url`. */
export type DownloadSource = Pick<DownloadLink, "url"> &
  Partial<Pick<DownloadLink, "provider" | "sizeBytes" | "expiresAt">> & { refresh?: () => Promise<DownloadSource> };

/** Bytes received so far. */
export interface DownloadProgress {
  receivedBytes: number;
  /** the announced size (the link's `sizeBytes`, else Content-Length), if any */
  totalBytes: number | undefined;
}

/** Options of `download`. */
export interface DownloadOptions {
  /** called as each chunk arrives */
  onProgress?: (progress: DownloadProgress) => void;
  /** aborts the download; nothing is left on disk */
  signal?: AbortSignal;
  /**
   * after a broken connection, continue from the bytes written (a `Range` request guarded by
   * `If-Range` on the first answer's ETag or Last-Modified) instead of from zero; default true
   */
  resume?: boolean;
  /** failed attempts in a row (broken connection, idle timeout, 408/429/5xx, 403 renewed) retried with backoff; default 3 */
  retries?: number;
  /** a server silent this long (before the headers or within the body) breaks the attempt; default 60 000 ms */
  idleTimeoutMs?: number;
  /** parallel ranged connections, 1..16 (default 1): used when the server announces the size, ranges and a validator */
  connections?: number;
  /** when `destination` exists: replace it once the download is complete (default), keep it, or fail before any request */
  ifExists?: "overwrite" | "skip" | "error";
  /** a fresh link when this one has expired or the storage answers 403 (default: the link's own `refresh`, facade links have one) */
  refresh?: () => Promise<DownloadSource>;
}

/** The saved file (or the existing one, `skipped`, with `ifExists: "skip"`). */
export interface DownloadResult {
  path: string;
  sizeBytes: number;
  skipped: boolean;
}

// TaurusDB audit sizes are whole kilobytes: a file within 1 KiB of the announced size is right.
// Every other provider announces bytes, checked exactly.
const SIZE_PRECISION: Partial<Record<Provider, number>> = { "huawei-audit": 1024 };

// File writes of up to this many bytes: fewer thread-pool round trips than one per 64 KiB socket
// read, yet still in the CPU cache (measured best of 64 KiB–4 MiB). Also bounds what waits in
// memory per connection.
const WRITE_BUFFER = 512 * 1024;

// A segment smaller than this is not worth its own connection (its request's round trip).
const MIN_SEGMENT = 1024 * 1024;
const MAX_CONNECTIONS = 16;
const RETRY_BASE_MS = 250;
const RETRY_MAX_MS = 8000;

/** Statuses worth another attempt with the same link. */
const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** The connection broke (an error, a premature end, a timeout): another attempt may succeed. */
class Broken extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}
const broken = (reason: unknown): never => {
  // A redirect loop is the storage's answer, not a broken connection.
  throw reason instanceof DownloadError ? reason : new Broken(reason);
};

/** A ranged answer that is not the range asked for (the server ignored it, or the file changed): start again on one connection. */
class RangeIgnored extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status} where a range was asked for`);
  }
}

/** Bytes [start, end) of the file; `end` undefined: up to the end of the body. `position` is where the next byte goes. */
interface Segment {
  start: number;
  end: number | undefined;
  position: number;
}

function option(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) throw new InvalidParameterError(name, `${name} must be a whole number from ${min} to ${max}`);
  return chosen;
}

const exists = (path: string) =>
  stat(path).then(
    (found) => found,
    () => undefined,
  );

/** `bytes a-b/total` of a 206, if it is one. */
function contentRange(response: IncomingMessage): { first: number; total: number | undefined } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers["content-range"] ?? "");
  return match ? { first: Number(match[1]), total: match[2] === "*" ? undefined : Number(match[2]) } : undefined;
}

function contentLength(response: IncomingMessage): number | undefined {
  const value = response.headers["content-length"];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** If-Range takes a strong ETag or a Last-Modified date (RFC 9110 13.1.5); a weak ETag cannot guard a range. */
function validatorOf(response: IncomingMessage): string | undefined {
  const etag = response.headers.etag;
  if (etag && !etag.startsWith("W/")) return etag;
  return response.headers["last-modified"];
}

/**
 * Streams `link` to the file `destination` (parent folders are created). It is written to a
 * temporary file beside it and renamed only once complete and of the announced size, so a failed
 * or aborted download leaves nothing behind and never replaces an existing file. A broken
 * connection is resumed, a stalled one retried; an expired link is renewed with `refresh` or
 * refused (LinkExpiredError) before any request.
 */
export async function download(link: DownloadSource, destination: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  let url = linkUrl(link.url);
  const { onProgress, signal, resume = true, ifExists = "overwrite" } = options;
  const retries = option("retries", options.retries, 3, 0, 100);
  const idleTimeoutMs = option("idleTimeoutMs", options.idleTimeoutMs, 60_000, 1, 2 ** 31 - 1);
  const connections = option("connections", options.connections, 1, 1, MAX_CONNECTIONS);
  if (!["overwrite", "skip", "error"].includes(ifExists)) throw new InvalidParameterError("ifExists", 'ifExists is "overwrite", "skip" or "error"');
  const refresh = options.refresh ?? link.refresh;
  if (signal?.aborted) throw new AbortError(`download of ${link.url} aborted`, { cause: signal.reason });

  const found = ifExists === "overwrite" ? undefined : await exists(destination);
  if (found && ifExists === "skip") return { path: destination, sizeBytes: found.size, skipped: true };
  if (found) throw new DownloadError(link.url, { reason: "exists", path: destination });

  let expiresAt = link.expiresAt ?? expiryFromUrl(link.url);
  const expired = () => expiresAt !== undefined && expiresAt.getTime() <= Date.now();
  if (expired() && !refresh) throw new LinkExpiredError(expiresAt!);

  // One refresh at a time, shared by every connection that needs it; `generation` tells a
  // connection whether the link was renewed since its attempt began.
  let generation = 0;
  let renewing: Promise<void> | undefined;
  const renew = async (seen: number) => {
    if (seen !== generation) return;
    renewing ??= (async () => {
      const fresh = await refresh!();
      url = linkUrl(fresh.url);
      expiresAt = fresh.expiresAt ?? expiryFromUrl(fresh.url);
      generation++;
      // The provider answered a link that has expired already: asking again would loop.
      if (expired()) throw new LinkExpiredError(expiresAt!);
    })().finally(() => (renewing = undefined));
    await renewing;
  };

  const temporary = join(dirname(destination), `.${basename(destination)}.${randomUUID()}.part`);
  let receivedBytes = 0;
  let totalBytes = link.sizeBytes;
  let validator: string | undefined;
  const report = () => onProgress?.({ receivedBytes, totalBytes });

  /** Downloads the file once through, on one connection or several; RangeIgnored when it must start over on one. */
  async function transfer(handle: FileHandle, split: boolean): Promise<number> {
    const stop = new AbortController();
    const stopped = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    let failure: { error: unknown } | undefined;
    const tasks: Promise<void>[] = [];
    const launch = (segment: Segment, onFirst?: (response: IncomingMessage) => void) =>
      tasks.push(
        fetchSegment(segment, onFirst).catch((error: unknown) => {
          failure ??= { error };
          stop.abort();
        }),
      );
    const first: Segment = { start: 0, end: undefined, position: 0 };
    const segments = [first];
    // With the size known beforehand, the first request asks for its part only, so nothing of the
    // next part is fetched twice; otherwise it asks for the whole file and is closed at its part's end.
    const estimate = split ? Math.min(connections, Math.floor((link.sizeBytes ?? 0) / MIN_SEGMENT)) : 0;
    if (estimate >= 2) first.end = Math.floor(link.sizeBytes! / estimate);

    /** After the first answer: the size, the validator, and the other segments when it can be split. */
    const plan = (response: IncomingMessage) => {
      const range = response.statusCode === 206 ? contentRange(response) : undefined;
      const size = range ? range.total : contentLength(response);
      totalBytes ??= size;
      validator = validatorOf(response);
      const count = Math.min(connections, Math.floor((size ?? 0) / MIN_SEGMENT));
      const ranges = range !== undefined || response.headers["accept-ranges"] === "bytes";
      if (!split || count < 2 || size === undefined || validator === undefined || !ranges) {
        // A part asked for that cannot be continued on other connections: this one reads on to the end.
        if (first.end !== undefined) first.end = size;
        return;
      }
      const from = first.end ?? Math.floor(size / count);
      first.end = from;
      for (let index = 0; index < count - 1; index++) {
        const start = from + Math.floor(((size - from) * index) / (count - 1));
        const segment = { start, end: from + Math.floor(((size - from) * (index + 1)) / (count - 1)), position: start };
        segments.push(segment);
        launch(segment);
      }
    };

    /** One segment, attempt after attempt until it is complete or out of retries. */
    async function fetchSegment(segment: Segment, onFirst?: (response: IncomingMessage) => void): Promise<void> {
      let failures = 0;
      // The furthest this segment got: an attempt that goes further starts the count of failures again.
      let furthest = segment.position;
      for (;;) {
        const seen = generation;
        let response: IncomingMessage | undefined;
        try {
          if (expired() && refresh) await renew(seen);
          const ranged = segment.position > 0 || segment.end !== undefined;
          const headers: Record<string, string> = {};
          if (ranged) headers.range = `bytes=${segment.position}-${segment.end === undefined ? "" : segment.end - 1}`;
          if (ranged && validator) headers["if-range"] = validator;
          response = await follow(url, { headers, signal: stopped, idleTimeoutMs }).catch(broken);
          const status = response.statusCode ?? 0;
          if (status === 200 && ranged) {
            // The whole file again: on one connection it is read from the start, otherwise the
            // transfer starts over on one.
            if (segments.length > 1) throw new RangeIgnored(status);
            receivedBytes -= segment.position;
            segment.position = 0;
            segment.end = undefined;
            await handle.truncate(0);
          } else if (status === 206 && contentRange(response)?.first !== segment.position) {
            throw new RangeIgnored(status);
          } else if (status !== 200 && status !== 206) {
            throw new DownloadError(link.url, { reason: "status", status, statusText: response.statusMessage });
          }
          if (onFirst) {
            plan(response);
            onFirst = undefined;
          }
          await consume(response, segment);
          if (segment.end !== undefined && segment.position < segment.end) broken(new Error("the server closed the connection early"));
          return;
        } catch (error) {
          // Lets go of the connection: a body not read to its end would hold the socket open.
          response?.destroy();
          if (stopped.aborted) throw error;
          const status = error instanceof DownloadError ? error.status : undefined;
          const renewable = status === 403 && refresh !== undefined;
          const retryable =
            error instanceof Broken ||
            renewable ||
            (status !== undefined && error instanceof DownloadError && error.reason === "status" && retryableStatus(status));
          // A long download on a flaky link goes on as long as each attempt gets further.
          if (segment.position > furthest) {
            furthest = segment.position;
            failures = 0;
          }
          if (!retryable || ++failures > retries) throw error;
          if (!resume || validator === undefined) {
            // No resume (asked for, or no validator to guard it): the segment starts over; alone, on
            // an empty file, so that a shorter answer leaves nothing of the earlier one.
            receivedBytes -= segment.position - segment.start;
            segment.position = segment.start;
            if (segments.length === 1) await handle.truncate(0);
          }
          if (renewable) await renew(seen);
          else await sleep(Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1)) * (0.5 + Math.random() / 2), undefined, { signal: stopped });
        }
      }
    }

    /** Writes the body at the segment's position, up to its end; what arrived is written even when the connection breaks. */
    async function consume(response: IncomingMessage, segment: Segment): Promise<void> {
      const pending: Buffer[] = [];
      let pendingBytes = 0;
      // Where the next buffer goes: `segment.position` plus the write in flight. One write runs
      // while the next buffer fills (reading and writing overlap), so at most two are in memory.
      let writeAt = segment.position;
      let writing: Promise<void> | undefined;
      const flush = async (wait: boolean) => {
        await writing;
        writing = undefined;
        if (pendingBytes > 0) {
          const buffers = pending.splice(0);
          const bytes = pendingBytes;
          const at = writeAt;
          pendingBytes = 0;
          writeAt += bytes;
          writing = handle.writev(buffers, at).then(({ bytesWritten }) => {
            if (bytesWritten !== bytes) throw new Error(`wrote ${bytesWritten} of ${bytes} bytes to ${temporary}`);
            segment.position = at + bytes;
          });
          // Awaited at the next flush; until then a failure must not count as unhandled.
          writing.catch(() => {});
        }
        if (wait) {
          await writing;
          writing = undefined;
        }
      };
      const chunks = response[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      try {
        for (;;) {
          const next = await chunks.next().catch(broken);
          if (next.done) return;
          const room = segment.end === undefined ? Number.POSITIVE_INFINITY : segment.end - writeAt - pendingBytes;
          const chunk = next.value.length > room ? next.value.subarray(0, room) : next.value;
          pending.push(chunk);
          pendingBytes += chunk.length;
          receivedBytes += chunk.length;
          report();
          if (chunk.length === room) return void response.destroy();
          if (pendingBytes >= WRITE_BUFFER) await flush(false);
        }
      } finally {
        await flush(true);
      }
    }

    launch(first, plan);
    // `tasks` grows while the first segment plans the others.
    for (let index = 0; index < tasks.length; index++) await tasks[index];
    if (failure) throw failure.error;
    return segments.reduce((sum, segment) => sum + segment.position - segment.start, 0);
  }

  let handle: FileHandle | undefined;
  try {
    if (expired() && refresh) await renew(generation);
    await mkdir(dirname(destination), { recursive: true });
    handle = await open(temporary, "wx");
    let sizeBytes: number;
    try {
      sizeBytes = await transfer(handle, connections > 1);
    } catch (error) {
      if (!(error instanceof RangeIgnored)) throw error;
      receivedBytes = 0;
      await handle.truncate(0);
      sizeBytes = await transfer(handle, false);
    }
    await handle.close();
    handle = undefined;

    const expectedBytes = link.sizeBytes;
    const precision = (link.provider && SIZE_PRECISION[link.provider]) ?? 1;
    if (expectedBytes !== undefined && Math.abs(sizeBytes - expectedBytes) >= precision) {
      throw new DownloadError(link.url, { reason: "size-mismatch", expectedBytes, receivedBytes: sizeBytes });
    }
    if (ifExists === "overwrite") {
      await rename(temporary, destination);
      return { path: destination, sizeBytes, skipped: false };
    }
    return await place(temporary, destination, ifExists, link.url, sizeBytes);
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temporary, { force: true });
    if (signal?.aborted) throw new AbortError(`download of ${link.url} aborted`, { cause: signal.reason });
    if (error instanceof RangeIgnored) throw new DownloadError(link.url, { reason: "status", status: error.status, statusText: "not the range asked for" });
    if (!(error instanceof Broken)) throw error;
    const cause = error.reason;
    const ErrorClass = cause instanceof TimeoutError ? TimeoutError : ConnectionError;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ErrorClass(`download of ${link.url} failed after ${receivedBytes} bytes: ${reason}`, { cause });
  }
}

/**
 * Moves the finished file to `destination` unless a file appeared there meanwhile: a hard link
 * fails instead of replacing it. Where the file system has no hard links, a rename after the
 * check made before the download.
 */
async function place(temporary: string, destination: string, ifExists: "skip" | "error", url: string, sizeBytes: number): Promise<DownloadResult> {
  try {
    await hardLink(temporary, destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      await rename(temporary, destination);
      return { path: destination, sizeBytes, skipped: false };
    }
    await rm(temporary, { force: true });
    if (ifExists === "error") throw new DownloadError(url, { reason: "exists", path: destination });
    return { path: destination, sizeBytes: (await stat(destination)).size, skipped: true };
  }
  await rm(temporary, { force: true });
  return { path: destination, sizeBytes, skipped: false };
}
