import { redact, redactHeaders, redactValue } from "./redact.js";

/** The provider packages built on this runtime. */
export type Provider = "jdcloud-rds" | "otc-rds" | "huawei-dcs" | "huawei-audit";

/**
 * Root of every error loglink throws. Messages are redacted on construction; `toJSON()` and
 * `util.inspect()` show only redacted fields, so logging an error never leaks a credential or link.
 */
export class LogLinkError extends Error {
  override name = "LogLinkError";
  /** Requests made before failing: a call's HTTP attempts (set by the client), a waiter's polls, a paginator's pages. */
  declare attempts?: number;

  constructor(message: string, options?: ErrorOptions) {
    super(redact(message), options);
  }

  /** The error's own fields, redacted: safe to log or send anywhere. */
  toJSON(): Record<string, unknown> {
    return redactValue(Object.assign({ name: this.name, message: this.message }, this)) as Record<string, unknown>;
  }

  [Symbol.for("nodejs.util.inspect.custom")](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const details = Object.keys(fields).length > 0 ? ` ${inspect(fields, options)}` : "";
    const cause = this.cause === undefined ? "" : `\n  [cause]: ${inspect(this.cause, options)}`;
    return redact(`${this.stack ?? `${this.name}: ${this.message}`}${details}${cause}`);
  }
}

/** What `ApiError`'s constructor and `ApiError.generate` take. */
export interface ApiErrorInit {
  status: number;
  statusText?: string;
  code?: string;
  /** The provider's own message, if the body had one. */
  message?: string;
  requestId?: string;
  body?: unknown;
  headers?: Headers;
  provider: string;
  operation?: string;
}

/**
 * The longest `ApiError.body` kept, in characters: a gateway's error page can be megabytes, and an
 * error is logged, serialised and kept around. A longer body (a JSON body: its JSON text) is cut
 * to this length and ends with `…[truncated: N characters in all]`.
 */
export const MAX_ERROR_BODY_CHARS = 64 * 1024;
// The provider's message goes into the error's one-line message: a paragraph is enough.
const MAX_PROVIDER_MESSAGE_CHARS = 1_000;

function truncated(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…[truncated: ${text.length} characters in all]` : text;
}

// A parsed JSON body stays an object unless its JSON text is longer than the bound.
function boundedBody(body: unknown): unknown {
  if (typeof body === "string") return truncated(body, MAX_ERROR_BODY_CHARS);
  if (typeof body !== "object" || body === null) return body;
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch {
    // Nested too deep to serialise: kept as parsed, and shown only to the depth redactValue allows.
    return body;
  }
  return text.length > MAX_ERROR_BODY_CHARS ? truncated(text, MAX_ERROR_BODY_CHARS) : body;
}

/**
 * The API answered with a non-2xx status (3xx included: redirects are never followed). Statuses
 * with a meaning of their own have a subclass (`NotFoundError`, `RateLimitError`, …), which
 * `ApiError.generate` picks; every one is `instanceof ApiError`.
 */
export class ApiError extends LogLinkError {
  override name = "ApiError";
  /** HTTP status; 0 for a browser's opaque redirect. */
  readonly status: number;
  /** The provider's error code: Huawei/OTC `error_code`, JD Cloud `error.status`. */
  readonly code: string | undefined;
  /** `X-Request-Id` / `x-jdcloud-request-id` header, or `requestId` / `request_id` in the body. */
  readonly requestId: string | undefined;
  /**
   * The parsed JSON body, or its text when it is not JSON (gateway HTML pages), or undefined;
   * beyond `MAX_ERROR_BODY_CHARS` characters, the truncated text.
   */
  readonly body: unknown;
  /** The response headers, credential headers masked. */
  readonly headers: Record<string, string>;
  readonly provider: string;

  constructor(init: ApiErrorInit) {
    const context = init.operation ? `${init.provider} ${init.operation}` : init.provider;
    const status = `HTTP ${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
    const message = init.message === undefined ? undefined : truncated(init.message, MAX_PROVIDER_MESSAGE_CHARS);
    super(
      `${context}: ${status}${init.code ? ` ${init.code}` : ""}${message ? `: ${message}` : ""}` + (init.requestId ? ` (request id ${init.requestId})` : ""),
    );
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = boundedBody(init.body);
    this.headers = init.headers ? redactHeaders(init.headers) : {};
    this.provider = init.provider;
  }

  /** The error for `init.status`: the matching subclass, or `ApiError` itself for any other status. */
  static generate(init: ApiErrorInit): ApiError {
    const { status } = init;
    if (status >= 500) return new InternalServerError(init);
    switch (status) {
      case 400:
        return new BadRequestError(init);
      case 401:
        return new AuthenticationError(init);
      case 403:
        return new PermissionDeniedError(init);
      case 404:
        return new NotFoundError(init);
      case 409:
        return new ConflictError(init);
      case 429:
        return new RateLimitError(init);
      default:
        return new ApiError(init);
    }
  }
}

