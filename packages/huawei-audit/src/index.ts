export {
  type AuditLogFile,
  type HuaweiAuditClient,
  type HuaweiAuditClientOptions,
  type ListAuditLogDownloadLinkInput,
  type ListAuditLogDownloadLinkResult,
  createHuaweiAuditClient,
} from "./client.js";
export type { AuditTime } from "./times.js";
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
