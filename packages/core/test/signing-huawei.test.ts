import { createHash } from "node:crypto";
import { loadVectors, parseAuthorization } from "@loglink/test-support/vectors";
import { expectedHuaweiAuthorization } from "@loglink/test-support/verifier";
import { describe, expect, it } from "vitest";
import { EMPTY_SHA256 } from "../src/signing/crypto.js";
import { type HuaweiCredentials, signHuaweiParts, signHuaweiRequest } from "../src/signing/huawei.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const vectors = loadVectors("huawei-vectors.json");
// Added by the official SDK after signing (not signed, not ours to add).
const ADDED_AFTER_SIGNING = ["accept", "user-agent"];

describe("Huawei SDK-HMAC-SHA256 official vectors", () => {
  it("has vectors to check", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(4);
  });

  for (const vector of vectors) {
    const { input, expected } = vector;
    const credentials = { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey };
    const date = new Date(input.time);

    it(`${vector.name}: canonical request, string to sign and signature`, async () => {
      const headers = new Headers(input.headers);
      const result = await signHuaweiParts({ method: input.method, url: input.url, headers, body: input.body }, credentials, { date });
      const fromHeader = parseAuthorization(expected.headers.authorization!);
      expect(result.canonicalRequest).toBe(expected.canonicalRequest);
      expect(result.stringToSign).toBe(expected.stringToSign);
      expect(result.signedHeaders).toBe(expected.signedHeaders ?? fromHeader.signedHeaders);
      expect(result.signature).toBe(expected.signature ?? fromHeader.signature);
      expect(result.authorization).toBe(expected.headers.authorization);
    });

    it(`${vector.name}: signHuaweiRequest yields the wire headers`, async () => {
      // Bytes, not a string: a string body would make fetch add `content-type: text/plain`.
      const request = new Request(input.url, {
        method: input.method,
        headers: input.headers,
        body: input.body === "" ? undefined : new TextEncoder().encode(input.body),
      });
      const signed = await signHuaweiRequest(request, credentials, { date });
      const wire = Object.fromEntries(Object.entries(expected.headers).filter(([name]) => !ADDED_AFTER_SIGNING.includes(name) || name in input.headers));
      expect(Object.fromEntries(signed.headers)).toEqual(wire);
      expect(signed.url).toBe(input.url);
      expect(signed.method).toBe(input.method);
      expect(await signed.text()).toBe(input.body);
    });
  }
});

