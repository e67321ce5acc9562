// The runtime matrix: the packages are published with the release command to the throwaway
// registry and npm-installed into a fresh project, as a user would; then the same check script
// (checks/checks.mjs) runs in every runtime against the loopback API server. One test per
// runtime × check; the matrix reporter prints them as a table.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { handlers as auditHandlers } from "@loglink/huawei-audit/mocks";
import { handlers as dcsHandlers } from "@loglink/huawei-dcs/mocks";
import { handlers as jdcloudHandlers } from "@loglink/jdcloud-rds/mocks";
import { handlers as otcHandlers, createHandlers as otcHandlersFor } from "@loglink/otc-rds/mocks";
import { getResponse, type RequestHandler } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, npmInstall, startRehearsal } from "../../../tools/release/lib.mjs";
import { CHECKS, IDS } from "../checks/fixtures.mjs";
import { type ApiServer, startApiServer } from "../src/api-server.js";
import { type CheckResult, runtimes } from "../src/runtimes.js";
import { ensureToolchain } from "../src/toolchain.js";

const checksDir = fileURLToPath(new URL("../checks/", import.meta.url));
const PACKAGES = ["loglink", "@loglink/core", "@loglink/jdcloud-rds", "@loglink/otc-rds", "@loglink/huawei-dcs", "@loglink/huawei-audit"];

/** Each runtime's results by check, or why the runtime could not run at all. */
const results = new Map<string, Map<string, CheckResult> | Error>();
let server: ApiServer;
let rehearsal: { close(): Promise<void> } | undefined;

/** The documented answer the providers' own mocks give for a request. */
async function documented<T = unknown>(handlers: RequestHandler[], method: string, url: string): Promise<T> {
  const answer = await getResponse(handlers, new Request(url, { method }));
  if (!answer) throw new Error(`no mock answers ${method} ${url}`);
  return (await answer.json()) as T;
}

const expected: Record<string, unknown> = {};

/** Seconds since `started`, for the setup's log lines. */
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

beforeAll(async () => {
  let started = performance.now();
  const [toolchain, rehearsalStarted] = await Promise.all([ensureToolchain(), startRehearsal({ prefix: "loglink-runtimes-" })]);
  console.info(`toolchain and publish to the throwaway registry: ${since(started)}`);
  rehearsal = rehearsalStarted;
  const { publish, tmp, env } = rehearsalStarted;
  if (publish.code !== 0) throw new Error(`changeset publish failed:\n${publish.stdout}${publish.stderr}`);
  started = performance.now();
  const project = createProject(path.join(tmp, "consumer"));
  await npmInstall(project, PACKAGES, env);
  console.info(`npm install ${PACKAGES.join(" ")}: ${since(started)}`);
  for (const file of fs.readdirSync(checksDir)) fs.copyFileSync(path.join(checksDir, file), path.join(project, file));
  server = await startApiServer();

  const host = "https://api.example";
  const jd = await documented(jdcloudHandlers, "POST", `${host}/v1/regions/${IDS.jdcloud.region}/instances/i/log/l:updateLogDownloadURLInternal`);
  const otc = await documented<{ status: string }>(otcHandlers, "POST", `${host}/v3/${IDS.otc.projectId}/instances/${IDS.otc.instanceId}/errorlog-download`);
  const otcMissing = await documented<{ error_code: string }>(otcHandlersFor({ status: 404 }), "POST", `${host}/v3/p/instances/i/errorlog-download`);
  const dcs = await documented<{ link: string }>(dcsHandlers, "POST", `${host}/v2/p/instances/i/redislog/l/links`);
  const audit = await documented<{ files: { name: string }[] }>(auditHandlers, "GET", `${host}/v3/p/instance/i/auditlog/download-link`);
  Object.assign(expected, {
    "jdcloud-rds AK/SK": jd,
    "otc-rds AK/SK": otc,
    "huawei-dcs AK/SK": dcs,
    "huawei-audit AK/SK": audit,
    "token (otc, dcs, audit)": [otc, dcs, audit],
    "404 is an ApiError": { apiError: true, status: 404, code: otcMissing.error_code },
    "OTC waiter": otc.status,
    "audit paginator": audit.files.map((file) => file.name),
    "facade createLogLinks": [{ provider: "huawei-dcs", url: dcs.link, fileName: dcs.link.split("?")[0]!.split("/").pop() }],
    "raw: new Request": { status: 200, seen: "new-request", data: dcs },
    "raw: reads the body": { seen: { stream: true, body: { seconds: 3600 } }, answer: jd },
    "bytes body signed": { status: 200, data: jd },
    "download() (loglink/node)": { sizeBytes: server.file.bytes.length, sha256: server.file.sha256 },
  });

  for (const runtime of runtimes) {
    started = performance.now();
    try {
      const cells = await runtime.run({ toolchain, project, server });
      results.set(runtime.name, new Map(cells.map((cell) => [cell.check, cell])));
    } catch (error) {
      results.set(runtime.name, error as Error);
    }
    console.info(`${runtime.name}: ${since(started)}`);
  }
}, 1_200_000);

afterAll(async () => {
  await server?.close();
  await rehearsal?.close();
});

/** What the server received from one runtime for one path fragment. */
const received = (runtime: string, fragment: string) => server.requests.filter((request) => request.runtime === runtime && request.target.includes(fragment));

describe.each(runtimes.map((runtime) => [runtime.name, runtime] as const))("%s", (name, runtime) => {
  it.each(CHECKS.filter((check) => runtime.filesystem || !check.startsWith("download()")))("%s", (check) => {
    const outcome = results.get(name);
    if (outcome instanceof Error) throw outcome;
    const cell = outcome?.get(check);
    expect(cell, `${check} did not run in ${name}`).toBeDefined();
    if (cell!.status !== "pass") throw new Error(`${name}: ${check}: ${cell!.error ?? cell!.status}`);
    expect(cell!.value).toEqual(expected[check]);
    if (check === "OTC waiter") expect(received(name, `/instances/${IDS.otc.waitInstanceId}/`)).toHaveLength(2);
    if (check === "audit paginator") expect(received(name, "last_file_name=")).toHaveLength(1);
  });
});
