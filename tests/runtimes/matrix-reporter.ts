// Prints the runtime matrix after the run: one row per check, one column per runtime, from the
// tests' own results (a test named "<check>" in the suite "<runtime>").
import type { Reporter, TestModule } from "vitest/node";

const MARK = { passed: "ok", failed: "FAIL", skipped: "skip", pending: "-" } as const;

export default class MatrixReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const cells = new Map<string, Map<string, string>>();
    const runtimes: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const runtime = test.parent.type === "suite" ? test.parent.name : "";
        if (!runtimes.includes(runtime)) runtimes.push(runtime);
        if (!cells.has(test.name)) cells.set(test.name, new Map());
        cells.get(test.name)!.set(runtime, MARK[test.result().state]);
      }
    }
    if (cells.size === 0) return;
    const width = Math.max(...[...cells.keys()].map((check) => check.length));
    const columns = runtimes.map((runtime) => Math.max(runtime.length, 4));
    const row = (first: string, values: string[]) => `${first.padEnd(width)}  ${values.map((value, i) => value.padEnd(columns[i]!)).join("  ")}`.trimEnd();
    const lines = [
      row("check \\ runtime", runtimes),
      ...[...cells].map(([check, byRuntime]) =>
        row(
          check,
          runtimes.map((runtime) => byRuntime.get(runtime) ?? "n/a"),
        ),
      ),
    ];
    process.stdout.write(`\nruntime matrix\n${lines.join("\n")}\n\n`);
  }
}
