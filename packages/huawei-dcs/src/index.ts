export {
  type CreateRedislogDownloadLinkInput,
  type CreateRedislogDownloadLinkResult,
  createHuaweiDcsClient,
  type HuaweiDcsClient,
  type HuaweiDcsClientOptions,
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
