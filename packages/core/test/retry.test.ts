import { useMsw } from "@loglink/test-support/msw";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, ApiError, ConnectionError, InvalidResponseError } from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { isRetryable, retryDelay } from "../src/retry.js";
import { createLink, dcsClient, jdClient, updateLogUrl } from "./fixtures.js";

const { server } = useMsw();

const call = (options?: Partial<ClientOptions>, signal?: AbortSignal) => dcsClient(options).call(createLink, { instance_id: "i", id: "l" }, { signal });

/** Serves `responses` in order (the last one repeats) and records when each request arrived. */
function serve(...responses: (() => Response)[]) {
  const arrivals: number[] = [];
  server.use(
    http.all("*", () => {
      arrivals.push(Date.now() - start);
      return responses[Math.min(arrivals.length - 1, responses.length - 1)]!();
    }),
  );
  const start = Date.now();
  return arrivals;
}
const status = (code: number, headers?: Record<string, string>) => () =>
  HttpResponse.json({ error_code: `E${code}`, error_msg: "m" }, { status: code, headers });
const ok = () => HttpResponse.json({ link: "l" });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2024-01-01T00:00:00Z") });
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the call run up to `ms` of fake time. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe("retries", () => {
  it("retries 5xx with full-jitter exponential backoff and succeeds", async () => {
    const arrivals = serve(status(503), status(500), ok);
    const result = call();
    await advance(249);
    expect(arrivals).toEqual([0]); // retry 1 waits 0.5 × 500 ms
    await advance(1);
    expect(arrivals).toEqual([0, 250]);
    await advance(500); // retry 2 waits 0.5 × 1000 ms
    await expect(result).resolves.toEqual({ link: "l" });
    expect(arrivals).toEqual([0, 250, 750]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives up after maxRetries (default 2) and reports the attempts", async () => {
    const arrivals = serve(status(502));
    const result = call().catch((error: unknown) => error);
    await advance(10_000);
    const error = (await result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.attempts]).toEqual([502, "E502", 3]);
    expect(arrivals).toEqual([0, 250, 750]);
  });

  it("honours maxRetries 0 and 5", async () => {
    const none = serve(status(500));
    const first = call({ maxRetries: 0 }).catch((error: unknown) => error);
    await advance(60_000);
    expect(((await first) as ApiError).attempts).toBe(1);
    expect(none).toEqual([0]);

    const five = serve(status(500));
    vi.mocked(Math.random).mockReturnValue(0.999);
    const second = call({ maxRetries: 5 }).catch((error: unknown) => error);
    await advance(60_000);
    expect(((await second) as ApiError).attempts).toBe(6);
    // Delays just under 0.5, 1, 2, 4, 8 s; the 8 s cap holds from retry 5 on.
    expect(five.map((at, i) => (i === 0 ? at : at - five[i - 1]!))).toEqual([0, 499, 999, 1998, 3996, 7992]);
  });

  it("waits Retry-After seconds on 429", async () => {
    const arrivals = serve(status(429, { "Retry-After": "2" }), ok);
    const result = call();
    await advance(1999);
    expect(arrivals).toEqual([0]);
    await advance(1);
    await expect(result).resolves.toEqual({ link: "l" });
    expect(arrivals).toEqual([0, 2000]);
  });

  it("waits until a Retry-After HTTP date", async () => {
    const arrivals = serve(status(503, { "Retry-After": "Mon, 01 Jan 2024 00:00:03 GMT" }), ok);
    const result = call();
    await advance(3000);
    await expect(result).resolves.toEqual({ link: "l" });
    expect(arrivals).toEqual([0, 3000]);
  });

  it("caps Retry-After at 60 s", async () => {
    const arrivals = serve(status(429, { "Retry-After": "3600" }), ok);
    const result = call();
    await advance(60_000);
    await expect(result).resolves.toEqual({ link: "l" });
    expect(arrivals).toEqual([0, 60_000]);
  });

  it.each([400, 401, 403, 404, 409, 302])("never retries %i", async (code) => {
    const arrivals = serve(status(code));
    const result = call().catch((error: unknown) => error);
    await advance(60_000);
    expect(((await result) as ApiError).status).toBe(code);
    expect(((await result) as ApiError).attempts).toBe(1);
    expect(arrivals).toEqual([0]);
  });

  it("does not retry a 2xx with an unusable body", async () => {
    const arrivals = serve(() => new HttpResponse("not json"));
    const result = call().catch((error: unknown) => error);
    await advance(60_000);
    expect(await result).toBeInstanceOf(InvalidResponseError);
    expect(arrivals).toEqual([0]);
  });

  it("retries connection errors, keeping the cause", async () => {
    const failure = new TypeError("fetch failed");
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce(Response.json({ ok: 1 }));
    const result = call({ fetch });
    await advance(250);
    await expect(result).resolves.toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);

    fetch.mockReset().mockRejectedValue(failure);
    const failed = call({ fetch, maxRetries: 1 }).catch((error: unknown) => error);
    await advance(10_000);
    const error = (await failed) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.cause).toBe(failure);
    expect(error.attempts).toBe(2);
    expect(error.message).toBe("POST https://dcs.cn-north-4.myhuaweicloud.com/v2/0483b6b16e954cb88930a360d2c4e663/instances/i/redislog/l/links: fetch failed");
  });

  it("stops at once when the caller aborts during backoff", async () => {
    const arrivals = serve(status(503));
    const controller = new AbortController();
    const result = call({}, controller.signal).catch((error: unknown) => error);
    await advance(100);
    controller.abort(new Error("user gave up"));
    const error = (await result) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect((error.cause as Error).message).toBe("user gave up");
    await advance(60_000);
    expect(arrivals).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("signs every attempt afresh (new nonce and date)", async () => {
    const seen: Headers[] = [];
    server.use(
      http.all("*", ({ request }) => {
        seen.push(request.headers);
        return seen.length === 1 ? status(503, { "Retry-After": "1" })() : ok();
      }),
    );
    const result = jdClient().call(updateLogUrl, { instanceId: "i", logId: "l" });
    // Web Crypto settles outside fake time: wait for the first request before moving the clock.
    await vi.waitUntil(() => seen.length === 1);
    await advance(1000);
    await vi.waitUntil(() => seen.length === 2);
    await expect(result).resolves.toEqual({ link: "l" });
    expect(seen.map((headers) => headers.get("x-jdcloud-date"))).toEqual(["20240101T000000Z", "20240101T000001Z"]);
    expect(seen[0]!.get("x-jdcloud-nonce")).not.toBe(seen[1]!.get("x-jdcloud-nonce"));
    expect(seen[0]!.get("authorization")).not.toBe(seen[1]!.get("authorization"));
  });
});

describe("retry policy", () => {
  it("isRetryable", () => {
    const api = (code: number) => new ApiError({ status: code, provider: "otc-rds" });
    expect([429, 500, 502, 503, 504].map((code) => isRetryable(api(code)))).toEqual([true, true, true, true, true]);
    expect([301, 400, 401, 403, 404, 408, 409].map((code) => isRetryable(api(code)))).toEqual([false, false, false, false, false, false, false]);
    expect(isRetryable(new ConnectionError("c"))).toBe(true);
    expect(isRetryable(new AbortError("a"))).toBe(false);
    expect(isRetryable(new TypeError("x"))).toBe(false);
  });

  it("retryDelay ignores an unparseable Retry-After", () => {
    const error = new ApiError({ status: 503, provider: "otc-rds", headers: new Headers({ "retry-after": "soon" }) });
    expect(retryDelay(3, error)).toBe(0.5 * 2000);
    const negative = new ApiError({ status: 503, provider: "otc-rds", headers: new Headers({ "retry-after": "-5" }) });
    expect(retryDelay(1, negative)).toBe(0);
  });
});
