// What the command line prints: small pure functions, tested on their own.
import type { DownloadLink } from "loglink";
import type { DownloadProgress } from "loglink/node";

const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

/** `950272` → `928 KiB`; one decimal below 10 of a unit (`1.5 MiB`). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit > 0 && value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

// Each unit and how many of it make the next one.
const STEPS: [string, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 365],
  ["year", Number.POSITIVE_INFINITY],
];

/** `in 59 minutes`, `5 years ago`: whole units, rounded toward now (a link never looks longer-lived than it is). */
export function formatRelative(date: Date, now: Date): string {
  let value = (date.getTime() - now.getTime()) / 1000;
  let step = 0;
  while (Math.abs(value) >= STEPS[step]![1]) value /= STEPS[step++]![1];
  // English by hand: Intl.RelativeTimeFormat's locale data costs tens of ms at start-up.
  const count = Math.abs(Math.trunc(value));
  const amount = `${count} ${STEPS[step]![0]}${count === 1 ? "" : "s"}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

/** Each column's width: its longest cell. */
const columnWidths = (rows: readonly (readonly string[])[]): number[] => rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));

/** Left-aligned columns two spaces apart; the last column is not padded (links are long). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = columnWidths([header, ...rows]);
  return [header, ...rows].map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ")).join("\n");
}

/** `text` at most `max` characters long, its middle replaced by `…` when it is longer. */
export function elide(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

/**
 * A link shortened for reading (not for copying), the first that fits of: the link,
 * `scheme://host/…/file?…`, `scheme://host/…?…`; else that last one elided to `max`.
 */
export function shortLink(url: string, max: number): string {
  if (url.length <= max) return url;
  const query = url.indexOf("?");
  const base = query < 0 ? url : url.slice(0, query);
  const rest = query < 0 ? "" : "?…";
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? "";
  const segments = base.slice(origin.length).split("/").filter(Boolean);
  const candidates = [
    segments.length > 1 ? `${origin}/…/${segments.at(-1)}${rest}` : `${base}${rest}`,
    segments.length > 0 ? `${origin}/…${rest}` : `${origin}${rest}`,
  ];
  return candidates.find((candidate) => candidate.length <= max) ?? elide(candidates.at(-1)!, max);
}

export interface LinksTableOptions {
  /** shorten names and links to fit about this many columns (the demo); full values otherwise */
  compact?: number;
}

const LINKS_HEADER = ["NAME", "SIZE", "EXPIRES", "LINK"];

/** The links as a table: name, size, expiry relative to `now`, link. Unknown values are `-`. */
export function formatLinks(links: readonly DownloadLink[], now: Date, { compact }: LinksTableOptions = {}): string {
  const rows = links.map((link) => [
    link.fileName ?? "-",
    link.sizeBytes === undefined ? "-" : formatBytes(link.sizeBytes),
    link.expiresAt === undefined
      ? "-"
      : link.expiresAt.getTime() > now.getTime()
        ? formatRelative(link.expiresAt, now)
        : `expired ${formatRelative(link.expiresAt, now)}`,
    link.url,
  ]);
  if (compact !== undefined) {
    // The name gets at most 40% of the line; the link what is left after the other columns.
    const nameWidth = Math.max(Math.floor(compact * 0.4), 12);
    for (const row of rows) row[0] = elide(row[0]!, nameWidth);
    // The columns before the link, each with its two spaces.
    const used = columnWidths([LINKS_HEADER, ...rows])
      .slice(0, 3)
      .reduce((sum, width) => sum + width + 2, 0);
    for (const row of rows) row[3] = shortLink(row[3]!, Math.max(compact - used, 24));
  }
  return formatTable(LINKS_HEADER, rows);
}

/**
 * A shell command as lines of at most `columns`, continued with ` \` and indented, breaking only
 * between words (a word longer than a line keeps a line of its own).
 */
export function wrapCommand(words: readonly string[], columns: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const indent = lines.length === 0 ? "" : "    ";
    if (line !== "" && indent.length + line.length + 1 + word.length + 2 > columns) {
      lines.push(`${indent}${line} \\`);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(`${lines.length === 0 ? "" : "    "}${line}`);
  return lines.join("\n");
}

const BAR_WIDTH = 24;

/**
 * One progress line, `name  [#####-----]  42%  390 KiB / 928 KiB` (only the bytes when the size is
 * unknown), at most `columns` wide: a line that wraps could not be redrawn in place.
 */
export function formatProgress(name: string, { receivedBytes, totalBytes }: DownloadProgress, columns: number): string {
  let status = formatBytes(receivedBytes);
  if (totalBytes) {
    const ratio = Math.min(receivedBytes / totalBytes, 1);
    const filled = Math.round(ratio * BAR_WIDTH);
    const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
    status = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${percent}  ${status} / ${formatBytes(totalBytes)}`;
  }
  const room = columns - status.length - 2;
  const shown = name.length <= room ? name : `${name.slice(0, Math.max(room - 1, 0))}…`;
  return `${shown}  ${status}`;
}
