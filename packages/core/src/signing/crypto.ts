// Hashing helpers shared by both signers, on Web Crypto (`crypto.subtle`), which every runtime has.

const encoder = /* @__PURE__ */ new TextEncoder();

/** The SHA-256 of zero bytes: the payload hash of every body-less request. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Bytes to sign or hash: a string as UTF-8, or the exact bytes. */
export type Bytes = string | Uint8Array<ArrayBuffer>;

const toBytes = (data: Bytes) => (typeof data === "string" ? encoder.encode(data) : data);

/** Lowercase hex of `bytes`. */
function toHex(bytes: ArrayBuffer): string {
  let hex = "";
  for (const byte of new Uint8Array(bytes)) hex += (byte < 16 ? "0" : "") + byte.toString(16);
  return hex;
}

/** Lowercase hex SHA-256 of `data`. */
export async function sha256(data: Bytes): Promise<string> {
  return data.length === 0 ? EMPTY_SHA256 : toHex(await crypto.subtle.digest("SHA-256", toBytes(data)));
}

/** An HMAC-SHA256 key for `secret`: import once and reuse, importing costs more than signing. */
export function importHmacKey(secret: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", toBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** The binary HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmac(key: CryptoKey, data: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

/** Lowercase hex HMAC-SHA256 of `data` (UTF-8) under `key`. */
export async function hmacHex(key: CryptoKey, data: string): Promise<string> {
  return toHex(await crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}
