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

type CreateLinkOperation = Operations["createRedislogDownloadLink"];
type CollectOperation = Operations["createRedislog"];
type ListOperation = Operations["listRedislog"];
// `log_type` is mandatory on the wire, but `run` is its only value: the client sends it when not given.
type WithDefaultLogType<T extends { log_type: unknown }> = Omit<T, "log_type"> & Partial<Pick<T, "log_type">>;

/** Options of `createHuaweiDcsClient`. */
export interface HuaweiDcsClientOptions extends Omit<ClientOptions, "projectId"> {
  /** project id of the region (32 letters and digits): part of every path, and `X-Project-Id` when signing (defaults to `HUAWEICLOUD_SDK_PROJECT_ID` where `process.env` exists) */
  projectId?: string;
}

/** Input of `createRedislogDownloadLink`, named as in the document (`project_id` comes from the client). */
export type CreateRedislogDownloadLinkInput = OperationInput<CreateLinkOperation, "project_id">;

/** The 200 body of `createRedislogDownloadLink`: `{ id?, backup_id?, link? }`. */
export type CreateRedislogDownloadLinkResult = SuccessBody<CreateLinkOperation>;

/**
 * Input of `createRedislog`: the instance, `query_time` (days: 0 today, 1, 3 or 7), `replication_id`
 * (the replica, for instances that are not single-node) and `log_type` (`"run"`, the default).
 */
export type CreateRedislogInput = WithDefaultLogType<OperationInput<CollectOperation, "project_id">>;

/** Input of `listRedislog`: the instance, `offset` (records, from 0), `limit` (1..1000) and `log_type` (`"run"`, the default). */
export type ListRedislogInput = WithDefaultLogType<OperationInput<ListOperation, "project_id">>;

/** One page of `listRedislog`: `{ total_num?, file_list? }`; `{}` when the API answered 204 (no run logs). */
export type ListRedislogResult = SuccessBody<ListOperation>;

/** One run-log entry: `id` (for `createRedislogDownloadLink`), `file_name`, `group_name`, `replication_ip`, `status`, `time`, `backup_id`. */
export type RunlogItem = components["schemas"]["RunlogItem"];

/** A typed client for Huawei Cloud DCS (Redis) run logs and their download links. */
export interface HuaweiDcsClient {
  /** the openapi-fetch client, authenticated: one attempt, no retries or input checks */
  readonly raw: Client<paths>;
  /**
   * Obtains a temporary link to download one run log (its `id` comes from `listRedislog`).
   * The document gives the link a default validity of 24 hours; ask again when it stops working.
   */
  createRedislogDownloadLink(input: CreateRedislogDownloadLinkInput, options?: CallOptions): Promise<CreateRedislogDownloadLinkResult>;
  /**
   * Starts collecting the run logs of the last `query_time` days; resolves once the API has
   * accepted the collection (204, no body). The files appear later in `listRedislog`.
   */
  createRedislog(input: CreateRedislogInput, options?: CallOptions): Promise<void>;
  /** Lists one page of the collected run logs; `{}` when there are none (204). */
  listRedislog(input: ListRedislogInput, options?: CallOptions): Promise<ListRedislogResult>;
  /**
   * Every run-log entry, page after page (`limit` per page, 10 unless given), starting at the input's
   * `offset`. Ends at a 204, an empty page, or once `total_num` entries are passed; a page that
   * repeats the one before ends it with PaginationError. A page is requested only when the loop
   * asks for more, so `break` stops requesting.
   */
  paginateListRedislog(input: ListRedislogInput, options?: CallOptions): AsyncGenerator<RunlogItem, void, undefined>;
}

// The documented default of `limit`, which every edition accepts. The paginator always sends its
// page size: without `total_num`, the end of the list is a page shorter than the size asked for.
const DEFAULT_PAGE_SIZE = 10;

/** Creates a client for Huawei Cloud DCS run logs on `dcs.<region>.myhuaweicloud.com`. */
export function createHuaweiDcsClient(options: HuaweiDcsClientOptions): HuaweiDcsClient {
  const service = createServiceClient<paths>({
    provider: "huawei-dcs",
    servers,
    family: huaweiFamily,
    auth: { token: true },
    projectScoped: true,
    options,
  });
  const listRedislog = (input: ListRedislogInput, callOptions?: CallOptions) =>
    service.call<ListRedislogResult>(operations.listRedislog, { log_type: "run", ...input }, callOptions);

  return {
    raw: service.raw,
    createRedislogDownloadLink: (input, callOptions) => service.call(operations.createRedislogDownloadLink, input, callOptions),
    async createRedislog(input, callOptions) {
      await service.call(operations.createRedislog, { log_type: "run", ...input }, callOptions);
    },
    listRedislog,
    paginateListRedislog(input, callOptions = {}) {
      const limit = input.limit ?? DEFAULT_PAGE_SIZE;
      let offset = input.offset ?? 0;
      return paginate({
        fetchPage: (cursor: number | undefined, signal) => {
          offset = cursor ?? offset;
          return listRedislog({ ...input, offset, limit }, { ...callOptions, signal });
        },
        items: (page) => {
          // Anything but a list would be iterated character by character, or not at all.
          if (page.file_list !== undefined && !Array.isArray(page.file_list)) {
            throw new InvalidResponseError("huawei-dcs listRedislog: the answer's file_list is not a list", {
              status: 200,
              body: JSON.stringify(page),
            });
          }
          return page.file_list ?? [];
        },
        nextCursor: (page, items) => {
          const next = offset + items.length;
          const total = page.total_num;
          const done = typeof total === "number" ? next >= total : items.length < limit;
          return done ? undefined : next;
        },
        signal: callOptions.signal,
        provider: "huawei-dcs",
        operation: operations.listRedislog.operationId,
        input,
      });
    },
  };
}
