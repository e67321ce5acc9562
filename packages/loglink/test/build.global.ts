// Builds dist/ once before the tests: the installed-alone test runs the package as users get it.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export default function build(): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  for (const project of ["tsconfig.build.json", "tsconfig.node.json"]) {
    execFileSync(process.execPath, [tsc, "-p", project], { cwd, stdio: "inherit" });
  }
}
