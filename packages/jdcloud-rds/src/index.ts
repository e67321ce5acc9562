export {
  createJdcloudRdsClient,
  type JdcloudRdsClient,
  type JdcloudRdsClientOptions,
  type UpdateLogDownloadURLInternalInput,
  type UpdateLogDownloadURLInternalResult,
} from "./client.js";
// The runtime's own classes, so `instanceof` holds whichever package a caller imports them from.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  type CallOptions,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidParameterError,
  InvalidResponseError,
  type JdcloudCredentials,
  LogLinkError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  WaiterError,
} from "@loglink/core";
