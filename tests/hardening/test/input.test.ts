// No input can change the request's host, path or method: every string parameter of every
// operation, and the client options that shape the URL, under hostile strings. Each value is either
// refused with InvalidParameterError before any request, or received by a real server exactly
// where it belongs, with a signature that still verifies.
import { InvalidParameterError } from "@loglink/core";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { createOtcRdsClient } from "@loglink/otc-rds";
import { expectedHuaweiAuthorization, expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_INSTANCE, AUDIT_NODE, type Auth, audit, dcs, jdcloud, OTC_INSTANCE, otc, PROJECT_ID, WINDOW } from "./harness/clients.js";
import { ACCESS_KEY_ID, recordError, SECRET_KEY } from "./harness/secrets.js";
import { type RecordedRequest, startServer, type TestServer } from "./harness/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const RUNS = 120;

// Characters that mean something to a URL, a header or a parser.
const SPECIAL = [
  "/",
  "\\",
  ".",
  "..",
  "%",
  "%2e",
  "%2F",
  "?",
  "#",
  "&",
  "=",
  "+",
  " ",
  ":",
  "@",
  ";",
  ",",
  "'",
  '"',
  "<",
  ">",
  "`",
  "{",
  "}",
  "|",
  "^",
  "[",
  "]",
  "~",
  "$",
  "!",
  "*",
  "(",
  ")",
];
const CONTROL = ["\u0000", "\n", "\r", "\r\n", "\t", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u202e", "\u200b"];
const UNICODE = ["é", "ß", "日本語", "😀", "👩‍👩‍👧", "Ａ", "\u0301", "ﬁ", "\ud800", "\udfff", "\ud83d"];
const NASTY = [
  "",
  ".",
  "..",
  "...",
  "%2e",
  "%2e%2e",
  "%2E.",
  ".%2E",
  "%252e%252e",
  "a/b",
  "../x",
  "..\\x",
  "a\\b",
  "/",
  "//evil.example/x",
  "http://evil.example/",
  "@evil.example",
  "?x=1",
  "#frag",
  "a?b",
  "a#b",
  "%",
  "%%",
  "%zz",
  "%00",
  "%0d%0a",
  "a b",
  " a",
  "a ",
  "+",
  "a+b",
  "a:b",
  "x\r\nHost: evil.example",
  "x\nX-Injected: 1",
  "\u0000",
  "é",
  "😀",
  "\ud800",
  "x".repeat(10_000),
  "日".repeat(3_000),
];

const piece = fc.oneof(fc.constantFrom(...SPECIAL, ...CONTROL, ...UNICODE), fc.string({ unit: "grapheme-ascii", maxLength: 6 }));
/** Hostile strings: fixed nasty values, mixes of URL syntax, control and non-ASCII characters, raw UTF-16 units, very long strings. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1_000, maxLength: 20_000 }) },
);
/** Valid values with hostile ones mixed in, so both outcomes are exercised. */
const withValid = (pattern: string) => fc.oneof({ weight: 1, arbitrary: fc.stringMatching(new RegExp(pattern)) }, { weight: 2, arbitrary: hostile });

const STRICT_SEGMENT = /^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/;

function signedHeaders(request: RecordedRequest): Record<string, string> {
  const names = /SignedHeaders=([^,\s]+)/.exec(request.headers.authorization ?? "")?.[1]?.split(";") ?? [];
  return Object.fromEntries(names.map((name) => [name, request.headers[name] ?? ""]));
}

interface Target {
  name: string;
  location: "path" | "query" | "header" | "option";
  values: fc.Arbitrary<string>;
  send: (value: string) => Promise<unknown>;
  method: "GET" | "POST";
  /** the path template with `{}` where the value goes */
  path: (value: string) => string;
  /** expected query (decoded) */
  query?: (value: string) => Record<string, string>;
  header?: string;
  signing?: "huawei" | "jdcloud";
}

const auditPath = `/v3/${PROJECT_ID}/instance/${AUDIT_INSTANCE}/auditlog/download-link`;
const window = { ...WINDOW };

/** A query parameter of the audit call: on the fixed path, beside the time window, signed unless by token. */
const auditQuery = (name: "last_file_name" | "node_id" | "start_time" | "end_time", values: fc.Arbitrary<string>, auth: Auth): Target => ({
  name: `huawei-audit ${name}`,
  location: "query",
  values,
  send: (value) => audit(server.origin, auth, { maxRetries: 0 }).listAuditLogDownloadLink({ instance_id: AUDIT_INSTANCE, ...window, [name]: value }),
  method: "GET",
  path: () => auditPath,
  query: (value) => ({ ...window, [name]: value }),
  ...(auth !== "token" && { signing: "huawei" as const }),
});
// A real time in the documented form (the client refuses impossible dates, and re-writes other
// forms): sent exactly as given.
const documentedTime = fc
  .tuple(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }), fc.integer({ min: -12, max: 14 }))
  .map(
    ([date, hours]) =>
      `${new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19)}${hours < 0 ? "-" : "+"}${String(Math.abs(hours)).padStart(2, "0")}00`,
  );
