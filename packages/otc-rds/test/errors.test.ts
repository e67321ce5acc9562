import * as core from "@loglink/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import * as otc from "../src/index.js";
import { ApiError } from "../src/index.js";
import { createHandlers } from "../src/mocks.js";
import { client, INSTANCE_ID, useMsw } from "./support.js";

const { server } = useMsw();
const { responses } = operations.downloadErrorlog;

/** The call's rejection, without retries so each status is seen once. */
const failure = () =>
  client({ maxRetries: 0 })
    .downloadErrorlog({ instance_id: INSTANCE_ID })
    .then(
      () => undefined,
      (error: unknown) => error as ApiError,
    );

describe("documented error statuses", () => {
  it.each([
    [400, "Bad Request", responses["400"].example],
    [401, "Unauthorized", responses["401"].example],
    [403, "Forbidden", responses["403"].example],
    [404, "Not Found", responses["404"].example],
    [409, "Conflict", responses["409"].example],
    [429, "Too Many Requests", responses["429"].example],
    [500, "Internal Server Error", responses["500"].example],
  ] as const)("%i gives an ApiError with the documented error_code and error_msg", async (status, statusText, example) => {
    server.use(...createHandlers({ status }));
    const error = await failure();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status,
      code: example.error_code,
      // the mock's X-Request-Id header repeats the example's request_id when it has one
      requestId: "request_id" in example ? example.request_id : "mock-downloadErrorlog",
      body: example,
      provider: "otc-rds",
      attempts: 1,
    });
    expect(error!.message).toBe(
      `otc-rds downloadErrorlog: HTTP ${status} ${statusText} ${example.error_code}: ${example.error_msg} (request id ${error!.requestId})`,
    );
  });

  it("reads any other status (the spec's default) in the same envelope", async () => {
    const example = responses.default.example;
    server.use(http.post("*", () => HttpResponse.json(example, { status: 405 })));
    const error = await failure();
    expect(error).toMatchObject({ status: 405, code: "DBS.108002", body: example, requestId: undefined });
    expect(error!.message).toBe("otc-rds downloadErrorlog: HTTP 405 Method Not Allowed DBS.108002: Server failure.");
  });

  it("takes the request id from the gateway's body when no X-Request-Id header came", async () => {
    const example = responses["401"].example;
    server.use(http.post("*", () => HttpResponse.json(example, { status: 401 })));
    const error = await failure();
    expect(error).toMatchObject({ status: 401, code: "APIGW.0301", requestId: "5b1a0e6c9f3d4e2a8c7b6d5e4f3a2b1c" });
  });

  it("keeps a gateway's non-JSON body as text", async () => {
    server.use(http.post("*", () => new HttpResponse("<html>Bad Gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } })));
    const error = await failure();
    expect(error).toMatchObject({ status: 502, code: undefined, body: "<html>Bad Gateway</html>" });
  });
});

describe("error classes", () => {
  it("are core's own classes, re-exported", () => {
    expect(otc.LogLinkError).toBe(core.LogLinkError);
    expect(otc.ApiError).toBe(core.ApiError);
    expect(otc.ConnectionError).toBe(core.ConnectionError);
    expect(otc.TimeoutError).toBe(core.TimeoutError);
    expect(otc.AbortError).toBe(core.AbortError);
    expect(otc.InvalidParameterError).toBe(core.InvalidParameterError);
    expect(otc.InvalidResponseError).toBe(core.InvalidResponseError);
    expect(otc.WaiterError).toBe(core.WaiterError);
    expect(otc.PaginationError).toBe(core.PaginationError);
    for (const name of [
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "RateLimitError",
      "InternalServerError",
    ] as const)
      expect(otc[name], name).toBe(core[name]);
  });
});
