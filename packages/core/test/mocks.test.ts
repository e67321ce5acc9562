import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockHandlers, pathPattern } from "../src/mocks.js";
import type { OperationSpec } from "../src/types.js";

const operations = {
  refresh: {
    operationId: "refresh",
    method: "POST",
    path: "/v1/regions/{regionId}/log/{logId}:refresh",
    parameters: [],
    body: true,
    responses: { "200": { example: { result: { url: "https://example.test/a.log" } } }, "404": { example: { error: { status: "NOT_FOUND" } } } },
  },
  list: {
    operationId: "list",
    method: "GET",
    path: "/v3/{project_id}/files",
    parameters: [],
    body: false,
    responses: {
      "200": { example: { files: [] } },
      "500": { example: null },
      default: { example: { error_code: "APIGW.0308", error_msg: "The request throttling threshold has been reached", request_id: "r-1" } },
    },
  },
} as const satisfies Record<string, OperationSpec>;

describe("pathPattern", () => {
  const pattern = pathPattern(operations.refresh.path);

  it("matches any origin, one segment per parameter, the literal colon raw or encoded", () => {
    expect(pattern.test("https://rds.jdcloud-api.com/v1/regions/cn-north-1/log/abc%3Arefresh")).toBe(true);
    expect(pattern.test("http://127.0.0.1:8080/v1/regions/cn-north-1/log/abc:refresh")).toBe(true);
  });

  it("rejects other paths", () => {
    expect(pattern.test("https://h/v1/regions/cn-north-1/log/a/b:refresh")).toBe(false);
    expect(pattern.test("https://h/v1/regions/cn-north-1/log/abc:refreshX")).toBe(false);
    expect(pattern.test("https://h/v1/regions//log/abc:refresh")).toBe(false);
  });
});

describe("createMockHandlers", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("answers each operation with its documented 2xx example", async () => {
    server.use(...createMockHandlers(operations));
    const refreshed = await fetch("https://any.host/v1/regions/cn-north-1/log/x%3Arefresh", { method: "POST" });
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toEqual({ result: { url: "https://example.test/a.log" } });
    const listed = await fetch("https://other.host/v3/p/files");
    expect(await listed.json()).toEqual({ files: [] });
  });

  it("answers with the example of the status asked for, an empty body where none is documented", async () => {
    server.use(...createMockHandlers({ list: operations.list }, { status: 500 }));
    const response = await fetch("https://any.host/v3/p/files");
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("");
  });

  it("answers an undocumented status with the default response, keeping its request id", async () => {
    server.use(...createMockHandlers({ list: operations.list }, { status: 429 }));
    const response = await fetch("https://any.host/v3/p/files");
    expect(response.status).toBe(429);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(await response.json()).toEqual(operations.list.responses.default.example);
  });

  it("refuses a status the operation does not document, with no default", () => {
    expect(() => createMockHandlers(operations, { status: 418 })).toThrow("refresh documents no 418 response (documented: 200, 404)");
  });
});
