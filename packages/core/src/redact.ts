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
const SECRET_HEADER_TEXT = new RegExp(`\\b(${[...SECRET_HEADERS].join("|")})(["']?\\s*[:=]\\s*["']?)[^"'\\r\\n]+`, "gi");
const SECRET_KEY = /authorization|cookie|token|secret|password|signature|credential/i;

/** Masks credentials, signatures and presigned-link query strings in `text`. */
export function redact(text: string): string {
  return text
    .replace(URL_WITH_QUERY, (match, base: string, query: string) => (PRESIGNED_QUERY.test(query) ? `${base}?${REDACTED}` : match))
    .replace(SECRET_PARAMETER, (_, name: string) => `${name}=${REDACTED}`)
    .replace(SECRET_HEADER_TEXT, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`);
}

// Deeper than any API's answer: a hostile body nested thousands deep would otherwise overflow the
// stack when the error is logged. What lies below is dropped, never shown unredacted.
const MAX_DEPTH = 32;

/** Deep copy of a JSON-like value with `redact` applied to every string and secret-named keys masked. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1)]));
}

/** A plain-object copy of `headers` with credential headers masked. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = SECRET_HEADERS.has(name) ? REDACTED : value;
  });
  return copy;
}

/**
 * Removes `secrets` (the client's own credentials) wherever a server or a fetch echoed them into
 * `error`: its message, stack, body, headers and cause chain, which `redact` cannot recognise as
 * secrets. Changes and returns the same error.
 */
export function scrubSecrets<E>(error: E, secrets: readonly (string | undefined)[], depth = 0): E {
  // Real credentials are long; masking a short one (a test's "t") would mangle every message.
  const present = secrets.filter((secret): secret is string => typeof secret === "string" && secret.length >= 8);
  if (present.length === 0 || typeof error !== "object" || error === null || depth > 4) return error;
  const scrub = (text: string) => present.reduce((result, secret) => result.split(secret).join(REDACTED), text);
  // Returns `value` itself when it holds no secret.
  const clean = (value: unknown, level: number): unknown => {
    if (typeof value === "string") return present.some((secret) => value.includes(secret)) ? scrub(value) : value;
    if (value === null || typeof value !== "object" || value instanceof Error || level > 40) return value;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const next = clean(item, level + 1);
      changed ||= next !== item;
      return [key, next] as const;
    });
    if (!changed) return value;
    return Array.isArray(value) ? entries.map(([, item]) => item) : Object.fromEntries(entries);
  };
  for (const key of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (!descriptor || !("value" in descriptor)) continue;
    if (descriptor.value instanceof Error) {
      scrubSecrets(descriptor.value, present, depth + 1);
      continue;
    }
    const value = clean(descriptor.value, 0);
    if (value !== descriptor.value && descriptor.writable) Object.defineProperty(error, key, { ...descriptor, value });
  }
  return error;
}