describe("Huawei signing edge cases", () => {
  const credentials: HuaweiCredentials = { accessKeyId: "AK", secretAccessKey: "SK" };
  const date = new Date("2024-02-29T23:59:59Z");
  const sign = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}, creds = credentials) => {
    const headers = new Headers(init.headers);
    const result = await signHuaweiParts({ method: init.method ?? "GET", url, headers, body: init.body }, creds, { date });
    const wire = { method: init.method ?? "GET", url, headers: Object.fromEntries(headers), body: init.body ?? "" };
    // An independent implementation (node:crypto) must agree with what went on the wire.
    expect(result.authorization).toBe(expectedHuaweiAuthorization(wire, creds.accessKeyId, creds.secretAccessKey));
    return { result, headers };
  };

  it("sorts keys and repeated raw values, encodes space, unicode, + and : strictly, keeps empty values", async () => {
    const { result } = await sign("https://h.example.com:8443/v1/x?b=2&a=%E6%97%A5&a=%2B&c=&d=09%3A00%2B0800&a=z%20y&a=~&e");
    expect(result.canonicalRequest).toBe(
      [
        "GET",
        "/v1/x/",
        "a=%2B&a=z%20y&a=~&a=%E6%97%A5&b=2&c=&d=09%3A00%2B0800&e=",
        "host:h.example.com:8443\nx-sdk-date:20240229T235959Z\n",
        "host;x-sdk-date",
        EMPTY_SHA256,
      ].join("\n"),
    );
    expect(result.stringToSign).toBe(`SDK-HMAC-SHA256\n20240229T235959Z\n${sha256(result.canonicalRequest)}`);
  });

  it("reads a raw + on the wire as a space, as the gateway does", async () => {
    const { result } = await sign("https://h/x?t=+0800");
    expect(result.canonicalRequest.split("\n")[2]).toBe("t=%200800");
  });

  it("adds the trailing slash only to the canonical URI: /x and /x/ sign the same", async () => {
    const one = await sign("https://h/v1/x");
    const two = await sign("https://h/v1/x/");
    expect(one.result.canonicalRequest.split("\n")[1]).toBe("/v1/x/");
    expect(two.result.signature).toBe(one.result.signature);
    expect((await sign("https://h/")).result.canonicalRequest.split("\n")[1]).toBe("/");
  });

  it("decodes each wire segment once and encodes it strictly", async () => {
    const { result } = await sign("https://h/v1/a%20b/%C3%BC/c:d/%2525/it's");
    expect(result.canonicalRequest.split("\n")[1]).toBe("/v1/a%20b/%C3%BC/c%3Ad/%2525/it%27s/");
  });

  it("signs the host with a non-default port only", async () => {
    expect((await sign("https://h.example.com:443/x")).headers.get("host")).toBe("h.example.com");
    expect((await sign("http://h.example.com:80/x")).headers.get("host")).toBe("h.example.com");
    expect((await sign("https://h.example.com:8443/x")).headers.get("host")).toBe("h.example.com:8443");
  });

  it("adds and signs X-Security-Token, signs every header but user-agent", async () => {
    const { result, headers } = await sign(
      "https://h/x",
      { method: "POST", headers: { "User-Agent": "ua/1", "X-Project-Id": "p1", "Content-Type": "application/json", "X-Language": "en-us" }, body: '{"a":1}' },
      { ...credentials, securityToken: "STS-TOKEN" },
    );
    expect(headers.get("x-security-token")).toBe("STS-TOKEN");
    expect(result.signedHeaders).toBe("content-type;host;x-language;x-project-id;x-sdk-date;x-security-token");
    expect(result.canonicalRequest.endsWith(`\n${sha256('{"a":1}')}`)).toBe(true);
  });

  it("uses X-Sdk-Content-Sha256 verbatim as the payload hash", async () => {
    const headers = new Headers({ "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" });
    const result = await signHuaweiParts({ method: "PUT", url: "https://h/x", headers, body: "ignored" }, credentials, { date });
    expect(result.canonicalRequest.split("\n").at(-1)).toBe("UNSIGNED-PAYLOAD");
    expect(result.signedHeaders).toBe("host;x-sdk-content-sha256;x-sdk-date");
  });

  it("keeps an X-Sdk-Date already on the request", async () => {
    const headers = new Headers({ "X-Sdk-Date": "20200101T000000Z" });
    const result = await signHuaweiParts({ method: "GET", url: "https://h/", headers }, credentials, { date });
    expect(result.stringToSign.split("\n")[1]).toBe("20200101T000000Z");
  });

  it("re-imports the key when the secret of the same credentials object changes", async () => {
    const creds = { accessKeyId: "AK", secretAccessKey: "first" };
    const first = await sign("https://h/x", {}, creds);
    creds.secretAccessKey = "second";
    const second = await sign("https://h/x", {}, creds);
    expect(second.result.signature).not.toBe(first.result.signature);
  });

  it("signHuaweiRequest hashes the exact body bytes and keeps the body", async () => {
    const body = new TextEncoder().encode('{"seconds":3600}');
    const signed = await signHuaweiRequest(new Request("https://h/x", { method: "POST", body }), credentials, { date });
    expect(await signed.text()).toBe('{"seconds":3600}');
    expect(signed.headers.get("authorization")).toBe(
      expectedHuaweiAuthorization({ method: "POST", url: "https://h/x", headers: Object.fromEntries(signed.headers), body: '{"seconds":3600}' }, "AK", "SK"),
    );
  });
});