const withValidTime = fc.oneof({ weight: 1, arbitrary: documentedTime }, { weight: 2, arbitrary: hostile });
// Path parameters have no pattern: only what would change the path is refused.
const PATH_SAFE = "^[^/]+$";

const targets: Target[] = [
  {
    name: "jdcloud-rds regionId",
    location: "path",
    values: withValid("^[a-z]{2}-[a-z]+-[0-9]+$"),
    send: (value) => jdcloud(server.origin, { maxRetries: 0 }).updateLogDownloadURLInternal({ regionId: value, instanceId: "pg-1", logId: "l", seconds: 60 }),
    method: "POST",
    path: (value) => `/v1/regions/${value}/instances/pg-1/log/l:updateLogDownloadURLInternal`,
    signing: "jdcloud",
  },
  {
    name: "jdcloud-rds instanceId",
    location: "path",
    values: withValid("^[^/]+$"),
    send: (value) => jdcloud(server.origin, { maxRetries: 0 }).updateLogDownloadURLInternal({ instanceId: value, logId: "l", seconds: 60 }),
    method: "POST",
    path: (value) => `/v1/regions/cn-north-1/instances/${value}/log/l:updateLogDownloadURLInternal`,
    signing: "jdcloud",
  },
  {
    name: "jdcloud-rds logId",
    location: "path",
    values: withValid("^[^/]+$"),
    send: (value) => jdcloud(server.origin, { maxRetries: 0 }).updateLogDownloadURLInternal({ instanceId: "pg-1", logId: value, seconds: 60 }),
    method: "POST",
    path: (value) => `/v1/regions/cn-north-1/instances/pg-1/log/${value}:updateLogDownloadURLInternal`,
    signing: "jdcloud",
  },
  {
    name: "otc-rds instance_id",
    location: "path",
    values: withValid(PATH_SAFE),
    send: (value) => otc(server.origin, "aksk", { maxRetries: 0 }).downloadErrorlog({ instance_id: value }),
    method: "POST",
    path: (value) => `/v3/${PROJECT_ID}/instances/${value}/errorlog-download`,
    signing: "huawei",
  },
  {
    name: "huawei-dcs instance_id",
    location: "path",
    values: withValid(PATH_SAFE),
    send: (value) => dcs(server.origin, "temporary", { maxRetries: 0 }).createRedislogDownloadLink({ instance_id: value, id: "log-1" }),
    method: "POST",
    path: (value) => `/v2/${PROJECT_ID}/instances/${value}/redislog/log-1/links`,
    signing: "huawei",
  },
  {
    name: "huawei-dcs id",
    location: "path",
    values: withValid(PATH_SAFE),
    send: (value) => dcs(server.origin, "token", { maxRetries: 0 }).createRedislogDownloadLink({ instance_id: "i-1", id: value }),
    method: "POST",
    path: (value) => `/v2/${PROJECT_ID}/instances/i-1/redislog/${value}/links`,
  },
  {
    name: "huawei-audit instance_id",
    location: "path",
    values: withValid(PATH_SAFE),
    send: (value) => audit(server.origin, "aksk", { maxRetries: 0 }).listAuditLogDownloadLink({ instance_id: value, ...window }),
    method: "GET",
    path: (value) => `/v3/${PROJECT_ID}/instance/${value}/auditlog/download-link`,
    query: () => window,
    signing: "huawei",
  },
  auditQuery("last_file_name", hostile, "temporary"),
  auditQuery("node_id", hostile, "aksk"),
  auditQuery("start_time", withValidTime, "token"),
  auditQuery("end_time", withValidTime, "aksk"),
  {
    name: "huawei-audit X-Language",
    location: "header",
    values: fc.oneof(fc.constantFrom("en-us", "zh-cn"), hostile),
    send: (value) => audit(server.origin, "aksk", { maxRetries: 0 }).listAuditLogDownloadLink({ instance_id: AUDIT_INSTANCE, ...window, "X-Language": value }),
    method: "GET",
    path: () => auditPath,
    query: () => window,
    header: "x-language",
    signing: "huawei",
  },
  {
    name: "otc-rds X-Language",
    location: "header",
    values: fc.oneof(fc.constantFrom("en-us", "de-de"), hostile),
    send: (value) => otc(server.origin, "aksk", { maxRetries: 0 }).downloadErrorlog({ instance_id: OTC_INSTANCE, "X-Language": value }),
    method: "POST",
    path: () => `/v3/${PROJECT_ID}/instances/${OTC_INSTANCE}/errorlog-download`,
    header: "x-language",
    signing: "huawei",
  },
  {
    name: "client option projectId",
    location: "option",
    values: withValid("^[a-zA-Z0-9]{32}$"),
    send: (value) =>
      createHuaweiDcsClient({ endpoint: server.origin, projectId: value, credentials: { token: "t" }, maxRetries: 0 }).createRedislogDownloadLink({
        instance_id: "i",
        id: "l",
      }),
    method: "POST",
    path: (value) => `/v2/${value}/instances/i/redislog/l/links`,
  },
  {
    name: "client option region (with endpoint)",
    location: "option",
    values: withValid("^[a-z]{2}-[a-z]+-[0-9]$"),
    send: (value) =>
      createOtcRdsClient({ endpoint: server.origin, region: value, projectId: PROJECT_ID, credentials: { token: "t" }, maxRetries: 0 }).downloadErrorlog({
        instance_id: OTC_INSTANCE,
      }),
    method: "POST",
    path: () => `/v3/${PROJECT_ID}/instances/${OTC_INSTANCE}/errorlog-download`,
  },
];

