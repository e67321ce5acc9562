// Shared test setup: the document's own ids, a client factory and an msw server that fails on
// any request no handler expects.

import { operations } from "../src/generated/operations.js";
import { createOtcRdsClient, type OtcRdsClientOptions } from "../src/index.js";

export { capture as answerEvery, snapshot, useMsw } from "@loglink/test-support/msw";

// From the document's request example.
export const PROJECT_ID = "0483b6b16e954cb88930a360d2c4e663";
export const INSTANCE_ID = "3d39c18788b54a919bab633874c159dfin03";
export const PATH = `/v3/${PROJECT_ID}/instances/${INSTANCE_ID}/errorlog-download`;
export const URL_EU_DE = `https://rds.eu-de.otc.t-systems.com${PATH}`;

/** The document's example answer (status `finish`, one file with a link). */
export const finished = operations.downloadErrorlog.responses["200"].example;
/** An answer while the files are being prepared (the spec's `creating` example). */
export const creating = { ...finished, list: [], status: "CREATING", count: 0 };

export const AKSK = { accessKeyId: "OTCTESTAK00000000000", secretAccessKey: "OTCTESTSK1111111111111111111111111111111" };

export const client = (options: Partial<OtcRdsClientOptions> = {}) =>
  createOtcRdsClient({ region: "eu-de", projectId: PROJECT_ID, credentials: { token: "TOKEN-abc" }, ...options });
