// Web-standard APIs only: this entry runs in browsers, workers and Node. Node-only code is in ./node.ts.
export { DownloadError, LinkExpiredError, ProviderNotInstalledError } from "./errors.js";
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
export {
  type CollectDays,
  collectDays,
  type GetOptions,
  type LinkInputs,
  type LogLinks,
  type LogLinksOptions,
  type ProviderOptions,
  createLogLinks,
  providers,
} from "./links.js";
export { type FacadeInput, type FacadeProvider, providerTable } from "./providers.js";
export {
  type DownloadLink,
  type HuaweiAuditFile,
  type HuaweiDcsLink,
  type HuaweiDcsRunlog,
  type JdcloudRdsLink,
  type JdcloudRdsLog,
  type OtcRdsErrorlogFile,
  type RawItems,
  expiryFromUrl,
  normalizeHuaweiAudit,
  normalizeHuaweiDcs,
  normalizeHuaweiDcsRunlog,
  normalizeJdcloudRds,
  normalizeJdcloudRdsLog,
  normalizeOtcRds,
} from "./normalize.js";
