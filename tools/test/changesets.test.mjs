// "A provider document changed", the flow the README writes down, on a scratch copy of the repo:
// swap the document, see `check` fail for that provider alone, re-transcribe the spec and
// regenerate, see which package's files changed, write a changeset for it and run
// `changeset version`: only that package, and what changesets decides depends on it, get a new
// version and a CHANGELOG.md. The real repository is only read.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { providers, root } from "../codegen/lib.mjs";
import { changesetStatus } from "../release/changeset-status.mjs";
import { run } from "../release/lib.mjs";

const CHANGED = "huawei-dcs";
const scratches = [];

// generous: check and codegen run four at a time beside other test files on two cores
async function exec(command, args, cwd, env = {}, timeout = 120_000) {
  const { code, stdout, stderr } = await run(command, args, { cwd, timeout, env: { ...process.env, ...env } });
  return { status: code, output: stdout + stderr };
}

/**
 * What the flow needs, copied from the working tree: the workspace's manifests, the changesets
 * config (no pending changesets), the specs, codegen and check, and the generated code. The
 * dependencies are the repository's own, through a node_modules symlink: no install. A git
 * repository with one commit, so that the changelog can name the commit of a changeset.
 */
async function scratchCopy({ lockfile = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loglink-changesets-"));
  scratches.push(dir);
  const copy = (relative) => fs.cpSync(path.join(root, relative), path.join(dir, relative), { recursive: true });
  for (const file of ["package.json", "pnpm-workspace.yaml", "redocly.yaml", ".changeset/config.json", "tools/package.json"]) copy(file);
  for (const folder of ["specs", "tools/codegen", "tools/check"]) copy(folder);
  for (const parent of ["packages", "tests"]) {
    for (const name of fs.readdirSync(path.join(root, parent))) {
      if (fs.existsSync(path.join(root, parent, name, "package.json"))) copy(`${parent}/${name}/package.json`);
    }
  }
  if (fs.existsSync(path.join(root, "bench/package.json"))) copy("bench/package.json");
  if (lockfile) for (const file of ["pnpm-lock.yaml", ".npmrc"]) copy(file);
  for (const provider of providers) copy(`packages/${provider}/src/generated`);
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
  const git = {
    GIT_DIR: path.join(dir, ".git"),
    GIT_WORK_TREE: dir,
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
  };
  for (const args of [
    ["init", "-q", "-b", "main"],
    ["add", "-A"],
    ["commit", "-q", "-m", "scratch"],
  ]) {
    const result = await exec("git", args, dir, git);
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.output}`);
  }
  return { dir, git };
}

const checkAll = (dir) =>
  Promise.all(providers.map(async (provider) => ({ provider, ...(await exec(process.execPath, ["tools/check/check.mjs", provider], dir)) })));
const generateAll = (dir) => Promise.all(providers.map((provider) => exec(process.execPath, ["tools/codegen/generate.mjs", provider], dir)));

/** Every file under the packages' folders, with its contents: to see which package a step changed. */
function snapshot(dir) {
  const files = new Map();
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full, "utf8"));
    }
  };
  walk(path.join(dir, "packages"));
  return files;
}

/** The packages (folder names) whose files differ between two snapshots. */
function changedPackages(before, after) {
  const names = new Set([...before.keys(), ...after.keys()].filter((file) => before.get(file) !== after.get(file)));
  return [...new Set([...names].map((file) => file.split(path.sep)[1]))].sort();
}

const versions = (dir) =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(dir, "packages"))
      .map((folder) => JSON.parse(fs.readFileSync(path.join(dir, "packages", folder, "package.json"), "utf8")))
      .map((manifest) => [manifest.name, manifest.version]),
  );

async function version(dir, git, releases, summary) {
  const frontmatter = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
  fs.writeFileSync(path.join(dir, ".changeset", "document-changed.md"), `---\n${frontmatter.join("\n")}\n---\n\n${summary}\n`);
  // committed, as it would be in a pull request, so the changelog can name the commit
  for (const args of [
    ["add", "-A"],
    ["commit", "-q", "-m", "changeset"],
  ])
    await exec("git", args, dir, git);
  const result = await exec(process.execPath, ["node_modules/@changesets/cli/bin.js", "version"], dir, git);
  expect(result.status, result.output).toBe(0);
}

afterAll(() => {
  for (const dir of scratches) fs.rmSync(dir, { recursive: true, force: true });
});

describe("a provider document changed", () => {
  it("fails check for that provider alone, regenerates that package alone, and versions it (and its dependents) alone", async () => {
    const { dir, git } = await scratchCopy();
    const before = versions(dir);
    const rootManifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(rootManifest.scripts["version-packages"]).toMatch(/^changeset version\b/);

    // 1. The new edition of the document arrives: check fails for huawei-dcs and nothing else.
    const specFile = path.join(dir, "specs", CHANGED, "openapi.yaml");
    const spec = parseDocument(fs.readFileSync(specFile, "utf8"));
    const documentFile = path.join(dir, "specs", CHANGED, spec.getIn(["x-source-documents", 0, "file"]));
    fs.appendFileSync(documentFile, "\nexpire_time | String | Time when the download link expires.\n");
    for (const result of await checkAll(dir)) {
      expect(result.status, `${result.provider}: ${result.output}`).toBe(result.provider === CHANGED ? 1 : 0);
      if (result.provider === CHANGED) expect(result.output).toContain(`re-transcribe specs/${CHANGED}/openapi.yaml`);
    }

    // 2. Re-transcribe: the new field goes into the spec, the new hash into x-source-documents.
    const sha256 = crypto.createHash("sha256").update(fs.readFileSync(documentFile)).digest("hex");
    spec.setIn(["x-source-documents", 0, "sha256"], sha256);
    spec.setIn(
      ["components", "schemas", "RunlogLinkResponse", "properties", "expire_time"],
      spec.createNode({ type: "string", description: "Time when the download link expires.\n\nloglink decision: optional, a new field." }),
    );
    fs.writeFileSync(specFile, spec.toString());

    // 3. Regenerate every provider: only huawei-dcs's files change, and check passes again.
    const generatedBefore = snapshot(dir);
    for (const result of await generateAll(dir)) expect(result.status, result.output).toBe(0);
    const changed = changedPackages(generatedBefore, snapshot(dir));
    expect(changed).toEqual([CHANGED]);
    expect(fs.readFileSync(path.join(dir, "packages", CHANGED, "src/generated/schema.ts"), "utf8")).toContain("expire_time?: string");
    for (const result of await checkAll(dir)) expect(result.status, `${result.provider}: ${result.output}`).toBe(0);

    // 4. A changeset for the changed package (a new field: minor), then `changeset version`.
    const changedNames = changed.map((folder) => JSON.parse(fs.readFileSync(path.join(dir, "packages", folder, "package.json"), "utf8")).name);
    expect(changedNames).toEqual(["@loglink/huawei-dcs"]);
    await version(dir, git, Object.fromEntries(changedNames.map((name) => [name, "minor"])), "`createRedislogDownloadLink` returns the link's `expire_time`.");

    const after = versions(dir);
    // huawei-dcs: minor. @loglink/cli depends on it (dependencies): a patch, per updateInternalDependencies.
    // loglink has it as an optional peer (>=0.1.0 <1) still in range: no release
    // (onlyUpdatePeerDependentsWhenOutOfRange). Nothing else moves.
    expect(after).toEqual({ ...before, "@loglink/huawei-dcs": "0.2.0", "@loglink/cli": "0.1.1" });
    const changelog = (folder) => path.join(dir, "packages", folder, "CHANGELOG.md");
    expect(fs.readFileSync(changelog(CHANGED), "utf8")).toMatch(
      /## 0\.2\.0\s+### Minor Changes\s+- [0-9a-f]{7}: `createRedislogDownloadLink` returns the link's `expire_time`\./,
    );
    expect(fs.readFileSync(changelog("cli"), "utf8")).toContain("@loglink/huawei-dcs@0.2.0");
    for (const folder of fs.readdirSync(path.join(dir, "packages")).filter((f) => !["cli", CHANGED].includes(f))) {
      expect(fs.existsSync(changelog(folder)), `${folder} must get no CHANGELOG`).toBe(false);
    }
    // the workspace ranges follow the new version; the peer range is untouched
    const cli = JSON.parse(fs.readFileSync(path.join(dir, "packages/cli/package.json"), "utf8"));
    expect(cli.dependencies["@loglink/huawei-dcs"]).toBe("workspace:^0.2.0");
    const facade = JSON.parse(fs.readFileSync(path.join(dir, "packages/loglink/package.json"), "utf8"));
    expect(facade.peerDependencies["@loglink/huawei-dcs"]).toBe(">=0.1.0 <1");
    // the changeset is consumed
    expect(fs.readdirSync(path.join(dir, ".changeset")).filter((f) => f.endsWith(".md"))).toEqual([]);
  });

  it("a breaking change that leaves loglink's peer range releases loglink too", async () => {
    const { dir, git } = await scratchCopy();
    const before = versions(dir);
    await version(dir, git, { "@loglink/huawei-dcs": "major" }, "`backup_id` is renamed.");
    const after = versions(dir);
    expect(after["@loglink/huawei-dcs"]).toBe("1.0.0");
    // 1.0.0 is outside `>=0.1.0 <1`: changesets releases the facade with a new peer range
    expect(after.loglink).not.toBe(before.loglink);
    const facade = JSON.parse(fs.readFileSync(path.join(dir, "packages/loglink/package.json"), "utf8"));
    expect(facade.peerDependencies["@loglink/huawei-dcs"]).toMatch(/1\.0\.0/);
    for (const name of ["@loglink/core", "@loglink/jdcloud-rds", "@loglink/otc-rds", "@loglink/huawei-audit"]) expect(after[name]).toBe(before[name]);
  });

  it("pnpm version-packages leaves a lockfile that pnpm install --frozen-lockfile accepts", async () => {
    const { dir, git } = await scratchCopy({ lockfile: true });
    fs.writeFileSync(path.join(dir, ".changeset", "dcs-field.md"), '---\n"@loglink/huawei-dcs": minor\n---\n\nA new field.\n');
    for (const args of [
      ["add", "-A"],
      ["commit", "-q", "-m", "changeset"],
    ])
      await exec("git", args, dir, git);
    // the repository's store: nothing to download, whatever file system the scratch copy is on
    const store = (await exec("pnpm", ["store", "path"], root)).output.trim();
    const pnpmEnv = { ...git, npm_config_store_dir: store };
    // --lockfile-only: node_modules is the repository's (a symlink) and must stay untouched
    const frozen = () => exec("pnpm", ["install", "--frozen-lockfile", "--lockfile-only"], dir, pnpmEnv, 300_000);
    expect((await frozen()).status, "the scratch copy's lockfile starts out consistent").toBe(0);

    const versioned = await exec("pnpm", ["run", "version-packages"], dir, pnpmEnv, 300_000);
    expect(versioned.status, versioned.output).toBe(0);
    // the new range is in a manifest and the lockfile followed it
    expect(JSON.parse(fs.readFileSync(path.join(dir, "packages/cli/package.json"), "utf8")).dependencies["@loglink/huawei-dcs"]).toBe("workspace:^0.2.0");
    expect(fs.readFileSync(path.join(dir, "pnpm-lock.yaml"), "utf8")).toContain("specifier: workspace:^0.2.0");
    const check = await frozen();
    expect(check.status, check.output).toBe(0);
  }, 600_000);

  it("CI's changeset rule: a package whose shipped files changed since the last release needs a changeset naming it", async () => {
    const { dir, git } = await scratchCopy();
    const commit = async (message) => {
      for (const args of [
        ["add", "-A"],
        ["commit", "-q", "-m", message],
      ])
        await exec("git", args, dir, git);
    };
    expect(await changesetStatus(dir)).toMatchObject({ changed: [], missing: [] });

    // a test or a README does not ship; src/ does
    fs.mkdirSync(path.join(dir, "packages/huawei-dcs/test"), { recursive: true });
    fs.writeFileSync(path.join(dir, "packages/huawei-dcs/test/new.test.ts"), "// a test\n");
    await commit("a test");
    expect(await changesetStatus(dir)).toMatchObject({ changed: [], missing: [] });
    fs.writeFileSync(path.join(dir, "packages/huawei-dcs/src/new.ts"), "export const x = 1;\n");
    fs.writeFileSync(path.join(dir, "packages/otc-rds/src/new.ts"), "export const y = 2;\n");
    await commit("two packages change");
    expect(await changesetStatus(dir)).toMatchObject({
      changed: ["@loglink/otc-rds", "@loglink/huawei-dcs"].sort(),
      missing: ["@loglink/otc-rds", "@loglink/huawei-dcs"].sort(),
    });

    // a changeset for one of them is not enough (plain `changeset status` would accept it)
    fs.writeFileSync(path.join(dir, ".changeset/dcs.md"), '---\n"@loglink/huawei-dcs": patch\n---\n\nA fix.\n');
    await commit("one changeset");
    expect((await changesetStatus(dir)).missing).toEqual(["@loglink/otc-rds"]);
    fs.writeFileSync(path.join(dir, ".changeset/otc.md"), '---\n"@loglink/otc-rds": minor\n---\n\nA feature.\n');
    await commit("second changeset");
    expect((await changesetStatus(dir)).missing).toEqual([]);

    // after `changeset version` (the release), the base moves: nothing is pending any more
    const versioned = await exec(process.execPath, ["node_modules/@changesets/cli/bin.js", "version"], dir, git);
    expect(versioned.status, versioned.output).toBe(0);
    await commit("version packages");
    expect(await changesetStatus(dir)).toMatchObject({ changed: [], missing: [] });
  });
});
