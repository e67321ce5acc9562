import { encodeRfc3986 } from "../serialize.js";

// Every request is signed with the current second: formatted once per second.
let lastSecond = Number.NaN;
let lastFormatted = "";

/** `YYYYMMDDTHHMMSSZ` in UTC, the date format of both signing schemes. */
export function formatSigningDate(date: Date | number): string {
  const time = typeof date === "number" ? date : date.getTime();
  const second = Math.floor(time / 1000);
  if (second !== lastSecond) {
    lastFormatted = new Date(time).toISOString().replace(/[-:]|\.\d{3}/g, "");
    lastSecond = second;
  }
  return lastFormatted;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` is kept and encoded as `%25`
  }
}

/** Each `/`-separated segment of a wire path decoded once, then strictly encoded. */
export function canonicalPath(pathname: string): string {
  // Only unreserved characters and `/`: decoding and encoding again changes nothing.
  if (/^[\w.~/-]*$/.test(pathname)) return pathname;
  return pathname
    .split("/")
    .map((segment) => encodeRfc3986(decodeSegment(segment)))
    .join("/");
}

/**
 * The canonical query of both schemes: decoded keys sorted by UTF-16 code units, keys and values
 * strictly encoded, `k=` for an empty value, one `k=v` per value of a repeated key. Huawei sorts
 * repeated values before encoding them, JD Cloud after.
 */
export function canonicalQuery(search: string, sortValues: "decoded" | "encoded"): string {
  if (search === "" || search === "?") return "";
  const values = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  const pairs: string[] = [];
  for (const key of [...values.keys()].sort()) {
    const list = values.get(key) ?? [];
    const encoded = sortValues === "decoded" ? list.sort().map(encodeRfc3986) : list.map(encodeRfc3986).sort();
    for (const value of encoded) pairs.push(`${encodeRfc3986(key)}=${value}`);
  }
  return pairs.join("&");
}

const byName = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The signed-headers list and canonical headers block of a signature: the headers lower-cased and
 * sorted as `Headers` iterates them, minus `excluded`, each value passed through `canonicalValue`,
 * with `host` (the URL's host, port included when not the default) when the headers do not carry
 * one: a browser silently drops a `host` header, but the value is still what goes on the wire.
 */
export function canonicalHeaders(
  headers: Headers,
  host: string,
  excluded: ReadonlySet<string>,
  canonicalValue: (value: string) => string = (value) => value,
): { signedHeaders: string; canonicalHeaders: string } {
  const entries: [string, string][] = [];
  let hasHost = false;
  let sorted = true;
  // Headers iterates sorted by name already: sorted again only when not (or `host` was added).
  for (const entry of headers) {
    if (excluded.has(entry[0])) continue;
    if (entry[0] === "host") hasHost = true;
    if (entries.length > 0 && entries[entries.length - 1]![0] > entry[0]) sorted = false;
    entries.push(entry);
  }
  if (!hasHost) entries.push(["host", host]);
  if (!(sorted && hasHost)) entries.sort(byName);
  let signedHeaders = "";
  let block = "";
  for (const [name, value] of entries) {
    signedHeaders += signedHeaders ? `;${name}` : name;
    block += `${name}:${canonicalValue(value)}\n`;
  }
  return { signedHeaders, canonicalHeaders: block };
}
