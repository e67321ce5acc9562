// An independent re-implementation of both signature checks with node:crypto, written from the
// algorithms as the official SDKs implement them (vectors/ holds their output), to verify what the
// client really put on the wire.
import { createHash, createHmac } from "node:crypto";

const sha256 = (data: string) => createHash("sha256").update(data, "utf8").digest("hex");
const strict = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");

function query(url: URL, sortEncoded: boolean): string {
  const keys = [...new Set(url.searchParams.keys())].sort();
  return keys
    .flatMap((key) => {
      const values = url.searchParams.getAll(key);
      const encoded = sortEncoded ? values.map(strict).sort() : [...values].sort().map(strict);
      return encoded.map((value) => `${strict(key)}=${value}`);
    })
    .join("&");
}

/** The Authorization a correct Huawei signer gives for the request as received. */
export function expectedHuaweiAuthorization(
  request: { method: string; url: string; headers: Record<string, string>; body: string },
  accessKeyId: string,
  secret: string,
): string {
  const url = new URL(request.url);
  const names = Object.keys(request.headers)
    .filter((name) => name !== "authorization" && name !== "user-agent")
    .sort();
  let path = url.pathname
    .split("/")
    .map((segment) => strict(decodeURIComponent(segment)))
    .join("/");
  if (!path.endsWith("/")) path += "/";
  const canonical = [
    request.method,
    path,
    query(url, false),
    names.map((name) => `${name}:${request.headers[name]}\n`).join(""),
    names.join(";"),
    sha256(request.body),
  ].join("\n");
  const date = request.headers["x-sdk-date"]!;
  const signature = createHmac("sha256", secret)
    .update(`SDK-HMAC-SHA256\n${date}\n${sha256(canonical)}`)
    .digest("hex");
  return `SDK-HMAC-SHA256 Access=${accessKeyId}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
}

/** The Authorization a correct JD Cloud signer gives for the request as received. */
export function expectedJdcloudAuthorization(
  request: { method: string; url: string; headers: Record<string, string>; body: string },
  accessKeyId: string,
  secret: string,
  region: string,
  service: string,
): string {
  const url = new URL(request.url);
  const names = Object.keys(request.headers)
    .filter((name) => name !== "authorization" && name !== "user-agent")
    .sort();
  const canonical = [
    request.method,
    url.pathname,
    query(url, true),
    names.map((name) => `${name}:${request.headers[name]!.replace(/\s+/g, " ").trim()}\n`).join(""),
    names.join(";"),
    sha256(request.body),
  ].join("\n");
  const date = request.headers["x-jdcloud-date"]!;
  const scope = `${date.slice(0, 8)}/${region}/${service}/jdcloud2_request`;
  let key: Buffer = createHmac("sha256", `JDCLOUD2${secret}`).update(date.slice(0, 8)).digest();
  for (const part of [region, service, "jdcloud2_request"]) key = createHmac("sha256", key).update(part).digest();
  const signature = createHmac("sha256", key)
    .update(`JDCLOUD2-HMAC-SHA256\n${date}\n${scope}\n${sha256(canonical)}`)
    .digest("hex");
  return `JDCLOUD2-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
}
