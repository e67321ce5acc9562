export {
  createJdcloudRdsClient,
  type DescribeLogsFilter,
  type DescribeLogsInput,
  type DescribeLogsResult,
  type JdcloudRdsClient,
  type JdcloudRdsClientOptions,
  type RdsLogFile,
  type UpdateLogDownloadURLInternalInput,
  type UpdateLogDownloadURLInternalResult,
} from "./client.js";
// The runtime's own classes, so `instanceof` holds whichever package a caller imports them from.
export {
  AbortError,
  ApiError,
  type CallOptions,
  ConnectionError,
  InvalidParameterError,
  InvalidResponseError,
  type JdcloudCredentials,
  LogLinkError,
  PaginationError,
  TimeoutError,
  WaiterError,
} from "@loglink/core";
