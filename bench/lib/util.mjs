import { fork } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(BENCH_DIR, "..");
/** gitignored cache: official SDK installs, bundles, results.json */
export const CACHE = join(ROOT, ".bench");

export function stats(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** Starts bench/lib/server.mjs (or `script` with `args`) in its own process; resolves to { port, url, stats(), close() }. */
export function startServer(mode, arg = "", { script = "server.mjs", args = [String(arg)] } = {}) {
  const child = fork(join(BENCH_DIR, "lib", script), [mode, ...args], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.once("message", ({ port }) =>
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        stats: () =>
          new Promise((res) => {
            child.once("message", (m) => res(m.tasks));
            child.send({ type: "stats" });
          }),
        close: () =>
          new Promise((res) => {
            child.removeAllListeners("exit");
            child.once("exit", () => res());
            child.send({ type: "close" });
            setTimeout(() => child.kill(), 2000).unref();
          }),
      }),
    );
  });
}

/** Last line of output that parses as JSON. */
export function lastJson(text) {
  const lines = text.trim().split("\n").reverse();
  for (const line of lines) {
    try {
      return JSON.parse(line);
    } catch {}
  }
  return undefined;
}
