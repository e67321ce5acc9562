import * as core from "@loglink/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import * as rdsPackage from "../src/index.js";
import { ApiError, createJdcloudRdsClient } from "../src/index.js";
import { credentials, documented, examples, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();
const PATH = /%3AupdateLogDownloadURLInternal$/;

// Every documented error status, `default` answered with the status its example carries (504).
// msw sends the standard reason phrase, which the message repeats.
const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};
type ErrorStatus = Exclude<keyof typeof examples, "200">;
const documentedErrors = (Object.keys(examples).filter((status) => status !== "200") as ErrorStatus[]).map((documented) => {
  const { example } = examples[documented];
  return { status: example.error.code, documented, example };
});

describe("documented errors", () => {
  it("covers every error status the spec documents", () => {
    expect(documentedErrors.map(({ documented }) => documented)).toEqual(["400", "401", "403", "404", "429", "500", "503", "default"]);
  });

  it.each(documentedErrors)("$documented: ApiError with the documented code, message and request id", async ({ status, example }) => {
    server.use(http.post(PATH, () => HttpResponse.json(example, { status })));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, maxRetries: 0 });
    const error = await rds.updateLogDownloadURLInternal(documented.input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect({
      status: apiError.status,
      code: apiError.code,
      requestId: apiError.requestId,
      provider: apiError.provider,
      body: apiError.body,
      contentType: apiError.headers["content-type"],
      attempts: apiError.attempts,
    }).toEqual({
      status,
      code: example.error.status,
      requestId: example.requestId,
      provider: "jdcloud-rds",
      body: example,
      contentType: "application/json",
      attempts: 1,
    });
    expect(apiError.message).toBe(
      `jdcloud-rds updateLogDownloadURLInternal: HTTP ${status} ${REASON[status]} ${example.error.status}: ${example.error.message} (request id ${example.requestId})`,
    );
    expect(requests).toHaveLength(1);
  });
});

describe("errors outside the envelope", () => {
  it("a gateway page that is not JSON: ApiError with the text as body and no code", async () => {
    server.use(http.post(PATH, () => new HttpResponse("<html>502 Bad Gateway</html>", { status: 502 })));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, maxRetries: 0 });
    const error = (await rds.updateLogDownloadURLInternal(documented.input).catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.body]).toEqual([502, undefined, "<html>502 Bad Gateway</html>"]);
  });

  it("an invalid input: InvalidParameterError naming the input, nothing sent", async () => {
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    const error = await rds.updateLogDownloadURLInternal({ ...documented.input, seconds: 86401 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(rdsPackage.InvalidParameterError);
    expect((error as rdsPackage.InvalidParameterError).parameter).toBe("seconds");
    expect(requests).toHaveLength(0);
  });

  it("a 2xx that is not JSON: InvalidResponseError", async () => {
    server.use(http.post(PATH, () => new HttpResponse("OK", { status: 200 })));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    const error = await rds.updateLogDownloadURLInternal(documented.input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(rdsPackage.InvalidResponseError);
    expect((await snapshot(requests[0]!)).url).toBe(documented.url);
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
    for (const name of names) expect(rdsPackage[name], name).toBe(core[name]);
  });
});
