// Shared by the release rehearsal (tools/test/release.test.mjs) and the footprint benchmark
// (tools/release/footprint.mjs): publish the workspace with the release command to a throwaway
// registry, then install from it with plain npm, as a user would.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { root } from "../codegen/lib.mjs";

export { root };

const execFileAsync = promisify(execFile);

/** The packages `pnpm release` publishes: every non-private package under packages/ ({ name, version, folder, dir, manifest }). */
export function publishablePackages() {
  return fs
    .readdirSync(path.join(root, "packages"))
    .map((folder) => ({ folder, dir: path.join(root, "packages", folder) }))
    .filter(({ dir }) => fs.existsSync(path.join(dir, "package.json")))
    .map(({ folder, dir }) => ({ folder, dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ folder, dir, manifest }) => ({ name: manifest.name, version: manifest.version, folder, dir, manifest }));
}

/** The folders of the workspace's private packages (tests, tools, bench), from pnpm-workspace.yaml's globs. */
function privateWorkspacePackages() {
  const globs = [...fs.readFileSync(path.join(root, "pnpm-workspace.yaml"), "utf8").matchAll(/^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/gm)].map((match) => match[1]);
  return globs
    .flatMap((glob) =>
      glob.endsWith("/*")
        ? fs.readdirSync(path.join(root, glob.slice(0, -2))).map((name) => path.join(root, glob.slice(0, -2), name))
        : [path.join(root, glob)],
    )
    .filter((dir) => fs.existsSync(path.join(dir, "package.json")) && JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).private);
}

/** Every child process of a rehearsal is bounded: a hung npm or registry must fail the run, not stall CI. */
export const CHILD_TIMEOUT_MS = 180_000;

/**
 * Runs a command without blocking the event loop (the registry runs in this process), and
 * resolves to { code, stdout, stderr, ms } whatever the exit code; `ms` is the wall time from
 * start to exit (the benchmarks time child processes with it). A command that outlives
 * `timeout` (default CHILD_TIMEOUT_MS) is killed and resolves with code null and `timedOut`.
 */
export async function run(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
      timeout: CHILD_TIMEOUT_MS,
      killSignal: "SIGKILL",
      ...options,
    });
    return { code: 0, stdout, stderr, ms: ms() };
  } catch (error) {
    if (error.killed || error.signal) {
      return {
        code: null,
        timedOut: true,
        stdout: error.stdout ?? "",
        stderr: `${error.stderr ?? ""}\nkilled (${error.signal}) after ${options.timeout ?? CHILD_TIMEOUT_MS} ms`,
        ms: ms(),
      };
    }
    if (typeof error.code !== "number") throw error; // could not start at all
    return { code: error.code, stdout: error.stdout ?? "", stderr: error.stderr ?? "", ms: ms() };
  }
}

/** Like run(), but throws with the command's output when it fails. */
export async function mustRun(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${[command, ...args].join(" ")} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** The registry npm is configured with here (a CI mirror, if any): the rehearsal registry's upstream. */
export async function configuredRegistry() {
  const { code, stdout } = await run("npm", ["config", "get", "registry"], { cwd: root });
  const value = stdout.trim();
  return code === 0 && /^https?:\/\//.test(value) ? value : "https://registry.npmjs.org/";
}

/** This process's environment without what `pnpm run` adds (npm_config_*, npm_package_*, pnpm_config_*): a plain npm's. */
export function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_config_)/i.test(key)));
}

/**
 * The environment of every npm/pnpm command of a rehearsal: the local registry, a token for it
 * (npm refuses to publish without one), a private cache, and nothing inherited from `pnpm run`
 * (cleanEnv). Git is out of reach: `changeset publish` tags each published
 * version and pnpm checks the branch; neither may touch the real repository in a rehearsal.
 */
