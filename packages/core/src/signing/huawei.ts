// Huawei Cloud / Open Telekom Cloud `SDK-HMAC-SHA256`, as the official SDKs sign: the vectors they
// produced are in tests/support/src/vectors/huawei-vectors.json and the tests reproduce each one.
import { type HmacKey, importHmacKey, sha256 } from "./crypto.js";
import { canonicalHeaders, canonicalPath, canonicalQuery, formatSigningDate } from "./encoding.js";
import { completeSignature, type RequestParts, type SigningResult, signRequest } from "./parts.js";

/** Huawei Cloud / OTC access key credentials. */
export interface HuaweiCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials' security token, sent (and signed) as `X-Security-Token`. */
  securityToken?: string;
}

/** Options of the Huawei signers. */
export interface HuaweiSigningOptions {
  /** Signing time (defaults to now); an `X-Sdk-Date` header already on the request wins, as in the SDKs. */
  date?: Date;
}

const ALGORITHM = "SDK-HMAC-SHA256";
// `authorization` is the output; `user-agent` is rewritten by proxies and HTTP stacks.
const UNSIGNED = /* @__PURE__ */ new Set(["authorization", "user-agent"]);

// One imported key per credentials object, re-imported when its secret changes.
const keys = /* @__PURE__ */ new WeakMap<HuaweiCredentials, { secret: string; key: Promise<HmacKey> }>();

function signingKey(credentials: HuaweiCredentials): Promise<HmacKey> {
  let cached = keys.get(credentials);
  if (cached?.secret !== credentials.secretAccessKey) {
    cached = { secret: credentials.secretAccessKey, key: importHmacKey(credentials.secretAccessKey) };
    keys.set(credentials, cached);
  }
  return cached.key;
}

/**
 * Signs request parts in place (adds `X-Sdk-Date`, `host`, `X-Security-Token` when given and
 * `Authorization`) without touching a body stream. Every header present is signed except
 * `user-agent`; the payload hash is that of `parts.body`, or the `X-Sdk-Content-Sha256` value.
 */
export function signHuaweiParts(parts: RequestParts, credentials: HuaweiCredentials, options: HuaweiSigningOptions = {}): Promise<SigningResult> {
  const { headers } = parts;
  const url = new URL(parts.url);
  if (credentials.securityToken) headers.set("X-Security-Token", credentials.securityToken);
  const date = headers.get("x-sdk-date") ?? formatSigningDate(options.date ?? Date.now());
  headers.set("X-Sdk-Date", date);
  headers.set("host", headers.get("host") ?? url.host);

  const { signedHeaders, canonicalHeaders: headerBlock } = canonicalHeaders(headers, url.host, UNSIGNED);
  // The canonical URI always ends in `/`, which is never sent.
  const path = canonicalPath(url.pathname);
  return completeSignature({
    headers,
    canonicalHead: `${parts.method.toUpperCase()}\n${path.endsWith("/") ? path : `${path}/`}\n${canonicalQuery(url.search, "decoded")}\n${headerBlock}\n${signedHeaders}\n`,
    signedHeaders,
    payloadHash: headers.get("x-sdk-content-sha256") ?? sha256(parts.body ?? ""),
    stringToSignHead: `${ALGORITHM}\n${date}\n`,
    key: signingKey(credentials),
    authorizationHead: `${ALGORITHM} Access=${credentials.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=`,
  });
}

/** Returns `request` signed with Huawei Cloud / OTC `SDK-HMAC-SHA256`. */
export function signHuaweiRequest(request: Request, credentials: HuaweiCredentials, options?: HuaweiSigningOptions): Promise<Request> {
  return signRequest(request, (parts) => signHuaweiParts(parts, credentials, options));
}
