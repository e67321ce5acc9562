import { type CallOptions, type ClientOptions, createServiceClient, huaweiFamily, type OperationInput, type SuccessBody, waitUntil } from "@loglink/core";
import type { Client } from "openapi-fetch";
import { operations, servers } from "./generated/operations.js";
import type { operations as Operations, paths } from "./generated/schema.js";

/** Options of `createOtcRdsClient`. */
export interface OtcRdsClientOptions extends ClientOptions {
  /** OTC region: `eu-de`, `eu-nl` or `eu-ch2` (Swiss, `rds.eu-ch2.sc.otc.t-systems.com`); required unless `endpoint` is given */
  region?: string;
  /** the project id of the region (32 hex digits): fills `{project_id}` and, with AK/SK, `X-Project-Id` (defaults to `OS_PROJECT_ID` where `process.env` exists) */
  projectId?: string;
}

/** Input of `downloadErrorlog`: the DB instance, e.g. `3d39c18788b54a919bab633874c159dfin03`. */
export type DownloadErrorlogInput = OperationInput<Operations["downloadErrorlog"], "project_id">;

/** Answer of `downloadErrorlog`: the export's `status` and, once files exist, their links in `list`. */
export type DownloadErrorlogResult = SuccessBody<Operations["downloadErrorlog"]>;

/** One generated error-log file of a `DownloadErrorlogResult`. */
export type ErrorlogFile = NonNullable<DownloadErrorlogResult["list"]>[number];

/** Options of `waitForErrorlogDownload`. */
export interface WaitForErrorlogDownloadOptions {
  /** give up this long after the first call, in ms (defaults to 300 000) */
  maxWaitMs?: number;
  /** stops waiting, and the call in flight, at once */
  signal?: AbortSignal;
  /** time limit of each call's attempts in ms (defaults to the client's `timeoutMs`) */
  timeoutMs?: number;
}

/** A client for OTC RDS error-log download links. */
export interface OtcRdsClient {
  /** the openapi-fetch client with authentication installed: one attempt, no retries or validation */
  readonly raw: Client<paths>;
  /** Asks once for the error-log links; the answer may still be `CREATING` (see `waitForErrorlogDownload`). */
  downloadErrorlog(input: DownloadErrorlogInput, options?: CallOptions): Promise<DownloadErrorlogResult>;
  /**
   * Calls `downloadErrorlog` until its status is `FINISH` (any case) and resolves to that answer.
   * Rejects with WaiterError `"failed"` on `FAILED` and `"deadline"` after `maxWaitMs`, each
   * carrying the last answer in `lastResponse` and naming the instance, the last status, the time
   * spent and the polls (`attempts`); any other status keeps it waiting.
   */
  waitForErrorlogDownload(input: DownloadErrorlogInput, options?: WaitForErrorlogDownloadOptions): Promise<DownloadErrorlogResult>;
}

// The document's example took ~17 s from the export's start (the file name's timestamp) to the
// file (`create_at`), so a first poll after 2 s is early enough while not wasting calls on an
// export that cannot be done yet. The links expire minutes after they are made (the example's,
// ~3.5 min), so polls never drift more than 10 s apart. Five minutes covers large logs.
const WAIT_MIN_DELAY_MS = 2_000;
const WAIT_MAX_DELAY_MS = 10_000;
const WAIT_MAX_MS = 300_000;

/**
 * Where an answer leaves the export: `"success"` on FINISH, `"failure"` on FAILED, `"retry"` for any
 * other status (the waiter's state function; exported for callers that make the first call themselves).
 */
export function errorlogExportState(answer: DownloadErrorlogResult): "success" | "failure" | "retry" {
  // Compared case-insensitively: the table says FINISH, the document's example answers "finish".
  // The body is not validated, so a missing status is one more unknown status.
  const status = typeof answer.status === "string" ? answer.status.toUpperCase() : undefined;
  return status === "FINISH" ? "success" : status === "FAILED" ? "failure" : "retry";
}

/** Creates a client for OTC RDS (`POST /v3/{project_id}/instances/{instance_id}/errorlog-download`). */
export function createOtcRdsClient(options: OtcRdsClientOptions): OtcRdsClient {
  const service = createServiceClient<paths>({
    provider: "otc-rds",
    servers,
    family: huaweiFamily,
    auth: { token: true },
    projectScoped: true,
    options,
  });
  const downloadErrorlog = (input: DownloadErrorlogInput, callOptions?: CallOptions) =>
    service.call<DownloadErrorlogResult>(operations.downloadErrorlog, input, callOptions);
  return {
    raw: service.raw,
    downloadErrorlog,
    waitForErrorlogDownload: (input, { maxWaitMs = WAIT_MAX_MS, signal, timeoutMs } = {}) =>
      waitUntil({
        poll: (pollSignal) => downloadErrorlog(input, { signal: pollSignal, timeoutMs }),
        state: errorlogExportState,
        provider: "otc-rds",
        operation: operations.downloadErrorlog.operationId,
        input,
        status: (answer) => (typeof answer.status === "string" ? answer.status : undefined),
        minDelayMs: WAIT_MIN_DELAY_MS,
        maxDelayMs: WAIT_MAX_DELAY_MS,
        maxWaitMs,
        signal,
      }),
  };
}
