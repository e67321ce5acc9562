import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, ApiError, TimeoutError } from "../src/index.js";
import { client, documented, END_TIME, INSTANCE_ID, START_TIME, useMsw } from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID, start_time: START_TIME, end_time: END_TIME };

/** Serves `answers` in order (the last repeats) and records when each request arrived. */
function serve(...answers: (() => Response)[]) {
  const arrivals: number[] = [];
  const start = Date.now();
  server.use(
    http.get("*", () => {
      arrivals.push(Date.now() - start);
      return answers[Math.min(arrivals.length - 1, answers.length - 1)]!();
    }),
  );
  return arrivals;
}
const failing = (status: number) => () => HttpResponse.json({ error_code: `TEST.${status}`, error_msg: "m" }, { status });
const ok = () => HttpResponse.json(documented);

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
  it("retries the documented 500 and a gateway 429 with backoff, 2 retries by default", async () => {
    const arrivals = serve(failing(500), failing(429), ok);
    const result = client().listAuditLogDownloadLink(input);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual(documented);
    expect(arrivals).toEqual([0, 250, 750]);
  });

  it("waits as long as Retry-After asks", async () => {
    const arrivals = serve(() => HttpResponse.json({}, { status: 429, headers: { "Retry-After": "3" } }), ok);
    const result = client().listAuditLogDownloadLink(input);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual(documented);
    expect(arrivals).toEqual([0, 3000]);
  });

  it("never retries the documented 400", async () => {
    const arrivals = serve(failing(400), ok);
    const error = await client()
      .listAuditLogDownloadLink(input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "TEST.400", attempts: 1 });
    expect(arrivals).toEqual([0]);
  });

  it("honours maxRetries: 0", async () => {
    const arrivals = serve(failing(500), ok);
    const error = await client({ maxRetries: 0 })
      .listAuditLogDownloadLink(input)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "InternalServerError", status: 500, attempts: 1 });
    expect(arrivals).toEqual([0]);
  });
});

describe("timeouts and abort", () => {
  it("fails an attempt after 30 s by default, then retries it", async () => {
    const result = client({ fetch: hangingFetch, maxRetries: 1 })
      .listAuditLogDownloadLink(input)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(hangingFetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    const error = await result;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 2, message: "huawei-audit listAuditLogDownloadLink: no complete response within 30000 ms" });
  });

  it("takes the call's timeoutMs", async () => {
    const result = client({ fetch: hangingFetch, maxRetries: 0 })
      .listAuditLogDownloadLink(input, { timeoutMs: 1500 })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  it("aborts the request in flight and retries nothing", async () => {
    const controller = new AbortController();
    const result = client({ fetch: hangingFetch })
      .listAuditLogDownloadLink(input, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(hangingFetch).toHaveBeenCalledTimes(1);
  });
});
