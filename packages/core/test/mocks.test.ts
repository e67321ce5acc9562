import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../src/errors.js";
import { createMockHandlers, pathPattern } from "../src/mocks.js";
import { retryDelay } from "../src/retry.js";
import type { OperationSpec } from "../src/types.js";
import { createLink, dcsClient, INSTANCE_ID, jdClient, LOG_ID, listAuditLinks, PROJECT_ID, updateLogUrl } from "./fixtures.js";

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

describe("createMockHandlers: answers users shape", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const table = { createLink, listAuditLinks, updateLogUrl };
  const input = { instance_id: INSTANCE_ID, id: LOG_ID };

  it("per operation: a custom body, status and headers; the other operations keep the documented example", async () => {
    server.use(
      ...createMockHandlers(table, {
        answers: {
          createLink: { status: 202, body: { link: "https://mine.example/x.log" }, headers: { "x-request-id": "mine-1", "x-extra": "yes" } },
        },
      }),
    );
    const response = await fetch(`https://h/v2/${PROJECT_ID}/instances/i/redislog/l/links`, { method: "POST" });
    expect([response.status, response.headers.get("x-request-id"), response.headers.get("x-extra")]).toEqual([202, "mine-1", "yes"]);
    expect(await response.json()).toEqual({ link: "https://mine.example/x.log" });
    const other = await fetch("https://h/v1/regions/cn-north-1/instances/i/log/l:updateLogDownloadURLInternal", { method: "POST" });
    expect([other.status, await other.text()]).toEqual([200, ""]);
  });

  it("a status alone answers with that status's documented example; a string body is sent as it is; null sends none", async () => {
    server.use(
      ...createMockHandlers(
        { list: operations.list, refresh: operations.refresh, createLink },
        { answers: { refresh: { status: 404 }, list: { status: 502, body: "<html>Bad Gateway</html>" }, createLink: { body: null } } },
      ),
    );
    const refreshed = await fetch("https://h/v1/regions/r/log/x:refresh", { method: "POST" });
    expect([refreshed.status, await refreshed.json()]).toEqual([404, { error: { status: "NOT_FOUND" } }]);
    const listed = await fetch("https://h/v3/p/files");
    expect([listed.status, await listed.text()]).toEqual([502, "<html>Bad Gateway</html>"]);
    const created = await fetch(`https://h/v2/${PROJECT_ID}/instances/i/redislog/l/links`, { method: "POST" });
    expect([created.status, await created.text()]).toEqual([200, ""]);
  });

  it("an answer chosen from the request's input: path, query and header parameters and body properties by name", async () => {
    const seen: unknown[] = [];
    server.use(
      ...createMockHandlers(table, {
        answers: {
          listAuditLinks: ({ input: received }) => {
            seen.push(received);
            return received.node_id === "missing" ? { status: 404, body: { error_code: "DBS.200823", error_msg: "no node" } } : { body: { files: [] } };
          },
          updateLogUrl: async ({ input: received, request }) => {
            seen.push(received);
            expect(request.method).toBe("POST");
            return { body: { result: { publicURL: `https://s3.example/${received.logId}?seconds=${received.seconds}` } } };
          },
        },
      }),
    );
    const audit = dcsClient({ maxRetries: 0 });
    await expect(
      audit.call(listAuditLinks, { instance_id: "in 07", node_id: "n1", start_time: "s", end_time: "e", limit: 5, "X-Language": "en-us" }),
    ).resolves.toEqual({ files: [] });
    const error = await audit.call(listAuditLinks, { instance_id: "i", node_id: "missing", start_time: "s", end_time: "e" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "DBS.200823" });
    await expect(jdClient({ maxRetries: 0 }).call(updateLogUrl, { instanceId: "pg-1", logId: "log:1", seconds: 60 })).resolves.toEqual({
      result: { publicURL: "https://s3.example/log:1?seconds=60" },
    });
    expect(seen).toEqual([
      { project_id: PROJECT_ID, instance_id: "in 07", node_id: "n1", limit: "5", start_time: "s", end_time: "e", "X-Language": "en-us" },
      { project_id: PROJECT_ID, instance_id: "i", node_id: "missing", start_time: "s", end_time: "e" },
      { regionId: "cn-north-1", instanceId: "pg-1", logId: "log:1", seconds: 60 },
    ]);
  });

  it("an answer function returning undefined gives the default answer; a Response is sent as it is", async () => {
    let calls = 0;
    server.use(
      ...createMockHandlers(table, {
        answers: { createLink: () => (++calls === 1 ? Response.error() : undefined) },
      }),
    );
    const client = dcsClient({ maxRetries: 0 });
    await expect(client.call(createLink, input)).rejects.toMatchObject({ name: "ConnectionError" });
    await expect(client.call(createLink, input)).resolves.toEqual(createLink.responses["200"].example);
  });

  it("instantRetries: 429 and 5xx answers carry retry-after: 0, which the client's retry honours (no backoff)", async () => {
    let calls = 0;
    server.use(
      ...createMockHandlers(table, {
        instantRetries: true,
        answers: { createLink: () => (++calls <= 2 ? { status: calls === 1 ? 503 : 429 } : undefined) },
      }),
    );
    const first = await dcsClient({ maxRetries: 0 })
      .call(createLink, input)
      .catch((caught: unknown) => caught);
    expect(first).toMatchObject({ status: 503, headers: { "retry-after": "0" } });
    expect(retryDelay(1, first)).toBe(0);
    // Retried at once through a 429 to the documented answer.
    await expect(dcsClient({ maxRetries: 2 }).call(createLink, input)).resolves.toEqual(createLink.responses["200"].example);
    expect(calls).toBe(3);
  });

  it("instantRetries leaves 2xx/4xx answers and an answer's own Retry-After alone; off by default", async () => {
    const statuses = [200, 404, 500, 500];
    let call = 0;
    const answer = () => {
      const status = statuses[call++]!;
      return call === 4 ? { status, headers: { "Retry-After": "7" } } : { status };
    };
    server.use(...createMockHandlers(table, { instantRetries: true, answers: { createLink: answer } }));
    const url = `https://h/v2/${PROJECT_ID}/instances/i/redislog/l/links`;
    const retryAfter = [];
    for (let index = 0; index < 4; index++) retryAfter.push((await fetch(url, { method: "POST" })).headers.get("retry-after"));
    expect(retryAfter).toEqual([null, null, "0", "7"]);
    server.resetHandlers(...createMockHandlers(table, { status: undefined, answers: { createLink: { status: 503 } } }));
    expect((await fetch(url, { method: "POST" })).headers.get("retry-after")).toBeNull();
  });

  it("refuses an answer for an operation the table does not have, and a status outside 200..599", () => {
    expect(() => createMockHandlers(table, { answers: { createLinks: {} } as never })).toThrow(
      "answers: no operation createLinks (operations: createLink, listAuditLinks, updateLogUrl)",
    );
    expect(() => createMockHandlers(table, { answers: { createLink: { status: 99 } } })).toThrow("createLink: status 99 is not an HTTP status from 200 to 599");
  });
});
