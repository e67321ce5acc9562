// Installed footprint: our packages packed with `pnpm pack` (which turns workspace:/catalog: ranges
// into real ones) and installed from the tarballs with plain npm into a fresh project, as a user
// would; openapi-fetch alone and the official SDKs installed from the registry.
import fs from "node:fs";
import { join } from "node:path";
import { installedFootprint } from "../../tools/release/lib.mjs";
import { createProject, npmInstall, SDK_DIR } from "./sdks.mjs";
import { CACHE, ROOT, run } from "./util.mjs";

const PACK_DIR = join(CACHE, "pack");
const INSTALL_DIR = join(CACHE, "install");
export const PROVIDERS = ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"];

/** { packages, bytes, files } of a project's node_modules (every package npm installed, nested ones included). */
export function countInstall(dir) {
  const lock = JSON.parse(fs.readFileSync(join(dir, "node_modules", ".package-lock.json"), "utf8"));
  const names = [];
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (location && !entry.link) names.push(location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length));
  }
  return { packages: names.length, ...installedFootprint(dir), names: names.sort() };
}

/** `pnpm pack` of every publishable package; resolves to { folder: tarball path }. */
async function packAll(log) {
  fs.rmSync(PACK_DIR, { recursive: true, force: true });
  fs.mkdirSync(PACK_DIR, { recursive: true });
  const tarballs = {};
  for (const folder of ["core", ...PROVIDERS, "loglink"]) {
    const result = await run("pnpm", ["pack", "--pack-destination", PACK_DIR], { cwd: join(ROOT, "packages", folder), timeoutMs: 120_000 });
    const file = result.stdout.trim().split("\n").reverse().find((line) => line.trim().endsWith(".tgz"));
    if (result.code !== 0 || !file) throw new Error(`pnpm pack in packages/${folder} failed:\n${result.stderr || result.stdout}`);
    tarballs[folder] = file.trim().startsWith("/") ? file.trim() : join(PACK_DIR, file.trim().split("/").pop());
  }
  log(`packed ${Object.keys(tarballs).length} packages into .bench/pack`);
  return tarballs;
}

export async function measureFootprint(sdks, log) {
  const tarballs = await packAll(log);
  const rows = {};
  const jobs = [
    ...PROVIDERS.map((provider) => [`@loglink/${provider}`, [tarballs.core, tarballs[provider]]]),
    ["loglink + @loglink/huawei-dcs", [tarballs.core, tarballs.loglink, tarballs["huawei-dcs"]]],
    ["openapi-fetch (alone)", [`openapi-fetch@${JSON.parse(fs.readFileSync(join(ROOT, "node_modules", "openapi-fetch", "package.json"), "utf8")).version}`]],
  ];
  // Two at a time: npm is mostly waiting on the network and the disk.
  for (let i = 0; i < jobs.length; i += 2) {
    await Promise.all(
      jobs.slice(i, i + 2).map(async ([label, specs]) => {
        const dir = join(INSTALL_DIR, label.replace(/[^\w.-]+/g, "_"));
        createProject(dir);
        try {
          await npmInstall(dir, specs);
          rows[label] = countInstall(dir);
        } catch (error) {
          rows[label] = { na: String(error.message).split("\n")[0] };
        }
      }),
    );
  }
  log("installed our tarballs into fresh projects");
  for (const [name, label] of [["jdcloud", "official jdcloud-sdk-js"], ["huawei", "official huaweicloud-sdk-core"], ["huawei-ecs", "official huaweicloud-sdk-ecs (a service module)"]]) {
    rows[label] = sdks[name]?.ok ? countInstall(join(SDK_DIR, name)) : { na: sdks[name]?.error ?? "not installed" };
  }
  return rows;
}
