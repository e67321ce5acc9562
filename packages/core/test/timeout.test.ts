import { useMsw } from "@loglink/test-support/msw";
import { delay, HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { createLink, dcsClient } from "./fixtures.js";

const { server } = useMsw();

const dcs = (options: Partial<ClientOptions> = {}) => dcsClient({ maxRetries: 0, ...options });
const input = { instance_id: "i", id: "l" };

/** A fetch that never answers but, like a real one, rejects when its request's signal aborts. */
const hangingFetch = vi.fn<typeof fetch>((input) => {
  const { signal } = input as Request; // the client always passes a Request
  return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
});

afterEach(() => {
  vi.useRealTimers();
  hangingFetch.mockClear();
});

describe("timeouts", () => {
  it("fails an attempt after timeoutMs with TimeoutError, retried like a connection error", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0);
    const result = dcs({ fetch: hangingFetch, timeoutMs: 1000, maxRetries: 1 })
      .call(createLink, input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(999);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(hangingFetch).toHaveBeenCalledTimes(1); // zero backoff: Node runs a 0 ms timer after 1 ms
    await vi.advanceTimersByTimeAsync(1);
    expect(hangingFetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    const error = (await result) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: no complete response within 1000 ms");
    expect(error.attempts).toBe(2);
    expect(hangingFetch).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
    vi.restoreAllMocks();
  });

  it("lets the call's timeoutMs override the client's", async () => {
    vi.useFakeTimers();
    const result = dcs({ fetch: hangingFetch, timeoutMs: 60_000 })
      .call(createLink, input, { timeoutMs: 50 })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  it("defaults to 30 s per attempt", async () => {
    vi.useFakeTimers();
    const result = dcs({ fetch: hangingFetch })
      .call(createLink, input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(29_999);
    expect((hangingFetch.mock.calls[0]![0] as Request).signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  it("covers reading the body, even when the body ignores the signal", async () => {
    vi.useFakeTimers();
    const stalledBody = () =>
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"link":')) }), {
        status: 200,
      });
    const result = dcs({ fetch: async () => stalledBody(), timeoutMs: 500 })
      .call(createLink, input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("times out a real (msw) response that never comes", async () => {
    server.use(
      http.all("*", async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const error = await dcs({ timeoutMs: 20 })
      .call(createLink, input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
  });
});

describe("caller abort", () => {
  it("rejects with AbortError at once, without retrying", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const result = dcs({ fetch: hangingFetch, maxRetries: 3 })
      .call(createLink, input, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const error = (await result) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.attempts).toBe(1);
    expect((error.cause as DOMException).name).toBe("AbortError");
    await vi.advanceTimersByTimeAsync(100_000);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const error = await dcs({ fetch: hangingFetch })
      .call(createLink, input, { signal: AbortSignal.abort("stop") })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("stop");
    expect(hangingFetch).not.toHaveBeenCalled();
  });

  it("aborts a request in flight through msw", async () => {
    server.use(
      http.all("*", async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const result = dcs()
      .call(createLink, input, { signal: controller.signal })
      .catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 10);
    expect(await result).toBeInstanceOf(AbortError);
  });
});
