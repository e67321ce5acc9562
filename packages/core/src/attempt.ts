// One call: attempts with a time limit each, retried with backoff while the failure is transient.
import { ConnectionError, LogLinkError, type Provider, TimeoutError } from "./errors.js";
import type { ProviderFamily } from "./family.js";
import type { CallOptions } from "./options.js";
import { redact, scrubSecrets } from "./redact.js";
import { type AnswerContext, apiError, boundedErrorAnswer, type MetadataBearer, parseSuccess, readBody, requestIdOf, withMetadata } from "./response.js";
import { abortError, isRetryable, retryDelay, sleep } from "./retry.js";
import type { OperationSpec } from "./types.js";

/** openapi-fetch's `request(method, path, init)`, untyped: the call path fills in any operation. */
export type UntypedRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** What every call of one client shares. */
export interface CallSettings {
  provider: Provider;
  family: ProviderFamily;
  /** openapi-fetch's request function of the client */
  send: UntypedRequest;
  /** the authenticated fetch that sends one request */
  fetch: (request: Request) => Promise<Response>;
  maxRetries: number;
  timeoutMs: number;
  maxResponseBytes: number;
  logger: ((line: string) => void) | undefined;
  /** the client's own credentials, removed from any error that echoes them */
  secrets: readonly (string | undefined)[];
}

/** An operation's request, ready for openapi-fetch; `url` only for the log line. */
export interface PreparedRequest {
  params: Record<string, Record<string, unknown>>;
  body: unknown;
  url: string;
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}

/** One attempt: the request, its answer read within the bound, classified. */
async function attempt(
  settings: CallSettings,
  operation: OperationSpec,
  request: PreparedRequest,
  callOptions: CallOptions,
  attemptNumber: number,
): Promise<{ answer: Record<string, unknown>; response: Response }> {
  const { provider, logger, maxResponseBytes } = settings;
  const context = `${provider} ${operation.operationId}`;
  const answerContext: AnswerContext = { provider, operation, family: settings.family, maxBytes: maxResponseBytes };
  const timeoutMs = callOptions.timeoutMs ?? settings.timeoutMs;
  const timeout = new AbortController();
  const { signal } = callOptions;
  // Rejects only when the attempt is cut short (timeout or the caller's abort): raced with the
  // request and the body, it makes the timeout hold even for a custom fetch that ignores the signal.
  let cutShort!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (cutShort = reject));
  const timer = setTimeout(() => {
    timeout.abort();
    cutShort(timeout.signal.reason);
  }, timeoutMs);
  // The caller's abort ends the attempt through the same controller. AbortSignal.any would too,
  // but on Node 20 its composite signals stay reachable after the call (~6 KB per call under load).
  const onAbort = signal
    ? () => {
        timeout.abort(signal.reason);
        cutShort(signal.reason);
      }
    : undefined;
  const started = logger ? Date.now() : 0;
  let outcome = "";
  // Set once the headers are in: an error after that (not ours) is the body breaking off mid-read.
  let responded = false;
  const fetchOnce = async (sent: Request) => {
    const response = await settings.fetch(sent);
    responded = true;
    // openapi-fetch reads an error answer whole: it gets a copy read within the bound.
    return response.ok || !response.body ? response : boundedErrorAnswer(response, maxResponseBytes);
  };
  try {
    if (onAbort) signal!.addEventListener("abort", onAbort, { once: true });
    // parseAs "stream": a 2xx body is left to readBody, under the same signal and timer.
    const { error, response } = await Promise.race([
      settings.send(operation.method, operation.path, {
        params: request.params,
        body: request.body,
        headers: callOptions.headers,
        signal: timeout.signal,
        parseAs: "stream",
        fetch: fetchOnce,
      }),
      stopped,
    ]);
    outcome = String(response.status);
    if (!response.ok) throw apiError(answerContext, response, error);
    const body = await Promise.race([readBody(response, maxResponseBytes), stopped]);
    return { answer: parseSuccess(answerContext, response, body), response };
  } catch (error) {
    const classified = signal?.aborted
      ? abortError(signal)
      : timeout.signal.aborted
        ? new TimeoutError(`${context}: no complete response within ${timeoutMs} ms`)
        : responded && !(error instanceof LogLinkError)
          ? new ConnectionError(`${context}: the connection broke while reading the response: ${describe(error)}`, { cause: error })
          : error;
    outcome ||= classified instanceof Error ? classified.name : "error";
    // A server or fetch may echo the credentials back (error_msg, body, a fetch error's message).
    throw scrubSecrets(classified, settings.secrets);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal!.removeEventListener("abort", onAbort);
    if (logger)
      try {
        logger(redact(`${provider} ${operation.method} ${request.url} -> ${outcome} (${Date.now() - started} ms, attempt ${attemptNumber})`));
      } catch {
        // A failing log sink must not replace the call's result or error with its own.
      }
  }
}

/**
 * Sends `request` until it succeeds, fails for good or runs out of retries; resolves to the answer
 * with its `$metadata`.
 *
 * Retried: no answer (connection error, timeout), 429 and 5xx, whatever the method. The POST
 * operations are safe to repeat: JD Cloud `updateLogDownloadURLInternal` sets the links' lifetime
 * to `seconds` and issues new presigned links, so a repeat leaves the same lifetime and only newer
 * links; DCS `createRedislogDownloadLink` sends no body and answers a link to a run log that
 * already exists (the answer's `id` is that log's); OTC `downloadErrorlog` is documented to be
 * called "repeatedly until FINISH is returned" (specs/otc-rds/source/001_073ebb5954cb14d0.txt).
 */
export async function callWithRetries(
  settings: CallSettings,
  operation: OperationSpec,
  request: PreparedRequest,
  callOptions: CallOptions,
): Promise<Record<string, unknown> & MetadataBearer> {
  let totalRetryDelayMs = 0;
  for (let attempts = 1; ; attempts++) {
    if (callOptions.signal?.aborted) throw abortError(callOptions.signal);
    try {
      const { answer, response } = await attempt(settings, operation, request, callOptions, attempts);
      const requestId = requestIdOf(response.headers, answer);
      return withMetadata(answer, { httpStatusCode: response.status, requestId, attempts, totalRetryDelayMs });
    } catch (error) {
      if (error instanceof LogLinkError) error.attempts = attempts;
      if (attempts > settings.maxRetries || !isRetryable(error)) throw error;
      const delay = retryDelay(attempts, error);
      await sleep(delay, callOptions.signal);
      totalRetryDelayMs += delay;
    }
  }
}
