// Every secret the suite hands to a client or a server, and every error and debug line the suite
// produces: the setup file scans them all after each test file (see ../setup.ts).
import { inspect } from "node:util";

export const TOKEN = "tok-SECRET-7f3a9c1e5b2d4f6a8c0e";
export const ACCESS_KEY_ID = "AKHARDENING0000000001";
export const SECRET_KEY = "sk-SECRET-b8d1f4a7c2e5093b6d8f";
export const SECURITY_TOKEN = "st-SECRET-e2c4a6b8d0f1357924680ace";
/** The signature of the presigned links the fake API hands out. */
export const LINK_SIGNATURE = "LinkSig-SECRET-Zq9Xw8Vu7Ts6";
export const LINK_CREDENTIAL = "LinkCred-SECRET-Ab1Cd2Ef3";

const secrets = new Set<string>([TOKEN, SECRET_KEY, SECURITY_TOKEN, LINK_SIGNATURE, LINK_CREDENTIAL]);
const errors: unknown[] = [];
const logLines: string[] = [];

/** A secret made during the run (a request's signature, a link's whole query). */
export function addSecret(value: string): void {
  if (value.length >= 8) secrets.add(value);
}

/** A presigned link on `origin` carrying the suite's link secrets (OBS style or S3 v4 style). */
export function presignedLink(origin: string, path = "/bucket/mysql-error.log", style: "obs" | "s3" = "s3"): string {
  const query =
    style === "obs"
      ? `AWSAccessKeyId=${LINK_CREDENTIAL}&Expires=4102444800&Signature=${LINK_SIGNATURE}`
      : `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${LINK_CREDENTIAL}%2F20991231%2Fcn-north-1%2Fs3%2Faws4_request&X-Amz-Date=20991231T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${LINK_SIGNATURE}`;
  addSecret(query);
  return `${origin}${path}?${query}`;
}

export function recordError(error: unknown): void {
  errors.push(error);
}

/** A logger for the clients' `logger` option that keeps every debug line. */
export const debugLog = (line: string): void => {
  logLines.push(line);
};

export const producedErrors = (): readonly unknown[] => errors;
export const producedLogLines = (): readonly string[] => logLines;

/**
 * Resolves to the rejection of `promise` (recorded for the scan); rejects if it resolves. Given a
 * function, also takes what it throws before returning a promise (a client refused on creation).
 */
export async function failure(promise: Promise<unknown> | (() => Promise<unknown>)): Promise<unknown> {
  let value: unknown;
  try {
    value = await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    recordError(error);
    return error;
  }
  throw new Error(`expected a rejection, got ${inspect(value, { depth: 1 }).slice(0, 200)}`);
}

/** Every rendering of `error` a log or a crash report could contain. */
export function renderings(error: unknown): string[] {
  const shown = [String(error), inspect(error, { depth: 10 }), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error) ?? ""];
  if (error instanceof Error) shown.push(error.message, error.stack ?? "");
  return shown;
}

/** The secrets found in the errors and debug lines produced so far (or in those given); [] when none leaked. */
export function leaks(scanned: { errors: readonly unknown[]; lines: readonly string[] } = { errors, lines: logLines }): { secret: string; where: string }[] {
  const found: { secret: string; where: string }[] = [];
  const check = (text: string, where: string) => {
    for (const secret of secrets) if (text.includes(secret)) found.push({ secret, where: `${where}: ${text.slice(0, 300)}` });
  };
  scanned.errors.forEach((error, index) => {
    for (const text of renderings(error)) check(text, `error #${index} (${(error as Error)?.name})`);
  });
  for (const [index, line] of scanned.lines.entries()) check(line, `log line #${index}`);
  return found;
}
