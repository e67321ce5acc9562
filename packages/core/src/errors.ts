import { redact, redactHeaders, redactValue } from "./redact.js";

/** The provider packages built on this runtime. */
export type Provider = "jdcloud-rds" | "otc-rds" | "huawei-dcs" | "huawei-audit";

/**
 * Root of every error loglink throws. Messages are redacted on construction; `toJSON()` and
 * `util.inspect()` show only redacted fields, so logging an error never leaks a credential or link.
 */
export class LogLinkError extends Error {
  override name = "LogLinkError";
  /** How many HTTP attempts the call made before failing (set by the client). */
  declare attempts?: number;

  constructor(message: string, options?: ErrorOptions) {
    super(redact(message), options);
  }

  /** The error's own fields, redacted: safe to log or send anywhere. */
  toJSON(): Record<string, unknown> {
    return redactValue(Object.assign({ name: this.name, message: this.message }, this)) as Record<string, unknown>;
  }

  [Symbol.for("nodejs.util.inspect.custom")](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const details = Object.keys(fields).length > 0 ? ` ${inspect(fields, options)}` : "";
    const cause = this.cause === undefined ? "" : `\n  [cause]: ${inspect(this.cause, options)}`;
    return redact(`${this.stack ?? `${this.name}: ${this.message}`}${details}${cause}`);
  }
}

/** The API answered with a non-2xx status (3xx included: redirects are never followed). */
export class ApiError extends LogLinkError {
  override name = "ApiError";
  /** HTTP status; 0 for a browser's opaque redirect. */
  readonly status: number;
  /** The provider's error code: Huawei/OTC `error_code`, JD Cloud `error.status`. */
  readonly code: string | undefined;
  /** `X-Request-Id` / `x-jdcloud-request-id` header, or `requestId` / `request_id` in the body. */
  readonly requestId: string | undefined;
  /** The parsed JSON body, or its text when it is not JSON (gateway HTML pages), or undefined. */
  readonly body: unknown;
  /** The response headers, credential headers masked. */
  readonly headers: Record<string, string>;
  readonly provider: string;

  constructor(init: {
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
  }) {
    const context = init.operation ? `${init.provider} ${init.operation}` : init.provider;
    const status = `HTTP ${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
    super(
      `${context}: ${status}${init.code ? ` ${init.code}` : ""}${init.message ? `: ${init.message}` : ""}` +
        (init.requestId ? ` (request id ${init.requestId})` : ""),
    );
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
    this.headers = init.headers ? redactHeaders(init.headers) : {};
    this.provider = init.provider;
  }
}

/** The request never got a response: DNS, TCP, TLS or a reset connection. `cause` is the fetch error. */
export class ConnectionError extends LogLinkError { override name = "ConnectionError"; }

/** An attempt got no complete response within `timeoutMs`. */
export class TimeoutError extends ConnectionError { override name = "TimeoutError"; }

/** The caller's `AbortSignal` fired; nothing is retried after that. */
export class AbortError extends LogLinkError { override name = "AbortError"; }

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

/** A waiter ended without success: the resource failed, or `maxWaitMs` passed. */
export class WaiterError extends LogLinkError {
  override name = "WaiterError";
  constructor(
    readonly reason: "failed" | "deadline",
    /** The last successful poll's value, if any. */
    readonly lastResponse: unknown,
    options?: ErrorOptions,
  ) {
    super(
      reason === "failed"
        ? "waiter: the resource reached a failed state"
        : "waiter: the deadline passed before the resource reached a terminal state",
      options,
    );
  }
}

/** The API returned a cursor it had already returned: following it would loop forever. */
export class PaginationError extends LogLinkError {
  override name = "PaginationError";
  constructor(readonly cursor: unknown) {
    super(`paginate: the API returned the cursor ${JSON.stringify(cursor)} twice; stopping instead of looping`);
  }
}
