#!/usr/bin/env node
// CI's changeset rule: every published package whose shipped files (src/ or package.json) changed
// since the last release carries a pending changeset that names it. "The last release" is the
// newest commit that changed a published package's `version` (what `pnpm version-packages`
// commits; before any, the commit that created the packages): `changeset version` consumes the
// changesets, so every pending one was written after it. LOGLINK_CHANGESET_BASE=<ref> compares
// against another base instead (e.g. `main` on a branch).
//
// `changeset status --since` alone is not enough: it fails only when packages changed and there is
// no changeset at all, so one changeset for any package would let every other change through.
// It still runs first: it reads every changeset and fails on one that names no package of ours.
//
//   node tools/release/changeset-status.mjs        # exit 1, naming the packages, when one lacks a changeset
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mustRun, publishablePackages, root, run } from "./lib.mjs";

/** The files of a package that reach its users: a change to any of them needs a changeset. */
export const SHIPPED = /^(src\/|package\.json$)/;

const git = async (args, cwd) => (await mustRun("git", args, { cwd, timeout: 30_000 })).stdout.trim();

/** The newest commit that changed a published package's version: the last release. */
export async function lastRelease(cwd = root, packages = publishablePackages()) {
  const manifests = packages.map(({ folder }) => `packages/${folder}/package.json`);
  const commit = await git(["log", "-1", "--format=%H", "-G", '"version":', "--", ...manifests], cwd);
  if (!commit) throw new Error("no commit sets a package version: is this a shallow clone? CI needs the history (git fetch --unshallow)");
  return commit;
}

/** Published packages with a shipped file changed between `base` and the working tree. */
export async function changedPackages(base, cwd = root, packages = publishablePackages()) {
  const files = (await git(["diff", "--name-only", base, "--"], cwd)).split("\n").filter(Boolean);
  const untracked = (await git(["ls-files", "--others", "--exclude-standard"], cwd)).split("\n").filter(Boolean);
  return packages
    .filter(({ folder }) =>
      [...files, ...untracked].some((file) => file.startsWith(`packages/${folder}/`) && SHIPPED.test(file.slice(`packages/${folder}/`.length))),
    )
    .map(({ name }) => name);
}

/**
 * Runs `changeset status --since=<base>` and resolves to the release plan's changesets
 * ([{ id, releases: [{ name, type }] }]); throws with its output when it fails.
 */
export async function pendingChangesets(base, cwd = root) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loglink-changesets-status-"));
  try {
    const output = path.join(tmp, "plan.json");
    const changeset = path.join(cwd, "node_modules", "@changesets", "cli", "bin.js");
    const result = await run(process.execPath, [changeset, "status", `--since=${base}`, `--output=${output}`], { cwd, timeout: 60_000 });
    // its own rule (any changed file, no changeset at all) is decided here by ours
    if (result.code !== 0 && /no changesets were found/.test(result.stderr + result.stdout)) return [];
    if (result.code !== 0 || !fs.existsSync(output)) throw new Error(`changeset status --since=${base} failed:\n${result.stdout}${result.stderr}`);
    return JSON.parse(fs.readFileSync(output, "utf8")).changesets;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** { base, changed, missing }: `missing` lists the changed packages no pending changeset names. */
export async function changesetStatus(cwd = root, { base } = {}) {
  const packages = publishablePackages();
  const since = base ?? (await lastRelease(cwd, packages));
  const changed = await changedPackages(since, cwd, packages);
  const named = new Set((await pendingChangesets(since, cwd)).flatMap((changeset) => changeset.releases.map((release) => release.name)));
  return { base: since, changed, missing: changed.filter((name) => !named.has(name)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const { base, changed, missing } = await changesetStatus(root, { base: process.env.LOGLINK_CHANGESET_BASE || undefined });
    const short = base.slice(0, 12);
    if (missing.length > 0) {
      console.error(`changed since ${short} without a changeset: ${missing.join(", ")}`);
      console.error("run `pnpm changeset`, pick these packages and write one user-facing sentence per change");
      process.exitCode = 1;
    } else {
      console.log(
        `changesets: ${changed.length} package(s) changed since ${short}, each named by a pending changeset${changed.length ? ` (${changed.join(", ")})` : ""}`,
      );
    }
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
