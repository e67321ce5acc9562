#!/usr/bin/env node
// What a user downloads and keeps: each loglink package's packed tarball, and what `npm install`
// of it alone puts into node_modules (packages, files, bytes), next to the official SDKs.
//
//   pnpm build && pnpm footprint            # a markdown table
//   pnpm footprint --json                   # the same rows as JSON
//
// Our packages are published with the release command to the throwaway registry (as in the release
// rehearsal), then installed from it with plain npm, each into its own empty project under the
// system temp directory. The official SDKs are installed the same way from the registry npm is
// configured with (the throwaway registry passes them through). Nothing is added to the workspace.
import fs from "node:fs";
import path from "node:path";
import { createProject, installedCopies, installedFootprint, installedPackages, mustRun, npmInstall, publishablePackages, startRehearsal } from "./lib.mjs";

/** The official SDKs a user would otherwise install for these APIs. */
const OFFICIAL = [
  { label: "jdcloud-sdk-js (official JD Cloud SDK, every service)", specs: ["jdcloud-sdk-js"] },
  { label: "@huaweicloud/huaweicloud-sdk-core (official Huawei Cloud SDK core)", specs: ["@huaweicloud/huaweicloud-sdk-core"] },
];

const json = process.argv.includes("--json");

for (const { name, dir } of publishablePackages()) {
  if (!fs.existsSync(path.join(dir, "dist"))) {
    console.error(`${name} is not built (no ${path.relative(process.cwd(), path.join(dir, "dist"))}): run pnpm build first`);
    process.exit(1);
  }
}

/** Runs `tasks` (functions returning promises) at most `limit` at a time, results in order. */
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const rehearsal = await startRehearsal({ prefix: "loglink-footprint-" });
try {
  if (rehearsal.publish.code !== 0) throw new Error(`changeset publish failed\n${rehearsal.publish.stdout}\n${rehearsal.publish.stderr}`);
  const { registry, env, tmp } = rehearsal;
  const packed = (name) => {
    const packument = registry.packuments.get(name);
    const version = packument["dist-tags"].latest;
    const tarball = packument.versions[version].dist.tarball.slice(registry.url.length);
    return { version, bytes: registry.tarballs.get(tarball).length };
  };

  /** Installs `specs` alone into a new project and measures node_modules (every installed copy counts as a package). */
  const measure = async (specs) => {
    const dir = createProject(path.join(tmp, `p-${specs.join("+").replace(/[^a-z0-9+.-]/gi, "_")}`));
    await npmInstall(dir, specs, env);
    return { packages: installedCopies(dir).length, ...installedFootprint(dir), installed: installedPackages(dir) };
  };

  const ours = publishablePackages().map(({ name }) => ({ label: name, specs: [name], packed: packed(name) }));
  const combos = [{ label: "loglink + @loglink/otc-rds", specs: ["loglink", "@loglink/otc-rds"] }];

  const official = await pool(
    OFFICIAL.map(({ label, specs }) => async () => {
      const packDir = fs.mkdtempSync(path.join(tmp, "pack-"));
      const { stdout } = await mustRun("npm", ["pack", specs[0], "--json", "--pack-destination", packDir], { cwd: packDir, env });
      const [info] = JSON.parse(stdout);
      return { label, specs, packed: { version: info.version, bytes: fs.statSync(path.join(packDir, info.filename)).size } };
    }),
    3,
  );

  const rows = await pool(
    [...ours, ...combos, ...official].map((row) => async () => ({ ...row, ...(await measure(row.specs)) })),
    3,
  );
  for (const row of rows) {
    const top = row.specs.map((spec) => `${spec}@${row.installed[spec]}`);
    row.versions = top.join(", ");
  }

  if (json) {
    console.log(
      JSON.stringify(
        rows.map(({ installed, ...row }) => ({ ...row, installed })),
        null,
        2,
      ),
    );
  } else {
    const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);
    const fmt = (n) => n.toLocaleString("en-US");
    const lines = [
      "| install | version | packed tarball | installed packages | files | bytes |",
      "|---|---|---:|---:|---:|---:|",
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.versions} | ${r.packed ? `${fmt(r.packed.bytes)} B (${kb(r.packed.bytes)})` : "—"} | ${r.packages} | ${fmt(r.files)} | ${fmt(r.bytes)} B (${kb(r.bytes)}) |`,
      ),
      "",
      "packed tarball: the .tgz npm downloads for that package alone; installed: everything `npm install <package>` puts into an empty project's node_modules (npm's own .package-lock.json left out).",
      `node ${process.version}, npm ${(await mustRun("npm", ["--version"], { env })).stdout.trim()}`,
    ];
    console.log(lines.join("\n"));
  }
} finally {
  await rehearsal.close();
}
