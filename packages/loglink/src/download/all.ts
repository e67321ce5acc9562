// downloadAll(): many links into one folder, a few at a time, each file on its own.
import { join } from "node:path";
import { AbortError, InvalidParameterError } from "@loglink/core";
import type { DownloadLink } from "../normalize.js";
import { type DownloadOptions, type DownloadProgress, type DownloadSource, download } from "./file.js";

/** What a file name is made of: the link's name, else its provider. */
export type NamedSource = DownloadSource & Partial<Pick<DownloadLink, "fileName">>;

// Separators, control characters and the characters Windows refuses in a name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const UNSAFE = /[\\/\u0000-\u001f\u007f<>:"|?*]/g;
// Leaves room for the temporary file's `.` + `.<uuid>.part` within the usual 255-byte limit.
const MAX_NAME_BYTES = 200;

function lastPathSegment(url: string): string | undefined {
  try {
    const segment = new URL(url).pathname.split("/").pop();
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}

/** `given` without separators, control characters, leading dots or trailing dots and spaces, at most 200 bytes. */
function cleanName(given: string | undefined): string {
  let name = (given?.split(/[\\/]/).pop() ?? "")
    .replace(UNSAFE, "_")
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  while (Buffer.byteLength(name) > MAX_NAME_BYTES) name = name.slice(0, -1);
  return name;
}

/**
 * The link's file name, safe to join to a folder: its last path component only, without
 * separators, control characters, leading dots or trailing dots and spaces. Never empty: the
 * link's last path segment, else `<provider>.log`, stands in. Two links may share a name:
 * `downloadAll` makes them unique.
 */
export function safeFileName(link: NamedSource): string {
  return cleanName(link.fileName) || cleanName(lastPathSegment(link.url)) || `${link.provider ?? "download"}.log`;
}

/** `name`, or `name-2`, `name-3`… (before the extension) when an earlier link took it; compared case-insensitively, as macOS and Windows do. */
function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) candidate = `${stem}-${copy}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Progress of `downloadAll`: the file that moved, and all files together. */
export interface DownloadAllProgress {
  /** the link's index in the list */
  index: number;
  path: string;
  file: DownloadProgress;
  /** every file's bytes so far; the total once every file's size is known (a skipped or failed file counts for nothing) */
  total: DownloadProgress;
}

/** One file's outcome. */
export type DownloadAllResult<L extends NamedSource = NamedSource> =
  | { status: "saved" | "skipped"; link: L; path: string; sizeBytes: number }
  | { status: "failed"; link: L; path: string; error: unknown };

/** Options of `downloadAll`: `download`'s options, applied to every file (each link renews itself with its own `refresh`). */
export interface DownloadAllOptions extends Omit<DownloadOptions, "onProgress" | "refresh"> {
  /** files downloaded at the same time, 1..64; default 4 */
  concurrency?: number;
  onProgress?: (progress: DownloadAllProgress) => void;
  /** called as each file is saved, skipped or failed */
  onResult?: (result: DownloadAllResult, index: number) => void;
}

/**
 * Downloads every link into `directory`, `concurrency` at a time, each under its
 * `safeFileName` (made unique). One file failing does not stop the others: it resolves to one
 * result per link, in the links' order. After `signal` aborts, the files not finished fail with
 * AbortError (and leave nothing behind).
 */
export async function downloadAll<L extends NamedSource>(
  links: readonly L[],
  directory: string,
  options: DownloadAllOptions = {},
): Promise<DownloadAllResult<L>[]> {
  const { concurrency = 4, onProgress, onResult, ...downloadOptions } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new InvalidParameterError("concurrency", "concurrency must be a whole number from 1 to 64");
  const paths = uniqueNames(links.map(safeFileName)).map((name) => join(directory, name));
  const received = links.map(() => 0);
  const sizes = links.map((link) => link.sizeBytes);
  let receivedBytes = 0;
  const total = (): DownloadProgress => ({
    receivedBytes,
    totalBytes: sizes.every((size) => size !== undefined) ? sizes.reduce<number>((sum, size) => sum + size!, 0) : undefined,
  });

  const one = async (index: number): Promise<DownloadAllResult<L>> => {
    const link = links[index]!;
    const path = paths[index]!;
    const { signal } = downloadOptions;
    if (signal?.aborted) return { link, path, status: "failed", error: new AbortError(`download of ${link.url} aborted`, { cause: signal.reason }) };
    try {
      const saved = await download(link, path, {
        ...downloadOptions,
        onProgress: (file) => {
          receivedBytes += file.receivedBytes - received[index]!;
          received[index] = file.receivedBytes;
          sizes[index] = file.totalBytes;
          onProgress?.({ index, path, file, total: total() });
        },
      });
      return { link, path, status: saved.skipped ? "skipped" : "saved", sizeBytes: saved.sizeBytes };
    } catch (error) {
      receivedBytes -= received[index]!;
      received[index] = 0;
      sizes[index] = 0;
      return { link, path, status: "failed", error };
    }
  };

  const results: DownloadAllResult<L>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next++;
      const result = await one(index);
      if (result.status === "skipped") sizes[index] = 0;
      results[index] = result;
      onResult?.(result, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, worker));
  return results;
}
