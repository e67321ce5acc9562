import {
  type CallOptions,
  type ClientOptions,
  createServiceClient,
  huaweiFamily,
  InvalidResponseError,
  type OperationInput,
  paginate,
  type SuccessBody,
} from "@loglink/core";
import type { Client } from "openapi-fetch";
import { operations, servers } from "./generated/operations.js";
import type { components, operations as Operations, paths } from "./generated/schema.js";
import { type AuditTime, auditTimeWindow } from "./times.js";

/** Options of `createHuaweiAuditClient`. */
export interface HuaweiAuditClientOptions extends ClientOptions {
  /** Huawei Cloud region, e.g. `cn-north-4`, `ap-southeast-1`, `af-south-1`: picks the TaurusDB host; required unless `endpoint` is given */
  region?: string;
  /** the project id of the region (32 letters or digits): fills `{project_id}` and, with AK/SK, `X-Project-Id` (defaults to `HUAWEICLOUD_SDK_PROJECT_ID` where `process.env` exists) */
  projectId?: string;
}

/**
 * Input of `listAuditLogDownloadLink`: the instance, the window, and optionally `node_id`, the
 * `last_file_name` cursor, `limit` (1..50, default 10) and `X-Language`. `start_time` and
 * `end_time` are a `Date` or an ISO 8601 string with `Z`, `±hh:mm` or `±hhmm`; they are sent as
 * `yyyy-mm-ddThh:mm:ss±hhmm` (a string keeps its offset, `Z` and a `Date` become `+0000`).
 */
export type ListAuditLogDownloadLinkInput = {
  [K in keyof SpecInput]: K extends "start_time" | "end_time" ? AuditTime : SpecInput[K];
};
// The spec's input: times in the form that is sent.
type SpecInput = OperationInput<Operations["listAuditLogDownloadLink"], "project_id">;

/** Answer of `listAuditLogDownloadLink`: one page of `files`. */
export type ListAuditLogDownloadLinkResult = SuccessBody<Operations["listAuditLogDownloadLink"]>;

/** One full-SQL file: `name`, `size` (KB), `updated_time`, `download_link`, `link_expired_time`. */
export type AuditLogFile = components["schemas"]["FileInfo"];

/** A client for TaurusDB full-SQL (audit log) download links. */
export interface HuaweiAuditClient {
  /** the openapi-fetch client with authentication installed: one attempt, no retries or validation */
  readonly raw: Client<paths>;
  /** Lists one page of files (up to `limit`) with their temporary download links. */
  listAuditLogDownloadLink(input: ListAuditLogDownloadLinkInput, options?: CallOptions): Promise<ListAuditLogDownloadLinkResult>;
  /**
   * Every file of the window, page after page: each next page starts after the previous page's
   * last `name` (`last_file_name`). Stops after an empty page or one with fewer than `limit`
   * files; a page is requested only when the loop asks for more, so `break` stops requesting.
   */
  paginateAuditLogDownloadLink(input: ListAuditLogDownloadLinkInput, options?: CallOptions): AsyncGenerator<AuditLogFile, void, undefined>;
}

// The documented default of `limit`. The paginator always sends its page size: the end of the
// list is only recognisable as a page shorter than the size actually asked for.
const DEFAULT_PAGE_SIZE = 10;

/** Creates a client for TaurusDB (`GET /v3/{project_id}/instance/{instance_id}/auditlog/download-link`). */
export function createHuaweiAuditClient(options: HuaweiAuditClientOptions): HuaweiAuditClient {
  const service = createServiceClient<paths>({
    provider: "huawei-audit",
    servers,
    family: huaweiFamily,
    auth: { token: true },
    projectScoped: true,
    options,
  });
  // async: a refused time rejects the returned promise, as every other input problem does.
  const listAuditLogDownloadLink = async (input: ListAuditLogDownloadLinkInput, callOptions?: CallOptions) =>
    service.call<ListAuditLogDownloadLinkResult>(
      operations.listAuditLogDownloadLink,
      // A non-object input is left for the runtime's own check to report.
      typeof input === "object" && input !== null ? { ...input, ...auditTimeWindow(input.start_time, input.end_time) } : input,
      callOptions,
    );

  return {
    raw: service.raw,
    listAuditLogDownloadLink,
    paginateAuditLogDownloadLink(input, callOptions = {}) {
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      return paginate({
        // The first page keeps the input's own last_file_name, if any: paging resumes after it.
        fetchPage: (cursor: string | undefined, signal) =>
          listAuditLogDownloadLink({ ...input, limit, ...(cursor !== undefined && { last_file_name: cursor }) }, { ...callOptions, signal }),
        items: (page) => {
          // Anything but a list would be iterated character by character, or not at all.
          if (page.files !== undefined && !Array.isArray(page.files)) {
            throw new InvalidResponseError("huawei-audit listAuditLogDownloadLink: the answer's files is not a list", {
              status: 200,
              body: JSON.stringify(page),
            });
          }
          return page.files ?? [];
        },
        nextCursor: (page, files) => {
          if (files.length < limit) return undefined;
          const last = files.at(-1)?.name;
          // Without the last name the next page cannot be asked for; ending here would drop files.
          if (typeof last !== "string" || last === "") {
            throw new InvalidResponseError("huawei-audit listAuditLogDownloadLink: a full page's last file has no name to continue after", {
              status: 200,
              body: JSON.stringify(page),
            });
          }
          return last;
        },
        signal: callOptions.signal,
        provider: "huawei-audit",
        operation: operations.listAuditLogDownloadLink.operationId,
        input,
      });
    },
  };
}
