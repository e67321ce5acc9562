import {
  type CallOptions,
  type ClientOptions,
  createServiceClient,
  InvalidParameterError,
  InvalidResponseError,
  type JdcloudCredentials,
  jdcloudFamily,
  type OperationInput,
  paginate,
  type SuccessBody,
} from "@loglink/core";
import type { Client } from "openapi-fetch";
import { operations, servers } from "./generated/operations.js";
import type { components, operations as Operations, paths } from "./generated/schema.js";

type UpdateOperation = Operations["updateLogDownloadURLInternal"];
type DescribeOperation = Operations["describeLogs"];
// `regionId` defaults to the client's region.
type WithDefaultRegion<T extends { regionId: unknown }> = Omit<T, "regionId"> & Partial<Pick<T, "regionId">>;

/** Options of `createJdcloudRdsClient`. */
export interface JdcloudRdsClientOptions extends Omit<ClientOptions, "region" | "projectId" | "credentials"> {
  /** region id of your instances, e.g. `cn-north-1`: the `regionId` of every call that names none (path and signature scope) */
  region: string;
  /** JD Cloud access key pair; every request is signed with `JDCLOUD2-HMAC-SHA256` (JD Cloud accepts no token here); defaults to `JDCLOUD_ACCESS_KEY` / `JDCLOUD_SECRET_KEY` where `process.env` exists */
  credentials?: JdcloudCredentials;
}

/** Input of `updateLogDownloadURLInternal`, named as in the document; `regionId` defaults to the client's `region`. */
export type UpdateLogDownloadURLInternalInput = WithDefaultRegion<OperationInput<UpdateOperation>>;

/** The 200 body of `updateLogDownloadURLInternal`: `{ requestId?, result: { publicURL?, internalURL? } }`. */
export type UpdateLogDownloadURLInternalResult = SuccessBody<UpdateOperation>;

/**
 * Input of `describeLogs`: the instance, `pageNumber` (from 1; `-1` for every page at once),
 * `pageSize` (10..100) and `filters`; `regionId` defaults to the client's `region`.
 */
export type DescribeLogsInput = WithDefaultRegion<OperationInput<DescribeOperation>>;

/** One page of `describeLogs`: `{ requestId?, result?: { logs?, dbInstances? (older name), totalCount? } }`. */
export type DescribeLogsResult = SuccessBody<DescribeOperation>;

/** One log file: `id` (the `logId` of `updateLogDownloadURLInternal`), `name`, `sizeByte`, `lastModified`, `publicURL`, `internalURL`. */
export type RdsLogFile = components["schemas"]["Log"];

/** A filter of `describeLogs`: `{ name: "logType", values: ["SLOW_LOG"], operator?: "eq" }`. */
export type DescribeLogsFilter = components["schemas"]["Filter"];

/** A typed client for JD Cloud RDS log files and their download links. */
export interface JdcloudRdsClient {
  /** the openapi-fetch client, requests signed: one attempt, no retries or input checks */
  readonly raw: Client<paths>;
  /**
   * Sets how long the links of one log file stay valid (`seconds`, 1..86400) and generates them
   * again; resolves to the public and intranet links.
   */
  updateLogDownloadURLInternal(input: UpdateLogDownloadURLInternalInput, options?: CallOptions): Promise<UpdateLogDownloadURLInternalResult>;
  /**
   * Lists one page of the instance's log files. `filters` go on the query string as JD Cloud's SDKs
   * send them: `filters.1.name=logType&filters.1.values.1=SLOW_LOG`.
   */
  describeLogs(input: DescribeLogsInput, options?: CallOptions): Promise<DescribeLogsResult>;
  /**
   * Every log file, page after page (`pageSize` per page, 100 unless given), from the input's
   * `pageNumber` (else 1). Ends at an empty page or once `totalCount` files are covered (without
   * it, after a short page); `pageNumber: -1` is one request for all. A page that repeats the one
   * before ends it with PaginationError. Reads the list from `result.logs`, or `result.dbInstances`
   * as older editions name it. A page is requested only when the loop asks for more.
   */
  paginateDescribeLogs(input: DescribeLogsInput, options?: CallOptions): AsyncGenerator<RdsLogFile, void, undefined>;
}

