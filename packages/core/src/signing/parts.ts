import { type Bytes, type HmacKey, andThen, hmacHex, sha256 } from "./crypto.js";

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
  /** the payload hash (a promise under Web Crypto) */
  payloadHash: string | Promise<string>;
  /** the string to sign before the canonical request's hash: algorithm, date (and scope), each on its line */
  stringToSignHead: string;
  /** the HMAC key, looked up once the hashes are done */
  key: () => HmacKey | Promise<HmacKey>;
  /** the `Authorization` value before the signature: `ALGORITHM Access=…, SignedHeaders=…, Signature=` */
  authorizationHead: string;
}

/**
 * Hashes the canonical request, signs the string to sign and sets `Authorization`: synchronously
 * where node:crypto signs and the key is ready, else through a promise.
 */
export function completeSignature(steps: SignatureSteps): SigningResult | Promise<SigningResult> {
  const { headers, canonicalHead, signedHeaders, stringToSignHead, authorizationHead } = steps;
  return andThen(steps.payloadHash, (payloadHash) => {
    const canonicalRequest = canonicalHead + payloadHash;
    return andThen(sha256(canonicalRequest), (hash) => {
      const stringToSign = stringToSignHead + hash;
      return andThen(steps.key(), (key) =>
        andThen(hmacHex(key, stringToSign), (signature) => {
          const authorization = authorizationHead + signature;
          headers.set("Authorization", authorization);
          return { signedHeaders, canonicalRequest, stringToSign, signature, authorization };
        }),
      );
    });
  });
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

/** The URL of a request to sign, split: `host` (port included when not the default), `pathname` and `search`. */
export interface SigningUrl {
  host: string;
  pathname: string;
  search: string;
}

/** What a client hands its signing scheme besides the request and the credentials. */
export interface SigningScope {
  /** the client's project id (Huawei/OTC `X-Project-Id`) */
  projectId?: string | undefined;
  /** the client's region */
  region?: string | undefined;
  /** JD Cloud's service id */
  service?: string | undefined;
  /** the request's path parameters (JD Cloud signs with the path's `regionId`) */
  path?: Record<string, unknown> | undefined;
  /** the request URL already split, when the client has it */
  url?: SigningUrl | undefined;
}

/**
 * An AK/SK signing scheme, `huaweiSigning` or `jdcloudSigning`: a provider hands it to
 * `createServiceClient` as `auth.signing`, so a bundle carries only the scheme it uses.
 */
export interface SigningScheme {
  readonly name: "huawei" | "jdcloud";
  /** Signs `parts` in place (headers); synchronous where node:crypto is available. */
  sign(
    parts: RequestParts,
    credentials: { accessKeyId: string; secretAccessKey: string; securityToken?: string },
    scope: SigningScope,
  ): SigningResult | Promise<SigningResult>;
}
