import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LogLinkError,
  MAX_ERROR_BODY_CHARS,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../src/index.js";

const init = (status: number, extra: Partial<ApiErrorInit> = {}): ApiErrorInit => ({
  status,
  provider: "otc-rds",
  operation: "downloadErrorlog",
  ...extra,
});

describe("ApiError.generate picks the subclass by status", () => {
  it.each([
    [400, BadRequestError, "BadRequestError"],
    [401, AuthenticationError, "AuthenticationError"],
    [403, PermissionDeniedError, "PermissionDeniedError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [429, RateLimitError, "RateLimitError"],
    [500, InternalServerError, "InternalServerError"],
    [502, InternalServerError, "InternalServerError"],
    [503, InternalServerError, "InternalServerError"],
    [599, InternalServerError, "InternalServerError"],
  ])("%i: %o", (status, type, name) => {
    const error = ApiError.generate(init(status, { code: "DBS.200045", message: "The DB instance does not exist.", requestId: "r-1" }));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(LogLinkError);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    // The same message, fields and redaction as ApiError's own constructor gives.
    const direct = new ApiError(init(status, { code: "DBS.200045", message: "The DB instance does not exist.", requestId: "r-1" }));
    expect([error.message, error.code, error.requestId, error.provider]).toEqual([direct.message, "DBS.200045", "r-1", "otc-rds"]);
    expect(String(error)).toBe(`${name}: ${direct.message}`);
    expect(error.toJSON()).toMatchObject({ name, status });
    expect(inspect(error)).toContain(`${name}: otc-rds downloadErrorlog: HTTP ${status}`);
  });

  it.each([0, 302, 304, 402, 405, 408, 410, 418, 422, 499])("%i has no subclass of its own: ApiError", (status) => {
    const error = ApiError.generate(init(status));
    expect(error.constructor).toBe(ApiError);
    expect(error.name).toBe("ApiError");
  });

  it("subclasses are told apart from each other", () => {
    expect(ApiError.generate(init(404))).not.toBeInstanceOf(BadRequestError);
    expect(ApiError.generate(init(429))).not.toBeInstanceOf(InternalServerError);
  });
});

describe("ApiError.body of a huge error page", () => {
  const header = new Headers({ "content-type": "text/html" });

  it(`is cut to MAX_ERROR_BODY_CHARS (${MAX_ERROR_BODY_CHARS}) characters and says so`, () => {
    const page = `<html>${"x".repeat(5 * 1024 * 1024)}</html>`;
    const error = ApiError.generate(init(502, { body: page, headers: header }));
    const body = error.body as string;
    expect(body.startsWith(`<html>${"x".repeat(100)}`)).toBe(true);
    expect(body).toBe(`${page.slice(0, MAX_ERROR_BODY_CHARS)}…[truncated: ${page.length} characters in all]`);
    expect(JSON.stringify(error).length).toBeLessThan(MAX_ERROR_BODY_CHARS + 2_000);
  });

  it("keeps a body at the bound whole", () => {
    const page = "y".repeat(MAX_ERROR_BODY_CHARS);
    expect(new ApiError(init(500, { body: page })).body).toBe(page);
  });

  it("keeps a JSON body parsed while its JSON text fits, and cuts the JSON text of one that does not", () => {
    const small = { error_code: "DBS.200045", error_msg: "The DB instance does not exist." };
    expect(new ApiError(init(404, { body: small })).body).toEqual(small);
    const huge = { error_code: "X", items: Array.from({ length: 20_000 }, (_, index) => ({ index, text: "z".repeat(10) })) };
    const body = new ApiError(init(500, { body: huge })).body as string;
    const text = JSON.stringify(huge);
    expect(body).toBe(`${text.slice(0, MAX_ERROR_BODY_CHARS)}…[truncated: ${text.length} characters in all]`);
  });

  it("bounds the provider's message in the error's message to 1000 characters", () => {
    const message = "m".repeat(50_000);
    const error = new ApiError(init(400, { code: "E", message }));
    expect(error.message).toBe(`otc-rds downloadErrorlog: HTTP 400 E: ${"m".repeat(1000)}…[truncated: 50000 characters in all]`);
  });
});
