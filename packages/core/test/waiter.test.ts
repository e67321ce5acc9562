import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, ApiError, ConnectionError, InvalidParameterError, TimeoutError, WaiterError } from "../src/errors.js";
import { waitUntil } from "../src/waiter.js";

type Link = { status: "CREATING" | "SUCCEED" | "FAILED"; link?: string };
const state = (value: Link) => (value.status === "SUCCEED" ? "success" : value.status === "FAILED" ? "failure" : "retry");

/** A poll answering `answers` in order (the last repeats) and recording when it ran. */
function poller(...answers: (Link | Error)[]) {
  const times: number[] = [];
  const start = Date.now();
  const poll = vi.fn(async (_signal: AbortSignal | undefined) => {
    times.push(Date.now() - start);
    const answer = answers[Math.min(times.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { poll, times };
}
const creating: Link = { status: "CREATING" };
const done: Link = { status: "SUCCEED", link: "https://x" };

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("waitUntil", () => {
  it("polls with jittered exponential delays until success", async () => {
    const { poll, times } = poller(creating, creating, creating, creating, done);
    const result = waitUntil({ poll, state, minDelayMs: 1000, maxDelayMs: 3000 });
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(result).resolves.toEqual(done);
    // After poll n: uniform in [1 s, min(3 s, 1 s × 2^(n-1))] at 0.5 → 1000, 1500, 2000, 2000.
    expect(times).toEqual([0, 1000, 2500, 4500, 6500]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("returns at once when the first poll succeeds", async () => {
    const { poll, times } = poller(done);
    await expect(waitUntil({ poll, state })).resolves.toEqual(done);
    expect(times).toEqual([0]);
  });

  it("rejects with WaiterError('failed') and the last response on a failed state", async () => {
    const failed: Link = { status: "FAILED" };
    const { poll } = poller(creating, failed);
    const result = waitUntil({ poll, state }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = (await result) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.reason).toBe("failed");
    expect(error.lastResponse).toEqual(failed);
    expect(poll).toHaveBeenCalledTimes(2);
  });

  it("rejects with WaiterError('deadline') after maxWaitMs, polling a last time at the deadline", async () => {
    const { poll, times } = poller(creating);
    const result = waitUntil({ poll, state, minDelayMs: 1000, maxDelayMs: 4000, maxWaitMs: 9000 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = (await result) as WaiterError;
    expect(error.reason).toBe("deadline");
    expect(error.lastResponse).toEqual(creating);
    expect(error.message).toBe("waiter: the deadline passed before the resource reached a terminal state (6 polls in 9.0 s)");
    expect([error.attempts, error.elapsedMs]).toEqual([6, 9000]);
    expect(times).toEqual([0, 1000, 2500, 5000, 7500, 9000]); // the last delay is cut to the deadline
  });

  describe("its WaiterError names what was waited for", () => {
    const context = {
      provider: "otc-rds",
      operation: "downloadErrorlog",
      input: { instance_id: "3d39c18788b54a919bab633874c159dfin03", logId: 7, X_Language: "en-us", note: "not an id" },
      status: (value: Link) => value.status,
    };

    it("at the deadline: provider, operation, input ids, last status, time spent and polls", async () => {
      const { poll } = poller(creating);
      const result = waitUntil({ ...context, poll, state, minDelayMs: 1000, maxDelayMs: 1000, maxWaitMs: 3000 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      const error = (await result) as WaiterError;
      expect(error.message).toBe(
        "otc-rds downloadErrorlog (instance_id 3d39c18788b54a919bab633874c159dfin03, logId 7): the deadline passed before the resource reached a terminal state (4 polls in 3.0 s, last status CREATING)",
      );
      expect(error).toMatchObject({
        provider: "otc-rds",
        operation: "downloadErrorlog",
        ids: { instance_id: "3d39c18788b54a919bab633874c159dfin03", logId: "7" },
        lastStatus: "CREATING",
        elapsedMs: 3000,
        attempts: 4,
      });
    });

    it("on a failed state", async () => {
      const { poll } = poller(creating, { status: "FAILED" });
      const result = waitUntil({ ...context, poll, state, minDelayMs: 1000, maxDelayMs: 1000 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      const error = (await result) as WaiterError;
      expect(error.message).toBe(
        "otc-rds downloadErrorlog (instance_id 3d39c18788b54a919bab633874c159dfin03, logId 7): the resource reached a failed state (2 polls in 1.0 s, last status FAILED)",
      );
      expect(error.cause).toBeUndefined();
    });

    it.each([
      [new ApiError({ status: 503, provider: "otc-rds" }), "HTTP 503"],
      [new TimeoutError("slow"), "TimeoutError"],
    ])("after a transient failure, its status: %s", async (failure, lastStatus) => {
      const { poll } = poller(creating, failure);
      const result = waitUntil({ ...context, poll, state, minDelayMs: 1000, maxDelayMs: 1000, maxWaitMs: 1000 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      const error = (await result) as WaiterError;
      expect([error.lastStatus, error.cause]).toEqual([lastStatus, failure]);
      expect(error.message).toContain(`last status ${lastStatus}`);
    });

    it("without a status function, the HTTP status of the answer's $metadata", async () => {
      const answer = Object.defineProperty({ status: "CREATING" as const }, "$metadata", { value: { httpStatusCode: 202 } });
      const poll = vi.fn(async () => answer);
      const result = waitUntil({ poll, state, minDelayMs: 1000, maxWaitMs: 1000 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(((await result) as WaiterError).lastStatus).toBe("HTTP 202");
    });

    it("keeps secrets out of the message: an id holding a presigned link is redacted", async () => {
      const { poll } = poller({ status: "FAILED" });
      const input = { id: "https://bucket.example/x.log?AWSAccessKeyId=AK&Signature=secret-signature" };
      const error = (await waitUntil({ poll, state, input }).catch((caught: unknown) => caught)) as WaiterError;
      expect(error.message).toMatch(/^waiter \(id https:\/\/bucket\.example\/x\.log\?\[REDACTED\]/);
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain("secret-signature");
    });
  });

  it("uses defaults of 1 s, 15 s and 5 minutes", async () => {
    vi.mocked(Math.random).mockReturnValue(1);
    const { poll, times } = poller(creating);
    const result = waitUntil({ poll, state }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(400_000);
    expect(((await result) as WaiterError).reason).toBe("deadline");
    expect(times.slice(0, 7)).toEqual([0, 1000, 3000, 7000, 15_000, 30_000, 45_000]);
    expect(times.at(-1)).toBe(300_000);
  });

  it("keeps waiting through transient poll failures", async () => {
    const { poll, times } = poller(
      new ConnectionError("reset"),
      new TimeoutError("slow"),
      new ApiError({ status: 503, provider: "huawei-dcs" }),
      new ApiError({ status: 429, provider: "huawei-dcs" }),
      done,
    );
    const result = waitUntil({ poll, state, minDelayMs: 100, maxDelayMs: 100 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toEqual(done);
    expect(times).toEqual([0, 100, 200, 300, 400]);
  });

  it("reports the last transient failure as the cause at the deadline", async () => {
    const reset = new ConnectionError("reset");
    const { poll } = poller(creating, reset);
    const result = waitUntil({ poll, state, minDelayMs: 100, maxWaitMs: 1000 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2000);
    const error = (await result) as WaiterError;
    expect([error.reason, error.lastResponse, error.cause]).toEqual(["deadline", creating, reset]);
  });

  it.each([new ApiError({ status: 404, provider: "huawei-dcs" }), new InvalidParameterError("id", "bad"), new TypeError("bug")])(
    "lets a non-transient error through: %s",
    async (failure) => {
      const { poll } = poller(creating, failure);
      const result = waitUntil({ poll, state, minDelayMs: 100 }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await result).toBe(failure);
      expect(poll).toHaveBeenCalledTimes(2);
    },
  );

  it("stops at once when aborted while sleeping, and passes the signal to poll", async () => {
    const controller = new AbortController();
    const { poll } = poller(creating);
    const result = waitUntil({ poll, state, signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await result).toBeInstanceOf(AbortError);
    expect(poll).toHaveBeenCalledTimes(1);
    expect(poll).toHaveBeenCalledWith(controller.signal);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not treat an aborted poll as transient", async () => {
    const controller = new AbortController();
    const poll = vi.fn(async () => {
      controller.abort();
      throw new ConnectionError("aborted underneath");
    });
    const error = await waitUntil({ poll, state, signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(poll).toHaveBeenCalledTimes(1);
  });
});
