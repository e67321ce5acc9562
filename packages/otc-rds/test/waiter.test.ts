import { HttpResponse, http, type JsonBodyType } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { operations } from "../src/generated/operations.js";
import { AbortError, ApiError, type DownloadErrorlogResult, errorlogExportState, WaiterError } from "../src/index.js";
import { client, creating, finished, INSTANCE_ID, useMsw } from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID };
// The spec's `exporting` example: a file still being exported, a status outside the tables, and
// (as in OTC's sibling slow-log document) no file_size, file_link or update_at yet.
const { file_size: _size, file_link: _link, update_at: _updated, ...notReady } = finished.list[0];
const exporting = { ...creating, list: [{ ...notReady, status: "EXPORTING" }], count: 1 };
const failed = { ...creating, status: "FAILED" };

/** Answers the polls with `answers` in order (the last repeats); records when each arrived. */
function serve(...answers: (JsonBodyType | (() => Response))[]) {
  const arrivals: number[] = [];
  const start = Date.now();
  server.use(
    http.post("*", () => {
      arrivals.push(Date.now() - start);
      const answer = answers[Math.min(arrivals.length - 1, answers.length - 1)];
      return typeof answer === "function" ? answer() : HttpResponse.json(answer);
    }),
  );
  return arrivals;
}
const settle = async <T>(promise: Promise<T>, ms = 400_000) => {
  const outcome = promise.catch((error: unknown) => error);
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("waitForErrorlogDownload", () => {
  it("polls from CREATING through an unknown status to the documented finish, with 2 s..10 s backoff", async () => {
    const arrivals = serve(creating, creating, exporting, exporting, finished);
    const result = await settle(client().waitForErrorlogDownload(input));
    expect(result).toEqual(finished);
    // Delay after poll n: uniform in [2 s, min(10 s, 2 s × 2^(n-1))], at 0.5: 2, 3, 5, 6 s.
    expect(arrivals).toEqual([0, 2000, 5000, 10_000, 16_000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("limits each poll's attempt to the timeoutMs it is given", async () => {
    server.use(http.post("*", () => new Promise<Response>(() => {})));
    const result = client({ maxRetries: 0 })
      .waitForErrorlogDownload(input, { timeoutMs: 500, maxWaitMs: 0 })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    // The one poll timed out (a retryable failure) and the deadline had passed: the waiter gives up.
    expect(await result).toMatchObject({ name: "WaiterError", reason: "deadline", cause: { name: "TimeoutError" } });
  });

  it("keeps the delay at 10 s at most", async () => {
    vi.mocked(Math.random).mockReturnValue(1);
    const arrivals = serve(creating, creating, creating, creating, creating, creating, finished);
    await settle(client().waitForErrorlogDownload(input));
    expect(arrivals).toEqual([0, 2000, 6000, 14_000, 24_000, 34_000, 44_000]);
  });

  it.each(["FINISH", "finish", "Finish"])("accepts status %s as done", async (status) => {
    const answer = { ...finished, status };
    serve(creating, answer);
    expect(await settle(client().waitForErrorlogDownload(input))).toEqual(answer);
  });

  it.each(["FAILED", "failed"])("rejects on status %s with WaiterError('failed') carrying that answer", async (status) => {
    const answer = { ...failed, status };
    const arrivals = serve(creating, answer, finished);
    const error = await settle(client().waitForErrorlogDownload(input));
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({
      reason: "failed",
      lastResponse: answer,
      message: `otc-rds downloadErrorlog (instance_id ${INSTANCE_ID}): the resource reached a failed state (2 polls in 2.0 s, last status ${status})`,
    });
    expect(arrivals).toEqual([0, 2000]);
  });

  it("treats an answer without status as unknown and keeps polling", async () => {
    const { status: _status, ...withoutStatus } = creating;
    const arrivals = serve(withoutStatus, finished);
    expect(await settle(client().waitForErrorlogDownload(input))).toEqual(finished);
    expect(arrivals).toEqual([0, 2000]);
  });

  it("gives up after 5 minutes by default with WaiterError('deadline') carrying the last answer", async () => {
    const arrivals = serve(creating, exporting);
    const error = await settle(client().waitForErrorlogDownload(input));
    expect(error).toMatchObject({
      name: "WaiterError",
      reason: "deadline",
      lastResponse: exporting,
      provider: "otc-rds",
      operation: "downloadErrorlog",
      ids: { instance_id: INSTANCE_ID },
      lastStatus: "CREATING",
      elapsedMs: 300_000,
      attempts: arrivals.length,
    });
    expect((error as WaiterError).message).toBe(
      `otc-rds downloadErrorlog (instance_id ${INSTANCE_ID}): the deadline passed before the resource reached a terminal state (${arrivals.length} polls in 300.0 s, last status CREATING)`,
    );
    expect(arrivals.at(-1)).toBe(300_000); // a last poll at the deadline
  });

  it("honours maxWaitMs", async () => {
    const arrivals = serve(creating);
    const error = await settle(client().waitForErrorlogDownload(input, { maxWaitMs: 12_000 }));
    expect(error).toMatchObject({ reason: "deadline", lastResponse: creating });
    expect(arrivals).toEqual([0, 2000, 5000, 10_000, 12_000]);
  });

  it("rides out a transient 500 inside a poll (the call's own retries)", async () => {
    const serverFailure = () => HttpResponse.json(operations.downloadErrorlog.responses["500"].example, { status: 500 });
    const arrivals = serve(creating, serverFailure, finished);
    expect(await settle(client().waitForErrorlogDownload(input))).toEqual(finished);
    expect(arrivals).toEqual([0, 2000, 2250]);
  });

  it("stops at once on a non-transient error such as the documented 404", async () => {
    const notFound = () => HttpResponse.json(operations.downloadErrorlog.responses["404"].example, { status: 404 });
    const arrivals = serve(creating, notFound);
    const error = await settle(client().waitForErrorlogDownload(input));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "DBS.200045" });
    expect(arrivals).toEqual([0, 2000]);
  });

  it("stops with AbortError when the signal aborts between polls", async () => {
    const controller = new AbortController();
    const arrivals = serve(creating);
    const result = client()
      .waitForErrorlogDownload(input, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(3000);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(arrivals).toEqual([0, 2000]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("errorlogExportState", () => {
  it("classifies FINISH and FAILED in any case, and anything else as still running", () => {
    const states = ["FINISH", "finish", "FAILED", "failed", "CREATING", "EXPORTING", ""].map((status) =>
      errorlogExportState({ status } as DownloadErrorlogResult),
    );
    expect(states).toEqual(["success", "success", "failure", "failure", "retry", "retry", "retry"]);
    // The body is not validated: an answer without a status is one more unknown status.
    expect(errorlogExportState({} as DownloadErrorlogResult)).toBe("retry");
  });
});
