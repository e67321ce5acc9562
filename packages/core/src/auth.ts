// The last step before the network: authenticate the request openapi-fetch built (after every
// middleware, so the signature covers exactly what is sent), then fetch it.
import { ConnectionError } from "./errors.js";
import type { AccessKey, ProviderFamily, SigningScope } from "./family.js";
import { signRequest } from "./signing/parts.js";

/** How a client authenticates: an IAM token, or its family's AK/SK signature. */
export interface Authentication {
  credentials: { token: string } | AccessKey;
  family: ProviderFamily;
  scope: SigningScope;
}

/** The request with the token added, or signed afresh (each attempt again, so date and nonce are current). */
function authenticate(request: Request, { credentials, family, scope }: Authentication): Request | Promise<Request> {
  if ("token" in credentials) {
    request.headers.set("X-Auth-Token", credentials.token);
    return request;
  }
  return signRequest(request, (parts) => family.sign(parts, credentials, scope));
}

/**
 * The fetch openapi-fetch calls: authenticates, then sends through the custom fetch (given the
 * `Request`) or the global one, looked up at each request. A failure to get any answer is a
 * ConnectionError; aborts and timeouts are told apart by whoever owns the signals.
 */
export function authenticatedFetch(auth: Authentication, custom: typeof fetch | undefined): (request: Request) => Promise<Response> {
  return async (request) => {
    const authenticated = await authenticate(request, auth);
    try {
      return await (custom ?? globalThis.fetch)(authenticated);
    } catch (error) {
      if (authenticated.signal.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectionError(`${authenticated.method} ${authenticated.url}: ${reason}`, { cause: error });
    }
  };
}
