#!/usr/bin/env node
// Totals what a CI log says ran: every vitest run's "Tests" line (each test, the runtime matrix's
// cells included), every nx check task that is not a test runner (check, typecheck, lint-package:
// one each), each Biome run (one), and .ci/run's own steps ("ci-step: <name>: passed|failed"). A
// failed nx task whose vitest never printed a count (it crashed) counts as one failure, so does a
// failed build.
//
//   node .ci/tally.mjs ci.log      # prints the breakdown, then `N passed, M failed` alone on a line
import fs from "node:fs";
import { pathToFileURL } from "node:url";

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CHECK_TARGETS = new Set(["check", "typecheck", "lint-package"]);

/** Counts `N passed`, `N failed`, `N skipped` (and `todo`, as skipped) in a vitest "Tests" line. */
function vitestCounts(line) {
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped") + count("todo") };
}

/**
 * The totals of a CI log: { tests, tasks, steps, passed, failed, skipped }; `tests`, `tasks` and
 * `steps` each { passed, failed, skipped? }.
 */
export function tally(log) {
  const lines = log.replace(ANSI, "").split(/\r?\n/);
  const tests = { passed: 0, failed: 0, skipped: 0 };
  const tasks = { passed: 0, failed: 0 };
  const steps = { passed: 0, failed: 0 };
  // nx task sections: "> nx run <project>:<target>" up to the next one
  const sections = [];
  let section = { task: undefined, counted: false };
  const failedTasks = new Set();
  let inFailedList = false;
  // set by Biome's "Checked" line: its "Found N errors." follows
  let biomeSummary = false;
  for (const line of lines) {
    const header = /^> nx run (\S+):(\S+)/.exec(line.trim());
    if (header) {
      section = { task: `${header[1]}:${header[2]}`, target: header[2], counted: false };
      sections.push(section);
      continue;
    }
    // a test file that failed to load or whose setup failed counts its tests as skipped: one failure
    const filesLine = /^Test Files\s+(\d+) failed/.exec(line.trim());
    if (filesLine) {
      section.failedFiles = Number(filesLine[1]);
      continue;
    }
    const testsLine = /^Tests\s+(.*)$/.exec(line.trim());
    if (testsLine) {
      const counts = vitestCounts(testsLine[1]);
      tests.passed += counts.passed;
      tests.failed += counts.failed || section.failedFiles || 0;
      tests.skipped += counts.skipped;
      section.counted = true;
      continue;
    }
    // Biome: "Checked N files in …", then "Found N errors." when it fails
    if (/^Checked \d+ files? in /.test(line.trim())) {
      tasks.passed += 1;
      biomeSummary = true;
      continue;
    }
    if (biomeSummary && /^Found \d+ errors?\.?$/.test(line.trim())) {
      tasks.passed -= 1;
      tasks.failed += 1;
      biomeSummary = false;
      continue;
    }
    const step = /^ci-step: (.+): (passed|failed)$/.exec(line.trim());
    if (step) {
      steps[step[2]] += 1;
      continue;
    }
    if (/^Failed tasks:/.test(line.trim())) {
      inFailedList = true;
      continue;
    }
    if (inFailedList) {
      const failed = /^- (\S+:\S+)/.exec(line.trim());
      if (failed) failedTasks.add(failed[1]);
      else if (line.trim() !== "") inFailedList = false;
    }
  }
  for (const { task, target, counted } of sections) {
    const failed = failedTasks.has(task);
    if (CHECK_TARGETS.has(target)) tasks[failed ? "failed" : "passed"] += 1;
    else if (failed && !counted) tasks.failed += 1;
  }
  return {
    tests,
    tasks,
    steps,
    passed: tests.passed + tasks.passed + steps.passed,
    failed: tests.failed + tasks.failed + steps.failed,
    skipped: tests.skipped,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const totals = tally(fs.readFileSync(process.argv[2], "utf8"));
  const { tests, tasks, steps } = totals;
  console.log(`tests (vitest, runtime matrix included): ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`);
  console.log(`checks (nx check, typecheck, lint-package; biome) and failed builds: ${tasks.passed} passed, ${tasks.failed} failed`);
  console.log(`ci steps (install, changesets, lockfile): ${steps.passed} passed, ${steps.failed} failed`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
}
