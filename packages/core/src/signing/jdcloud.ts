// JD Cloud `JDCLOUD2-HMAC-SHA256`, as ../shared/signing/README.md §1 describes.
import { type HmacKey, hmac, hmacHex, importHmacKey, sha256Hex } from "./crypto.js";
import { canonicalQuery, formatSigningDate, headersToSign } from "./encoding.js";
import { type RequestParts, type SigningResult, signRequest } from "./parts.js";

/** JD Cloud access key credentials. */
export interface JdcloudCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Options of the JD Cloud signers. */
export interface JdcloudSigningOptions {
  /** The `regionId` of the request's path, e.g. `cn-north-1`; part of the key and scope. */
  region: string;
  /** The SDK's service id, e.g. `rds`. */
  service: string;
  /** Signing time (defaults to now). */
  date?: Date;
  /** `x-jdcloud-nonce` (defaults to `crypto.randomUUID()`). */
  nonce?: string;
}

const ALGORITHM = "JDCLOUD2-HMAC-SHA256";
const UNSIGNED = new Set(["authorization", "user-agent"]);

// The derived key depends on secret, day, region and service: one cache per credentials object,
// reset when the secret or the UTC day changes.
const keys = new WeakMap<
  JdcloudCredentials,
  { secret: string; day: string; byScope: Map<string, Promise<HmacKey>> }
>();

async function deriveKey(secret: string, day: string, region: string, service: string): Promise<HmacKey> {
  let key = await importHmacKey(`JDCLOUD2${secret}`);
  for (const part of [day, region, service]) key = await importHmacKey(await hmac(key, part));
  return importHmacKey(await hmac(key, "jdcloud2_request"));
}

function signingKey(credentials: JdcloudCredentials, day: string, region: string, service: string) {
  let cached = keys.get(credentials);
  if (cached?.secret !== credentials.secretAccessKey || cached.day !== day) {
    cached = { secret: credentials.secretAccessKey, day, byScope: new Map() };
    keys.set(credentials, cached);
  }
  const scope = `${region}/${service}`;
  let key = cached.byScope.get(scope);
  if (!key) {
    key = deriveKey(credentials.secretAccessKey, day, region, service);
    cached.byScope.set(scope, key);
  }
  return key;
}

/**
 * Signs request parts in place (adds `x-jdcloud-date`, `x-jdcloud-nonce`, `host` and
 * `Authorization`) without touching a body stream. Every header present is signed except
 * `authorization` and `user-agent`; the canonical URI is the wire path exactly as sent.
 */
export async function signJdcloudParts(
  parts: RequestParts,
  credentials: JdcloudCredentials,
  options: JdcloudSigningOptions,
): Promise<SigningResult> {
  const url = new URL(parts.url);
  const { headers } = parts;
  const date = formatSigningDate(options.date ?? new Date());
  const day = date.slice(0, 8);
  headers.set("x-jdcloud-date", date);
  headers.set("x-jdcloud-nonce", options.nonce ?? crypto.randomUUID());
  headers.set("host", headers.get("host") ?? url.host);

  const signed = headersToSign(headers, url.host, UNSIGNED);
  const signedHeaders = signed.map(([name]) => name).join(";");
  const canonicalRequest = [
    parts.method.toUpperCase(),
    url.pathname,
    canonicalQuery(url.search, "encoded"),
    signed.map(([name, value]) => `${name}:${value.replace(/\s+/g, " ").trim()}\n`).join(""),
    signedHeaders,
    await sha256Hex(parts.body ?? ""),
  ].join("\n");
  const scope = `${day}/${options.region}/${options.service}/jdcloud2_request`;
  const stringToSign = `${ALGORITHM}\n${date}\n${scope}\n${await sha256Hex(canonicalRequest)}`;
  const key = await signingKey(credentials, day, options.region, options.service);
  const signature = await hmacHex(key, stringToSign);
  const authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  headers.set("Authorization", authorization);
  return { signedHeaders, canonicalRequest, stringToSign, signature, authorization };
}

/** Returns `request` signed with JD Cloud `JDCLOUD2-HMAC-SHA256`. */
export function signJdcloudRequest(
  request: Request,
  credentials: JdcloudCredentials,
  options: JdcloudSigningOptions,
): Promise<Request> {
  return signRequest(request, (parts) => signJdcloudParts(parts, credentials, options));
}
