import type { Bytes } from "./crypto.js";

/** A request as the signers see it. `headers` is updated in place with the signing headers. */
export interface RequestParts {
  method: string;
  url: string | URL;
  headers: Headers;
  /** The exact body bytes sent (a string is sent as UTF-8); absent for no body. */
  body?: Bytes;
}

/** Everything a signer computed, for debugging and for checking against official vectors. */
export interface SigningResult {
  signedHeaders: string;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  /** The `Authorization` header value, also set on the headers. */
  authorization: string;
}

/**
 * Signs a `Request` through a parts signer and returns a new `Request` with the signed headers.
 * The body is hashed from a clone and then moves to the returned request, as `new Request(request)` does.
 */
export async function signRequest(
  request: Request,
  sign: (parts: RequestParts) => Promise<SigningResult>,
): Promise<Request> {
  const body = request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
  const headers = new Headers(request.headers);
  await sign({ method: request.method, url: request.url, headers, body });
  return new Request(request, { headers });
}
