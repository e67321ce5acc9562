import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidParameterError,
  WaiterError,
  redact,
} from "@loglink/core";
import { LinkExpiredError } from "loglink";

/** The command line was used wrongly: exit 2 with the message and where to read more. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** the command whose --help explains */
    readonly help = "loglink --help",
  ) {
    super(message);
  }
}

const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

/** Where the user sets the inputs that are not flags of their own name (providers.ts `hintsFor`). */
export interface FlagHints {
  /** e.g. `--access-key/--secret-key or OS_ACCESS_KEY/OS_SECRET_KEY` */
  credentials: string;
  /** e.g. `--project-id or OS_PROJECT_ID` */
  projectId: string;
}

// When no provider was named: the generic form of the hints.
const GENERIC_HINTS: FlagHints = {
  credentials: "--access-key/--secret-key or the provider's environment variables",
  projectId: "--project-id",
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

/**
 * One line saying what went wrong and what to do about it, and the exit code. Every message is
 * redacted: a credential or a presigned link's signature never reaches the terminal or CI log.
 */
export function describeFailure(error: unknown, hints: FlagHints = GENERIC_HINTS): { line: string; exitCode: number } {
  const text = (message: string, hint?: string) => redact(`${message.split("\n")[0]}${hint ? ` — ${hint}` : ""}`);
  if (error instanceof UsageError) return { line: text(error.message, `see ${error.help}`), exitCode: EXIT_USAGE };
  if (error instanceof InvalidParameterError) {
    // `credentials.accessKeyId` is about the credentials; `regionId` (JD Cloud's path) is --region.
    const name = error.parameter.split(".")[0]!;
    const flags: Record<string, string> = {
      regionId: "--region",
      project_id: hints.projectId,
      projectId: hints.projectId,
      credentials: hints.credentials,
    };
    const flag = flags[name] ?? `--${name}`;
    return { line: text(error.message, `check ${flag}`), exitCode: EXIT_USAGE };
  }
  if (error instanceof AbortError) return { line: "interrupted; nothing partial was kept", exitCode: EXIT_INTERRUPTED };
  if (error instanceof ApiError) {
    const hint =
      error.status === 401 || error.status === 403
        ? `check the credentials (${hints.credentials}) and the project id`
        : error.status === 404
          ? "check the ids you passed"
          : undefined;
    return { line: text(error.message, hint), exitCode: EXIT_FAILURE };
  }
  if (error instanceof ConnectionError) {
    return { line: text(withReason(error), "check the network, --region and --endpoint"), exitCode: EXIT_FAILURE };
  }
  if (error instanceof LinkExpiredError) return { line: text(error.message, "run the command again"), exitCode: EXIT_FAILURE };
  if (error instanceof WaiterError) {
    // A deadline reached while every poll failed says why only in its cause (the last error).
    const cause = error.cause instanceof Error ? `; last error: ${withReason(error.cause)}` : "";
    const hint = error.cause instanceof ConnectionError ? "check the network, --region and --endpoint" : "try again later";
    return { line: text(`${error.message}${cause}`, hint), exitCode: EXIT_FAILURE };
  }
  // DownloadError, ProviderNotInstalledError and file system errors explain themselves.
  return { line: text(error instanceof Error ? error.message : String(error)), exitCode: EXIT_FAILURE };
}
