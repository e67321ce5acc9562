import { dirname } from "node:path";
import { AbortError, ApiError, ConnectionError, InvalidParameterError, LogLinkError, redact, TimeoutError, WaiterError } from "@loglink/core";
import { DownloadError, LinkExpiredError, ProviderNotInstalledError } from "loglink";
import { EXIT_USAGE, UsageError } from "./usage.js";

const EXIT_FAILURE = 1;
const EXIT_INTERRUPTED = 130;

/**
 * Where this run's settings came from, so that a hint names the place to fix: the flag, the
 * environment variable (`OS_REGION_NAME`) or the clouds.yaml entry that gave the value.
 */
export interface FailureContext {
  /** e.g. `--region`, `OS_REGION_NAME (from the environment)` */
  region: string;
  /** e.g. `--project-id or OS_PROJECT_ID` */
  projectId: string;
  /** e.g. `--access-key/--secret-key or OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN` */
  credentials: string;
  /** set while files are downloaded: a failure then is the storage host's, not the API's */
  downloadingTo?: string;
}

// When no provider was named: the generic form of the hints.
const GENERIC_CONTEXT: FailureContext = {
  region: "--region",
  projectId: "--project-id",
  credentials: "--access-key/--secret-key or the provider's environment variables",
};

/**
 * `error`'s message with the reason at the bottom of its cause chain added, unless the message
 * already says it: fetch says only "fetch failed", the system's reason (ECONNREFUSED, ENOTFOUND,
 * a TLS error) is its cause.
 */
function withReason(error: Error): string {
  let reason: string | undefined;
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) reason = cause.message;
  return reason && !error.message.includes(reason) ? `${error.message}: ${reason}` : error.message;
}

/** ` (3 attempts)`: how often the client tried before giving up. */
function attemptsOf(error: unknown): string {
  const attempts = error instanceof LogLinkError ? error.attempts : undefined;
  return attempts === undefined ? "" : ` (${attempts} ${attempts === 1 ? "attempt" : "attempts"})`;
}

const hostOf = (url: string | undefined): string | undefined => /^[a-z][a-z\d+.-]*:\/\/([^/?#]+)/i.exec(url ?? "")?.[1];

/** The hint for an API answer's status. */
function apiHint(error: ApiError, context: FailureContext): string {
  const { status } = error;
  if (status === 401) return `check the credentials (${context.credentials})`;
  if (status === 403) return `check the credentials (${context.credentials}), the project id and the account's permissions`;
  if (status === 404) return `check the ids you passed and the region (${context.region})`;
  if (status === 429) return "the provider limits the request rate: wait a minute and run the command again";
  if (status >= 500) return "the provider's server failed: try again later, or with more --retries";
  if (status === 400) return "check the values you passed against `--help`";
  return "run the command again with --debug to see the requests";
}

// The file system's codes, in words; the hint is the same for all: another folder.
const FILE_SYSTEM_REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "a folder is in the way",
};

/** A file-system error of the download: names the folder, not the hidden temporary file. */
function fileSystemFailure(error: unknown, context: FailureContext): string | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  const reason = typeof code === "string" ? FILE_SYSTEM_REASONS[code] : undefined;
  if (!reason || typeof path !== "string") return undefined;
  const folder = context.downloadingTo ?? dirname(path);
  return `cannot save into ${folder}: ${reason} — choose another folder with --out, or make this one writable`;
}

/**
 * One line saying what went wrong and what to do about it, and the exit code. Every message is
 * redacted: a credential or a presigned link's signature never reaches the terminal or CI log.
 */
export function describeFailure(error: unknown, context: FailureContext = GENERIC_CONTEXT): { line: string; exitCode: number } {
  const text = (message: string, hint: string) => redact(`${message.split("\n")[0]} — ${hint}`);
  const failure = (message: string, hint: string) => ({ line: text(message, hint), exitCode: EXIT_FAILURE });
  if (error instanceof UsageError) return { line: text(error.message, `see ${error.help}`), exitCode: EXIT_USAGE };
  if (error instanceof InvalidParameterError) {
    // `credentials.accessKeyId` is about the credentials; `regionId` (JD Cloud's path) is the region.
    const name = error.parameter.split(".")[0]!;
    const flags: Record<string, string> = {
      region: context.region,
      regionId: context.region,
      project_id: context.projectId,
      projectId: context.projectId,
      credentials: context.credentials,
      timeoutMs: "--timeout",
      maxRetries: "--retries",
    };
    return { line: text(error.message, `check ${flags[name] ?? `--${name}`}`), exitCode: EXIT_USAGE };
  }
  if (error instanceof AbortError) return { line: "interrupted; nothing partial was kept", exitCode: EXIT_INTERRUPTED };
  const files = fileSystemFailure(error, context);
  if (files) return { line: redact(files), exitCode: EXIT_FAILURE };
  if (error instanceof LinkExpiredError) return failure(error.message, "run the command again for fresh links");
  if (error instanceof DownloadError) {
    const host = hostOf(error.message.match(/download of (\S+)/)?.[1]) ?? "the storage host";
    if (error.reason === "size-mismatch") return failure(error.message, "the transfer was cut short or changed: run the command again");
    if (error.status === 403 || error.status === 401) {
      return failure(
        error.message,
        `${host} refused the link: it may have expired or be valid only inside the provider's network; run the command again for fresh links`,
      );
    }
    return failure(error.message, `${host} (the provider's storage, not its API) failed: run the command again later`);
  }
  if (error instanceof ApiError) return failure(`${error.message}${attemptsOf(error)}`, apiHint(error, context));
  if (error instanceof ConnectionError) {
    const message = `${withReason(error)}${attemptsOf(error)}`;
    if (context.downloadingTo !== undefined) {
      const host = hostOf(error.message.match(/download of (\S+)/)?.[1]) ?? "the storage host";
      return failure(message, `check the network to ${host} (the provider's storage; --region and --endpoint do not choose it)`);
    }
    const slow = error instanceof TimeoutError ? "raise --timeout, or check " : "check ";
    return failure(message, `${slow}the network, the region (${context.region}) and --endpoint`);
  }
  if (error instanceof WaiterError) {
    // A deadline reached while every poll failed says why only in its cause (the last error).
    const cause = error.cause instanceof Error ? `; last error: ${withReason(error.cause)}` : "";
    const hint = error.cause instanceof ConnectionError ? `check the network, the region (${context.region}) and --endpoint` : "try again later";
    return failure(`${error.message}${cause}`, hint);
  }
  if (error instanceof ProviderNotInstalledError) return failure(error.message, "reinstall @loglink/cli, which depends on every provider");
  // Anything unexpected.
  return failure(error instanceof Error ? error.message : String(error), "run the command again with --debug; if it persists, report it");
}
