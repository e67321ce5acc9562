// One GET of a download link, over node:http rather than fetch (issue 7): on a 1 GiB file fetch's
// undici and web streams reached ~0.6x the throughput of `curl -o` at ~120 MB peak RSS, node:http
// ~0.7x at ~87 MB. msw's --mock intercepts both.
// The modules themselves, not their named exports: --mock's msw patches `http.get` on them, and
// an ESM named import would keep the unpatched function.
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { InvalidParameterError, TimeoutError } from "@loglink/core";
import { DownloadError } from "../errors.js";

// As fetch: these statuses with a Location are followed, at most 20 times.
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

/** Why `url` is not fetched (fetch's rules: only http(s), never a user:password@, which would go out as Basic auth). */
function refusal(url: URL): string | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") return `${url.protocol} links are not downloaded, only http: and https:`;
  if (url.username || url.password) return "a link with credentials in it is not downloaded";
  return undefined;
}

/** The link as a URL, or InvalidParameterError when it is not one that is downloaded. */
export function linkUrl(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new InvalidParameterError("url", "the link is not a URL");
  }
  const refused = refusal(url);
  if (refused) throw new InvalidParameterError("url", refused);
  return url;
}

export interface GetOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  /** a server silent this long, before the headers or within the body, fails the attempt */
  idleTimeoutMs: number;
}

/** One GET, answered with any status. No Accept-Encoding: the file is saved exactly as sent. */
function get(url: URL, { headers, signal, idleTimeoutMs }: GetOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let response: IncomingMessage | undefined;
    const request = (url.protocol === "https:" ? https : http).get(url, { headers, signal, timeout: idleTimeoutMs }, (answer) => resolve((response = answer)));
    // The error listener stays for the whole attempt: a socket error after the response arrived
    // is also emitted here (and reaches the body as a premature end), and must not go uncaught.
    request.on("error", reject);
    // Given to the response once there is one, so that reading the body fails with this reason.
    request.on("timeout", () => (response ?? request).destroy(new TimeoutError(`no data from the server for ${idleTimeoutMs / 1000} s`)));
  });
}

/**
 * GETs `link`, following redirects as fetch does (downloads carry no credentials to forward). A
 * loop, or a redirect to a link that is not downloaded, is a DownloadError naming the status.
 */
export async function follow(link: URL, options: GetOptions): Promise<IncomingMessage> {
  let url = link;
  for (let redirects = 0; ; redirects++) {
    const response = await get(url, options);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(status) || location === undefined) return response;
    response.destroy();
    if (redirects === MAX_REDIRECTS) {
      throw new DownloadError(link.href, { reason: "redirects", status, statusText: `more than ${MAX_REDIRECTS} redirects` });
    }
    url = new URL(location, url);
    const refused = refusal(url);
    if (refused) throw new DownloadError(link.href, { reason: "redirects", status, statusText: `redirected: ${refused}` });
  }
}
