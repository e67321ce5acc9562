import fc from "fast-check";
import { createFinalURL } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../src/errors.js";
import { encodeRfc3986, pathSerializer, pathValueProblem, querySerializer } from "../src/serialize.js";

const JD_PATH = "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal";

describe("encodeRfc3986", () => {
  it.each([
    ["AZaz09-_.~", "AZaz09-_.~"],
    ["a b", "a%20b"],
    ["+0800", "%2B0800"],
    ["09:27:00", "09%3A27%3A00"],
    ["!'()*", "%21%27%28%29%2A"],
    ["a/b?c#d&e=f", "a%2Fb%3Fc%23d%26e%3Df"],
    ["100%", "100%25"],
    ["ü", "%C3%BC"],
    ["日志", "%E6%97%A5%E5%BF%97"],
    ["😀", "%F0%9F%98%80"],
    ["", ""],
  ])("%j → %j", (input, output) => {
    expect(encodeRfc3986(input)).toBe(output);
  });

  it("leaves only unreserved characters and uppercase %XX, and decodes back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const encoded = encodeRfc3986(value);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(value);
      }),
    );
  });
});

describe("pathSerializer", () => {
  it("encodes the JD custom-method colon and keeps the origin and port", () => {
    const url = pathSerializer(`https://rds.jdcloud-api.com:8443${JD_PATH}`, {
      regionId: "cn-north-1",
      instanceId: "mysql-k7v3xq9z2p",
      logId: "5c3a2f1e-mysql-error-log-20230724",
    });
    expect(url).toBe(
      "https://rds.jdcloud-api.com:8443/v1/regions/cn-north-1/instances/mysql-k7v3xq9z2p/log/5c3a2f1e-mysql-error-log-20230724%3AupdateLogDownloadURLInternal",
    );
  });

  it("encodes every special character of a value so it stays one segment", () => {
    const url = pathSerializer("https://h/x/{id}/y", { id: "?a=1#f :+%2e'()ü" });
    expect(url).toBe("https://h/x/%3Fa%3D1%23f%20%3A%2B%252e%27%28%29%C3%BC/y");
    // The URL parser (and so fetch) keeps it exactly: same path, no query, no fragment.
    const parsed = new URL(url);
    expect([parsed.pathname, parsed.search, parsed.hash]).toEqual(["/x/%3Fa%3D1%23f%20%3A%2B%252e%27%28%29%C3%BC/y", "", ""]);
  });

  it("stringifies numbers and works on a path without origin", () => {
    expect(pathSerializer("/v2/{n}/z", { n: 42 })).toBe("/v2/42/z");
  });

  it.each([
    [{}, 'path parameter "id" is required'],
    [{ id: ".." }, 'path parameter "id" must not be "." or ".." (also percent-encoded)'],
    [{ id: "a/b" }, 'path parameter "id" must not contain "/" or "\\"'],
    [{ id: "" }, 'path parameter "id" must not be empty'],
  ])("rejects %j", (params, message) => {
    expect(() => pathSerializer("https://h/x/{id}", params)).toThrowError(new InvalidParameterError("id", message));
  });

  it("is what openapi-fetch uses to build the URL", () => {
    const url = createFinalURL(JD_PATH, {
      baseUrl: "https://rds.jdcloud-api.com",
      params: { path: { regionId: "cn-east-2", instanceId: "i d", logId: "l" }, query: { a: "x+y" } },
      pathSerializer,
      querySerializer,
    });
    expect(url).toBe("https://rds.jdcloud-api.com/v1/regions/cn-east-2/instances/i%20d/log/l%3AupdateLogDownloadURLInternal?a=x%2By");
  });
});

describe("pathValueProblem", () => {
  it.each([".", "..", "%2e", "%2E%2e", ".%2E", "", "a/b", "..\\x", "a\u0000", "a\nb", "\u007f"])("rejects %j", (value) => {
    expect(pathValueProblem(value)).toBeTypeOf("string");
  });
  it.each(["...", "a.b", ".hidden", "%2e%2e%2e", "a%2fb", "?x", "#", "a b"])("accepts %j (it is encoded into one segment)", (value) => {
    expect(pathValueProblem(value)).toBeUndefined();
  });
});

describe("querySerializer", () => {
  it("encodes strictly, stringifies, skips undefined and null, repeats arrays", () => {
    expect(
      querySerializer({
        start_time: "2023-07-24T09:27:00+0800",
        name: "a b",
        limit: 10,
        verbose: false,
        skipped: undefined,
        nothing: null,
        "filters.1.values": ["x", "y z"],
        "k:ey": "v",
      }),
    ).toBe("start_time=2023-07-24T09%3A27%3A00%2B0800&name=a%20b&limit=10&verbose=false&filters.1.values=x&filters.1.values=y%20z&k%3Aey=v");
  });

  it("flattens an array of objects as JD Cloud's SDKs do: 1-based, arrays inside indexed too", () => {
    const filters = [
      { name: "logType", values: ["SLOW_LOG"], operator: "eq" },
      { name: "b c", values: ["x", "y+z"], operator: undefined },
    ];
    expect(querySerializer({ pageNumber: 1, filters })).toBe(
      "pageNumber=1&filters.1.name=logType&filters.1.values.1=SLOW_LOG&filters.1.operator=eq&filters.2.name=b%20c&filters.2.values.1=x&filters.2.values.2=y%2Bz",
    );
    expect(() => querySerializer({ filters: [{ name: { deep: 1 } }] })).toThrowError(
      new InvalidParameterError("filters.1.name", 'query parameter "filters.1.name" must be a primitive'),
    );
  });

  it("gives an empty string for no parameters and rejects objects", () => {
    expect(querySerializer({})).toBe("");
    expect(() => querySerializer({ filter: { a: 1 } })).toThrowError(new InvalidParameterError("filter", 'query parameter "filter" must be a primitive'));
  });
});