function check(target: Target, value: string, request: RecordedRequest) {
  expect(request.method).toBe(target.method);
  expect(request.headers.host).toBe(`127.0.0.1:${server.port}`);
  const [rawPath = "", ...rest] = request.target.split("?");
  const rawQuery = rest.join("?");
  const segments = rawPath.split("/");
  for (const segment of segments) expect(segment).toMatch(STRICT_SEGMENT);
  expect(segments.map((segment) => decodeURIComponent(segment))).toEqual(target.path(value).split("/"));
  // As a gateway reads it, `+` as a space included: values must still come out byte for byte.
  const received = [...new URLSearchParams(rawQuery)].sort();
  expect(received).toEqual(Object.entries(target.query?.(value) ?? {}).sort());
  if (target.header) expect(request.headers[target.header]).toBe(value);
  const url = `http://127.0.0.1:${server.port}${request.target}`;
  if (target.signing === "huawei") {
    const expected = expectedHuaweiAuthorization(
      { method: request.method, url, headers: signedHeaders(request), body: request.body },
      ACCESS_KEY_ID,
      SECRET_KEY,
    );
    expect(request.headers.authorization).toBe(expected);
  } else if (target.signing === "jdcloud") {
    const regionId = decodeURIComponent(segments[3]!);
    const expected = expectedJdcloudAuthorization(
      { method: request.method, url, headers: signedHeaders(request), body: request.body },
      ACCESS_KEY_ID,
      SECRET_KEY,
      regionId,
      "rds",
    );
    expect(request.headers.authorization).toBe(expected);
  }
}

describe("hostile strings in every parameter", () => {
  for (const target of targets) {
    it(`${target.name} (${target.location}): refused before sending, or received exactly`, async () => {
      let refused = 0;
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(target.values, async (value) => {
          server.reset();
          let outcome: unknown;
          try {
            outcome = await target.send(value);
          } catch (error) {
            recordError(error);
            if (!(error instanceof InvalidParameterError)) throw error;
            expect(server.requests).toEqual([]);
            refused++;
            return;
          }
          expect(outcome).toEqual({});
          expect(server.requests).toHaveLength(1);
          check(target, value, server.requests[0]!);
          sent++;
        }),
        { numRuns: RUNS },
      );
      // Both outcomes must have been exercised, or the property proved little.
      expect(refused).toBeGreaterThan(0);
      expect(sent).toBeGreaterThan(0);
    });
  }
});

