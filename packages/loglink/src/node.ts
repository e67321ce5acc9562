// Node-only: streams a link to disk. The web-standard facade is in ./index.ts.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AbortError, ConnectionError, type Provider } from "@loglink/core";
import { DownloadError, LinkExpiredError } from "./errors.js";
import { type DownloadLink, expiryFromUrl } from "./normalize.js";

export { DownloadError, LinkExpiredError } from "./errors.js";

/** What `download` needs of a link: a DownloadLink, or at least its `url`. */
export type DownloadSource = Pick<DownloadLink, "url"> & Partial<Pick<DownloadLink, "provider" | "sizeBytes" | "expiresAt">>;

/** Bytes written so far. */
export interface DownloadProgress {
  receivedBytes: number;
  /** the announced size (the link's `sizeBytes`, else Content-Length), if any */
  totalBytes: number | undefined;
}

/** Options of `download`. */
export interface DownloadOptions {
  /** called as each chunk is written */
  onProgress?: (progress: DownloadProgress) => void;
  /** aborts the download; nothing is left on disk */
  signal?: AbortSignal;
}

/** The saved file. */
export interface DownloadResult {
  path: string;
  sizeBytes: number;
}

// TaurusDB audit sizes are whole kilobytes: a file within 1 KiB of the announced size is right.
// Every other provider announces bytes, checked exactly.
const SIZE_PRECISION: Partial<Record<Provider, number>> = { "huawei-audit": 1024 };

function contentLength(response: Response): number | undefined {
  // Compressed bodies arrive decoded, so their Content-Length says nothing about the bytes written.
  if (response.headers.has("content-encoding")) return undefined;
  const value = response.headers.get("content-length");
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Streams `link` to the file `destination` (parent folders are created). It is written to a
 * temporary file beside it and renamed only once complete and of the announced size, so a failed
 * or aborted download leaves nothing behind and never replaces an existing file. An expired link
 * is refused (LinkExpiredError) before any request.
 */
export async function download(link: DownloadSource, destination: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const { onProgress, signal } = options;
  const expiresAt = link.expiresAt ?? expiryFromUrl(link.url);
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw new LinkExpiredError(expiresAt);

  const temporary = join(dirname(destination), `.${basename(destination)}.${randomUUID()}.part`);
  let receivedBytes = 0;
  let response: Response | undefined;
  try {
    response = await fetch(link.url, { signal });
    if (!response.ok) {
      await response.body?.cancel();
      throw new DownloadError(link.url, { reason: "status", status: response.status, statusText: response.statusText });
    }
    const totalBytes = link.sizeBytes ?? contentLength(response);
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        receivedBytes += chunk.length;
        // Thrown here, the caller's error would escape the stream as an uncaught exception and
        // leave the download hanging; passed to done, it fails the pipeline like any other.
        try {
          onProgress?.({ receivedBytes, totalBytes });
        } catch (error) {
          done(error as Error);
          return;
        }
        done(null, chunk);
      },
    });
    await mkdir(dirname(destination), { recursive: true });
    // An empty file may come without a body stream.
    const body = response.body ? Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
    await pipeline(body, count, createWriteStream(temporary, { flags: "wx" }), signal ? { signal } : {});

    const expectedBytes = link.sizeBytes;
    const precision = (link.provider && SIZE_PRECISION[link.provider]) ?? 1;
    if (expectedBytes !== undefined && Math.abs(receivedBytes - expectedBytes) >= precision) {
      throw new DownloadError(link.url, { reason: "size-mismatch", expectedBytes, receivedBytes });
    }
    await rename(temporary, destination);
    return { path: destination, sizeBytes: receivedBytes };
  } catch (error) {
    // A body never piped (the folder could not be made) would hold the connection open.
    if (response?.body && !response.body.locked) await response.body.cancel().catch(() => {});
    await rm(temporary, { force: true });
    if (signal?.aborted) throw new AbortError(`download of ${link.url} aborted`, { cause: signal.reason });
    // fetch signals a failed connection, or a body that broke off, with a TypeError; file system
    // errors (and the caller's own from onProgress) go out as they are.
    if (!(error instanceof TypeError)) throw error;
    const reason = (error.cause as Error | undefined)?.message ?? error.message;
    throw new ConnectionError(`download of ${link.url} failed after ${receivedBytes} bytes: ${reason}`, { cause: error });
  }
}
