// From each provider's answer to DownloadLink[]: pure functions over the shapes the documents
// describe. Anything missing or malformed becomes an absent field, never an exception.
import type { Provider } from "@loglink/core";

/** JD Cloud RDS `updateLogDownloadURLInternal`: the answer's `result`. */
export interface JdcloudRdsLink {
  publicURL?: string;
  internalURL?: string;
}

/** Open Telekom Cloud RDS error-log download: one item of the answer's `list`. */
export interface OtcRdsErrorlogFile {
  workflow_id?: string;
  file_name?: string;
  /** `SUCCESS` or `FAILED` in the table (the example answers in lower case; `EXPORTING` while not ready) */
  status?: string;
  /** bytes, as a string */
  file_size?: string;
  /** without a scheme in the document's example */
  file_link?: string;
  /** epoch milliseconds */
  create_at?: number;
  /** epoch milliseconds */
  update_at?: number;
}

/** Huawei Cloud DCS `CreateRedislogDownloadLink`: the whole answer. */
export interface HuaweiDcsLink {
  id?: string;
  backup_id?: string;
  link?: string;
}

/** JD Cloud RDS `describeLogs`: one listed log file, with the links it carries or that were made for it. */
export interface JdcloudRdsLog extends JdcloudRdsLink {
  /** a string; an integer in older editions */
  id?: string | number;
  name?: string;
  sizeByte?: number;
  /** `2020-01-08T10:54:28`: without a zone it is China Standard Time (UTC+08:00) */
  lastModified?: string;
  logType?: string;
}

/** Huawei Cloud DCS `ListRedislog`: one run-log entry, with the answer of `CreateRedislogDownloadLink` for it. */
export interface HuaweiDcsRunlog extends HuaweiDcsLink {
  file_name?: string;
  group_name?: string;
  replication_ip?: string;
  /** `succeed` in the only example; no list of values is documented */
  status?: string;
  /** `yyyy-MM-dd`, the day the log covers */
  time?: string;
}

/** Huawei Cloud TaurusDB `ListAuditLogDownloadLink`: one item of the answer's `files`. */
export interface HuaweiAuditFile {
  name?: string;
  /** kilobytes */
  size?: number;
  /** `yyyy-mm-ddThh:mm:ss+hhmm` */
  updated_time?: string;
  download_link?: string;
  /** `yyyy-mm-ddThh:mm:ss+hhmm` (malformed in the document's example) */
  link_expired_time?: string;
}

/** The provider's own item that a DownloadLink was made from. */
export interface RawItems {
  /** the link answer's `result`, or (listing without `logId`) the listed log with its links */
  "jdcloud-rds": JdcloudRdsLog;
  "otc-rds": OtcRdsErrorlogFile;
  /** the link answer, or (listing without `id`) the run-log entry merged with the link answer */
  "huawei-dcs": HuaweiDcsRunlog;
  "huawei-audit": HuaweiAuditFile;
}

/** One log file's temporary link, whichever provider it came from. Narrow on `provider` to type `raw`. */
export type DownloadLink<P extends Provider = Provider> = P extends Provider
  ? {
      provider: P;
      /** the link (`https://` added where the provider sent none) */
      url: string;
      /** a link that works only inside the provider's network (JD Cloud's `internalURL`) */
      internalUrl?: string;
      /** from the answer, else the link's last path segment */
      fileName?: string;
      sizeBytes?: number;
      /** from the answer, else from the link's signed query (`X-Amz-Date` + `X-Amz-Expires`, or `Expires`); absent when neither says */
      expiresAt?: Date;
      /** when the file was last written, where the provider says */
      updatedAt?: Date;
      /** the provider's item as received */
      raw: RawItems[P];
      /**
       * asks the provider again for this file's link (links from `createLogLinks` have it, not
       * enumerable, so not in JSON); `download` calls it when the link expires or answers 403
       */
      refresh?: () => Promise<DownloadLink<P>>;
    }
  : never;

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** `link` with `https://` in front when it has no scheme (OTC's example answers `****.com:443/…`). */
export function withScheme(link: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(link) ? link : `https://${link}`;
}

const linkOf = (value: unknown): string | undefined => {
  const link = text(value);
  return link === undefined ? undefined : withScheme(link);
};

function urlOf(link: string): URL | undefined {
  try {
    return new URL(link);
  } catch {
    return undefined;
  }
}

function fileNameOf(link: string): string | undefined {
  const segment = urlOf(link)?.pathname.split("/").pop();
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const dateOf = (ms: number): Date | undefined => {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Epoch milliseconds as a Date; anything else is absent. */
function timeFromEpochMs(value: unknown): Date | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? dateOf(value) : undefined;
}

/**
 * The UTC time of calendar fields, or undefined when one is out of range: Date.UTC would roll
 * `2023-02-30` over into March, and a malformed time must not become a plausible wrong one.
 */
function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(time);
  const roundTrips =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return roundTrips ? time : undefined;
}

// `2023-07-06T02:43:57+0800` (Huawei writes the offset without a colon), also `+08:00` and `Z`.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** A Huawei `yyyy-mm-ddThh:mm:ss+hhmm` time; malformed (the audit example's `T012:30:36`) is absent. */
function timeFromIso(value: unknown): Date | undefined {
  const match = typeof value === "string" ? ISO_TIME.exec(value) : null;
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = "0", zulu, sign, offsetHours, offsetMinutes] = match;
  const time = utcTime(+year!, +month!, +day!, +hour!, +minute!, +second!);
  if (time === undefined || (!zulu && (+offsetHours! > 23 || +offsetMinutes! > 59))) return undefined;
  const offsetMs = zulu ? 0 : (sign === "-" ? -1 : 1) * (+offsetHours! * 60 + +offsetMinutes!) * 60_000;
  return dateOf(time + Number(fraction.padEnd(3, "0")) - offsetMs);
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const SECONDS = /^\d{1,12}$/;

/**
 * When a presigned link stops working, from its own query: S3 signature v4 (`X-Amz-Date` +
 * `X-Amz-Expires` seconds) or v2 (`Expires`, epoch seconds). Undefined when it carries neither.
 */
export function expiryFromUrl(link: string): Date | undefined {
  const query = urlOf(link)?.searchParams;
  if (!query) return undefined;
  const signedAt = AMZ_DATE.exec(query.get("X-Amz-Date") ?? "");
  const lifetime = query.get("X-Amz-Expires") ?? "";
  if (signedAt && SECONDS.test(lifetime)) {
    const [, year, month, day, hour, minute, second] = signedAt;
    const time = utcTime(+year!, +month!, +day!, +hour!, +minute!, +second!);
    return time === undefined ? undefined : dateOf(time + Number(lifetime) * 1000);
  }
  const expires = query.get("Expires") ?? "";
  return SECONDS.test(expires) ? dateOf(Number(expires) * 1000) : undefined;
}

/** A size in `unit`s (a number or a numeric string) as whole bytes; anything else, or beyond exact integers, is absent. */
function bytesOf(value: unknown, unit: number): number | undefined {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  const bytes = Math.round(number * unit);
  return number >= 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** The list's items that are objects: a `null` or a string in a provider's list is skipped, not thrown on. */
const itemsOf = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null) : []);

