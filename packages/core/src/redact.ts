/** What replaces a secret in anything loglink prints or serialises. */
export const REDACTED = "[REDACTED]";

/** Header names whose values are credentials; never shown, whatever the case. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "x-auth-token",
  "x-security-token",
  "x-subject-token",
  "cookie",
  "set-cookie",
]);

// A URL whose query carries a signature or credential is a presigned link: anyone holding the
// query can download the log, so the whole query goes, not only the signature.
const URL_WITH_QUERY = /\b(https?:\/\/[^\s"'<>?#]*)\?([^\s"'<>#]*)/gi;
const PRESIGNED_QUERY = /signature|credential|accesskeyid|security-?token|x-amz-|x-obs-|expires/i;
// `Signature=…` and friends outside a URL: the Authorization header value of both signing schemes.
const SECRET_PARAMETER =
  /(?<![\w-])(X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|AWSAccessKeyId|AccessKeyId|Signature|Credential|Access)=[^\s&"',;<>]*/gi;
// `Authorization: …`, `"x-auth-token": "…"`: a secret header written out as text.
const SECRET_HEADER_TEXT = new RegExp(
  `\\b(${[...SECRET_HEADERS].join("|")})(["']?\\s*[:=]\\s*["']?)[^"'\\r\\n]+`,
  "gi",
);
const SECRET_KEY = /authorization|cookie|token|secret|password|signature|credential/i;

/** Masks credentials, signatures and presigned-link query strings in `text`. */
export function redact(text: string): string {
  return text
    .replace(URL_WITH_QUERY, (match, base: string, query: string) =>
      PRESIGNED_QUERY.test(query) ? `${base}?${REDACTED}` : match,
    )
    .replace(SECRET_PARAMETER, (_, name: string) => `${name}=${REDACTED}`)
    .replace(SECRET_HEADER_TEXT, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`);
}

/** Deep copy of a JSON-like value with `redact` applied to every string and secret-named keys masked. */
export function redactValue(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : redactValue(item)]),
  );
}

/** A plain-object copy of `headers` with credential headers masked. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = SECRET_HEADERS.has(name) ? REDACTED : value;
  });
  return copy;
}
