// Loads the official signing vectors: vectors/*.json beside this file, produced by the official
// SDKs' signers (Huawei SDK-HMAC-SHA256, JD Cloud JDCLOUD2-HMAC-SHA256).
import { readFileSync } from "node:fs";

export interface SigningVector {
  name: string;
  input: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
    time: string;
    nonce?: string;
    region?: string;
    service?: string;
    accessKeyId: string;
    secretAccessKey: string;
  };
  expected: {
    headers: Record<string, string>;
    signedHeaders?: string;
    signature?: string;
    canonicalRequest: string;
    stringToSign: string;
  };
}

const VECTORS_DIR = new URL("./vectors/", import.meta.url);

export function loadVectors(file: "huawei-vectors.json" | "jdcloud-vectors.json"): SigningVector[] {
  return JSON.parse(readFileSync(new URL(file, VECTORS_DIR), "utf8")) as SigningVector[];
}

/** `SignedHeaders=` and `Signature=` as written in an Authorization header. */
export function parseAuthorization(value: string): { signedHeaders: string; signature: string } {
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(value)?.[1];
  const signature = /Signature=([0-9a-f]+)/.exec(value)?.[1];
  if (!signedHeaders || !signature) throw new Error(`not an Authorization header: ${value}`);
  return { signedHeaders, signature };
}
