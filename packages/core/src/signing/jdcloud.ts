// JD Cloud `JDCLOUD2-HMAC-SHA256`, as the official SDKs sign: the vectors they produced are in
// tests/support/src/vectors/jdcloud-vectors.json and the tests reproduce each one.
import { type HmacKey, hmac, importHmacKey, sha256 } from "./crypto.js";
import { canonicalHeaders, canonicalQuery, formatSigningDate } from "./encoding.js";
import { completeSignature, type RequestParts, type SigningResult, signRequest } from "./parts.js";

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
const UNSIGNED = /* @__PURE__ */ new Set(["authorization", "user-agent"]);

// The derived key depends on secret, day, region and service: one cache per credentials object,
// reset when the secret or the UTC day changes.
const keys = /* @__PURE__ */ new WeakMap<JdcloudCredentials, { secret: string; day: string; byScope: Map<string, Promise<HmacKey>> }>();

async function deriveKey(secret: string, day: string, region: string, service: string): Promise<HmacKey> {
  let key: HmacKey = await importHmacKey(`JDCLOUD2${secret}`);
  for (const part of [day, region, service]) key = await importHmacKey(await hmac(key, part));
  return importHmacKey(await hmac(key, "jdcloud2_request"));
}

function signingKey(credentials: JdcloudCredentials, day: string, region: string, service: string): Promise<HmacKey> {
  let cached = keys.get(credentials);
  if (cached?.secret !== credentials.secretAccessKey || cached.day !== day) {
    cached = { secret: credentials.secretAccessKey, day, byScope: new Map() };
    keys.set(credentials, cached);
  }
  const scope = `${region}/${service}`;
  let key = cached.byScope.get(scope);
  if (!key) cached.byScope.set(scope, (key = deriveKey(credentials.secretAccessKey, day, region, service)));
  return key;
}

// Whitespace runs become one space and the ends are trimmed; most values have nothing to change.
const normalizeValue = (value: string) => (/[^\S ]| {2}|^ | $/.test(value) ? value.replace(/\s+/g, " ").trim() : value);

/**
 * Signs request parts in place (adds `x-jdcloud-date`, `x-jdcloud-nonce`, `host` and
 * `Authorization`) without touching a body stream. Every header present is signed except
 * `authorization` and `user-agent`; the canonical URI is the wire path exactly as sent.
 */
export function signJdcloudParts(parts: RequestParts, credentials: JdcloudCredentials, options: JdcloudSigningOptions): Promise<SigningResult> {
  const { headers } = parts;
  const url = new URL(parts.url);
  const date = formatSigningDate(options.date ?? Date.now());
  const day = date.slice(0, 8);
  headers.set("x-jdcloud-date", date);
  headers.set("x-jdcloud-nonce", options.nonce ?? crypto.randomUUID());
  headers.set("host", headers.get("host") ?? url.host);

  const { signedHeaders, canonicalHeaders: headerBlock } = canonicalHeaders(headers, url.host, UNSIGNED, normalizeValue);
  const scope = `${day}/${options.region}/${options.service}/jdcloud2_request`;
  return completeSignature({
    headers,
    canonicalHead: `${parts.method.toUpperCase()}\n${url.pathname}\n${canonicalQuery(url.search, "encoded")}\n${headerBlock}\n${signedHeaders}\n`,
    signedHeaders,
    payloadHash: sha256(parts.body ?? ""),
    stringToSignHead: `${ALGORITHM}\n${date}\n${scope}\n`,
    key: signingKey(credentials, day, options.region, options.service),
    authorizationHead: `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=`,
  });
}

/** Returns `request` signed with JD Cloud `JDCLOUD2-HMAC-SHA256`. */
export function signJdcloudRequest(request: Request, credentials: JdcloudCredentials, options: JdcloudSigningOptions): Promise<Request> {
  return signRequest(request, (parts) => signJdcloudParts(parts, credentials, options));
}
