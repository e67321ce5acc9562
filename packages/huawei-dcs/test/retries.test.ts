import { describeTransport } from "@loglink/test-support/transport";
import { expectedHuaweiAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
    const result = dcs()
      .createRedislogDownloadLink(documented.input)
      .catch((error: unknown) => error);
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
    const error = (await dcs({ maxRetries: 0 })
      .createRedislogDownloadLink(documented.input)
      .catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.attempts]).toEqual([500, 1]);
    expect(requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404])("never retries a documented %i", async (status) => {
    answer(status);
    const error = (await dcs()
      .createRedislogDownloadLink(documented.input)
      .catch((caught: unknown) => caught)) as ApiError;

    expect([error.status, error.attempts]).toEqual([status, 1]);
    expect(requests).toHaveLength(1);
  });
});

describeTransport({
  name: "huawei-dcs createRedislogDownloadLink",
  url: documented.url,
  method: "post",
  path: PATH,
  success: examples["200"].example,
  server,
  requests,
  call: (options, callOptions) => dcs(options).createRedislogDownloadLink(documented.input, callOptions),
  errors: { AbortError, ConnectionError, TimeoutError },
  failRetryably: () => answer(500),
});