// The documented maximum and (per the docs, JS and Go SDKs) default; Python says 10, so it is always sent.
const DEFAULT_PAGE_SIZE = 100;

/**
 * Checks each filter and puts its fields in the SDKs' order (name, values, operator). A filter
 * without values is refused: jdcloud-sdk-js would silently drop it and list every log.
 */
function filterParameters(filters: unknown): unknown {
  if (!Array.isArray(filters)) return filters; // validateInput says what is wrong
  return filters.map((filter: unknown, i) => {
    const invalid = (field: string, problem: string) => new InvalidParameterError("filters", `describeLogs: "filters[${i}]${field}" ${problem}`);
    if (typeof filter !== "object" || filter === null) throw invalid("", "must be an object { name, values, operator? }");
    const { name, values, operator, ...rest } = filter as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw invalid("", `has unknown field(s) ${unknown.join(", ")} (known: name, values, operator)`);
    if (typeof name !== "string" || name === "") throw invalid(".name", "must be a non-empty string");
    if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === "string")) {
      throw invalid(".values", "must be a non-empty list of strings");
    }
    if (operator !== undefined && (typeof operator !== "string" || operator === "")) throw invalid(".operator", "must be a non-empty string");
    return { name, values, ...(operator !== undefined && { operator }) };
  });
}

/** Creates a client for JD Cloud RDS `describeLogs` and `updateLogDownloadURLInternal` on the host `rds.jdcloud-api.com`. */
export function createJdcloudRdsClient(options: JdcloudRdsClientOptions): JdcloudRdsClient {
  // The host serves every region, so nothing else would catch a missing region before a call:
  // the region is part of each path and of the signature's scope, and JD has no default one.
  if (options.region === undefined) {
    throw new InvalidParameterError("region", 'jdcloud-rds needs a region, the regionId of your instances, e.g. "cn-north-1"');
  }
  const service = createServiceClient<paths>({
    provider: "jdcloud-rds",
    servers,
    family: jdcloudFamily,
    auth: { token: false, service: "rds" },
    projectScoped: false,
    options,
  });
  // async: a bad filter rejects the promise, as every other input problem does.
  const describeLogs = async (input: DescribeLogsInput, callOptions?: CallOptions) =>
    service.call<DescribeLogsResult>(
      operations.describeLogs,
      input.filters === undefined ? input : { ...input, filters: filterParameters(input.filters) },
      callOptions,
    );
  return {
    raw: service.raw,
    updateLogDownloadURLInternal: (input, callOptions) => service.call(operations.updateLogDownloadURLInternal, input, callOptions),
    describeLogs,
    paginateDescribeLogs(input, callOptions = {}) {
      const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE;
      const firstPage = input.pageNumber ?? 1;
      let pageNumber = firstPage;
      // Counted, not computed from pageNumber × pageSize: a server serving fewer per page loses nothing.
      let received = 0;
      return paginate({
        fetchPage: (cursor: number | undefined, signal) => {
          pageNumber = cursor ?? pageNumber;
          return describeLogs({ ...input, pageNumber, pageSize }, { ...callOptions, signal });
        },
        items: (page) => {
          const logs = page.result?.logs ?? page.result?.dbInstances;
          // Anything but a list would be iterated character by character, or not at all.
          if (logs !== undefined && !Array.isArray(logs)) {
            throw new InvalidResponseError("jdcloud-rds describeLogs: the answer's result.logs is not a list", {
              status: 200,
              body: JSON.stringify(page),
            });
          }
          return logs ?? [];
        },
        nextCursor: (page, logs) => {
          received += logs.length;
          const total = page.result?.totalCount;
          const done = pageNumber === -1 || (typeof total === "number" ? (firstPage - 1) * pageSize + received >= total : logs.length < pageSize);
          return done ? undefined : pageNumber + 1;
        },
        signal: callOptions.signal,
        provider: "jdcloud-rds",
        operation: operations.describeLogs.operationId,
        input,
      });
    },
  };
}
