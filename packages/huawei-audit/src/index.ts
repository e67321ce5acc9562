// The runtime's own classes, so `instanceof` works across every loglink package.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  type CallOptions,
  ConflictError,
  ConnectionError,
  type Credentials,
  InternalServerError,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  WaiterError,
} from "@loglink/core";
export {
  type AuditLogFile,
  createHuaweiAuditClient,
  type HuaweiAuditClient,
  type HuaweiAuditClientOptions,
  type ListAuditLogDownloadLinkInput,
  type ListAuditLogDownloadLinkResult,
} from "./client.js";
export type { AuditTime } from "./times.js";
