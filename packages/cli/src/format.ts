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

const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });
// Each unit and how many of it make the next one.
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
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
  return relative.format(Math.trunc(value), STEPS[step]![0]);
}

/** Left-aligned columns two spaces apart; the last column is not padded (links are long). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  return [header, ...rows]
    .map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  "))
    .join("\n");
}

/** The links as a table: name, size, expiry relative to `now`, link. Unknown values are `-`. */
export function formatLinks(links: readonly DownloadLink[], now: Date): string {
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
  return formatTable(["NAME", "SIZE", "EXPIRES", "LINK"], rows);
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
