export {
  type CreateRedislogDownloadLinkInput,
  type CreateRedislogDownloadLinkResult,
  type CreateRedislogInput,
  createHuaweiDcsClient,
  type HuaweiDcsClient,
  type HuaweiDcsClientOptions,
  type ListRedislogInput,
  type ListRedislogResult,
  type RunlogItem,
} from "./client.js";
// The runtime's own classes, so `instanceof` holds whichever package a caller imports them from.
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
