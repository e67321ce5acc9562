// The four clients pointed at a local server, with the suite's secrets and debug logger.
import { createHuaweiAuditClient } from "@loglink/huawei-audit";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { createJdcloudRdsClient } from "@loglink/jdcloud-rds";
import { createOtcRdsClient } from "@loglink/otc-rds";
import { ACCESS_KEY_ID, debugLog, SECRET_KEY, SECURITY_TOKEN, TOKEN } from "./secrets.js";

export const PROJECT_ID = "0483b6b16e954cb88930a360d2c4e663";
export const OTC_INSTANCE = "3d39c18788b54a919bab633874c159dfin03";
export const AUDIT_INSTANCE = "669a94abef9f4979b2dfba92f48f4042in07";
export const AUDIT_NODE = "b051c8f7b98f4deeaf88ba97c8daba9dno07";
export const WINDOW = { start_time: "2024-01-01T00:00:00+0800", end_time: "2024-01-02T00:00:00+0800" };

export type Auth = "token" | "aksk" | "temporary";
const huaweiCredentials = (auth: Auth) =>
  auth === "token"
    ? { token: TOKEN }
    : { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_KEY, ...(auth === "temporary" && { securityToken: SECURITY_TOKEN }) };

export interface Common {
  maxRetries?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

export const otc = (origin: string, auth: Auth = "token", common: Common = {}) =>
  createOtcRdsClient({ endpoint: origin, projectId: PROJECT_ID, credentials: huaweiCredentials(auth), logger: debugLog, timeoutMs: 2_000, ...common });
export const dcs = (origin: string, auth: Auth = "token", common: Common = {}) =>
  createHuaweiDcsClient({ endpoint: origin, projectId: PROJECT_ID, credentials: huaweiCredentials(auth), logger: debugLog, timeoutMs: 2_000, ...common });
export const audit = (origin: string, auth: Auth = "token", common: Common = {}) =>
  createHuaweiAuditClient({ endpoint: origin, projectId: PROJECT_ID, credentials: huaweiCredentials(auth), logger: debugLog, timeoutMs: 2_000, ...common });
export const jdcloud = (origin: string, common: Common = {}) =>
  createJdcloudRdsClient({
    endpoint: origin,
    region: "cn-north-1",
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_KEY },
    logger: debugLog,
    timeoutMs: 2_000,
    ...common,
  });

/** One call of each operation, with valid input, for the fault tests that apply to every client. */
export const operations = {
  "otc-rds downloadErrorlog": (origin: string, common?: Common, signal?: AbortSignal) =>
    otc(origin, "temporary", common).downloadErrorlog({ instance_id: OTC_INSTANCE }, { signal }),
  "huawei-dcs createRedislogDownloadLink": (origin: string, common?: Common, signal?: AbortSignal) =>
    dcs(origin, "token", common).createRedislogDownloadLink({ instance_id: "i-1", id: "log-1" }, { signal }),
  "huawei-audit listAuditLogDownloadLink": (origin: string, common?: Common, signal?: AbortSignal) =>
    audit(origin, "aksk", common).listAuditLogDownloadLink({ instance_id: AUDIT_INSTANCE, ...WINDOW }, { signal }),
  "jdcloud-rds updateLogDownloadURLInternal": (origin: string, common?: Common, signal?: AbortSignal) =>
    jdcloud(origin, common).updateLogDownloadURLInternal({ instanceId: "pg-1", logId: "log-1", seconds: 600 }, { signal }),
} as const;
export const operationNames = Object.keys(operations) as (keyof typeof operations)[];
