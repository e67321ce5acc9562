// Hashing helpers shared by both signers: node:crypto where the runtime has it, Web Crypto elsewhere.

const encoder = /* @__PURE__ */ new TextEncoder();

/** The SHA-256 of zero bytes: the payload hash of every body-less request. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Lowercase hex of `bytes`. */
function toHex(bytes: ArrayBuffer | Uint8Array): string {
  let hex = "";
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) hex += (byte < 16 ? "0" : "") + byte.toString(16);
  return hex;
}

/** Bytes to sign or hash: a string as UTF-8, or the exact bytes. */
export type Bytes = string | Uint8Array<ArrayBuffer>;

/** An HMAC-SHA256 key: the raw secret where node:crypto signs, an imported CryptoKey elsewhere. */
export type HmacKey = CryptoKey | Uint8Array;

const toBytes = (data: Bytes) => (typeof data === "string" ? encoder.encode(data) : data);

// The part of node:crypto the signers use. Node (>= 20.16), Deno and Bun hand it out synchronously
// through process.getBuiltinModule, without an import a browser bundle would have to resolve.
// Each Web Crypto call is a job on libuv's thread pool plus a promise (tens of µs under Node);
// node:crypto hashes the few hundred bytes of a canonical request in about a microsecond.
// Looked up at the first signature, not at import (loading node:crypto costs a cold start ms).
interface Digest {
  update(data: string | Uint8Array): Digest;
  digest(): Uint8Array;
  digest(encoding: "hex"): string;
}
interface NodeCrypto {
  createHash(algorithm: "sha256"): Digest;
  createHmac(algorithm: "sha256", key: Uint8Array): Digest;
}
let nodeCryptoModule: NodeCrypto | null | undefined;

/** node:crypto where the runtime hands it out synchronously, else undefined. */
function nodeCrypto(): NodeCrypto | undefined {
  if (nodeCryptoModule === undefined) {
    nodeCryptoModule = null;
    try {
      const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const module = runtime?.getBuiltinModule?.("node:crypto") as Partial<NodeCrypto> | undefined;
      if (typeof module?.createHash === "function" && typeof module.createHmac === "function") nodeCryptoModule = module as NodeCrypto;
    } catch {
      // no node:crypto: Web Crypto
    }
  }
  return nodeCryptoModule ?? undefined;
}

/** `f(value)` once `value` settles if it is a promise: synchronous where node:crypto signs. */
export const andThen = <T, U>(value: T | Promise<T>, f: (value: T) => U | Promise<U>): U | Promise<U> =>
  value instanceof Promise ? value.then(f) : f(value);

/** Lowercase hex SHA-256 of `data`: synchronous with node:crypto, a promise with Web Crypto. */
export function sha256(data: Bytes): string | Promise<string> {
  if (data.length === 0) return EMPTY_SHA256;
  const node = nodeCrypto();
  return node ? node.createHash("sha256").update(data).digest("hex") : crypto.subtle.digest("SHA-256", toBytes(data)).then(toHex);
}

/**
 * An HMAC-SHA256 signing key: the raw secret where node:crypto signs, else an imported CryptoKey
 * (a promise); import once and reuse, importing costs more than signing.
 */
export function importHmacKey(secret: string | Uint8Array): HmacKey | Promise<HmacKey> {
  const raw = typeof secret === "string" ? encoder.encode(secret) : secret;
  if (nodeCrypto()) return raw;
  return crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** The binary HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmac(key: HmacKey, data: string): Promise<Uint8Array> {
  if (key instanceof Uint8Array) {
    // A raw key exists only where node:crypto does.
    return nodeCrypto()!.createHmac("sha256", key).update(data).digest();
  }
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

/** Lowercase hex HMAC-SHA256 of `data` (UTF-8) under `key`: synchronous for a raw key (node:crypto). */
export function hmacHex(key: HmacKey, data: string): string | Promise<string> {
  return key instanceof Uint8Array
    ? nodeCrypto()!.createHmac("sha256", key).update(data).digest("hex")
    : crypto.subtle.sign("HMAC", key, encoder.encode(data)).then(toHex);
}
