// Hashing helpers shared by both signers: node:crypto where the runtime hands it out, Web Crypto
// (`crypto.subtle`) elsewhere.

const encoder = /* @__PURE__ */ new TextEncoder();

/** The SHA-256 of zero bytes: the payload hash of every body-less request. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Bytes to sign or hash: a string as UTF-8, or the exact bytes. */
export type Bytes = string | Uint8Array<ArrayBuffer>;

/** An HMAC-SHA256 key: the raw secret where node:crypto signs, an imported CryptoKey elsewhere. */
export type HmacKey = CryptoKey | Uint8Array;

const toBytes = (data: Bytes) => (typeof data === "string" ? encoder.encode(data) : data);

/** Lowercase hex of `bytes`. */
function toHex(bytes: ArrayBuffer): string {
  let hex = "";
  for (const byte of new Uint8Array(bytes)) hex += (byte < 16 ? "0" : "") + byte.toString(16);
  return hex;
}

// The part of node:crypto the signers use. Node, Deno and Bun hand it out synchronously through
// process.getBuiltinModule, without an import a browser bundle would have to resolve. Each Web
// Crypto call is a job on another thread plus a promise; node:crypto hashes the few hundred bytes
// of a canonical request in place (see the per-request figures of `pnpm bench`).
interface Digest {
  update(data: string | Uint8Array): Digest;
  digest(): Uint8Array<ArrayBuffer>;
  digest(encoding: "hex"): string;
}
interface NodeCrypto {
  createHash(algorithm: "sha256"): Digest;
  createHmac(algorithm: "sha256", key: Uint8Array): Digest;
}
let nodeCryptoModule: NodeCrypto | null | undefined;

/** node:crypto where the runtime hands it out, else undefined; looked up at the first signature. */
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

/** Lowercase hex SHA-256 of `data`. */
export async function sha256(data: Bytes): Promise<string> {
  if (data.length === 0) return EMPTY_SHA256;
  const node = nodeCrypto();
  return node ? node.createHash("sha256").update(data).digest("hex") : toHex(await crypto.subtle.digest("SHA-256", toBytes(data)));
}

/** An HMAC-SHA256 key for `secret`: import once and reuse, importing costs more than signing. */
export async function importHmacKey(secret: Bytes): Promise<HmacKey> {
  if (nodeCrypto()) return toBytes(secret);
  return crypto.subtle.importKey("raw", toBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** The binary HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmac(key: HmacKey, data: string): Promise<Uint8Array<ArrayBuffer>> {
  // A raw key exists only where node:crypto does.
  if (key instanceof Uint8Array) return nodeCrypto()!.createHmac("sha256", key).update(data).digest();
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

/** Lowercase hex HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmacHex(key: HmacKey, data: string): Promise<string> {
  if (key instanceof Uint8Array) return nodeCrypto()!.createHmac("sha256", key).update(data).digest("hex");
  return toHex(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}
