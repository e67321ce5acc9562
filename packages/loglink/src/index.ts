// Web-standard APIs only: this entry runs in browsers, workers and Node. Node-only code is in ./node.ts.
export { DownloadError, LinkExpiredError, ProviderNotInstalledError } from "./errors.js";
export {
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
  type JdcloudRdsLink,
  type OtcRdsErrorlogFile,
  type RawItems,
  expiryFromUrl,
  normalizeHuaweiAudit,
  normalizeHuaweiDcs,
  normalizeJdcloudRds,
  normalizeOtcRds,
} from "./normalize.js";
