// The runtime matrix's checks: this one file runs unchanged in every runtime (Node, Bun, Deno,
// workerd, Chromium) against the loopback API server of test/matrix.test.ts, with the packages as
// a user installs them. Plain JavaScript and web standards only. Each check resolves to a
// JSON-able value that the matrix compares with what the server and the documents say; the
// server refuses (401) every request whose signature or token is wrong.

import { createHuaweiAuditClient } from "@loglink/huawei-audit";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { createJdcloudRdsClient } from "@loglink/jdcloud-rds";
import { ApiError, createOtcRdsClient } from "@loglink/otc-rds";
import { createLogLinks } from "loglink";
import { ACCESS_KEY, CHECKS, FILE_PATH, IDS, TOKEN } from "./fixtures.mjs";

// A check that neither answers nor fails within this time fails (a runtime must not stall the matrix).
const CHECK_TIMEOUT_MS = 20_000;

const hex = (buffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

/** The value of each check, given the API origin, the runtime's name and, where there is a file system, `download` and `readFile`. */
function checks({ origin, runtime, download, readFile, directory }) {
  // Every request names its runtime (signed like any header), so the server keeps each runtime's waiter apart.
  const common = { endpoint: origin, maxRetries: 0, headers: { "x-loglink-runtime": runtime } };
  const jd = (options = {}) => createJdcloudRdsClient({ ...common, region: IDS.jdcloud.region, credentials: ACCESS_KEY, ...options });
  const otc = (credentials = ACCESS_KEY) => createOtcRdsClient({ ...common, region: IDS.otc.region, projectId: IDS.otc.projectId, credentials });
  const dcs = (credentials = ACCESS_KEY) => createHuaweiDcsClient({ ...common, region: IDS.dcs.region, projectId: IDS.dcs.projectId, credentials });
  const audit = (credentials = ACCESS_KEY) => createHuaweiAuditClient({ ...common, region: IDS.audit.region, projectId: IDS.audit.projectId, credentials });
  const jdInput = { instanceId: IDS.jdcloud.instanceId, logId: IDS.jdcloud.logId, seconds: 3600 };
  const dcsInput = { instance_id: IDS.dcs.instanceId, id: IDS.dcs.id };
  const auditInput = { instance_id: IDS.audit.instanceId, start_time: IDS.audit.startTime, end_time: IDS.audit.endTime };
  const token = { token: TOKEN };

  return {
    "jdcloud-rds AK/SK": () => jd().updateLogDownloadURLInternal(jdInput),
    "otc-rds AK/SK": () => otc().downloadErrorlog({ instance_id: IDS.otc.instanceId }),
    "huawei-dcs AK/SK": () => dcs().createRedislogDownloadLink(dcsInput),
    "huawei-audit AK/SK": () => audit().listAuditLogDownloadLink(auditInput),
    "token (otc, dcs, audit)": async () => [
      await otc(token).downloadErrorlog({ instance_id: IDS.otc.instanceId }),
      await dcs(token).createRedislogDownloadLink(dcsInput),
      await audit(token).listAuditLogDownloadLink(auditInput),
    ],
    "404 is an ApiError": async () => {
      const error = await otc()
        .downloadErrorlog({ instance_id: IDS.otc.missingInstanceId })
        .then(
          () => undefined,
          (caught) => caught,
        );
      return { apiError: error instanceof ApiError, status: error?.status, code: error?.code };
    },
    "OTC waiter": async () => (await otc().waitForErrorlogDownload({ instance_id: IDS.otc.waitInstanceId }, { maxWaitMs: 15_000 })).status,
    "audit paginator": async () => {
      const names = [];
      for await (const file of audit().paginateAuditLogDownloadLink({ ...auditInput, limit: 1 })) names.push(file.name);
      return names;
    },
    "facade createLogLinks": async () => {
      const links = createLogLinks({ ...common, provider: "huawei-dcs", region: IDS.dcs.region, projectId: IDS.dcs.projectId, credentials: ACCESS_KEY });
      return (await links.get(dcsInput)).map(({ provider, url, fileName }) => ({ provider, url, fileName }));
    },
    // openapi-fetch's middleware contract: an onRequest may return a new Request
    "raw: new Request": async () => {
      const client = dcs();
      client.raw.use({
        onRequest({ request }) {
          const headers = new Headers(request.headers);
          headers.set("x-loglink-check", "new-request");
          return new Request(request, { headers });
        },
      });
      const { data, response } = await client.raw.POST("/v2/{project_id}/instances/{instance_id}/redislog/{id}/links", {
        params: { path: { project_id: IDS.dcs.projectId, ...dcsInput } },
      });
      return { status: response.status, seen: response.headers.get("x-loglink-check-seen"), data };
    },
    "raw: reads the body": async () => {
      const client = jd();
      let seen;
      client.raw.use({
        async onRequest({ request }) {
          // as a logging or checksum middleware would: look at the stream, read a copy
          seen = { stream: request.body instanceof ReadableStream, body: JSON.parse(await request.clone().text()) };
        },
      });
      const answer = await client.updateLogDownloadURLInternal(jdInput);
      return { seen, answer };
    },
    "bytes body signed": async () => {
      const { data, response } = await jd().raw.POST("/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal", {
        params: { path: { regionId: IDS.jdcloud.region, instanceId: IDS.jdcloud.instanceId, logId: IDS.jdcloud.logId } },
        body: new TextEncoder().encode(JSON.stringify({ seconds: 3600 })),
        bodySerializer: (bytes) => bytes,
      });
      return { status: response.status, data };
    },
    "download() (loglink/node)": download
      ? async () => {
          const link = { provider: "huawei-dcs", url: `${origin}${FILE_PATH}`, fileName: "runtime.log" };
          const saved = await download(link, `${directory}/saved/runtime.log`);
          return { sizeBytes: saved.sizeBytes, sha256: hex(await crypto.subtle.digest("SHA-256", await readFile(saved.path))) };
        }
      : undefined,
  };
}

/**
 * Runs every check, one after the other, and resolves to [{ check, status, value?, error? }]:
 * status "pass" (it resolved; the matrix compares `value`), "fail" (it threw) or "n/a".
 */
export async function runChecks(environment) {
  const table = checks(environment);
  const results = [];
  for (const check of CHECKS) {
    const run = table[check];
    if (!run) {
      results.push({ check, status: "n/a" });
      continue;
    }
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    try {
      const value = await Promise.race([run(), timeout]);
      results.push({ check, status: "pass", value: JSON.parse(JSON.stringify(value ?? null)) });
    } catch (error) {
      results.push({ check, status: "fail", error: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` });
    } finally {
      clearTimeout(timer);
    }
  }
  return results;
}
