import { type Bytes, type HmacKey, hmacHex, sha256 } from "./crypto.js";

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

/** What both schemes sign the same way once the canonical request is built up to its payload hash. */
export interface SignatureSteps {
  /** the headers the `Authorization` header is set on */
  headers: Headers;
  /** the canonical request up to and including the newline before the payload hash */
  canonicalHead: string;
  signedHeaders: string;
  /** the payload hash */
  payloadHash: string | Promise<string>;
  /** the string to sign before the canonical request's hash: algorithm, date (and scope), each on its line */
  stringToSignHead: string;
  /** the HMAC key */
  key: HmacKey | Promise<HmacKey>;
  /** the `Authorization` value before the signature: `ALGORITHM Access=…, SignedHeaders=…, Signature=` */
  authorizationHead: string;
}

/** Hashes the canonical request, signs the string to sign and sets `Authorization`. */
export async function completeSignature(steps: SignatureSteps): Promise<SigningResult> {
  const { headers, canonicalHead, signedHeaders, stringToSignHead, authorizationHead } = steps;
  const canonicalRequest = canonicalHead + (await steps.payloadHash);
  const stringToSign = stringToSignHead + (await sha256(canonicalRequest));
  const signature = await hmacHex(await steps.key, stringToSign);
  const authorization = authorizationHead + signature;
  headers.set("Authorization", authorization);
  return { signedHeaders, canonicalRequest, stringToSign, signature, authorization };
}

/**
 * Signs a `Request` through a parts signer: its headers in place, then returns it, or, when it has a
 * body, a new `Request` carrying the bytes read and hashed (reading used up the original's body).
 */
export async function signRequest(request: Request, sign: (parts: RequestParts) => Promise<SigningResult>): Promise<Request> {
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  await sign({ method: request.method, url: request.url, headers: request.headers, body });
  return body ? new Request(request, { body }) : request;
}
