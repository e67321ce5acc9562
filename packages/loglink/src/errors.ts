import { LogLinkError, type Provider } from "@loglink/core";

/** The provider's package is not installed: the facade loads each provider only when asked for it. */
export class ProviderNotInstalledError extends LogLinkError {
  override name = "ProviderNotInstalledError";
  constructor(
    readonly provider: Provider,
    /** the npm package to install, e.g. `@loglink/otc-rds` */
    readonly packageName: string,
    options?: ErrorOptions,
  ) {
    super(`provider "${provider}" needs the package ${packageName}, which is not installed: npm install ${packageName}`, options);
  }
}

/** The link's expiry time has passed: the provider would only answer 403. Ask for a new link. */
export class LinkExpiredError extends LogLinkError {
  override name = "LinkExpiredError";
  constructor(readonly expiresAt: Date) {
    super(`the download link expired at ${expiresAt.toISOString()}; ask the provider for a new link`);
  }
}

/** A download that did not produce the file: the server refused it, or it was not the size the provider announced. */
export class DownloadError extends LogLinkError {
  override name = "DownloadError";
  /**
   * `status`: the link answered a non-2xx status; `redirects`: a redirect loop, or a redirect to a
   * link that is not downloaded; `size-mismatch`: the body was not the announced size; `exists`:
   * the destination exists and `ifExists` is `"error"`
   */
  readonly reason: "status" | "redirects" | "size-mismatch" | "exists";
  /** HTTP status (reasons `status` and `redirects`) */
  readonly status: number | undefined;
  /** the size the provider announced, in bytes (reason `size-mismatch`) */
  readonly expectedBytes: number | undefined;
  /** the bytes the server sent (reason `size-mismatch`) */
  readonly receivedBytes: number | undefined;

  constructor(
    url: string,
    init:
      | { reason: "status" | "redirects"; status: number; statusText?: string }
      | { reason: "size-mismatch"; expectedBytes: number; receivedBytes: number }
      | { reason: "exists"; path: string },
  ) {
    // The message is redacted by LogLinkError: a presigned link's query never reaches a log.
    super(
      init.reason === "size-mismatch"
        ? `download of ${url} failed: expected ${init.expectedBytes} bytes, received ${init.receivedBytes}; nothing was saved`
        : init.reason === "exists"
          ? `download of ${url} refused: ${init.path} exists (ifExists "overwrite" replaces it, "skip" keeps it)`
          : `download of ${url} failed: HTTP ${init.status}${init.statusText ? ` ${init.statusText}` : ""}`,
    );
    this.reason = init.reason;
    this.status = init.reason === "status" || init.reason === "redirects" ? init.status : undefined;
    this.expectedBytes = init.reason === "size-mismatch" ? init.expectedBytes : undefined;
    this.receivedBytes = init.reason === "size-mismatch" ? init.receivedBytes : undefined;
  }
}
