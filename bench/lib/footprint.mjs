// Installed footprint: our packages published with the release command to the release rehearsal's
// throwaway registry (tools/release/lib.mjs: workspace:/catalog: ranges become real ones) and
// installed from it with plain npm into a fresh project, as a user would; openapi-fetch alone
// and the official SDKs installed from the registry npm is configured with.
import fs from "node:fs";
import { join } from "node:path";
import { createProject, installedCopies, installedFootprint, npmInstall, startRehearsal } from "../../tools/release/lib.mjs";
import { SDK_DIR } from "./sdks.mjs";
import { ROOT } from "./util.mjs";

const PROVIDERS = ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"];

/** { packages, bytes, files, names } of a project's node_modules (every copy npm installed, nested ones included). */
function countInstall(dir) {
  const names = installedCopies(dir).map(({ name }) => name);
  return { packages: names.length, ...installedFootprint(dir), names: names.sort() };
}

export async function measureFootprint(sdks, log) {
  const rehearsal = await startRehearsal({ prefix: "loglink-bench-footprint-" });
  const rows = {};
  try {
    const { code, stdout, stderr } = rehearsal.publish;
    if (code !== 0) throw new Error(`changeset publish to the throwaway registry failed:\n${stderr || stdout}`);
    log("published the packages to a throwaway registry");
    const openapiFetch = JSON.parse(fs.readFileSync(join(ROOT, "node_modules", "openapi-fetch", "package.json"), "utf8")).version;
    const jobs = [
      ...PROVIDERS.map((provider) => [`@loglink/${provider}`, [`@loglink/${provider}`]]),
      ["loglink + @loglink/huawei-dcs", ["loglink", "@loglink/huawei-dcs"]],
      ["openapi-fetch (alone)", [`openapi-fetch@${openapiFetch}`]],
    ];
    // Two at a time: npm is mostly waiting on the network and the disk.
    for (let i = 0; i < jobs.length; i += 2) {
      await Promise.all(
        jobs.slice(i, i + 2).map(async ([label, specs]) => {
          const dir = createProject(join(rehearsal.tmp, label.replace(/[^\w.-]+/g, "_")));
          try {
            await npmInstall(dir, specs, rehearsal.env);
            rows[label] = countInstall(dir);
          } catch (error) {
            rows[label] = { na: String(error.message).split("\n")[0] };
          }
        }),
      );
    }
  } finally {
    await rehearsal.close();
  }
  log("installed our packages into fresh projects");
  for (const [name, label] of [
    ["jdcloud", "official jdcloud-sdk-js"],
    ["huawei", "official huaweicloud-sdk-core"],
    ["huawei-ecs", "official huaweicloud-sdk-ecs (a service module)"],
  ]) {
    rows[label] = sdks[name]?.ok ? countInstall(join(SDK_DIR, name)) : { na: sdks[name]?.error ?? "not installed" };
  }
  return rows;
}