export function rehearsalEnv(registryUrl, tmp) {
  const userconfig = path.join(tmp, "npmrc");
  fs.writeFileSync(
    userconfig,
    [
      `registry=${registryUrl}`,
      `${registryUrl.replace(/^https?:/, "")}:_authToken=rehearsal`,
      `cache=${path.join(tmp, "npm-cache")}`,
      "audit=false",
      "fund=false",
      "update-notifier=false",
      "",
    ].join("\n"),
  );
  return {
    ...cleanEnv(),
    npm_config_registry: registryUrl,
    npm_config_userconfig: userconfig,
    GIT_DIR: path.join(tmp, "no-git-here"),
  };
}

/**
 * Publishes every package exactly as `pnpm release` does after building: `changeset publish`
 * from the workspace root `cwd` (the repository, or a snapshot of it), which runs `pnpm publish`
 * in each package (workspace: and catalog: ranges become real ones) against the registry in
 * `env`. The packages must be built.
 */
export async function publishWorkspace(env, cwd = root) {
  const changeset = path.join(cwd, "node_modules", "@changesets", "cli", "bin.js");
  return run(process.execPath, [changeset, "publish"], { cwd, env });
}

/** The files an exports map (every condition, nested ones included) and a bin name, relative to the package. */
export function entryFiles(manifest) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === "string") targets.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  return targets.map((target) => target.replace(/^\.\//, ""));
}

/**
 * A snapshot of the built workspace, laid out as the repository is, with only what publishing
 * reads: the root manifest, pnpm-workspace.yaml (the catalog), the lockfile, the changesets config,
 * each publishable package's manifest, README, LICENSE, CHANGELOG and dist/, and the private
 * packages' manifests (node_modules folders are symlinks to the repository's: the changesets CLI,
 * and the versions of `workspace:*` ranges). The release command then runs in the
 * snapshot: a rebuild of some dist/ in the working tree while it publishes (another terminal, an
 * editor's watcher) cannot publish a half-built package, and nothing is written into the
 * repository. A snapshot taken while a dist/ is incomplete is retried for up to `waitMs`.
 */
export async function snapshotWorkspace(dest, { waitMs = 60_000 } = {}) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(path.join(dest, ".changeset"), { recursive: true });
    for (const file of ["package.json", "pnpm-workspace.yaml", "pnpm-lock.yaml", ".npmrc", ".changeset/config.json"]) {
      if (fs.existsSync(path.join(root, file))) fs.copyFileSync(path.join(root, file), path.join(dest, file));
    }
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dest, "node_modules"));
    // The private packages' manifests: `workspace:` ranges to them (devDependencies such as
    // @loglink/test-support) must resolve, though they are never published.
    for (const dir of privateWorkspacePackages()) {
      const target = path.join(dest, path.relative(root, dir));
      fs.mkdirSync(target, { recursive: true });
      fs.copyFileSync(path.join(dir, "package.json"), path.join(target, "package.json"));
    }
    const missing = [];
    for (const { folder, dir } of publishablePackages()) {
      const target = path.join(dest, "packages", folder);
      fs.mkdirSync(target, { recursive: true });
      // pnpm publish reads a `workspace:*` range's version from the package's node_modules
      if (fs.existsSync(path.join(dir, "node_modules"))) fs.symlinkSync(path.join(dir, "node_modules"), path.join(target, "node_modules"));
      for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md"]) {
        if (fs.existsSync(path.join(dir, file))) fs.copyFileSync(path.join(dir, file), path.join(target, file));
      }
      if (fs.existsSync(path.join(dir, "dist"))) fs.cpSync(path.join(dir, "dist"), path.join(target, "dist"), { recursive: true });
      const manifest = JSON.parse(fs.readFileSync(path.join(target, "package.json"), "utf8"));
      missing.push(
        ...entryFiles(manifest)
          .filter((file) => !fs.existsSync(path.join(target, file)))
          .map((file) => `${manifest.name}: ${file}`),
      );
    }
    if (missing.length === 0) return dest;
    if (Date.now() > deadline) throw new Error(`the packages are not built (run pnpm build):\n${missing.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Creates an empty ESM project, as `npm init -y` plus `"type": "module"` would (whatever `dir` held is removed). */
export function createProject(dir, name = "consumer") {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name, version: "1.0.0", private: true, type: "module" }, null, 2)}\n`);
  return dir;
}

