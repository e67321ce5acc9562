// Hashing helpers shared by both signers: node:crypto where the runtime has it, Web Crypto elsewhere.

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The SHA-256 of zero bytes: the payload hash of every body-less request. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Lowercase hex of `bytes`. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  let hex = "";
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) hex += HEX[byte];
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
interface Digest {
  update(data: string | Uint8Array): Digest;
  digest(): Uint8Array;
  digest(encoding: "hex"): string;
}
interface NodeCrypto {
  createHash(algorithm: "sha256"): Digest;
  createHmac(algorithm: "sha256", key: Uint8Array): Digest;
}
const nodeCrypto = ((): NodeCrypto | undefined => {
  try {
    const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const module = runtime?.getBuiltinModule?.("node:crypto") as Partial<NodeCrypto> | undefined;
    return typeof module?.createHash === "function" && typeof module.createHmac === "function" ? (module as NodeCrypto) : undefined;
  } catch {
    return undefined;
  }
})();

/** Lowercase hex SHA-256 of `data`. */
export async function sha256Hex(data: Bytes): Promise<string> {
  if (data.length === 0) return EMPTY_SHA256;
  if (nodeCrypto) return nodeCrypto.createHash("sha256").update(data).digest("hex");
  return toHex(await crypto.subtle.digest("SHA-256", toBytes(data)));
}

/** An HMAC-SHA256 signing key; import once and reuse, importing costs more than signing. */
export async function importHmacKey(secret: Bytes | ArrayBuffer | Uint8Array): Promise<HmacKey> {
  const raw = secret instanceof ArrayBuffer ? new Uint8Array(secret) : typeof secret === "string" ? encoder.encode(secret) : secret;
  if (nodeCrypto) return raw;
  return crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** The binary HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmac(key: HmacKey, data: string): Promise<Uint8Array> {
  if (key instanceof Uint8Array) {
    // A raw key exists only where node:crypto does.
    return nodeCrypto!.createHmac("sha256", key).update(data).digest();
  }
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

/** Lowercase hex HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmacHex(key: HmacKey, data: string): Promise<string> {
  if (key instanceof Uint8Array) return nodeCrypto!.createHmac("sha256", key).update(data).digest("hex");
  return toHex(await hmac(key, data));
}
