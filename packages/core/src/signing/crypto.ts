// Web Crypto helpers shared by both signers.

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The SHA-256 of zero bytes: the payload hash of every body-less request. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Lowercase hex of `bytes`. */
export function toHex(bytes: ArrayBuffer): string {
  let hex = "";
  for (const byte of new Uint8Array(bytes)) hex += HEX[byte];
  return hex;
}

/** Bytes to sign or hash: a string as UTF-8, or the exact bytes. */
export type Bytes = string | Uint8Array<ArrayBuffer>;

const toBytes = (data: Bytes) => (typeof data === "string" ? encoder.encode(data) : data);

/** Lowercase hex SHA-256 of `data`. */
export async function sha256Hex(data: Bytes): Promise<string> {
  if (data.length === 0) return EMPTY_SHA256;
  return toHex(await crypto.subtle.digest("SHA-256", toBytes(data)));
}

/** An HMAC-SHA256 signing key; import once and reuse, importing costs more than signing. */
export function importHmacKey(secret: Bytes | ArrayBuffer): Promise<CryptoKey> {
  const raw = secret instanceof ArrayBuffer ? secret : toBytes(secret);
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** The binary HMAC-SHA256 of `data` (UTF-8) under `key`. */
export function hmac(key: CryptoKey, data: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign("HMAC", key, encoder.encode(data));
}
