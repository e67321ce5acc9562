// Builds dist/ before the tests when it is older than src/: the installed-alone and package tests
// use the package as users get it. When nx has just built it (or nothing changed), dist/ is left
// alone: rewriting it here would race with other packages' tests (the CLI's) that import it.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const cwd = fileURLToPath(new URL("..", import.meta.url));
const mtime = (path: string) => statSync(new URL(path, new URL("../", import.meta.url)), { throwIfNoEntry: false })?.mtimeMs;

function upToDate(): boolean {
  return readdirSync(new URL("../src/", import.meta.url))
    .filter((file) => file.endsWith(".ts"))
    .every((file) => (mtime(`dist/${file.replace(/\.ts$/, ".js")}`) ?? 0) >= mtime(`src/${file}`)!);
}

export default function build(): void {
  if (upToDate()) return;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  for (const project of ["tsconfig.build.json", "tsconfig.node.json"]) {
    execFileSync(process.execPath, [tsc, "-p", project], { cwd, stdio: "inherit" });
  }
}
