import * as core from "@loglink/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { components } from "../src/generated/schema.js";
import * as audit from "../src/index.js";
import { ApiError } from "../src/index.js";
import { createHandlers } from "../src/mocks.js";
import { client, END_TIME, INSTANCE_ID, START_TIME, useMsw } from "./support.js";

const { server } = useMsw();

/** The call's rejection, without retries so each status is seen once. */
const failure = () =>
  client({ maxRetries: 0 })
    .listAuditLogDownloadLink({ instance_id: INSTANCE_ID, start_time: START_TIME, end_time: END_TIME })
    .then(
      () => undefined,
      (error: unknown) => error as ApiError,
    );

describe("documented error statuses", () => {
  it.each([
    [400, "Bad Request"],
    [500, "Internal Server Error"],
  ] as const)("%i (documented without an example: the mock sends no body) gives an ApiError", async (status, statusText) => {
    server.use(...createHandlers({ status }));
    const error = await failure();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code: undefined, body: undefined, requestId: "mock-listAuditLogDownloadLink", provider: "huawei-audit" });
    expect(error!.message).toBe(`huawei-audit listAuditLogDownloadLink: HTTP ${status} ${statusText} (request id mock-listAuditLogDownloadLink)`);
  });

  it.each([400, 500])("%i in the documented ErrorResponse envelope gives its error_code and error_msg", async (status) => {
    // The document names the fields but gives no values: these are illustrative.
    const envelope: components["schemas"]["ErrorResponse"] = { error_code: `TEST.${status}`, error_msg: "start_time is later than end_time" };
    server.use(http.get("*", () => HttpResponse.json(envelope, { status })));
    const error = await failure();
    expect(error).toMatchObject({ status, code: `TEST.${status}`, body: envelope, requestId: undefined, attempts: 1 });
    expect(error!.message).toContain(`TEST.${status}: start_time is later than end_time`);
  });

  it("reads an undocumented gateway error (401) in the same envelope, with its X-Request-Id", async () => {
    const body = { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: verify aksk signature fail" };
    server.use(http.get("*", () => HttpResponse.json(body, { status: 401, headers: { "X-Request-Id": "req-1" } })));
    const error = await failure();
    expect(error).toMatchObject({ status: 401, code: "APIGW.0301", requestId: "req-1", body });
    expect(error!.message).toBe(
      "huawei-audit listAuditLogDownloadLink: HTTP 401 Unauthorized APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail (request id req-1)",
    );
  });
});

describe("error classes", () => {
  it("are core's own classes, re-exported", () => {
    expect(audit.LogLinkError).toBe(core.LogLinkError);
    expect(audit.ApiError).toBe(core.ApiError);
    expect(audit.ConnectionError).toBe(core.ConnectionError);
    expect(audit.TimeoutError).toBe(core.TimeoutError);
    expect(audit.AbortError).toBe(core.AbortError);
    expect(audit.InvalidParameterError).toBe(core.InvalidParameterError);
    expect(audit.InvalidResponseError).toBe(core.InvalidResponseError);
    expect(audit.WaiterError).toBe(core.WaiterError);
    expect(audit.PaginationError).toBe(core.PaginationError);
    for (const name of [
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "RateLimitError",
      "InternalServerError",
    ] as const)
      expect(audit[name], name).toBe(core[name]);
  });
});
