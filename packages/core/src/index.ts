export { createServiceClient, type ServiceClient, type ServiceConfig } from "./client.js";
export {
  credentialsFromEnvironment,
  type Environment,
  type EnvironmentVariables,
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
export { type AccessKey, huaweiFamily, jdcloudFamily, type ProviderFamily, type SigningScope } from "./family.js";
export type { CallOptions, ClientOptions, Credentials } from "./options.js";
export { type PaginateOptions, paginate } from "./paginate.js";
export { redact } from "./redact.js";
export type { MetadataBearer, ResponseMetadata } from "./response.js";
export { encodeRfc3986, pathSerializer, querySerializer } from "./serialize.js";
export { type HuaweiCredentials, type HuaweiSigningOptions, signHuaweiParts, signHuaweiRequest } from "./signing/huawei.js";
export { type JdcloudCredentials, type JdcloudSigningOptions, signJdcloudParts, signJdcloudRequest } from "./signing/jdcloud.js";
export type { RequestParts, SigningResult } from "./signing/parts.js";
export type { OperationInput, OperationSpec, ParameterSchema, ParameterSpec, ServerSpec, SuccessBody } from "./types.js";
export { validateInput } from "./validate.js";
export { type WaitOptions, waitUntil } from "./waiter.js";
