// The official SDKs, installed with plain npm into .bench/sdk/<dir> at bench time (never a workspace
// dependency), cached between runs. Two kinds of directory:
//   fresh: exactly `npm install <sdk>`, as a user would: measured for footprint, and checked for
//          whether a client can be built at all;
//   run:   the same plus whatever a user has to add by hand before it works (Huawei: uuid), used
//          for bundle, cold start and throughput.
import fs from "node:fs";
import { join } from "node:path";
import { CACHE, run } from "./util.mjs";

export const SDK_DIR = join(CACHE, "sdk");

export const SDKS = {
  jdcloud: { packages: ["jdcloud-sdk-js"], label: "jdcloud-sdk-js" },
  huawei: { packages: ["@huaweicloud/huaweicloud-sdk-core"], label: "@huaweicloud/huaweicloud-sdk-core" },
  "huawei-run": { packages: ["@huaweicloud/huaweicloud-sdk-core", "uuid"], label: "huaweicloud-sdk-core + uuid" },
  // No DCS (or RDS) module is published on npm: ECS, the most used service module, stands in for "a service module".
  "huawei-ecs": { packages: ["@huaweicloud/huaweicloud-sdk-ecs"], label: "@huaweicloud/huaweicloud-sdk-ecs" },
  "huawei-ecs-run": { packages: ["@huaweicloud/huaweicloud-sdk-ecs", "uuid"], label: "huaweicloud-sdk-ecs + uuid" },
};

/** The environment of a plain npm install: nothing inherited from `pnpm run` (npm_config_*, npm_package_*). */
export function npmEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key)));
}

export function createProject(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "bench-consumer", version: "1.0.0", private: true }, null, 2)}\n`);
}

export async function npmInstall(dir, specs) {
  const result = await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], {
    cwd: dir,
    env: npmEnv(),
    timeoutMs: 300_000,
  });
  if (result.code !== 0) throw new Error(`npm install ${specs.join(" ")} in ${dir} failed:\n${result.stderr || result.stdout}`);
  return result;
}

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
          await npmInstall(dir, packages);
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
