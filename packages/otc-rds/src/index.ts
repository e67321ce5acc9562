export {
  type DownloadErrorlogInput,
  type DownloadErrorlogResult,
  type ErrorlogFile,
  type OtcRdsClient,
  type OtcRdsClientOptions,
  type WaitForErrorlogDownloadOptions,
  createOtcRdsClient,
  errorlogExportState,
} from "./client.js";
// The runtime's own classes, so `instanceof` works across every loglink package.
export {
  AbortError,
  ApiError,
  type CallOptions,
  ConnectionError,
  type Credentials,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  PaginationError,
  TimeoutError,
  WaiterError,
} from "@loglink/core";
