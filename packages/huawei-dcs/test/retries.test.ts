import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectedHuaweiAuthorization } from "../../core/test/verifier.js";
import { AbortError, ApiError, ConnectionError, type Credentials, createHuaweiDcsClient, TimeoutError } from "../src/index.js";
import { credentials, documented, examples, snapshot, token, until, useMsw } from "./support.js";

const { server, requests } = useMsw();
const PATH = "*/v2/:project_id/instances/:instance_id/redislog/:id/links";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2024-01-01T00:00:00Z") });
  // Backoff is uniform in [0, 0.5 s × 2^(n-1)); 0.5 makes it 250 ms, then 500 ms.
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Answers with `statuses` in turn (errors with an empty body, as documented; 200 with its
 * example), the last one repeating; returns the fake-clock times at which requests arrived.
 */
function answer(...statuses: number[]) {
  const start = Date.now();
  const arrivals: number[] = [];
  server.use(
    http.post(PATH, () => {
      arrivals.push(Date.now() - start);
      const status = statuses[Math.min(arrivals.length - 1, statuses.length - 1)]!;
      return status === 200 ? HttpResponse.json(examples["200"].example) : new HttpResponse(null, { status });
    }),
  );
  return arrivals;
}

/** Wait for request `n` to leave (signing settles outside fake time) before moving the clock. */
const sent = (n: number) => until(() => requests.length >= n);
const dcs = (options: { maxRetries?: number; timeoutMs?: number; fetch?: typeof fetch; credentials?: Credentials } = {}) =>
  createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token }, ...options });

describe("retries", () => {
  it("retries documented 500s, each attempt signed afresh, then resolves", async () => {
    const arrivals = answer(500, 500, 200);
    const result = dcs({ credentials }).createRedislogDownloadLink(documented.input);
    await sent(1);
    await vi.advanceTimersByTimeAsync(250);
    await sent(2);
    await vi.advanceTimersByTimeAsync(500);
    await sent(3);

    await expect(result).resolves.toEqual(examples["200"].example);
    expect(arrivals).toEqual([0, 250, 750]);
    const attempts = await Promise.all(requests.map(snapshot));
    for (const attempt of attempts) {
      expect(attempt.headers.authorization).toBe(expectedHuaweiAuthorization(attempt, credentials.accessKeyId, credentials.secretAccessKey));
    }
  });

  it("gives up after 2 retries by default, with the last ApiError", async () => {
    const arrivals = answer(500);
    const result = dcs().createRedislogDownloadLink(documented.input).catch((error: unknown) => error);
    await sent(1);
    await vi.advanceTimersByTimeAsync(250);
    await sent(2);
    await vi.advanceTimersByTimeAsync(500);
    await sent(3);

    const error = (await result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.attempts]).toEqual([500, 3]);
    expect(arrivals).toEqual([0, 250, 750]);
  });

  it("makes one attempt with maxRetries 0", async () => {
    answer(500);
    const error = (await dcs({ maxRetries: 0 }).createRedislogDownloadLink(documented.input).catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.attempts]).toEqual([500, 1]);
    expect(requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404])("never retries a documented %i", async (status) => {
    answer(status);
    const error = (await dcs().createRedislogDownloadLink(documented.input).catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.attempts]).toEqual([status, 1]);
    expect(requests).toHaveLength(1);
  });

  it("retries a connection error and keeps its cause", async () => {
    const failure = new TypeError("fetch failed");
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(failure);
    const result = dcs({ fetch, maxRetries: 1 }).createRedislogDownloadLink(documented.input).catch((error: unknown) => error);
    await until(() => fetch.mock.calls.length === 1);
    await vi.advanceTimersByTimeAsync(250);
    await until(() => fetch.mock.calls.length === 2);

    const error = (await result) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect([error.cause, error.attempts, error.message]).toEqual([failure, 2, `POST ${documented.url}: fetch failed`]);
  });
});

describe("timeouts", () => {
  const hang = () =>
    server.use(
      http.post(PATH, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );

  it("fails an attempt after 30 s by default with TimeoutError", async () => {
    hang();
    let settled = false;
    const result = dcs({ maxRetries: 0 })
      .createRedislogDownloadLink(documented.input)
      .catch((error: unknown) => error)
      .finally(() => (settled = true));
    await sent(1);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const error = (await result) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: no complete response within 30000 ms");
  });

  it("takes the call's timeoutMs over the client's", async () => {
    hang();
    const result = dcs({ maxRetries: 0, timeoutMs: 60_000 })
      .createRedislogDownloadLink(documented.input, { timeoutMs: 100 })
      .catch((error: unknown) => error);
    await sent(1);
    await vi.advanceTimersByTimeAsync(100);

    expect(((await result) as TimeoutError).message).toBe("huawei-dcs createRedislogDownloadLink: no complete response within 100 ms");
  });

  it("retries a timed-out attempt", async () => {
    let count = 0;
    server.use(
      http.post(PATH, async () => {
        if (count++ === 0) await delay("infinite");
        return HttpResponse.json(examples["200"].example);
      }),
    );
    const result = dcs({ timeoutMs: 1000 }).createRedislogDownloadLink(documented.input);
    await sent(1);
    await vi.advanceTimersByTimeAsync(1000 + 250);
    await sent(2);

    await expect(result).resolves.toEqual(examples["200"].example);
  });
});

describe("abort", () => {
  it("rejects with AbortError as soon as the signal aborts, without retrying", async () => {
    server.use(
      http.post(PATH, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const result = dcs().createRedislogDownloadLink(documented.input, { signal: controller.signal }).catch((error: unknown) => error);
    await sent(1);
    controller.abort(new Error("user gave up"));

    const error = (await result) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect((error.cause as Error).message).toBe("user gave up");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });

  it("stops during backoff", async () => {
    answer(500);
    const controller = new AbortController();
    const result = dcs().createRedislogDownloadLink(documented.input, { signal: controller.signal }).catch((error: unknown) => error);
    await sent(1);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();

    expect(await result).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });

  it("sends nothing when the signal has already aborted", async () => {
    const error = await dcs().createRedislogDownloadLink(documented.input, { signal: AbortSignal.abort("stop") }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("stop");
    expect(requests).toHaveLength(0);
  });
});
