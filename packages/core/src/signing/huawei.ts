// Huawei Cloud / Open Telekom Cloud `SDK-HMAC-SHA256`, as ../shared/signing/README.md §2 describes.
import { type HmacKey, hmacHex, importHmacKey, sha256Hex } from "./crypto.js";
import { canonicalPath, canonicalQuery, formatSigningDate, headersToSign } from "./encoding.js";
import { type RequestParts, type SigningResult, signRequest } from "./parts.js";

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
const UNSIGNED = new Set(["authorization", "user-agent"]);

// One imported key per credentials object, re-imported when its secret changes.
const keys = new WeakMap<HuaweiCredentials, { secret: string; key: Promise<HmacKey> }>();

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
export async function signHuaweiParts(
  parts: RequestParts,
  credentials: HuaweiCredentials,
  options: HuaweiSigningOptions = {},
): Promise<SigningResult> {
  const url = new URL(parts.url);
  const { headers } = parts;
  if (credentials.securityToken) headers.set("X-Security-Token", credentials.securityToken);
  const date = headers.get("x-sdk-date") ?? formatSigningDate(options.date ?? new Date());
  headers.set("X-Sdk-Date", date);
  headers.set("host", headers.get("host") ?? url.host);

  const signed = headersToSign(headers, url.host, UNSIGNED);
  const signedHeaders = signed.map(([name]) => name).join(";");
  // The canonical URI always ends in `/`, which is never sent.
  const path = canonicalPath(url.pathname);
  const canonicalRequest = [
    parts.method.toUpperCase(),
    path.endsWith("/") ? path : `${path}/`,
    canonicalQuery(url.search, "decoded"),
    signed.map(([name, value]) => `${name}:${value}\n`).join(""),
    signedHeaders,
    headers.get("x-sdk-content-sha256") ?? (await sha256Hex(parts.body ?? "")),
  ].join("\n");
  const stringToSign = `${ALGORITHM}\n${date}\n${await sha256Hex(canonicalRequest)}`;
  const signature = await hmacHex(await signingKey(credentials), stringToSign);
  const authorization = `${ALGORITHM} Access=${credentials.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  headers.set("Authorization", authorization);
  return { signedHeaders, canonicalRequest, stringToSign, signature, authorization };
}

/** Returns `request` signed with Huawei Cloud / OTC `SDK-HMAC-SHA256`. */
export function signHuaweiRequest(
  request: Request,
  credentials: HuaweiCredentials,
  options?: HuaweiSigningOptions,
): Promise<Request> {
  return signRequest(request, (parts) => signHuaweiParts(parts, credentials, options));
}

