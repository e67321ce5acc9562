// `start_time` and `end_time` as users have them (a Date, `toISOString()` output, `+08:00`, `+0800`),
// sent in the one form the document gives: `yyyy-mm-ddThh:mm:ss±hhmm`.
import { InvalidParameterError } from "@loglink/core";

/** A time the client accepts: a `Date`, or an ISO 8601 string with `Z`, `±hh:mm` or `±hhmm`. */
export type AuditTime = Date | string;

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;
// java.time.ZoneOffset's range: the service's own parser refuses offsets beyond it.
const MAX_OFFSET_MINUTES = 18 * 60;
const MINUTE_MS = 60_000;

interface Instant {
  /** Unix time in milliseconds */
  ms: number;
  /** the offset to write it with, in minutes east of UTC */
  offsetMinutes: number;
  /** `-` only for an offset written `-00:00` or `-0000`, kept as given */
  sign: "+" | "-";
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Date.UTC maps years 0..99 to 1900..1999, so the year is set on its own.
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function parse(name: string, value: AuditTime): Instant {
  const invalid = (why: string) =>
    new InvalidParameterError(
      name,
      `listAuditLogDownloadLink: "${name}" ${why} (got ${value instanceof Date ? "an invalid Date" : JSON.stringify(value)}); ` +
        `give a Date or an ISO 8601 time such as "2023-07-24T09:27:00+08:00", "2023-07-24T09:27:00+0800" or "2023-07-24T01:27:00Z"`,
    );
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalid("is an invalid Date");
    return { ms, offsetMinutes: 0, sign: "+" };
  }
  const match = ISO_TIME.exec(value);
  if (!match) throw invalid("is not an ISO 8601 time with a time zone");
  const [, y, mo, d, h, mi, s, fraction = "", zulu, sign = "+", offsetHours = "0", offsetMinutes = "0"] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw invalid("is not a real date and time");
  }
  if (!zulu && (Number(offsetMinutes) > 59 || offset > MAX_OFFSET_MINUTES)) throw invalid("has an offset beyond ±18:00");
  const offsetMinutesEast = sign === "-" ? -offset : offset;
  const ms = utcMs(year, month, day, hour, minute, second) + Number(`0.${fraction || "0"}`) * 1000 - offsetMinutesEast * MINUTE_MS;
  return { ms, offsetMinutes: offsetMinutesEast, sign: sign as "+" | "-" };
}

/** The instant in the documented form, written with its own offset. */
function format(name: string, { ms, offsetMinutes, sign }: Instant): string {
  const wall = new Date(ms + offsetMinutes * MINUTE_MS);
  const year = wall.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new InvalidParameterError(name, `listAuditLogDownloadLink: "${name}" is outside the years 0000 to 9999`);
  }
  const offset = Math.abs(offsetMinutes);
  return (
    `${pad(year, 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${offsetMinutes < 0 ? "-" : sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}`
  );
}

/**
 * `start_time` and `end_time` in the documented `yyyy-mm-ddThh:mm:ss±hhmm` form, keeping the instant:
 * a string keeps its own offset (`Z` is written `+0000`), a `Date` is written in UTC (`+0000`),
 * since its zone is only the machine's. The form has whole seconds, so a fraction widens the
 * window: `start_time` is rounded down and `end_time` up. An impossible date, or an `end_time`
 * before `start_time`, is an InvalidParameterError. Anything but a Date or a string is left for
 * the spec's own check to report.
 */
export function auditTimeWindow(start: unknown, end: unknown): { start_time: unknown; end_time: unknown } {
  const accepted = (value: unknown): value is AuditTime => value instanceof Date || typeof value === "string";
  const from = accepted(start) ? parse("start_time", start) : undefined;
  const to = accepted(end) ? parse("end_time", end) : undefined;
  if (from) from.ms = Math.floor(from.ms / 1000) * 1000;
  if (to) to.ms = Math.ceil(to.ms / 1000) * 1000;
  const start_time = from ? format("start_time", from) : start;
  const end_time = to ? format("end_time", to) : end;
  if (from && to && to.ms < from.ms) {
    throw new InvalidParameterError("end_time", `listAuditLogDownloadLink: "end_time" (${end_time}) is before "start_time" (${start_time})`);
  }
  return { start_time, end_time };
}
