import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../src/errors.js";
import type { OperationSpec } from "../src/types.js";
import { validateInput } from "../src/validate.js";
import { createLink, listAuditLinks } from "./fixtures.js";

const operation = {
  operationId: "op",
  method: "GET",
  path: "/v1/{id}",
  parameters: [
    { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 8 } },
    { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50 } },
    { name: "ratio", in: "query", required: false, schema: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 } },
    { name: "flag", in: "query", required: false, schema: { type: "boolean" } },
    { name: "code", in: "query", required: false, schema: { type: "string", pattern: "^[a-z]{2}\\d$", minLength: 3 } },
    { name: "name", in: "query", required: true, schema: { type: "string", minLength: 2 } },
    { name: "lang", in: "header", required: false, schema: { type: "string", enum: ["en-us", "zh-cn"] } },
    { name: "size", in: "body", required: false, schema: { enum: [1, 2] } },
  ],
  body: true,
  responses: {},
} as const satisfies OperationSpec;

const valid = { id: "abc", name: "nm" };
const problem = (input: Record<string, unknown>) => {
  try {
    validateInput(operation, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError);
    return [(error as InvalidParameterError).parameter, (error as Error).message];
  }
  return undefined;
};

describe("validateInput", () => {
  it("accepts valid input, with optional parameters absent", () => {
    expect(problem(valid)).toBeUndefined();
    expect(problem({ ...valid, limit: 50, ratio: 0.5, flag: true, code: "ab1", lang: "zh-cn", size: 2 })).toBeUndefined();
    expect(problem({ ...valid, limit: undefined })).toBeUndefined();
  });

  it.each([
    [{ name: "nm" }, "id", 'op: "id" is required'],
    [{ id: "abc" }, "name", 'op: "name" is required'],
    [{ ...valid, name: "" }, "name", 'op: "name" must not be empty (got "")'],
    [{ ...valid, limt: 5 }, "limt", 'op: unknown parameter "limt" (known: id, limit, ratio, flag, code, name, lang, size)'],
    [{ ...valid, limit: "10" }, "limit", 'op: "limit" must be an integer (got "10")'],
    [{ ...valid, limit: 1.5 }, "limit", 'op: "limit" must be an integer (got 1.5)'],
    [{ ...valid, limit: 0 }, "limit", 'op: "limit" must be >= 1 (got 0)'],
    [{ ...valid, limit: 51 }, "limit", 'op: "limit" must be <= 50 (got 51)'],
    [{ ...valid, ratio: 0 }, "ratio", 'op: "ratio" must be > 0 (got 0)'],
    [{ ...valid, ratio: 1 }, "ratio", 'op: "ratio" must be < 1 (got 1)'],
    [{ ...valid, ratio: Number.NaN }, "ratio", 'op: "ratio" must be a finite number (got null)'],
    [{ ...valid, flag: "true" }, "flag", 'op: "flag" must be a boolean (got "true")'],
    [{ ...valid, code: "abc" }, "code", 'op: "code" must match /^[a-z]{2}\\d$/ (got "abc")'],
    [{ ...valid, code: "a1" }, "code", 'op: "code" must be at least 3 characters long (got "a1")'],
    [{ ...valid, id: "123456789" }, "id", 'op: "id" must be at most 8 characters long (got "123456789")'],
    [{ ...valid, lang: "de" }, "lang", 'op: "lang" must be one of "en-us", "zh-cn" (got "de")'],
    [{ ...valid, lang: "en-us\r\nX-Evil: 1" }, "lang", 'op: "lang" must be one of "en-us", "zh-cn" (got "en-us\\r\\nX-Evil: 1")'],
    [{ ...valid, size: 3 }, "size", 'op: "size" must be one of 1, 2 (got 3)'],
    [{ ...valid, size: [1] }, "size", 'op: "size" must be a string, number or boolean (got [1])'],
    [{ ...valid, name: null }, "name", 'op: "name" must be a string (got null)'],
    [{ ...valid, name: "a\ud800b" }, "name", 'op: "name" must be well-formed Unicode (got "a\\ud800b")'],
  ])("%j → %s", (input, parameter, message) => {
    expect(problem(input)).toEqual([parameter, message]);
  });

  it("counts code points for lengths", () => {
    expect(problem({ ...valid, id: "😀😀😀😀😀😀😀😀" })).toBeUndefined();
  });

  it("rejects a non-object input", () => {
    expect(problem(null as never)).toEqual(["input", "op: the input must be an object"]);
    expect(problem([] as never)).toEqual(["input", "op: the input must be an object"]);
  });

  it("rejects control characters in header values", () => {
    const header = { ...operation, parameters: [{ name: "h", in: "header", required: true, schema: { type: "string" } }] } as const;
    expect(() => validateInput(header, { h: "a\r\nb" })).toThrowError(
      new InvalidParameterError("h", 'op: "h" must not contain control characters (got "a\\r\\nb")'),
    );
  });

  it("refuses header values fetch could not send as given, and sends the rest", () => {
    const header = { ...operation, parameters: [{ name: "h", in: "header", required: true, schema: { type: "string" } }] } as const;
    expect(() => validateInput(header, { h: "日本語" })).toThrowError(
      new InvalidParameterError("h", 'op: "h" must not contain characters beyond Latin-1 (a header cannot carry them) (got "日本語")'),
    );
    expect(() => validateInput(header, { h: " en-us" })).toThrowError(
      new InvalidParameterError("h", 'op: "h" must not start or end with spaces (got " en-us")'),
    );
    for (const h of ["de-de", "é", "a b"]) expect(() => validateInput(header, { h })).not.toThrow();
  });
});