/**
 * `npm install <specs>` in a project: plain npm, nothing but the registry configured (`env`: a
 * rehearsal's, or by default this process's without what `pnpm run` adds).
 */
export function npmInstall(dir, specs, env = cleanEnv(), { timeout = CHILD_TIMEOUT_MS } = {}) {
  return mustRun("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], { cwd: dir, env, timeout });
}

/**
 * Every copy of a package npm installed into a project, nested ones included (two versions of
 * one package are two copies): [{ name, version, location }], read from npm's own record
 * (node_modules/.package-lock.json), shallowest first.
 */
export function installedCopies(dir) {
  const lock = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", ".package-lock.json"), "utf8"));
  return Object.entries(lock.packages ?? {})
    .filter(([location, entry]) => location && !entry.link)
    .map(([location, entry]) => ({
      name: entry.name ?? location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length),
      version: entry.version,
      location,
    }))
    .sort((a, b) => a.location.split("/node_modules/").length - b.location.split("/node_modules/").length);
}

/**
 * What npm installed, by name: { name → version } (a package installed at several depths is
 * listed once, with its shallowest copy's version: the top-level one, when there is one).
 */
export function installedPackages(dir) {
  const installed = {};
  for (const { name, version } of installedCopies(dir)) installed[name] ??= version;
  return installed;
}

/** Files and bytes under a directory (sizes as the files report them). */
export function footprint(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        bytes += fs.statSync(full).size;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { files, bytes };
}

/** Installed footprint of a project: node_modules without npm's own bookkeeping. */
export function installedFootprint(dir) {
  const modules = path.join(dir, "node_modules");
  const total = footprint(modules);
  const lock = path.join(modules, ".package-lock.json");
  if (fs.existsSync(lock)) {
    total.files -= 1;
    total.bytes -= fs.statSync(lock).size;
  }
  return total;
}

/** The workspace's TypeScript compiler: consumers are type-checked with the version we build with. */
export const tscBin = path.join(root, "node_modules", "typescript", "bin", "tsc");

/**
 * A release rehearsal: a temp directory, the throwaway registry on 127.0.0.1 (everything that is
 * not ours comes from the registry npm is configured with), and every package published to it
 * with the release command, run in a snapshot of the built workspace (snapshotWorkspace).
 * Resolves to { tmp, registry, env, publish, workspace, close() }; `publish` is the result of
 * `changeset publish`. close() stops the registry and removes the temp directory.
 */
export async function startRehearsal({ prefix = "loglink-release-" } = {}) {
  const { startRegistry } = await import("./registry.mjs");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const registry = await startRegistry({ upstream: await configuredRegistry() });
  const env = rehearsalEnv(registry.url, tmp);
  const workspace = await snapshotWorkspace(path.join(tmp, "workspace"));
  const publish = await publishWorkspace(env, workspace);
  return {
    tmp,
    registry,
    env,
    publish,
    workspace,
    close: async () => {
      await registry.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The paths inside a published tarball (without the leading `package/`). */
export async function tarballFiles(bytes, tmp) {
  const file = path.join(tmp, `inspect-${process.pid}-${Math.random().toString(36).slice(2)}.tgz`);
  fs.writeFileSync(file, bytes);
  try {
    const { stdout } = await mustRun("tar", ["-tzf", file], { timeout: 30_000 });
    return stdout
      .split("\n")
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ""))
      .filter((entry) => !entry.endsWith("/"));
  } finally {
    fs.rmSync(file, { force: true });
  }
}
