// .ci/tally.mjs turns a CI log into the closing `N passed, M failed` line: every vitest count, the
// nx checks, Biome and .ci/run's own steps, and a crash that printed no count is still a failure.
import { describe, expect, it } from "vitest";
import { tally } from "../../.ci/tally.mjs";

const ESC = "\x1b";
const vitest = (tests, files = "1 passed (1)") => `\n Test Files  ${files}\n      Tests  ${tests}\n   Duration  1.2s\n`;

describe("the CI tally", () => {
  it("adds up every vitest run, colours stripped, skipped tests apart", () => {
    const log = [
      `${ESC}[2m> ${ESC}[22mnx run @loglink/core:test`,
      vitest(`${ESC}[1m${ESC}[32m61 passed${ESC}[39m (61)`),
      "> nx run @loglink/runtimes-tests:runtimes",
      vitest("12 failed | 87 passed | 2 skipped (101)", "1 failed (1)"),
      "\nFailed tasks:\n\n- @loglink/runtimes-tests:runtimes\n",
    ].join("\n");
    expect(tally(log)).toMatchObject({ tests: { passed: 148, failed: 12, skipped: 2 }, passed: 148, failed: 12 });
  });

  it("counts each nx check task and Biome run once, and a failed one as a failure", () => {
    const log = [
      "> nx run @loglink/core:typecheck",
      "> nx run @loglink/core:lint-package",
      "> nx run @loglink/otc-rds:check",
      "Checked 200 files in 2s. No fixes applied.",
      "Found 3 errors.",
      "Found 10 warnings.",
      "\nFailed tasks:\n\n- @loglink/otc-rds:check\n",
    ].join("\n");
    expect(tally(log).tasks).toEqual({ passed: 2, failed: 2 });
  });

  it("counts a test run that crashed before its summary, and a failed build, as failures", () => {
    const log = [
      "> nx run @loglink/core:build",
      "> nx run loglink:test",
      "Error: Cannot find module",
      "> nx run @loglink/tools:test",
      vitest("no tests", "1 failed (1)"),
      "\nFailed tasks:\n\n- @loglink/core:build\n- loglink:test\n- @loglink/tools:test\n",
    ].join("\n");
    const totals = tally(log);
    expect(totals.failed).toBe(3);
    expect(totals.passed).toBe(0);
  });

  it("reads .ci/run's own steps; a log where nothing ran says 0 passed", () => {
    expect(tally("ci-step: install: passed\nci-step: changesets: failed\n")).toMatchObject({ passed: 1, failed: 1 });
    expect(tally("")).toMatchObject({ passed: 0, failed: 0 });
  });
});
