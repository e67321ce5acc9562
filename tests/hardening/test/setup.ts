// Runs in every test file: a test fails on an unhandled rejection or a loglink timer left behind,
// and each file ends by scanning every error and debug line it produced for secrets.
import { afterAll, afterEach, expect } from "vitest";
import { pendingTimers, takeTrapped } from "./harness/guard.js";
import { leaks } from "./harness/secrets.js";

afterEach(async () => {
  // Rejections surface after a turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  expect(takeTrapped(), "unhandled rejections / uncaught exceptions").toEqual([]);
  expect(pendingTimers(), "loglink timers left pending after the test").toEqual([]);
});

afterAll(() => {
  expect(leaks(), "secrets in errors or debug lines").toEqual([]);
});
