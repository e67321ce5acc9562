// The `download` command's work: every link into a folder through downloadAll, and what it prints.
// stdout gets one line per file (plain, or JSON with --json); a terminal's stderr gets one progress
// line per active file and a total line, redrawn in place.
import { basename } from "node:path";
import { AbortError } from "@loglink/core";
import type { DownloadLink } from "loglink";
import { type DownloadAllProgress, type DownloadAllResult, type DownloadProgress, downloadAll } from "loglink/node";
import type { DownloadSettings } from "./download-flags.js";
import { formatBytes, formatProgress } from "./format.js";

const clock = (seconds: number) => {
  const whole = Math.ceil(seconds);
  const hours = Math.floor(whole / 3600);
  const rest = `${String(Math.floor((whole % 3600) / 60)).padStart(hours ? 2 : 1, "0")}:${String(whole % 60).padStart(2, "0")}`;
  return hours ? `${hours}:${rest}` : rest;
};

/** `3/40 files  [####----]  42%  1.2 GiB / 3.0 GiB  31.9 MiB/s  0:35 left`, at most `columns` wide where it can be. */
export function formatTotal(files: { done: number; count: number }, total: DownloadProgress, bytesPerSecond: number | undefined, columns: number): string {
  const speed = bytesPerSecond === undefined ? "" : `  ${formatBytes(bytesPerSecond)}/s`;
  const left = bytesPerSecond && total.totalBytes !== undefined ? `  ${clock(Math.max(total.totalBytes - total.receivedBytes, 0) / bytesPerSecond)} left` : "";
  // On a narrow terminal the time left goes first, then the speed: a wrapped line cannot be redrawn.
  const label = `${files.done}/${files.count} files`;
  for (const extra of [speed + left, speed]) {
    const line = formatProgress(label, total, columns - extra.length) + extra;
    if (line.length <= columns && line.startsWith(`${label} `)) return line;
  }
  return formatProgress(label, total, columns);
}

// The speed is measured over this much of the recent past.
const SPEED_WINDOW_MS = 5000;
const REDRAW_MS = 100;

/** The progress lines on a terminal's stderr, redrawn in place at most every 100 ms. */
class ProgressBoard {
  private readonly active = new Map<number, { name: string; file: DownloadProgress }>();
  private total: DownloadProgress = { receivedBytes: 0, totalBytes: undefined };
  private samples: { at: number; bytes: number }[] = [];
  private drawn = 0;
  private drawnAt = 0;
  done = 0;

  constructor(private readonly count: number) {}

  update({ index, path, file, total }: DownloadAllProgress): void {
    this.active.set(index, { name: basename(path), file });
    this.total = total;
    const now = Date.now();
    if (now - this.drawnAt >= REDRAW_MS) this.draw(now);
  }

  /** Prints `line` on stdout above the progress lines. */
  finished(index: number, line: () => void): void {
    this.active.delete(index);
    this.done++;
    this.clear();
    line();
    this.draw(Date.now());
  }

  clear(): void {
    if (this.drawn > 0) process.stderr.write(`\x1b[${this.drawn}A\r\x1b[J`);
    this.drawn = 0;
  }

  private speed(now: number): number | undefined {
    this.samples.push({ at: now, bytes: this.total.receivedBytes });
    while (this.samples.length > 2 && now - this.samples[1]!.at >= SPEED_WINDOW_MS) this.samples.shift();
    const first = this.samples[0]!;
    return now - first.at >= 500 ? ((this.total.receivedBytes - first.bytes) * 1000) / (now - first.at) : undefined;
  }

  private draw(now: number): void {
    this.drawnAt = now;
    // One column spare: a line exactly as wide as the terminal wraps on some terminals.
    const columns = (process.stderr.columns || 80) - 1;
    const lines = [...this.active.values()].map(({ name, file }) => formatProgress(name, file, columns));
    lines.push(formatTotal({ done: this.done, count: this.count }, this.total, this.speed(now), columns));
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A` : "";
    process.stderr.write(`${up}${lines.map((line) => `\r\x1b[2K${line}\n`).join("")}\x1b[J`);
    this.drawn = lines.length;
  }
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/** What a file's result says, in one line (JSON with --json). */
function describe(result: DownloadAllResult, shown: (path: string) => string, json: boolean): string {
  const name = (result.link as Partial<DownloadLink>).fileName;
  if (json) {
    const error =
      result.status === "failed"
        ? result.error instanceof Error
          ? { name: result.error.name, message: result.error.message }
          : { message: String(result.error) }
        : undefined;
    return JSON.stringify({
      status: result.status,
      path: result.path,
      fileName: name,
      ...(result.status === "failed" ? { error } : { sizeBytes: result.sizeBytes }),
    });
  }
  if (result.status !== "failed") {
    const size = formatBytes(result.sizeBytes);
    return result.status === "saved" ? `saved ${shown(result.path)} (${size})` : `skipped ${shown(result.path)}: exists (${size})`;
  }
  const message = result.error instanceof Error ? result.error.message : String(result.error);
  return `failed ${shown(result.path)}: ${message}`;
}

/**
 * Downloads every link into `out` and prints a line per file as it ends; resolves to the bytes
 * saved. Failed files do not stop the others; afterwards the first failure is thrown (an
 * AbortError when the run was interrupted), so the exit status says it.
 */
export async function saveAll(
  links: readonly DownloadLink[],
  out: string,
  settings: DownloadSettings,
  signal: AbortSignal,
  shown: (path: string) => string = (path) => path,
): Promise<number> {
  const { concurrency, connections, ifExists, json } = settings;
  const board = process.stderr.isTTY && !json ? new ProgressBoard(links.length) : undefined;
  const results = await downloadAll(links, out, {
    concurrency,
    connections,
    ifExists,
    signal,
    ...(board && {
      onProgress: (step: DownloadAllProgress) => board.update(step),
    }),
    onResult: (result, index) => {
      // Interrupted files are said once, by the error that ends the run; a single file's failure too.
      if (result.status === "failed" && !json && (signal.aborted || links.length === 1)) return board?.finished(index, () => {});
      const line = describe(result, shown, json);
      // A failure's line goes to stderr with the other errors, unless --json asked for every line on stdout.
      const write = () => (result.status === "failed" && !json ? process.stderr.write(`${line}\n`) : print(line));
      if (board) board.finished(index, write);
      else write();
    },
  });
  board?.clear();
  const failed = results.filter((result) => result.status === "failed");
  if (signal.aborted) throw new AbortError("interrupted", { cause: signal.reason });
  if (failed.length === 1 && links.length === 1) throw failed[0]!.error;
  if (failed.length > 0) {
    const first = failed[0]!.error;
    const reason = first instanceof Error ? first.message : String(first);
    throw Object.assign(new Error(`${failed.length} of ${links.length} files failed; the first: ${reason}`), { cause: first });
  }
  return results.reduce((sum, result) => sum + (result.status === "saved" ? result.sizeBytes : 0), 0);
}
