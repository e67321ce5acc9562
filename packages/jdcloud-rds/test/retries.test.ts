import { describeTransport } from "@loglink/test-support/transport";
import { expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, ApiError, ConnectionError, createJdcloudRdsClient, TimeoutError } from "../src/index.js";
import { credentials, documented, examples, snapshot, until, useMsw } from "./support.js";

const { server, requests } = useMsw();
const PATH = /%3AupdateLogDownloadURLInternal$/;

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
 * Answers with the documented examples of `statuses` in turn, the last one repeating; returns the
 * fake-clock times (ms after the start) at which the requests arrived.
 */
function answer(...statuses: (keyof typeof examples)[]) {
  const start = Date.now();
  const arrivals: number[] = [];
  server.use(
    http.post(PATH, () => {
      arrivals.push(Date.now() - start);
      const status = statuses[Math.min(arrivals.length - 1, statuses.length - 1)]!;
      const { example } = examples[status];
      return HttpResponse.json(example, { status: Number(status) });
    }),
  );
  return arrivals;
}

/** Signing settles outside fake time: wait for request `n` to leave before moving the clock. */
const sent = (n: number) => until(() => requests.length >= n);
const rds = (options: { maxRetries?: number; timeoutMs?: number; fetch?: typeof fetch } = {}) =>
  createJdcloudRdsClient({ region: documented.region, credentials, ...options });

describe("retries", () => {
  it("retries documented 503 and 500 answers, each attempt signed afresh, then resolves", async () => {
    const arrivals = answer("503", "500", "200");
    const result = rds().updateLogDownloadURLInternal(documented.input);
    await sent(1);
    await vi.advanceTimersByTimeAsync(250);
    await sent(2);
    await vi.advanceTimersByTimeAsync(500);
    await sent(3);

    await expect(result).resolves.toEqual(examples["200"].example);
    expect(arrivals).toEqual([0, 250, 750]);
    const attempts = await Promise.all(requests.map(snapshot));
    for (const attempt of attempts) {
      expect(attempt.headers.authorization).toBe(
        expectedJdcloudAuthorization(attempt, credentials.accessKeyId, credentials.secretAccessKey, "cn-north-1", "rds"),
      );
    }
    expect(new Set(attempts.map(({ headers }) => headers["x-jdcloud-nonce"])).size).toBe(3);
    expect(attempts.map(({ headers }) => headers["x-jdcloud-date"])).toEqual(["20240101T000000Z", "20240101T000000Z", "20240101T000000Z"]);
  });

  it("retries 429 after its Retry-After", async () => {
    let count = 0;
    server.use(
      http.post(PATH, () =>
        count++ === 0
          ? HttpResponse.json(examples["429"].example, { status: 429, headers: { "Retry-After": "3" } })
          : HttpResponse.json(examples["200"].example),
      ),
    );
    const result = rds().updateLogDownloadURLInternal(documented.input);
    await sent(1);
    await vi.advanceTimersByTimeAsync(3000);
    await sent(2);

    await expect(result).resolves.toEqual(examples["200"].example);
    expect((await snapshot(requests[1]!)).headers["x-jdcloud-date"]).toBe("20240101T000003Z");
  });

  it("gives up after 2 retries by default, with the last ApiError", async () => {
    const arrivals = answer("503");
    const result = rds()
      .updateLogDownloadURLInternal(documented.input)
      .catch((error: unknown) => error);
    await sent(1);
    await vi.advanceTimersByTimeAsync(250);
    await sent(2);
    await vi.advanceTimersByTimeAsync(500);
    await sent(3);

    const error = (await result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.attempts]).toEqual([503, "UNAVAILABLE", 3]);
    expect(arrivals).toEqual([0, 250, 750]);
  });

  it("makes one attempt with maxRetries 0", async () => {
    answer("500");
    const error = (await rds({ maxRetries: 0 })
      .updateLogDownloadURLInternal(documented.input)
      .catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.attempts]).toEqual([500, 1]);
    expect(requests).toHaveLength(1);
  });

  it.each(["400", "401", "403", "404"] as const)("never retries a documented %s", async (status) => {
    answer(status);
    const error = (await rds()
      .updateLogDownloadURLInternal(documented.input)
      .catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.code, error.attempts]).toEqual([Number(status), examples[status].example.error.status, 1]);
    expect(requests).toHaveLength(1);
  });
});

describeTransport({
  name: "jdcloud-rds updateLogDownloadURLInternal",
  url: documented.url,
  method: "post",
  path: PATH,
  success: examples["200"].example,
  server,
  requests,
  call: (options, callOptions) => rds(options).updateLogDownloadURLInternal(documented.input, callOptions),
  errors: { AbortError, ConnectionError, TimeoutError },
  failRetryably: () => answer("503"),
});