/** HTTP 400: the API refused the request's parameters. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}

/** HTTP 401: the credentials were refused (wrong key, expired token, a signature that does not match). */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}

/** HTTP 403: authenticated, but not allowed (permissions, a project of another region or account). */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}

/** HTTP 404: the instance, log or path does not exist. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}

/** HTTP 409: the resource is in a state that does not allow the request. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}

/** HTTP 429: throttled; retried (honouring `Retry-After`) before it is thrown. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}

/** HTTP 500 and above: the provider's side failed; retried before it is thrown. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

/** The request never got a response: DNS, TCP, TLS or a reset connection. `cause` is the fetch error. */
export class ConnectionError extends LogLinkError {
  override name = "ConnectionError";
}

/** An attempt got no complete response within `timeoutMs`. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** The caller's `AbortSignal` fired; nothing is retried after that. */
export class AbortError extends LogLinkError {
  override name = "AbortError";
}

/** The input was rejected before any request was sent. */
export class InvalidParameterError extends LogLinkError {
  override name = "InvalidParameterError";
  constructor(
    /** The offending input key or client option. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** A 2xx response whose body is not the JSON object the operation needs. */
export class InvalidResponseError extends LogLinkError {
  override name = "InvalidResponseError";
  readonly status: number;
  readonly requestId: string | undefined;
  /** The first 1000 characters of the body, redacted. */
  readonly body: string;

  constructor(message: string, init: { status: number; requestId?: string; body: string }) {
    super(message);
    this.status = init.status;
    this.requestId = init.requestId;
    this.body = redact(init.body.slice(0, 1000));
  }
}

/**
 * Who was waiting or paging, for the messages and fields of `WaiterError` and `PaginationError`.
 * Every field is optional: a bare `waitUntil`/`paginate` knows none of them.
 */
export interface OperationProgress {
  /** the provider package, e.g. `otc-rds` */
  provider?: string;
  /** the operation polled or paged, e.g. `downloadErrorlog` */
  operation?: string;
  /** the input's ids (`instance_id`, `logId`, `id`, …) */
  ids?: Readonly<Record<string, string>>;
  /** the last status seen: the resource's (`CREATING`) or, where it has none, the HTTP one (`HTTP 503`) */
  lastStatus?: string;
  /** time from the first request to the error, in ms */
  elapsedMs?: number;
  /** requests made: polls of a waiter, pages of a paginator */
  attempts?: number;
}

/** What `waitUntil` and `paginate` take to name the operation in their errors. */
export interface OperationContext {
  /** the provider package, e.g. `otc-rds` */
  provider?: string;
  /** the operation called, e.g. `downloadErrorlog` */
  operation?: string;
  /** the operation's input: its ids (`id`, `*_id`, `*Id`) are named in errors */
  input?: Readonly<Record<string, unknown>>;
}

/** `provider operation (instance_id …)`, or `fallback` when the provider is unknown. */
function subject(progress: OperationProgress, fallback: string): string {
  const ids = Object.entries(progress.ids ?? {}).map(([name, value]) => `${name} ${value}`);
  const who = [progress.provider, progress.operation].filter(Boolean).join(" ") || fallback;
  return ids.length > 0 ? `${who} (${ids.join(", ")})` : who;
}

/** `3 polls in 4.2 s, last status CREATING`: what is known of the progress. */
function progressText(progress: OperationProgress, unit: [string, string]): string {
  const { attempts, elapsedMs, lastStatus } = progress;
  const parts = [
    attempts === undefined ? "" : `${attempts} ${attempts === 1 ? unit[0] : unit[1]}`,
    elapsedMs === undefined ? "" : `in ${(elapsedMs / 1000).toFixed(1)} s`,
  ].filter(Boolean);
  const last = lastStatus === undefined ? "" : `last status ${lastStatus}`;
  return [parts.join(" "), last].filter(Boolean).join(", ");
}

// Set only when known, so toJSON() and inspect show no empty fields.
function assignProgress(error: LogLinkError, progress: OperationProgress) {
  for (const key of ["provider", "operation", "ids", "lastStatus", "elapsedMs", "attempts"] as const) {
    if (progress[key] !== undefined) Object.assign(error, { [key]: progress[key] });
  }
}

/**
 * A waiter ended without success: the resource failed, or `maxWaitMs` passed. Names the provider,
 * operation, input ids, last status, time spent and polls (`attempts`) where the waiter knew them.
 */
export class WaiterError extends LogLinkError {
  override name = "WaiterError";
  declare readonly provider?: string;
  declare readonly operation?: string;
  declare readonly ids?: Readonly<Record<string, string>>;
  declare readonly lastStatus?: string;
  declare readonly elapsedMs?: number;

  constructor(
    readonly reason: "failed" | "deadline",
    /** The last successful poll's value, if any. */
    readonly lastResponse: unknown,
    options: ErrorOptions & OperationProgress = {},
  ) {
    const what = subject(options, "waiter");
    const progress = progressText(options, ["poll", "polls"]);
    super(
      (reason === "failed" ? `${what}: the resource reached a failed state` : `${what}: the deadline passed before the resource reached a terminal state`) +
        (progress ? ` (${progress})` : ""),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    assignProgress(this, options);
  }
}

/**
 * The API returned a cursor it had already returned (following it would loop forever), or a page
 * that repeats the one before (an offset or page number ignored). Names the
 * provider, operation, input ids, last page's status, time spent and pages (`attempts`) where known.
 */
export class PaginationError extends LogLinkError {
  override name = "PaginationError";
  declare readonly provider?: string;
  declare readonly operation?: string;
  declare readonly ids?: Readonly<Record<string, string>>;
  declare readonly lastStatus?: string;
  declare readonly elapsedMs?: number;

  constructor(
    readonly cursor: unknown,
    /** `repeatedPage`: the page fetched with `cursor` had the same items as the page before it */
    progress: OperationProgress & { repeatedPage?: boolean } = {},
  ) {
    const details = progressText(progress, ["page", "pages"]);
    const problem = progress.repeatedPage
      ? `the API answered the cursor ${JSON.stringify(cursor)} with the same items as the page before; stopping instead of repeating them`
      : `the API returned the cursor ${JSON.stringify(cursor)} twice; stopping instead of looping`;
    super(`${subject(progress, "paginate")}: ${problem}` + (details ? ` (${details})` : ""));
    assignProgress(this, progress);
  }
}

/** The provider, operation and input ids of `context`, as error fields. */
export function progressOf(context: OperationContext): OperationProgress {
  const ids = idsOf(context.input);
  return {
    provider: context.provider,
    operation: context.operation,
    ids: Object.keys(ids).length > 0 ? ids : undefined,
  };
}

/** `HTTP 200` from a call result's `$metadata`, when it carries one. */
export function httpStatusOf(value: unknown): string | undefined {
  const status = (value as { $metadata?: { httpStatusCode?: unknown } } | null | undefined)?.$metadata?.httpStatusCode;
  return typeof status === "number" ? `HTTP ${status}` : undefined;
}

/** The id-like fields of an input (`id`, `*_id`, `*Id`) as strings, for error messages. */
export function idsOf(input: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [name, value] of Object.entries(input ?? {})) {
    if (/^id$|_id$|[a-z]Id$/.test(name) && (typeof value === "string" || typeof value === "number")) ids[name] = String(value);
  }
  return ids;
}
