// How the one check script (checks/checks.mjs) runs in each runtime of the matrix. Node, Bun and
// Deno run it from the consumer project as a user's script would; workerd and Chromium run it
// bundled by esbuild from that project's node_modules, as a user's bundler would.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { cleanEnv, run } from "../../../tools/release/lib.mjs";
import type { ApiServer } from "./api-server.js";
import type { Toolchain } from "./toolchain.js";

export interface CheckResult {
  check: string;
  status: "pass" | "fail" | "n/a";
  value?: unknown;
  error?: string;
}

export interface RunContext {
  toolchain: Toolchain;
  /** the consumer project: the packages npm-installed, the check scripts copied in */
  project: string;
  server: ApiServer;
}

export interface Runtime {
  name: string;
  /** whether `download()` from loglink/node applies (a file system and node:http) */
  filesystem: boolean;
  run(context: RunContext): Promise<CheckResult[]>;
}

const RUN_TIMEOUT_MS = 180_000;
// As COMMON.md's browser automation: headless, no sandbox (root in CI), nothing reaching outside.
const CHROMIUM = process.env.LOGLINK_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// workerd's compatibility date: the newest the pinned workerd knows
const COMPATIBILITY_DATE = "2026-04-01";

/** Runs `command [...args] <origin> <name> <directory>` in the project and parses the JSON line it prints last. */
async function runCli(command: string, args: string[], name: string, { project, server }: RunContext): Promise<CheckResult[]> {
  const directory = fs.mkdtempSync(path.join(project, `out-${name.replace(/\W+/g, "-")}-`));
  const result = await run(command, [...args, "run-cli.mjs", server.origin, name, directory], {
    cwd: project,
    env: { ...cleanEnv(), NO_COLOR: "1" },
    timeout: RUN_TIMEOUT_MS,
  });
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.code !== 0 || !last.startsWith("[")) throw new Error(`${name} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(last) as CheckResult[];
}

/** One ESM file holding the check script and the installed packages, for `platform` (workerd or browser). */
async function bundle(project: string, entry: string, conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [path.join(project, entry)],
    absWorkingDir: project,
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions,
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function workerd(name: string, compatibilityFlags: string[]): Runtime {
  return {
    name,
    filesystem: false,
    async run(context) {
      const script = await bundle(context.project, "run-worker.mjs", ["workerd", "worker"]);
      const { Miniflare } = await import(pathToFileURL(path.join(context.toolchain.modules, "miniflare", "dist", "src", "index.js")).href);
      const miniflare = new Miniflare({ modules: true, script, compatibilityDate: COMPATIBILITY_DATE, compatibilityFlags });
      try {
        const query = new URLSearchParams({ origin: context.server.origin, runtime: name });
        const response = await miniflare.dispatchFetch(`http://worker.invalid/?${query}`);
        const text = await response.text();
        if (!response.ok) throw new Error(`the worker answered ${response.status}: ${text}`);
        return JSON.parse(text) as CheckResult[];
      } finally {
        await miniflare.dispose();
      }
    },
  };
}

const chromium: Runtime = {
  name: "chromium",
  filesystem: false,
  async run(context) {
    const script = await bundle(context.project, "run-browser.mjs", ["browser"]);
    context.server.servePage(
      '<!doctype html><meta charset="utf-8"><title>loglink runtime matrix</title><script type="module" src="checks.js"></script>',
      script,
    );
    const { chromium: launcher } = await import(pathToFileURL(path.join(context.toolchain.modules, "playwright-core", "index.mjs")).href);
    const userDataDir = fs.mkdtempSync(path.join(context.project, "chromium-profile-"));
    const browser = await launcher.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error: Error) => errors.push(error.message));
      await page.goto(`${context.server.origin}/browser/?runtime=chromium`, { timeout: 60_000 });
      await page
        .waitForFunction(() => "loglinkResults" in window, undefined, { timeout: 30_000 })
        .catch(() => {
          throw new Error(`the page did not start the checks: ${errors.join("; ") || "no error reported"}`);
        });
      return (await page.evaluate(() => (window as unknown as { loglinkResults: Promise<CheckResult[]> }).loglinkResults)) as CheckResult[];
    } finally {
      await browser.close();
    }
  },
};

/** The runtimes, in the matrix's column order. */
export const runtimes: Runtime[] = [
  { name: "node 20", filesystem: true, run: (context) => runCli(process.execPath, [], "node 20", context) },
  { name: "node 22", filesystem: true, run: (context) => runCli(context.toolchain.node22, [], "node 22", context) },
  { name: "node 24", filesystem: true, run: (context) => runCli(context.toolchain.node24, [], "node 24", context) },
  { name: "bun", filesystem: true, run: (context) => runCli(context.toolchain.bun, [], "bun", context) },
  // node_modules as npm laid it out; every permission the script needs (network, files, environment)
  { name: "deno", filesystem: true, run: (context) => runCli(context.toolchain.deno, ["run", "--node-modules-dir=manual", "-A"], "deno", context) },
  workerd("workerd", []),
  workerd("workerd nodejs_compat", ["nodejs_compat"]),
  chromium,
];
