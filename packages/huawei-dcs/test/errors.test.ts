import { inspect } from "node:util";
import * as core from "@loglink/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import * as dcsPackage from "../src/index.js";
import { ApiError, createHuaweiDcsClient } from "../src/index.js";
import { createHandlers } from "../src/mocks.js";
import { documented, examples, snapshot, token, useMsw } from "./support.js";

const { server, requests } = useMsw();
const PATH = "*/v2/:project_id/instances/:instance_id/redislog/:id/links";
const dcs = (options: { logger?: (line: string) => void } = {}) =>
  createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token }, maxRetries: 0, ...options });
const failure = async (options?: { logger?: (line: string) => void }) =>
  (await dcs(options)
    .createRedislogDownloadLink(documented.input)
    .catch((caught: unknown) => caught)) as ApiError;

const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
};

describe("documented errors", () => {
  it("covers every error status the spec documents, none with an example", () => {
    expect(Object.entries(examples).filter(([status]) => status !== "200")).toEqual(
      ["400", "401", "403", "404", "500"].map((status) => [status, { example: null }]),
    );
  });

  // The document lists the statuses but no error example (spec decision 10), so the documented
  // answer is the bare status: ApiError carries it, with no code or body.
  it.each([400, 401, 403, 404, 500] as const)("%i: ApiError with that status", async (status) => {
    server.use(...createHandlers({ status }));
    const error = await failure();

    expect(error).toBeInstanceOf(ApiError);
    expect({ status: error.status, code: error.code, body: error.body, provider: error.provider, attempts: error.attempts }).toEqual({
      status,
      code: undefined,
      body: undefined,
      provider: "huawei-dcs",
      attempts: 1,
    });
    expect(error.message).toBe(`huawei-dcs createRedislogDownloadLink: HTTP ${status} ${REASON[status]} (request id mock-createRedislogDownloadLink)`);
    expect(requests).toHaveLength(1);
  });
});

describe("the ErrorResponse envelope", () => {
  // Shaped as the spec's ErrorResponse schema; the document itself gives no error example.
  it("error_code and error_msg become code and message; X-Request-Id the request id", async () => {
    const body = { error_code: "DCS.4919", error_msg: "The log does not exist.", error_ext_msg: null };
    server.use(http.post(PATH, () => HttpResponse.json(body, { status: 404, headers: { "X-Request-Id": "0c9a0d1e5b0c4f7e" } })));
    const error = await failure();

    expect([error.status, error.code, error.requestId, error.body]).toEqual([404, "DCS.4919", "0c9a0d1e5b0c4f7e", body]);
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 404 Not Found DCS.4919: The log does not exist. (request id 0c9a0d1e5b0c4f7e)");
  });

  it("an API gateway code longer than the documented 9 characters is kept (spec decision 6)", async () => {
    const body = { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: verify aksk signature fail", request_id: "b0f1e2d3c4" };
    server.use(http.post(PATH, () => HttpResponse.json(body, { status: 401 })));
    const error = await failure();

    expect([error.status, error.code, error.requestId]).toEqual([401, "APIGW.0301", "b0f1e2d3c4"]);
  });

  it("never shows the token: not in the error, its JSON, its inspection or the log", async () => {
    server.use(http.post(PATH, () => HttpResponse.json({ error_code: "DCS.4001", error_msg: "Invalid token" }, { status: 401 })));
    const lines: string[] = [];
    const error = await failure({ logger: (line) => lines.push(line) });

    expect((await snapshot(requests[0]!)).headers["x-auth-token"]).toBe(token);
    for (const shown of [error.message, JSON.stringify(error), inspect(error), ...lines]) expect(shown).not.toContain(token);
    expect(lines).toEqual([
      expect.stringMatching(/^huawei-dcs POST https:\/\/dcs\.cn-south-1\.myhuaweicloud\.com\/v2\/.+\/links -> 401 \(\d+ ms, attempt 1\)$/),
    ]);
  });
});

describe("errors outside the envelope", () => {
  it("an invalid input: InvalidParameterError naming the input, nothing sent", async () => {
    const error = await dcs()
      .createRedislogDownloadLink({ ...documented.input, instance_id: "../x" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(dcsPackage.InvalidParameterError);
    expect((error as dcsPackage.InvalidParameterError).parameter).toBe("instance_id");
    expect(requests).toHaveLength(0);
  });

  it("a 2xx that is not JSON: InvalidResponseError", async () => {
    server.use(http.post(PATH, () => new HttpResponse(null, { status: 200 })));
    const error = await dcs()
      .createRedislogDownloadLink(documented.input)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(dcsPackage.InvalidResponseError);
  });
});

describe("error classes", () => {
  it("are @loglink/core's own classes, not copies", () => {
    const names = [
      "LogLinkError",
      "ApiError",
      "ConnectionError",
      "TimeoutError",
      "AbortError",
      "InvalidParameterError",
      "InvalidResponseError",
      "WaiterError",
      "PaginationError",
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "RateLimitError",
      "InternalServerError",
    ] as const;
    for (const name of names) expect(dcsPackage[name], name).toBe(core[name]);
  });
});
