// Web-standard APIs only: this entry runs in browsers, workers and Node. Node-only code is in ./node.ts.

// The runtime's error classes, so `import { ApiError } from "loglink"` works and `instanceof` holds.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
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
export { DownloadError, LinkExpiredError, ProviderNotInstalledError } from "./errors.js";
export {
  type CollectDays,
  collectDays,
  createLogLinks,
  type GetOptions,
  type LinkInputs,
  type LogLinks,
  type LogLinksOptions,
  type ProviderOptions,
  providers,
} from "./links.js";
export {
  type DownloadLink,
  expiryFromUrl,
  type HuaweiAuditFile,
  type HuaweiDcsLink,
  type HuaweiDcsRunlog,
  type JdcloudRdsLink,
  type JdcloudRdsLog,
  normalizeHuaweiAudit,
  normalizeHuaweiDcs,
  normalizeHuaweiDcsRunlog,
  normalizeJdcloudRds,
  normalizeJdcloudRdsLog,
  normalizeOtcRds,
  type OtcRdsErrorlogFile,
  type RawItems,
} from "./normalize.js";
export { type FacadeInput, type FacadeProvider, providerTable } from "./providers.js";
