export {
  type CallOptions,
  type ClientOptions,
  type Credentials,
  type ServiceClient,
  type ServiceConfig,
  createServiceClient,
} from "./client.js";
export {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  PaginationError,
  type Provider,
  TimeoutError,
  WaiterError,
} from "./errors.js";
export { type PaginateOptions, paginate } from "./paginate.js";
export { redact } from "./redact.js";
export { encodeRfc3986, pathSerializer, querySerializer } from "./serialize.js";
export { type HuaweiCredentials, type HuaweiSigningOptions, huaweiSigning, signHuaweiParts, signHuaweiRequest } from "./signing/huawei.js";
export { type JdcloudCredentials, type JdcloudSigningOptions, jdcloudSigning, signJdcloudParts, signJdcloudRequest } from "./signing/jdcloud.js";
export type { RequestParts, SigningResult, SigningScheme, SigningScope, SigningUrl } from "./signing/parts.js";
export type { OperationInput, OperationSpec, ParameterSchema, ParameterSpec, ServerSpec, SuccessBody } from "./types.js";
export { validateInput } from "./validate.js";
export { type WaitOptions, waitUntil } from "./waiter.js";
