import { ApiError, httpStatusOf, InvalidParameterError, type OperationContext, progressOf, WaiterError } from "./errors.js";
import { abortError, isRetryable, MAX_TIMER_MS, sleep } from "./retry.js";

/** Options of `waitUntil`; `provider`, `operation` and `input` are named in its WaiterError. */
export interface WaitOptions<T> extends OperationContext {
  /** reads the current state once; pass `signal` on to the request */
  poll: (signal: AbortSignal | undefined) => Promise<T>;
  /** classifies a poll's value: done, failed for good, or not yet */
  state: (value: T) => "success" | "failure" | "retry";
  /** delay after the first non-terminal poll in ms (defaults to 1 000) */
  minDelayMs?: number;
  /** longest delay between polls in ms (defaults to 15 000) */
  maxDelayMs?: number;
  /** give up this long after the first poll, in ms (defaults to 300 000) */
  maxWaitMs?: number;
  /** stops waiting at once */
  signal?: AbortSignal;
  /** the resource's status in a poll's value (e.g. `CREATING`), named in a WaiterError */
  status?: (value: T) => string | undefined;
}

// Log links are usually ready within seconds: a 1 s first delay answers quickly, the 15 s ceiling
// keeps a slow job from being hammered, and 5 minutes is far beyond any documented preparation time.
const DEFAULT_MIN_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 15_000;
const DEFAULT_MAX_WAIT_MS = 300_000;

/**
 * Polls until `state` says "success" and resolves to that value, AWS SDK v3 style: the delay
 * after attempt n is uniform in [minDelay, min(maxDelay, minDelay × 2^(n-1))], and the last poll
 * happens at the deadline. A poll failing transiently (connection, timeout, 429, 5xx) counts as
 * "retry"; any other error is thrown as is. Rejects with WaiterError("failed") on "failure" and
 * WaiterError("deadline") after `maxWaitMs`, and with AbortError as soon as `signal` aborts. A
 * WaiterError names the provider, operation and input ids given, the last status, the time spent
 * and the polls made (`attempts`).
 */
export async function waitUntil<T>(options: WaitOptions<T>): Promise<T> {
  const { poll, state, signal } = options;
  // NaN, negative or infinite times would make the deadline never pass or the polls never pause.
  for (const name of ["minDelayMs", "maxDelayMs", "maxWaitMs"] as const) {
    const value = options[name];
    const limit = name === "maxWaitMs" ? Number.MAX_SAFE_INTEGER : MAX_TIMER_MS;
    if (value !== undefined && !(typeof value === "number" && value >= 0 && value <= limit)) {
      throw new InvalidParameterError(name, `${name} must be a number of milliseconds from 0 to ${limit}`);
    }
  }
  const minDelayMs = options.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
  const maxDelayMs = Math.max(options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, minDelayMs);
  const started = Date.now();
  const deadline = started + (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  let lastResponse: T | undefined;
  let lastError: unknown;
  let lastStatus: string | undefined;
  const failure = (reason: "failed" | "deadline", polls: number) =>
    new WaiterError(reason, lastResponse, {
      ...progressOf(options),
      lastStatus,
      elapsedMs: Date.now() - started,
      attempts: polls,
      cause: lastError,
    });
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(signal);
    let result: "success" | "failure" | "retry" = "retry";
    try {
      lastResponse = await poll(signal);
      lastError = undefined;
      lastStatus = options.status?.(lastResponse) ?? httpStatusOf(lastResponse);
      result = state(lastResponse);
    } catch (error) {
      if (!isRetryable(error) || signal?.aborted) throw error;
      lastError = error;
      lastStatus = error instanceof ApiError ? `HTTP ${error.status}` : (error as Error).name;
    }
    if (result === "success") return lastResponse as T;
    if (result === "failure") throw failure("failed", attempt);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw failure("deadline", attempt);
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (attempt - 1));
    await sleep(Math.min(remaining, minDelayMs + Math.random() * (ceiling - minDelayMs)), signal);
  }
}
