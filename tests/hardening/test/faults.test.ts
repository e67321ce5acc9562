// Failing networks and misbehaving gateways, against a real server: each fault ends in the right
// typed error after the right number of attempts, with no timer, socket or rejection left behind.
import type { Socket } from "node:net";
import { inspect } from "node:util";
import { AbortError, ApiError, ConnectionError, InvalidResponseError, TimeoutError } from "@loglink/core";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { operationNames, operations, PROJECT_ID } from "./harness/clients.js";
import { failure, presignedLink } from "./harness/secrets.js";
import { closedPort, eventually, sendJson, startServer, type TestServer } from "./harness/server.js";

let server: TestServer;
let other: TestServer;
/** server-side sockets of requests the handler left hanging: the client must close each */
let held: Socket[] = [];

beforeAll(async () => {
  server = await startServer();
  other = await startServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.reset();
  other.reset();
  held = [];
  // Zero backoff: retry counts are tested, not the jitter (retry.test.ts in core covers that).
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(await eventually(() => held.every((socket) => socket.destroyed)), "a hanging request's socket stayed open").toBe(true);
});

const html = (status: number) => `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1><p>nginx</p></body></html>`;
const retrying = { maxRetries: 2, timeoutMs: 2_000 };

describe.each(operationNames)("%s", (name) => {
  const call = (common = {}, signal?: AbortSignal) => operations[name](server.origin, { ...retrying, ...common }, signal);

  it.each([500, 502, 503, 504])("HTTP %i with an HTML body: ApiError after 1 + maxRetries attempts", async (status) => {
    server.handle((_request, response) => {
      response.writeHead(status, { "content-type": "text/html" }).end(html(status));
    });
    const error = (await failure(call())) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
    expect(error.body).toBe(html(status));
    expect(error.message).toMatch(new RegExp(`HTTP ${status}`));
  });

  it("429 until the retries run out: ApiError 429, every attempt made", async () => {
    server.handle((_request, response) => sendJson(response, 429, { error_code: "APIGW.0308", error_msg: "throttled" }, { "retry-after": "0" }));
    const error = (await failure(call({ maxRetries: 3 }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.attempts).toBe(4);
    expect(server.requests).toHaveLength(4);
  });

  it("connection refused: ConnectionError after 1 + maxRetries attempts", async () => {
    const port = await closedPort();
    const error = (await failure(operations[name](`http://127.0.0.1:${port}`, retrying))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(3);
  });

  it("connection reset in the middle of the body: ConnectionError, retried", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "2000" });
      response.write(`{"link": "${"x".repeat(500)}`, () => response.destroy());
    });
    const error = (await failure(call())) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it("reset before any header: ConnectionError, retried", async () => {
    server.handle((request) => {
      request.socket.destroy();
    });
    const error = (await failure(call())) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(3);
  });

  it("headers that never come: TimeoutError per attempt, the sockets closed", async () => {
    server.handle((request) => {
      held.push(request.socket);
    });
    const error = (await failure(call({ timeoutMs: 150, maxRetries: 1 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain("150 ms");
    expect(error.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("a body that stops halfway: TimeoutError, the sockets closed", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"status": "fin');
    });
    const error = (await failure(call({ timeoutMs: 150, maxRetries: 1 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(2);
  });

  it("a body that stops halfway, then the caller aborts: AbortError, no retry", async () => {
    const controller = new AbortController();
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"status": "fin', () => setTimeout(() => controller.abort(), 20));
    });
    const error = (await failure(call({ timeoutMs: 5_000 }, controller.signal))) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("abort during the backoff: AbortError at once, no further attempt", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.99);
    const controller = new AbortController();
    server.handle((_request, response) => {
      response.writeHead(503).end();
      setTimeout(() => controller.abort(), 30);
    });
    const started = Date.now();
    const error = (await failure(call({ maxRetries: 5 }, controller.signal))) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000); // bound on a hang only
  });

  it.each([
    ["truncated JSON", '{"link": "https://obs.example.com/x'],
    ["invalid JSON", "{link: nope}"],
    ["an HTML page", "<html>ok</html>"],
    ["a JSON array", "[1, 2]"],
    ["JSON null", "null"],
    ["a JSON string", '"ok"'],
    ["a JSON number", "42"],
  ])("a 2xx with %s: InvalidResponseError, not retried", async (_, body) => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    });
    const error = (await failure(call())) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.body).toBe(body);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["200, Content-Length 0", 200, { "content-length": "0" }],
    ["200, chunked, no bytes", 200, {}],
    ["204", 204, {}],
  ] as const)("an empty answer (%s): InvalidResponseError, not retried", async (_, status, headers) => {
    server.handle((_request, response) => {
      response.writeHead(status, headers).end();
    });
    const error = (await failure(call())) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it.each([301, 302, 303, 307, 308])("a %i redirect to another host: ApiError; the credentials do not follow", async (status) => {
    const target = presignedLink(other.origin, "/steal");
    server.handle((_request, response) => {
      response.writeHead(status, { location: target }).end();
    });
    const error = (await failure(call())) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(other.requests).toEqual([]);
    expect(error.message).toContain("not followed");
  });

  it("a 2xx body just under the 8 MiB bound is read whole", async () => {
    const link = "x".repeat((8 << 20) - 1000);
    server.handle((_request, response) => sendJson(response, 200, { link, status: "CREATING", files: [], result: {} }));
    const result = (await call()) as { link: string };
    // Compared as a boolean: a failed toBe would print both 8 MiB strings.
    expect(result.link.length).toBe(link.length);
    expect(result.link === link, "the link arrived altered").toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("a 2xx body over the 8 MiB bound: InvalidResponseError, not retried", async () => {
    const link = "x".repeat(8 << 20);
    server.handle((_request, response) => sendJson(response, 200, { link, status: "CREATING", files: [], result: {} }));
    const error = await failure(call());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain("is larger than 8388608 bytes (maxResponseBytes)");
    expect(server.requests).toHaveLength(1);
  });

  it("a very large error page: ApiError with a short message", async () => {
    const page = `<html>${"<p>gateway</p>".repeat(400_000)}</html>`;
    server.handle((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" }).end(page);
    });
    const error = (await failure(call({ maxRetries: 0 }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.message.length).toBeLessThan(300);
  });
});

describe("Retry-After", () => {
  const call = () => operations["huawei-dcs createRedislogDownloadLink"](server.origin, { maxRetries: 1, timeoutMs: 2_000 });
  const answers = (retryAfter: () => string) => {
    server.handle((_request, response) => {
      if (server.requests.length === 1) sendJson(response, 429, { error_code: "APIGW.0308", error_msg: "throttled" }, { "retry-after": retryAfter() });
      else sendJson(response, 200, { link: "https://obs.example.com/x" });
    });
  };
  it("in seconds: the retry waits that long, then succeeds", async () => {
    answers(() => "1");
    const started = Date.now();
    expect(await call()).toEqual({ link: "https://obs.example.com/x" });
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("as an HTTP date: the retry waits until then, then succeeds", async () => {
    answers(() => new Date(Date.now() + 2_000).toUTCString());
    const started = Date.now();
    expect(await call()).toEqual({ link: "https://obs.example.com/x" });
    expect(server.requests).toHaveLength(2);
    // The date has whole seconds: between 1 and 2 s from now.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("as a date in the past: retried at once", async () => {
    answers(() => new Date(Date.now() - 60_000).toUTCString());
    const started = Date.now();
    expect(await call()).toEqual({ link: "https://obs.example.com/x" });
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("garbage: falls back to the backoff", async () => {
    answers(() => "soon, maybe");
    const started = Date.now();
    expect(await call()).toEqual({ link: "https://obs.example.com/x" });
    expect(server.requests).toHaveLength(2);
    // Math.random is 0 here: the backoff is 0 ms, so nothing waited on the garbage.
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe("a misbehaving caller or gateway, beyond the network", () => {
  it("an error body nested 100,000 deep: the ApiError renders without overflowing the stack", async () => {
    server.handle((_request, response) => {
      response.writeHead(500, { "content-type": "application/json" }).end(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    });
    const error = await failure(operations["huawei-dcs createRedislogDownloadLink"](server.origin, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(() => [String(error), inspect(error, { depth: 10 }), JSON.stringify(error)]).not.toThrow();
  });

  it("a logger that throws changes neither the result nor the retries", async () => {
    server.handle((_request, response) => {
      if (server.requests.length === 1) response.writeHead(503).end();
      else sendJson(response, 200, { link: "https://obs.example.com/x" });
    });
    const client = createHuaweiDcsClient({
      endpoint: server.origin,
      projectId: PROJECT_ID,
      credentials: { token: "logger-test-token" },
      maxRetries: 1,
      logger: () => {
        throw new Error("log sink closed");
      },
    });
    expect(await client.createRedislogDownloadLink({ instance_id: "i", id: "l" })).toEqual({ link: "https://obs.example.com/x" });
    expect(server.requests).toHaveLength(2);
  });
});
