// Bundle size of "create a client and make one signed call": esbuild (bundle, minify, ESM,
// browser platform for ours, node for the official SDKs, which need node built-ins), then gzip -9.
import fs from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { run } from "../../tools/release/lib.mjs";
import { BENCH_DIR, CACHE } from "./util.mjs";

const OUT = join(CACHE, "bundle");
const AKSK = `{ accessKeyId: globalThis.AK ?? "AKIDEXAMPLE", secretAccessKey: globalThis.SK ?? "SECRETEXAMPLE" }`;
const PROJECT = `"0123456789abcdef0123456789abcdef"`;

// Each entry creates a client with AK/SK and makes one signed call.
const OURS = {
  "@loglink/jdcloud-rds": `import { createJdcloudRdsClient } from "@loglink/jdcloud-rds";
const client = createJdcloudRdsClient({ region: "cn-north-1", credentials: ${AKSK} });
console.log(await client.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 }));`,
  "@loglink/otc-rds": `import { createOtcRdsClient } from "@loglink/otc-rds";
const client = createOtcRdsClient({ region: "eu-de", projectId: ${PROJECT}, credentials: ${AKSK} });
console.log(await client.downloadErrorlog({ instance_id: "3d39c18788b54a919bab633874c159dfin03" }));`,
  "@loglink/huawei-dcs": `import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
const client = createHuaweiDcsClient({ region: "cn-north-4", projectId: ${PROJECT}, credentials: ${AKSK} });
console.log(await client.createRedislogDownloadLink({ instance_id: "inst-1", id: "log-1" }));`,
  "@loglink/huawei-audit": `import { createHuaweiAuditClient } from "@loglink/huawei-audit";
const client = createHuaweiAuditClient({ region: "cn-north-4", projectId: ${PROJECT}, credentials: ${AKSK} });
console.log(await client.listAuditLogDownloadLink({ instance_id: "669a94abef9f4979b2dfba92f48f4042in07", node_id: "b051c8f7b98f4deeaf88ba97c8daba9dno07", start_time: "2023-07-06T00:00:00+0800", end_time: "2023-07-06T12:00:00+0800" }));`,
  "loglink facade + @loglink/huawei-dcs": `import { createLogLinks } from "loglink";
const links = createLogLinks({ provider: "huawei-dcs", region: "cn-north-4", projectId: ${PROJECT}, credentials: ${AKSK} });
console.log(await links.get({ instance_id: "inst-1", id: "log-1" }));`,
  "openapi-fetch (alone, unsigned)": `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://dcs.cn-north-4.myhuaweicloud.com" });
console.log(await client.POST("/v2/{project_id}/instances/{instance_id}/redislog/{id}/links", { params: { path: { project_id: ${PROJECT}, instance_id: "inst-1", id: "log-1" } } }));`,
};
// The facade imports every provider with a literal import(): a user with one provider installed
// leaves the others out (external), as a bundler config for an optional peer would.
const FACADE_EXTERNAL = ["@loglink/jdcloud-rds", "@loglink/otc-rds", "@loglink/huawei-audit"];

const OFFICIAL = {
  // The best case: the versioned RDS class itself. Its services/rds wrapper picks the version with a
  // computed require() a bundler cannot follow (that bundle throws at load), and the README's
  // `require("jdcloud-sdk-js")` pulls in every service.
  "official jdcloud-sdk-js (repo/rds/v1, best case)": {
    sdk: "jdcloud",
    source: `const RDS = require("jdcloud-sdk-js/src/repo/rds/v1/rds");
const rds = new RDS({ credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" }, regionId: "cn-north-1" });
rds.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 }, "cn-north-1").then(console.log, console.error);`,
  },
  "official jdcloud-sdk-js (services/rds)": {
    sdk: "jdcloud",
    source: `const RDS = require("jdcloud-sdk-js/src/services/rds");
const rds = new RDS({ credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" }, regionId: "cn-north-1" });
rds.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 }, "cn-north-1").then(console.log, console.error);`,
  },
  "official jdcloud-sdk-js (usual import path)": {
    sdk: "jdcloud",
    source: `const { RDS } = require("jdcloud-sdk-js");
const rds = new RDS({ credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" }, regionId: "cn-north-1" });
rds.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 }, "cn-north-1").then(console.log, console.error);`,
  },
  // No DCS module on npm: the core's HcClient sends the signed call, as bench/official/huawei.cjs does.
  "official huaweicloud-sdk-core": {
    sdk: "huawei-run",
    source: `${fs.readFileSync(join(BENCH_DIR, "official", "huawei.cjs"), "utf8")}
exports.call(exports.create("https://dcs.cn-north-4.myhuaweicloud.com")).then(console.log, console.error);`,
  },
};

async function bundle(name, source, options) {
  const slug = name.replace(/[^\w.-]+/g, "_");
  const entry = join(OUT, `${slug}.entry.${options.platform === "node" ? "cjs" : "mjs"}`);
  const outfile = join(OUT, `${slug}.bundle.${options.platform === "node" ? "cjs" : "mjs"}`);
  fs.writeFileSync(entry, source);
  try {
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      minify: true,
      legalComments: "none",
      format: options.platform === "node" ? "cjs" : "esm",
      target: "es2022",
      logLevel: "silent",
      ...options,
    });
  } catch (error) {
    return { na: `esbuild failed: ${String(error.message).split("\n").slice(0, 2).join(" ")}` };
  }
  const code = fs.readFileSync(outfile);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, outfile };
}

export async function measureBundles(sdks) {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const rows = {};
  for (const [name, source] of Object.entries(OURS)) {
    rows[name] = await bundle(name, source, {
      platform: "browser",
      nodePaths: [join(BENCH_DIR, "node_modules")],
      external: name.startsWith("loglink facade") ? FACADE_EXTERNAL : [],
    });
  }
  for (const [name, { sdk, source }] of Object.entries(OFFICIAL)) {
    if (!sdks[sdk]?.ok) {
      rows[name] = { na: `${sdk} not installed` };
      continue;
    }
    const row = await bundle(name, source, { platform: "node", nodePaths: [join(sdks[sdk].dir, "node_modules")] });
    if (row.outfile) {
      // Does the bundle even load? (Run with no network use: the call is to an unresolvable host
      // for at most a few seconds; only a throw at load time counts.)
      const loaded = await run(
        process.execPath,
        [
          "-e",
          `try { require(${JSON.stringify(row.outfile)}); setTimeout(() => process.exit(0), 300) } catch (e) { console.error(String(e.message).split("\\n")[0]); process.exit(3) }`,
        ],
        { timeout: 20_000 },
      );
      if (loaded.code === 3) row.note = `throws at load: ${loaded.stderr.trim().split("\n")[0].slice(0, 100)}`;
    }
    rows[name] = row;
  }
  return rows;
}
