import { loadVectors, parseAuthorization } from "@loglink/test-support/vectors";
import { expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { describe, expect, it } from "vitest";
import { EMPTY_SHA256 } from "../src/signing/crypto.js";
import { signJdcloudParts, signJdcloudRequest } from "../src/signing/jdcloud.js";

const vectors = loadVectors("jdcloud-vectors.json");

describe("JD Cloud JDCLOUD2-HMAC-SHA256 official vectors", () => {
  it("has vectors to check", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(3);
  });

  for (const vector of vectors) {
    const { input, expected } = vector;
    const credentials = { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey };
    const options = { region: input.region!, service: input.service!, date: new Date(input.time), nonce: input.nonce! };

    it(`${vector.name}: canonical request, string to sign and signature`, async () => {
      const headers = new Headers(input.headers);
      const result = await signJdcloudParts({ method: input.method, url: input.url, headers, body: input.body }, credentials, options);
      const fromHeader = parseAuthorization(expected.headers.authorization!);
      expect(result.canonicalRequest).toBe(expected.canonicalRequest);
      expect(result.stringToSign).toBe(expected.stringToSign);
      expect(result.signedHeaders).toBe(expected.signedHeaders ?? fromHeader.signedHeaders);
      expect(result.signature).toBe(expected.signature ?? fromHeader.signature);
      expect(result.authorization).toBe(expected.headers.authorization);
    });

    it(`${vector.name}: signJdcloudRequest yields the wire headers`, async () => {
      const request = new Request(input.url, {
        method: input.method,
        headers: input.headers,
        body: input.body === "" ? undefined : new TextEncoder().encode(input.body),
      });
      const signed = await signJdcloudRequest(request, credentials, options);
      expect(Object.fromEntries(signed.headers)).toEqual(expected.headers);
      expect(signed.url).toBe(input.url);
      expect(await signed.text()).toBe(input.body);
    });
  }
});

describe("JD Cloud signing edge cases", () => {
  const credentials = { accessKeyId: "AK", secretAccessKey: "SK" };
  const options = { region: "cn-north-1", service: "rds", date: new Date("2024-02-29T23:59:59Z"), nonce: "n-1" };
  const sign = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}, opts = options) => {
    const headers = new Headers(init.headers);
    const result = await signJdcloudParts({ method: init.method ?? "GET", url, headers, body: init.body }, credentials, opts);
    const wire = { method: init.method ?? "GET", url, headers: Object.fromEntries(headers), body: init.body ?? "" };
    expect(result.authorization).toBe(expectedJdcloudAuthorization(wire, "AK", "SK", opts.region, opts.service));
    return { result, headers };
  };

  it("sorts repeated values by their encoded form, unlike Huawei", async () => {
    const { result } = await sign("https://rds.jdcloud-api.com/v1/x?k=~&k=%C3%BC&k=a%20b");
    // Encoded: %C3%BC < a%20b < ~ (raw order would be "a b" < "~" < "ü").
    expect(result.canonicalRequest.split("\n")[2]).toBe("k=%C3%BC&k=a%20b&k=~");
  });

  it("signs a raw : in a query value as %3A, + as %2B and keeps empty values", async () => {
    const { result } = await sign("https://rds.jdcloud-api.com/v1/x?startTime=2023-07-24T06:01:46Z&tz=%2B0800&empty=");
    expect(result.canonicalRequest.split("\n")[2]).toBe("empty=&startTime=2023-07-24T06%3A01%3A46Z&tz=%2B0800");
  });

  it("uses the wire path exactly as sent, colon encoded, no trailing slash added", async () => {
    const { result } = await sign("https://rds.jdcloud-api.com/v1/regions/cn-north-1/log/a%20b%3AdescribeLogs");
    expect(result.canonicalRequest.split("\n")[1]).toBe("/v1/regions/cn-north-1/log/a%20b%3AdescribeLogs");
  });

  it("collapses whitespace in header values, skips user-agent and signs host with its port", async () => {
    const { result } = await sign("https://rds.jdcloud-api.com:8443/v1/x", {
      headers: { "User-Agent": "JdcloudSdkNode/1.0.0  rds/1.1.6", "X-Extra": "a \t  b" },
    });
    expect(result.canonicalRequest).toBe(
      [
        "GET",
        "/v1/x",
        "",
        "host:rds.jdcloud-api.com:8443\nx-extra:a b\nx-jdcloud-date:20240229T235959Z\nx-jdcloud-nonce:n-1\n",
        "host;x-extra;x-jdcloud-date;x-jdcloud-nonce",
        EMPTY_SHA256,
      ].join("\n"),
    );
    expect(result.stringToSign.split("\n").slice(0, 3)).toEqual(["JDCLOUD2-HMAC-SHA256", "20240229T235959Z", "20240229/cn-north-1/rds/jdcloud2_request"]);
  });

  it("derives a new key for another day, region or service with the same credentials", async () => {
    const a = await sign("https://h/x");
    const b = await sign("https://h/x", {}, { ...options, date: new Date("2024-03-01T00:00:00Z") });
    const c = await sign("https://h/x", {}, { ...options, region: "cn-east-2" });
    const d = await sign("https://h/x", {}, { ...options, service: "vm" });
    expect(new Set([a, b, c, d].map(({ result }) => result.signature)).size).toBe(4);
    expect(b.result.stringToSign.split("\n")[2]).toBe("20240301/cn-north-1/rds/jdcloud2_request");
  });

  it("uses a fresh random UUID nonce by default", async () => {
    const headers = new Headers();
    await signJdcloudParts({ method: "GET", url: "https://h/", headers }, credentials, { region: "r", service: "s" });
    expect(headers.get("x-jdcloud-nonce")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(headers.get("x-jdcloud-date")).toMatch(/^\d{8}T\d{6}Z$/);
  });
});
