import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { operations } from "../src/generated/operations.js";
import { AbortError, ApiError, ConnectionError, TimeoutError } from "../src/index.js";
import { client, finished, INSTANCE_ID, useMsw } from "./support.js";

const { server } = useMsw();
const { responses } = operations.downloadErrorlog;
const input = { instance_id: INSTANCE_ID };

/** Serves `responses` in order (the last repeats) and records when each request arrived. */
function serve(...answers: (() => Response)[]) {
  const arrivals: number[] = [];
  const start = Date.now();
  server.use(
    http.post("*", () => {
      arrivals.push(Date.now() - start);
      return answers[Math.min(arrivals.length - 1, answers.length - 1)]!();
    }),
  );
  return arrivals;
}
const documented = (status: "404" | "429" | "500") => () => HttpResponse.json(responses[status].example, { status: Number(status) });
const ok = () => HttpResponse.json(finished);

/** A fetch that never answers but rejects, like a real one, when its request's signal aborts. */
const hangingFetch = vi.fn<typeof fetch>((request) => {
  const { signal } = request as Request;
  return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  hangingFetch.mockClear();
});

describe("retries", () => {
  it("retries the documented 500 and 429 with backoff (2 retries by default) and returns the answer", async () => {
    const arrivals = serve(documented("500"), documented("429"), ok);
    const result = client().downloadErrorlog(input);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual(finished);
    // Full jitter at 0.5: 0.5 × 500 ms, then 0.5 × 1000 ms.
    expect(arrivals).toEqual([0, 250, 750]);
  });

  it("gives up after maxRetries with the last ApiError", async () => {
    const arrivals = serve(documented("500"));
    const result = client({ maxRetries: 1 })
      .downloadErrorlog(input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toMatchObject({ name: "InternalServerError", status: 500, code: "DBS.108000", attempts: 2 });
    expect(arrivals).toEqual([0, 250]);
  });

  it("never retries a documented 4xx such as 404", async () => {
    const arrivals = serve(documented("404"), ok);
    const error = await client()
      .downloadErrorlog(input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "DBS.200045", attempts: 1 });
    expect(arrivals).toEqual([0]);
  });

  it("retries a connection failure and reports ConnectionError when it persists", async () => {
    const arrivals = serve(() => HttpResponse.error());
    const result = client()
      .downloadErrorlog(input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await result;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(arrivals).toEqual([0, 250, 750]);
  });
});

describe("timeouts", () => {
  it("fails each attempt after 30 s by default", async () => {
    const result = client({ fetch: hangingFetch, maxRetries: 0 })
      .downloadErrorlog(input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe("otc-rds downloadErrorlog: no complete response within 30000 ms");
  });

  it("takes the call's timeoutMs over the client's", async () => {
    const result = client({ fetch: hangingFetch, maxRetries: 0, timeoutMs: 60_000 })
      .downloadErrorlog(input, { timeoutMs: 500 })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toMatchObject({ name: "TimeoutError", message: "otc-rds downloadErrorlog: no complete response within 500 ms" });
  });
});

describe("abort", () => {
  it("stops the request in flight and retries nothing", async () => {
    const controller = new AbortController();
    const result = client({ fetch: hangingFetch })
      .downloadErrorlog(input, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    const error = await result;
    expect(error).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
  });

  it("stops during the backoff before a retry", async () => {
    const controller = new AbortController();
    const arrivals = serve(documented("500"), ok);
    const result = client()
      .downloadErrorlog(input, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(arrivals).toEqual([0]);
  });
});
