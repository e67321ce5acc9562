import { InvalidParameterError } from "./errors.js";

const UNRESERVED = /^[\w.~-]*$/;

/**
 * Percent-encodes `value` as UTF-8 with uppercase hex, leaving only the RFC 3986 unreserved
 * characters `A-Z a-z 0-9 - _ . ~` literal. Both signers require exactly this encoding.
 */
export function encodeRfc3986(value: string): string {
  if (UNRESERVED.test(value)) return value;
  // encodeURIComponent also leaves !'()* literal.
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A string or number as a string, anything else undefined. */
export const asString = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Why `value` cannot be a path segment, or undefined if it can. A URL parser resolves `.` and `..`
 * (also as `%2e`) and splits on `/` and `\`, so such values could move the request elsewhere.
 */
export function pathValueProblem(value: string): string | undefined {
  // Letters, digits, `_`, `-` and `~` only: nothing to object to.
  if (/^[\w~-]+$/.test(value)) return undefined;
  if (value === "") return "must not be empty";
  if (/[/\\]/.test(value)) return 'must not contain "/" or "\\"';
  if (CONTROL_CHARACTER.test(value)) return "must not contain control characters";
  if (/^(?:\.|%2e){1,2}$/i.test(value)) return 'must not be "." or ".." (also percent-encoded)';
  return undefined;
}

const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

/**
 * openapi-fetch `pathSerializer`: fills each `{param}` and strictly encodes every path segment,
 * template characters included (JD Cloud's custom-method `:` becomes `%3A`). The origin is kept.
 */
export function pathSerializer(url: string, pathParams: Record<string, unknown>): string {
  const origin = ORIGIN.exec(url)?.[0] ?? "";
  const template = url.slice(origin.length);
  let segments = templates.get(template);
  if (!segments) {
    // Each segment as literal text (encoded once, here) and parameter names in turn.
    segments = template.split("/").map((segment) => segment.split(/\{([^{}]+)\}/).map((part, i) => (i % 2 ? part : encodeRfc3986(part))));
    if (templates.size >= 256) templates.clear();
    templates.set(template, segments);
  }
  let path = origin;
  for (let s = 0; s < segments.length; s++) {
    const parts = segments[s]!;
    if (s > 0) path += "/";
    path += parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      const value = pathParams[name];
      if (value === undefined || value === null) throw new InvalidParameterError(name, `path parameter "${name}" is required`);
      const text = String(value);
      const problem = pathValueProblem(text);
      if (problem) throw new InvalidParameterError(name, `path parameter "${name}" ${problem}`);
      path += encodeRfc3986(text) + parts[i + 1];
    }
  }
  return path;
}

// Path templates split once: a client has a handful.
const templates = /* @__PURE__ */ new Map<string, string[][]>();

/**
 * openapi-fetch `querySerializer`: strict encoding (`+` → `%2B`, space → `%20`, `:` → `%3A`),
 * numbers and booleans stringified, arrays of primitives as repeated keys, undefined and null skipped.
 * An array of objects is flattened as JD Cloud's SDKs do it, with 1-based indices:
 * `filters.1.name=a&filters.1.values.1=b` (each field in the object's own order).
 */
export function querySerializer(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (typeof value === "object") throw new InvalidParameterError(name, `query parameter "${name}" must be a primitive`);
    pairs.push(`${encodeRfc3986(name)}=${encodeRfc3986(String(value))}`);
  };
  for (const [name, value] of Object.entries(query)) {
    if (!Array.isArray(value)) {
      add(name, value);
      continue;
    }
    for (const [i, item] of value.entries()) {
      if (typeof item !== "object" || item === null) {
        add(name, item);
        continue;
      }
      for (const [field, fieldValue] of Object.entries(item)) {
        if (!Array.isArray(fieldValue)) add(`${name}.${i + 1}.${field}`, fieldValue);
        else for (const [j, element] of fieldValue.entries()) add(`${name}.${i + 1}.${field}.${j + 1}`, element);
      }
    }
  }
  return pairs.join("&");
}
