// Cold start: a fresh `node` process that imports a client library and creates a client (no
// request), minus a bare `node -e ""`, rounds interleaved so machine noise hits every variant alike.
import { join } from "node:path";
import { run } from "../../tools/release/lib.mjs";
import { BENCH_DIR, lastJson, ROOT, stats } from "./util.mjs";

const CPU_EXIT = join(BENCH_DIR, "lib", "cpu-exit.cjs");

const PROJECT = "0123456789abcdef0123456789abcdef";
const AKSK = `{ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" }`;
const esm = (code) => ({ args: ["--input-type=module", "-e", code], cwd: BENCH_DIR });
/** Builds a client with the official Huawei SDK core (bench/official/huawei.cjs); run with NODE_PATH at an SDK install. */
const HUAWEI_CREATE = `require(${JSON.stringify(join(BENCH_DIR, "official", "huawei.cjs"))}).create("https://dcs.cn-north-4.myhuaweicloud.com");`;

function variants(sdks) {
  const list = {
    'node -e "" (bare)': { args: ["-e", ""], cwd: BENCH_DIR },
    "openapi-fetch: import + createClient": esm(`import createClient from "openapi-fetch"; createClient({ baseUrl: "https://example.com" });`),
    "@loglink/jdcloud-rds": esm(
      `import { createJdcloudRdsClient } from "@loglink/jdcloud-rds"; createJdcloudRdsClient({ region: "cn-north-1", credentials: ${AKSK} });`,
    ),
    "@loglink/otc-rds": esm(
      `import { createOtcRdsClient } from "@loglink/otc-rds"; createOtcRdsClient({ region: "eu-de", projectId: "${PROJECT}", credentials: ${AKSK} });`,
    ),
    "@loglink/huawei-dcs": esm(
      `import { createHuaweiDcsClient } from "@loglink/huawei-dcs"; createHuaweiDcsClient({ region: "cn-north-4", projectId: "${PROJECT}", credentials: ${AKSK} });`,
    ),
    "@loglink/huawei-audit": esm(
      `import { createHuaweiAuditClient } from "@loglink/huawei-audit"; createHuaweiAuditClient({ region: "cn-north-4", projectId: "${PROJECT}", credentials: ${AKSK} });`,
    ),
    // The facade loads the provider at the first get(): import it, create, and load the provider module.
    "loglink facade + huawei-dcs": esm(
      `import { createLogLinks } from "loglink"; createLogLinks({ provider: "huawei-dcs", region: "cn-north-4", projectId: "${PROJECT}", credentials: ${AKSK} }); await import("@loglink/huawei-dcs");`,
    ),
    "loglink --help (CLI)": { args: [join(ROOT, "packages", "cli", "dist", "bin.js"), "--help"], cwd: BENCH_DIR },
  };
  if (sdks.jdcloud?.ok) {
    list["official jdcloud-sdk-js (services/rds)"] = {
      args: ["-e", `const RDS = require("jdcloud-sdk-js/src/services/rds"); new RDS({ credentials: ${AKSK}, regionId: "cn-north-1" });`],
      cwd: sdks.jdcloud.dir,
    };
  }
  if (sdks["huawei-run"]?.ok) {
    list["official huaweicloud-sdk-core (+uuid)"] = {
      args: ["-e", HUAWEI_CREATE],
      cwd: sdks["huawei-run"].dir,
      env: { NODE_PATH: join(sdks["huawei-run"].dir, "node_modules") },
    };
  }
  if (sdks["huawei-ecs-run"]?.ok) {
    list["official huaweicloud-sdk-ecs (+uuid)"] = {
      args: [
        "-e",
        `const core = require("@huaweicloud/huaweicloud-sdk-core"); const { EcsClient } = require("@huaweicloud/huaweicloud-sdk-ecs");
EcsClient.newBuilder().withCredential(new core.BasicCredentials().withAk("AKIDEXAMPLE").withSk("SECRETEXAMPLE").withProjectId("${PROJECT}")).withEndpoint("https://ecs.cn-north-4.myhuaweicloud.com").build();`,
      ],
      cwd: sdks["huawei-ecs-run"].dir,
    };
  }
  return list;
}

/** Whether a fresh `npm install @huaweicloud/huaweicloud-sdk-core` can build a client at all. */
export async function huaweiFreshInstallWorks(sdks) {
  if (!sdks.huawei?.ok) return undefined;
  const result = await run(process.execPath, ["-e", HUAWEI_CREATE], {
    cwd: sdks.huawei.dir,
    env: { ...process.env, NODE_PATH: join(sdks.huawei.dir, "node_modules") },
    timeout: 30_000,
  });
  return result.code === 0 ? { ok: true } : { ok: false, error: (result.stderr.match(/Error: .*/) ?? [result.stderr.trim().split("\n")[0]])[0] };
}

export async function measureColdStart(sdks, rounds, log) {
  const list = variants(sdks);
  const times = Object.fromEntries(Object.keys(list).map((name) => [name, []]));
  const errors = {};
  const cpu = Object.fromEntries(Object.keys(list).map((name) => [name, []]));
  const once = async (name) => {
    const { args, cwd, env } = list[name];
    const result = await run(process.execPath, ["--require", CPU_EXIT, ...args], { cwd, env: { ...process.env, ...env }, timeout: 30_000 });
    if (result.code !== 0) errors[name] = (result.stderr.match(/Error[^\n]*/) ?? [result.stderr.trim().split("\n")[0]])[0];
    return { wall: result.code === 0 ? result.ms : NaN, cpu: result.code === 0 ? (lastJson(result.stderr)?.benchCpuMs ?? NaN) : NaN };
  };
  for (const name of Object.keys(list)) await once(name); // warm the file system cache
  for (let round = 0; round < rounds; round++) {
    // A different order each round, so no variant always runs right after a heavy one.
    const order = Object.keys(list);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const name of order) {
      const measured = await once(name);
      times[name].push(measured.wall);
      cpu[name].push(measured.cpu);
    }
  }
  log(`cold start: ${rounds} rounds of ${Object.keys(list).length} processes`);
  const bare = times['node -e "" (bare)'];
  const reference = times["openapi-fetch: import + createClient"];
  const bareCpu = cpu['node -e "" (bare)'];
  const referenceCpu = cpu["openapi-fetch: import + createClient"];
  const rows = {};
  for (const [name, values] of Object.entries(times)) {
    const cpuValues = cpu[name];
    rows[name] =
      errors[name] && !values.some(Number.isFinite)
        ? { na: errors[name] }
        : {
            wall: stats(values),
            overBare: stats(values.map((v, i) => v - bare[i])),
            overOpenapiFetch: stats(values.map((v, i) => v - reference[i])),
            cpu: stats(cpuValues),
            cpuOverBare: stats(cpuValues.map((v, i) => v - bareCpu[i])),
            cpuOverOpenapiFetch: stats(cpuValues.map((v, i) => v - referenceCpu[i])),
          };
  }
  return rows;
}
