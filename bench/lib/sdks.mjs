// The official SDKs, installed with plain npm into .bench/sdk/<dir> at bench time (never a workspace
// dependency), cached between runs. Two kinds of directory:
//   fresh: exactly `npm install <sdk>`, as a user would: measured for footprint, and checked for
//          whether a client can be built at all;
//   run:   the same plus whatever a user has to add by hand before it works (Huawei: uuid), used
//          for bundle, cold start and throughput.
import fs from "node:fs";
import { join } from "node:path";
import { createProject, npmInstall } from "../../tools/release/lib.mjs";
import { CACHE } from "./util.mjs";

export const SDK_DIR = join(CACHE, "sdk");

export const SDKS = {
  jdcloud: { packages: ["jdcloud-sdk-js"], label: "jdcloud-sdk-js" },
  huawei: { packages: ["@huaweicloud/huaweicloud-sdk-core"], label: "@huaweicloud/huaweicloud-sdk-core" },
  "huawei-run": { packages: ["@huaweicloud/huaweicloud-sdk-core", "uuid"], label: "huaweicloud-sdk-core + uuid" },
  // No DCS (or RDS) module is published on npm: ECS, the most used service module, stands in for "a service module".
  "huawei-ecs": { packages: ["@huaweicloud/huaweicloud-sdk-ecs"], label: "@huaweicloud/huaweicloud-sdk-ecs" },
  "huawei-ecs-run": { packages: ["@huaweicloud/huaweicloud-sdk-ecs", "uuid"], label: "huaweicloud-sdk-ecs + uuid" },
};

/** Installs every official SDK directory that is not cached yet (in parallel); resolves to { dir: { ok, versions, error } }. */
export async function installSdks(log) {
  const out = {};
  await Promise.all(
    Object.entries(SDKS).map(async ([name, { packages }]) => {
      const dir = join(SDK_DIR, name);
      const marker = join(dir, ".bench-installed");
      const key = packages.join(" ");
      try {
        if (!fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== key) {
          log(`installing ${key} into .bench/sdk/${name}`);
          createProject(dir);
          await npmInstall(dir, packages, undefined, { timeout: 300_000 });
          fs.writeFileSync(marker, key);
        }
        const versions = Object.fromEntries(
          packages.map((pkg) => [pkg, JSON.parse(fs.readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8")).version]),
        );
        out[name] = { ok: true, dir, versions };
      } catch (error) {
        out[name] = { ok: false, dir, error: String(error.message).split("\n").slice(0, 3).join(" ") };
      }
    }),
  );
  return out;
}
