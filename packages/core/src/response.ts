// What a response becomes: its body read within a bound, a parsed JSON object with `$metadata`, or
// an ApiError (classified here, in one place).
import { ApiError, InvalidResponseError, type Provider } from "./errors.js";
import type { ProviderFamily } from "./family.js";
import { asString } from "./serialize.js";
import type { OperationSpec } from "./types.js";

/** What a call tells about itself, under the AWS SDK v3 names. */
export interface ResponseMetadata {
  /** the HTTP status of the answer */
  httpStatusCode: number;
  /** `X-Request-Id` / `x-jdcloud-request-id`, or `requestId` / `request_id` in the body */
  requestId: string | undefined;
  /** HTTP attempts made, 1 when the first one answered */
  attempts: number;
  /** time spent waiting between attempts, in ms */
  totalRetryDelayMs: number;
}

/** A call's answer: the JSON body with a non-enumerable `$metadata` (not in `JSON.stringify` or spreads). */
export interface MetadataBearer {
  readonly $metadata: ResponseMetadata;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The request id of an answer: its header, else the body's `requestId` / `request_id`. */
export function requestIdOf(headers: Headers, body: unknown): string | undefined {
  const fromBody = isObject(body) ? asString(body.requestId ?? body.request_id) : undefined;
  return headers.get("x-request-id") ?? headers.get("x-jdcloud-request-id") ?? fromBody;
}

/** A body as read: its text, and whether reading stopped at the bound. */
export interface BodyText {
  text: string;
  truncated: boolean;
}

/**
 * Reads `response`'s body as UTF-8, at most `maxBytes`: a Content-Length above the bound is not read
 * at all, and a body without one is read until it passes the bound, then cancelled.
 */
export async function readBody(response: Response, maxBytes: number): Promise<BodyText> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  // Cancelled, not awaited: a source may take its time to acknowledge, and nothing more is read.
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => {});
    return { text: "", truncated: true };
  }
  if (!response.body) return { text: "", truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      return { text: text + decoder.decode(value.subarray(0, value.byteLength - (size - maxBytes))), truncated: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Who answered, for messages. */
export interface AnswerContext {
  provider: Provider;
  operation: OperationSpec;
  family: ProviderFamily;
  maxBytes: number;
}

// What an ApiError keeps of an error page too large to read (maxResponseBytes): enough to recognise
// it. One within the bound is cut by ApiError itself (MAX_ERROR_BODY_CHARS).
const TRUNCATED_ERROR_CHARS = 1000;

/**
 * An error answer as openapi-fetch will read it (whole, as text): a copy holding at most `maxBytes`
 * of it, and for a larger one its beginning and a note, never the rest.
 */
export async function boundedErrorAnswer(response: Response, maxBytes: number): Promise<Response> {
  const { text, truncated } = await readBody(response, maxBytes);
  const kept = truncated ? `${text.slice(0, TRUNCATED_ERROR_CHARS)}…[truncated: more than ${maxBytes} bytes in all]` : text;
  return new Response(kept, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The ApiError for a non-2xx answer (3xx included: redirects are never followed); `rawBody` as openapi-fetch parsed it. */
export function apiError({ provider, operation, family }: AnswerContext, response: Response, rawBody: unknown): ApiError {
  const body = rawBody === "" ? undefined : rawBody;
  const fields = isObject(body) ? family.errorFields(body) : { code: undefined, message: undefined };
  const redirect = response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
  return ApiError.generate({
    status: response.status,
    statusText: response.statusText,
    code: fields.code,
    message: fields.message ?? (redirect ? `redirect to ${response.headers.get("location") ?? "(no location)"} not followed` : undefined),
    requestId: requestIdOf(response.headers, body),
    body,
    headers: response.headers,
    provider,
    operation: operation.operationId,
  });
}

/** The JSON object of a 2xx answer, or an InvalidResponseError. */
export function parseSuccess({ provider, operation, maxBytes }: AnswerContext, response: Response, { text, truncated }: BodyText): Record<string, unknown> {
  const invalid = (problem: string) =>
    new InvalidResponseError(`${provider} ${operation.operationId}: HTTP ${response.status} response ${problem}`, {
      status: response.status,
      requestId: requestIdOf(response.headers, undefined),
      body: text,
    });
  if (truncated) throw invalid(`is larger than ${maxBytes} bytes (maxResponseBytes)`);
  // An operation documented to answer 204 (DCS createRedislog) has nothing to parse in any 2xx without a body.
  if (!text && "204" in operation.responses) return {};
  if (!text) throw invalid("has an empty body");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("is not valid JSON");
  }
  if (!isObject(parsed)) throw invalid("is not a JSON object");
  return parsed;
}

/** Puts `$metadata` on `answer`, non-enumerable so that it stays out of JSON, spreads and equality checks. */
export function withMetadata<T extends object>(answer: T, metadata: ResponseMetadata): T & MetadataBearer {
  return Object.defineProperty(answer, "$metadata", { value: metadata, configurable: true }) as T & MetadataBearer;
}
