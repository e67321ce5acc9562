// Node-only: downloads links to disk (node:http, node:fs). The web-standard facade is in ./index.ts.

export {
  type DownloadAllOptions,
  type DownloadAllProgress,
  type DownloadAllResult,
  downloadAll,
  type NamedSource,
  safeFileName,
} from "./download/all.js";
export { type DownloadOptions, type DownloadProgress, type DownloadResult, type DownloadSource, download } from "./download/file.js";
export { DownloadError, LinkExpiredError } from "./errors.js";
