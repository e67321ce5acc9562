export {
  type CallOptions,
  type ClientOptions,
  type Credentials,
  type ServiceClient,
  type ServiceConfig,
  createServiceClient,
} from "./client.js";
export {
  type Environment,
  type EnvironmentVariables,
  credentialsFromEnvironment,
  environmentVariables,
  environmentVariablesMarkdown,
  projectIdFromEnvironment,
  regionFromEnvironment,
} from "./environment.js";
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  MAX_ERROR_BODY_CHARS,
  NotFoundError,
  type OperationContext,
  type OperationProgress,
  PaginationError,
  PermissionDeniedError,
  type Provider,
  RateLimitError,
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
