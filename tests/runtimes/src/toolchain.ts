// The runtimes of the matrix (Node 22 and 24, Bun, Deno, miniflare/workerd, playwright-core) are
// hundreds of MB: they are not in the workspace lockfile (a user's `pnpm install` stays light) but
// pinned in toolchain/package.json + package-lock.json and installed with `npm ci` on demand into
// a cache folder named after the lockfile's hash, reused until the lockfile changes.
// LOGLINK_RUNTIMES_CACHE moves the cache (default: $XDG_CACHE_HOME or ~/.cache, /loglink-runtimes).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanEnv, mustRun } from "../../../tools/release/lib.mjs";

const manifestDir = fileURLToPath(new URL("../toolchain/", import.meta.url));
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export interface Toolchain {
  dir: string;
  node22: string;
  node24: string;
  bun: string;
  deno: string;
  /** the toolchain's modules folder: miniflare and playwright-core are imported from there */
  modules: string;
}

export function cacheRoot(): string {
  return process.env.LOGLINK_RUNTIMES_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "loglink-runtimes");
}

/** Installs the toolchain unless the cache already holds this lockfile's install; resolves to its binaries. */
export async function ensureToolchain(): Promise<Toolchain> {
  const lock = fs.readFileSync(path.join(manifestDir, "package-lock.json"));
  const dir = path.join(cacheRoot(), createHash("sha256").update(lock).digest("hex").slice(0, 16));
  const modules = path.join(dir, "node_modules");
  if (!fs.existsSync(path.join(dir, ".complete"))) {
    // installed beside, then renamed: an interrupted install is never taken for a complete one
    const staging = `${dir}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    for (const file of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(manifestDir, file), path.join(staging, file));
    await mustRun("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: staging, env: cleanEnv(), timeout: INSTALL_TIMEOUT_MS });
    fs.writeFileSync(path.join(staging, ".complete"), new Date().toISOString());
    // another run may have finished the same install meanwhile: its copy stays (it may be in use)
    if (fs.existsSync(path.join(dir, ".complete"))) fs.rmSync(staging, { recursive: true, force: true });
    else {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(staging, dir);
    }
  }
  return {
    dir,
    node22: path.join(modules, "node-22", "bin", "node"),
    node24: path.join(modules, "node-24", "bin", "node"),
    bun: path.join(modules, "bun", "bin", "bun.exe"),
    deno: path.join(modules, "deno", "deno"),
    modules,
  };
}
