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
    expect(error.message).toBe("waiter: the deadline passed before the resource reached a terminal state");
    expect(times).toEqual([0, 1000, 2500, 5000, 7500, 9000]); // the last delay is cut to the deadline
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

  it.each([
    new ApiError({ status: 404, provider: "huawei-dcs" }),
    new InvalidParameterError("id", "bad"),
    new TypeError("bug"),
  ])("lets a non-transient error through: %s", async (failure) => {
    const { poll } = poller(creating, failure);
    const result = waitUntil({ poll, state, minDelayMs: 100 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toBe(failure);
    expect(poll).toHaveBeenCalledTimes(2);
  });

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