describe("path parameters cannot change the request's path, host or method", () => {
  const base = { project_id: "0483b6b16e954cb88930a360d2c4e663", id: "l" };
  it.each([
    ["../x", 'must not contain "/" or "\\"'],
    ["a/b", 'must not contain "/" or "\\"'],
    ["/", 'must not contain "/" or "\\"'],
    ["a\\b", 'must not contain "/" or "\\"'],
    ["..", 'must not be "." or ".." (also percent-encoded)'],
    [".", 'must not be "." or ".." (also percent-encoded)'],
    ["%2e%2e", 'must not be "." or ".." (also percent-encoded)'],
    ["%2E", 'must not be "." or ".." (also percent-encoded)'],
    ["", "must not be empty"],
    ["a\nb", "must not contain control characters"],
    ["a\u0000", "must not contain control characters"],
    ["\t", "must not contain control characters"],
  ])("rejects instance_id %j", (value, rule) => {
    expect(() => validateInput(createLink, { ...base, instance_id: value })).toThrowError(
      new InvalidParameterError("instance_id", `createRedislogDownloadLink: "instance_id" ${rule} (got ${JSON.stringify(value)})`),
    );
  });

  it.each(["?x", "#", "a b", "x:y", "%2f"])("accepts %j: it is percent-encoded into the one segment", (value) => {
    expect(() => validateInput(createLink, { ...base, instance_id: value })).not.toThrow();
  });

  it("applies the spec's pattern to the filled project_id", () => {
    expect(() => validateInput(createLink, { ...base, instance_id: "i", project_id: "PROJECT" })).toThrowError(
      new InvalidParameterError("project_id", 'createRedislogDownloadLink: "project_id" must match /^[0-9a-z]{32}$/ (got "PROJECT")'),
    );
  });

  it("does not reject valid real-world inputs", () => {
    expect(() =>
      validateInput(listAuditLinks, {
        project_id: "p",
        instance_id: "b2c4e6f8a0b24c6e8a0b2c4e6f8a0b2cin07",
        node_id: "n",
        start_time: "2023-07-24T09:27:00+0800",
        end_time: "2023-07-25T15:00:14+0800",
        limit: 10,
        "X-Language": "en-us",
      }),
    ).not.toThrow();
  });
});