/**
 * JD Cloud `lastModified` (`2020-01-08T10:54:28`): without a zone it is read as China Standard Time,
 * the clock JD names its log files by (see the spec's `Log.lastModified`).
 */
function timeFromChinaTime(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  return timeFromIso(/(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}+08:00`);
}

/** JD Cloud: one link; `url` is the public link, or the internal one when only that came. */
export function normalizeJdcloudRds(answer: { result?: JdcloudRdsLink }): DownloadLink<"jdcloud-rds">[] {
  const raw = answer.result;
  const internalUrl = linkOf(raw?.internalURL);
  const url = linkOf(raw?.publicURL) ?? internalUrl;
  if (!raw || url === undefined) return [];
  return [{ provider: "jdcloud-rds", url, internalUrl, fileName: fileNameOf(url), expiresAt: expiryFromUrl(url), raw }];
}

/**
 * JD Cloud, a listed log file (`describeLogs`) with its links, listed or made by
 * `updateLogDownloadURLInternal`: name, size and time from the listing. None without a link.
 */
export function normalizeJdcloudRdsLog(log: JdcloudRdsLog): DownloadLink<"jdcloud-rds">[] {
  const internalUrl = linkOf(log.internalURL);
  const url = linkOf(log.publicURL) ?? internalUrl;
  if (url === undefined) return [];
  return [
    {
      provider: "jdcloud-rds",
      url,
      internalUrl,
      fileName: text(log.name) ?? fileNameOf(url),
      sizeBytes: bytesOf(log.sizeByte, 1),
      expiresAt: expiryFromUrl(url),
      updatedAt: timeFromChinaTime(log.lastModified),
      raw: log,
    },
  ];
}

/**
 * OTC: the finished task's list. The spec's decision: an item yields a link when it carries a
 * non-empty `file_link` and its status is not `FAILED` (any case); an item still exporting has no link.
 */
export function normalizeOtcRds(answer: { list?: OtcRdsErrorlogFile[] }): DownloadLink<"otc-rds">[] {
  return itemsOf(answer.list).flatMap((raw) => {
    const url = linkOf(raw.file_link);
    if (url === undefined || String(raw.status).toUpperCase() === "FAILED") return [];
    return [
      {
        provider: "otc-rds" as const,
        url,
        fileName: text(raw.file_name) ?? fileNameOf(url),
        // The spec's decision: "0" means "size not reported" (the example's finished file says "0").
        sizeBytes: raw.file_size === "0" ? undefined : bytesOf(raw.file_size, 1),
        expiresAt: expiryFromUrl(url),
        updatedAt: timeFromEpochMs(raw.update_at),
        raw,
      },
    ];
  });
}

/**
 * DCS: one link. The document's "valid for 24 hours by default" gives no start time, so the
 * expiry comes only from the link's own query, if it has one.
 */
export function normalizeHuaweiDcs(answer: HuaweiDcsLink): DownloadLink<"huawei-dcs">[] {
  const url = linkOf(answer.link);
  if (url === undefined) return [];
  return [{ provider: "huawei-dcs", url, fileName: fileNameOf(url), expiresAt: expiryFromUrl(url), raw: answer }];
}

/** DCS, a listed run log (`ListRedislog`) merged with its link answer: the file name from the listing. */
export function normalizeHuaweiDcsRunlog(entry: HuaweiDcsRunlog): DownloadLink<"huawei-dcs">[] {
  return normalizeHuaweiDcs(entry).map((link) => ({ ...link, fileName: text(entry.file_name) ?? link.fileName }));
}

/** TaurusDB audit: every file of the answer (the facade passes all pages' files at once). */
export function normalizeHuaweiAudit(answer: { files?: HuaweiAuditFile[] }): DownloadLink<"huawei-audit">[] {
  return itemsOf(answer.files).flatMap((raw) => {
    const url = linkOf(raw.download_link);
    if (url === undefined) return [];
    return [
      {
        provider: "huawei-audit" as const,
        url,
        fileName: text(raw.name) ?? fileNameOf(url),
        sizeBytes: bytesOf(raw.size, 1024),
        expiresAt: timeFromIso(raw.link_expired_time) ?? expiryFromUrl(url),
        updatedAt: timeFromIso(raw.updated_time),
        raw,
      },
    ];
  });
}
