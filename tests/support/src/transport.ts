// What every provider's operation must do on the wire whatever its API: retry a connection error,
// time out an attempt, and stop on abort. One suite, run by each provider's tests against its own
// client and documented request (with fake timers installed by the calling file).
import { delay, HttpResponse, http } from "msw";
import type { SetupServer } from "msw/node";
import { describe, expect, it, vi } from "vitest";
import { until } from "./msw.js";

// biome-ignore lint/suspicious/noExplicitAny: any error constructor
type ErrorClass = abstract new (...args: any[]) => Error;
/** The fields of loglink's errors these checks read. */
type TransportError = Error & { attempts?: number };

export interface TransportSuite {
  /** `<provider> <operationId>`, as error messages name the call */
  name: string;
  /** the documented request's URL */
  url: string;
  method: "get" | "post";
  /** the operation's path for msw */
  path: string | RegExp;
  /** the documented 2xx body */
  success: unknown;
  server: SetupServer;
  requests: Request[];
  /** the operation, on a client created with `options`, called with the documented input */
  call(
    options?: { maxRetries?: number; timeoutMs?: number; fetch?: typeof fetch },
    callOptions?: { timeoutMs?: number; signal?: AbortSignal },
  ): Promise<unknown>;
  /** makes the server answer every request with a retryable error */
  failRetryably(): void;
  /** the error classes as the provider package exports them (from core's build, not its source) */
  errors: { AbortError: ErrorClass; ConnectionError: ErrorClass; TimeoutError: ErrorClass };
}

export function describeTransport(suite: TransportSuite): void {
  const { name, url, method, path, success, server, requests, call } = suite;
  const { AbortError, ConnectionError, TimeoutError } = suite.errors;
  /** Wait for request `n` to leave (signing settles outside fake time) before moving the clock. */
  const sent = (n: number) => until(() => requests.length >= n);
  const hang = () =>
    server.use(
      http[method](path, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );

  it("retries a connection error and keeps its cause", async () => {
    const failure = new TypeError("fetch failed");
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(failure);
    const result = call({ fetch, maxRetries: 1 }).catch((error: unknown) => error);
    await until(() => fetch.mock.calls.length === 1);
    await vi.advanceTimersByTimeAsync(250);
    await until(() => fetch.mock.calls.length === 2);

    const error = (await result) as TransportError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect([error.cause, error.attempts, error.message]).toEqual([failure, 2, `${method.toUpperCase()} ${url}: fetch failed`]);
  });

  describe("timeouts", () => {
    it("fails an attempt after 30 s by default with TimeoutError", async () => {
      hang();
      let settled = false;
      const result = call({ maxRetries: 0 })
        .catch((error: unknown) => error)
        .finally(() => (settled = true));
      await sent(1);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);

      const error = (await result) as TransportError;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.message).toBe(`${name}: no complete response within 30000 ms`);
    });

    it("takes the call's timeoutMs over the client's", async () => {
      hang();
      const result = call({ maxRetries: 0, timeoutMs: 60_000 }, { timeoutMs: 100 }).catch((error: unknown) => error);
      await sent(1);
      await vi.advanceTimersByTimeAsync(100);

      const error = (await result) as TransportError;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.message).toBe(`${name}: no complete response within 100 ms`);
    });

    it("retries a timed-out attempt", async () => {
      let count = 0;
      server.use(
        http[method](path, async () => {
          if (count++ === 0) await delay("infinite");
          return HttpResponse.json(success as object);
        }),
      );
      const result = call({ timeoutMs: 1000 });
      await sent(1);
      await vi.advanceTimersByTimeAsync(1000 + 250);
      await sent(2);

      await expect(result).resolves.toEqual(success);
    });
  });

  describe("abort", () => {
    it("rejects with AbortError as soon as the signal aborts, without retrying", async () => {
      hang();
      const controller = new AbortController();
      const result = call({}, { signal: controller.signal }).catch((error: unknown) => error);
      await sent(1);
      controller.abort(new Error("user gave up"));

      const error = (await result) as TransportError;
      expect(error).toBeInstanceOf(AbortError);
      expect((error.cause as Error).message).toBe("user gave up");
      await vi.advanceTimersByTimeAsync(60_000);
      expect(requests).toHaveLength(1);
    });

    it("stops during backoff", async () => {
      suite.failRetryably();
      const controller = new AbortController();
      const result = call({}, { signal: controller.signal }).catch((error: unknown) => error);
      await sent(1);
      await vi.advanceTimersByTimeAsync(100);
      controller.abort();

      expect(await result).toBeInstanceOf(AbortError);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(requests).toHaveLength(1);
    });

    it("sends nothing when the signal has already aborted", async () => {
      const error = await call({}, { signal: AbortSignal.abort("stop") }).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(AbortError);
      expect((error as TransportError).cause).toBe("stop");
      expect(requests).toHaveLength(0);
    });
  });
}
