// Shared test setup: the document's own example request, a client factory and an msw server that
// fails on any request no handler expects.

import { operations } from "../src/generated/operations.js";
import { createHuaweiAuditClient, type HuaweiAuditClientOptions } from "../src/index.js";

export { capture as answerEvery, snapshot, useMsw } from "@loglink/test-support/msw";

// The document's example request.
export const PROJECT_ID = "054e292c9880d4992f02c0196d3ea468";
export const INSTANCE_ID = "669a94abef9f4979b2dfba92f48f4042in07";
export const NODE_ID = "2e723b45786148fc94c8737f5980786cno07";
export const LAST_FILE_NAME =
  "20230724160316_99b1d48896bb44178b715d64b68603f9in07_6a21d5df9bb24f5db83121c5fec0b1d2no07_SQLAudit_8b4b53d2-29f8-11ee-92aa-fa163ef00f0d";
export const START_TIME = "2023-07-24T09:27:00+0800";
export const END_TIME = "2023-07-25T15:00:14+0800";
export const PATH = `/v3/${PROJECT_ID}/instance/${INSTANCE_ID}/auditlog/download-link`;
export const ORIGIN = "https://gaussdb.cn-north-4.myhuaweicloud.com";

/** The document's example answer: one file. */
export const documented = operations.listAuditLogDownloadLink.responses["200"].example;

export const AKSK = { accessKeyId: "HUAWEITESTAK00000000", secretAccessKey: "HUAWEITESTSK1111111111111111111111111111" };

export const client = (options: Partial<HuaweiAuditClientOptions> = {}) =>
  createHuaweiAuditClient({ region: "cn-north-4", projectId: PROJECT_ID, credentials: { token: "TOKEN-abc" }, ...options });
