// The `download` command's flags and their settings: kept apart from download.ts so that parsing
// and help load no download code.
import { UsageError } from "./usage.js";

/** How `download` treats the files: from its flags. */
export interface DownloadSettings {
  concurrency: number;
  connections: number;
  ifExists: "error" | "overwrite" | "skip";
  json: boolean;
}

/** The download flags, as parseArgs gives them. */
export const DOWNLOAD_FLAGS = {
  concurrency: { type: "string" },
  connections: { type: "string" },
  clobber: { type: "boolean" },
  "skip-existing": { type: "boolean" },
  json: { type: "boolean" },
} as const;

export const DOWNLOAD_HELP = `  --concurrency <n>         files downloaded at the same time, 1..64 (default 4)
  --connections <n>         connections per file, 1..16 (default 1): ranged parts of a large file
  --clobber                 replace files that exist (default: refuse them)
  --skip-existing           keep files that exist, download the others
  --json                    one JSON line per file on stdout`;

function wholeNumber(values: Record<string, unknown>, flag: string, fallback: number, max: number): number {
  const value = values[flag];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}, not "${String(value)}"`, "loglink download --help");
  }
  return Number(value);
}

/** The settings from `download`'s flags; UsageError for a bad value or --clobber with --skip-existing. */
export function downloadSettings(values: Record<string, unknown>): DownloadSettings {
  if (values.clobber && values["skip-existing"]) throw new UsageError("--clobber and --skip-existing exclude each other", "loglink download --help");
  return {
    concurrency: wholeNumber(values, "concurrency", 4, 64),
    connections: wholeNumber(values, "connections", 1, 16),
    ifExists: values.clobber ? "overwrite" : values["skip-existing"] ? "skip" : "error",
    json: values.json === true,
  };
}
