// Process-level tripwires: unhandled rejections and uncaught exceptions fail the test that caused
// them, and timers created by loglink's own code are tracked until they fire or are cleared.
const trapped: unknown[] = [];
const onTrap = (reason: unknown) => {
  trapped.push(reason);
};
process.on("unhandledRejection", onTrap);
process.on("uncaughtException", onTrap);

/** Unhandled rejections and uncaught exceptions since the last call. */
export function takeTrapped(): unknown[] {
  return trapped.splice(0);
}

// Timers whose creation stack runs through loglink's packages (dist or src), not the test's or undici's.
const OWN_CODE = /[\\/]packages[\\/](?:core|loglink|jdcloud-rds|otc-rds|huawei-dcs|huawei-audit)[\\/]/;
const pending = new Map<unknown, string>();
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

function trackedSetTimeout(this: unknown, callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
  const stack = new Error().stack ?? "";
  const frames = stack.split("\n").slice(2, 6).join("\n");
  if (!OWN_CODE.test(frames)) return realSetTimeout(callback, ms, ...args);
  const timer: unknown = realSetTimeout(
    (...callArgs: unknown[]) => {
      pending.delete(timer);
      callback(...callArgs);
    },
    ms,
    ...args,
  );
  pending.set(timer, `${ms} ms from\n${frames}`);
  return timer;
}
function trackedClearTimeout(timer: Parameters<typeof clearTimeout>[0]) {
  pending.delete(timer);
  realClearTimeout(timer);
}
Object.assign(trackedSetTimeout, realSetTimeout);
globalThis.setTimeout = trackedSetTimeout as typeof setTimeout;
globalThis.clearTimeout = trackedClearTimeout as typeof clearTimeout;

/** loglink timers still pending (neither fired nor cleared), with where they were set. */
export function pendingTimers(): string[] {
  return [...pending.values()];
}