describe("query values round trip byte for byte", () => {
  it.each(["a+b", "a b", "a:b", "2024-01-01T00:00:00+0800", "日本語 😀", "%2B%20", "a=b&c=d", "?#", "~!*'()", "\t\n"])("last_file_name %j", async (value) => {
    server.reset();
    await audit(server.origin, "aksk", { maxRetries: 0 }).listAuditLogDownloadLink({
      instance_id: AUDIT_INSTANCE,
      ...window,
      last_file_name: value,
      node_id: AUDIT_NODE,
    });
    const query = new URLSearchParams(server.requests[0]!.target.split("?")[1]);
    expect(query.get("last_file_name")).toBe(value);
    expect(Buffer.from(query.get("last_file_name")!, "utf8")).toEqual(Buffer.from(value, "utf8"));
  });
});

describe("the endpoint option", () => {
  it("only ever takes a bare http(s) origin", async () => {
    let refused = 0;
    let called = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          hostile.map((text) => `${server.origin}${text}`),
          fc.constantFrom(
            server.origin,
            `${server.origin}/x`,
            `${server.origin}?a`,
            `${server.origin}#a`,
            `http://u:p@127.0.0.1:${server.port}`,
            `file:///etc/passwd`,
            `javascript:alert(1)`,
            `${server.origin}/`,
          ),
        ),
        async (endpoint) => {
          server.reset();
          let client: ReturnType<typeof createHuaweiDcsClient>;
          try {
            client = createHuaweiDcsClient({ endpoint, projectId: PROJECT_ID, credentials: { token: "t" }, maxRetries: 0, timeoutMs: 1_000 });
          } catch (error) {
            recordError(error);
            expect(error).toBeInstanceOf(InvalidParameterError);
            refused++;
            return;
          }
          // Accepted: a bare http(s) origin, nothing that could add a path, query or credentials.
          const url = new URL(endpoint);
          expect(["http:", "https:"]).toContain(url.protocol);
          expect(`${url.pathname}${url.search}${url.hash}${url.username}${url.password}`).toBe("/");
          expect(endpoint).not.toMatch(/[?#]/);
          if (url.origin !== server.origin) return; // a real host: never contacted by the suite
          expect(await client.createRedislogDownloadLink({ instance_id: "i", id: "l" })).toEqual({});
          expect(server.requests.map((request) => request.target)).toEqual([`/v2/${PROJECT_ID}/instances/i/redislog/l/links`]);
          called++;
        },
      ),
      { numRuns: RUNS },
    );
    // Both outcomes must have been exercised, or the property proved little.
    expect(refused).toBeGreaterThan(0);
    expect(called).toBeGreaterThan(0);
  });
});

describe("the JD Cloud body", () => {
  it("seconds: refused outside the documented integers 1..86400, sent as exactly that integer inside", async () => {
    const documented = (seconds: number) => Number.isInteger(seconds) && seconds >= 1 && seconds <= 86_400;
    let refused = 0;
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer(), fc.integer({ min: 1, max: 86_400 }), fc.double(), fc.constantFrom(0, 1, 86_400, 86_401, -1, 1.5, Number.NaN, Infinity, 2 ** 53)),
        async (seconds) => {
          server.reset();
          try {
            await jdcloud(server.origin, { maxRetries: 0 }).updateLogDownloadURLInternal({ instanceId: "pg-1", logId: "l", seconds });
          } catch (error) {
            recordError(error);
            expect(error).toBeInstanceOf(InvalidParameterError);
            expect(documented(seconds), `${seconds} refused`).toBe(false);
            expect(server.requests).toEqual([]);
            refused++;
            return;
          }
          expect(documented(seconds), `${seconds} sent`).toBe(true);
          expect(server.requests).toHaveLength(1);
          expect(server.requests[0]!.body).toBe(`{"seconds":${seconds}}`);
          sent++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(0);
    expect(sent).toBeGreaterThan(0);
  });
});
