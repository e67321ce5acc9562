import { AbortError, ApiError, ConnectionError } from "./errors.js";

// Backoff before retry n (1-based): full jitter, uniform in [0, min(8 s, 0.5 s × 2^(n-1))).
// 0.5 s keeps a lone blip cheap; the 8 s cap bounds the wait when callers raise maxRetries.
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
// A server asking for longer than a minute is not worth waiting for inside one call.
const MAX_RETRY_AFTER_MS = 60_000;

/** The longest delay setTimeout honours: it fires at once for delays above 2^31-1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Worth another try: no response (connection, timeout), 429 or 5xx. Never 3xx/4xx, input or abort errors. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ConnectionError) return true;
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}

function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before retry `retry` (1-based): the server's `Retry-After`, capped at 60 s, else backoff. */
export function retryDelay(retry: number, error: unknown): number {
  const header = error instanceof ApiError ? error.headers["retry-after"] : undefined;
  const requested = retryAfterMs(header, Date.now());
  if (requested !== undefined) return Math.min(requested, MAX_RETRY_AFTER_MS);
  return Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
}

/** An AbortError for `signal`'s abort, keeping its reason as the cause. */
export function abortError(signal: AbortSignal): AbortError {
  return new AbortError("the operation was aborted", { cause: signal.reason });
}

/** Resolves after `ms`; rejects with AbortError as soon as `signal` aborts, leaving no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
