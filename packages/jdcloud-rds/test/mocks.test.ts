import { describe, expect, it } from "vitest";
import { ApiError, createJdcloudRdsClient } from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { credentials, documented, examples, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();

describe("@loglink/jdcloud-rds/mocks", () => {
  it("handlers answer the documented 200 example, on the public host and on any endpoint", async () => {
    server.use(...handlers);
    const viaHost = createJdcloudRdsClient({ region: documented.region, credentials });
    const viaEndpoint = createJdcloudRdsClient({ region: documented.region, endpoint: "http://localhost:9000", credentials });

    expect(await viaHost.updateLogDownloadURLInternal(documented.input)).toEqual(examples["200"].example);
    expect(await viaEndpoint.updateLogDownloadURLInternal(documented.input)).toEqual(examples["200"].example);
    expect(await Promise.all(requests.map(async (request) => (await snapshot(request)).url))).toEqual([
      documented.url,
      documented.url.replace("https://rds.jdcloud-api.com", "http://localhost:9000"),
    ]);
  });

  it.each([400, 401, 403, 404, 429, 500, 503] as const)("createHandlers({ status: %i }) answers that status's documented example", async (status) => {
    server.use(...createHandlers({ status }));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, maxRetries: 0 });
    const error = (await rds.updateLogDownloadURLInternal(documented.input).catch((caught: unknown) => caught)) as ApiError;

    const { example } = examples[status];
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.body]).toEqual([status, example.error.status, example]);
  });

  it("answers a status without its own response with the spec's default envelope", async () => {
    server.use(...createHandlers({ status: 418 }));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, maxRetries: 0 });
    const error = (await rds.updateLogDownloadURLInternal(documented.input).catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.body]).toEqual([418, examples.default.example.error.status, examples.default.example]);
  });

  it("createHandlers refuses a status that is not an HTTP status", () => {
    expect(() => createHandlers({ status: 999 })).toThrow(
      "updateLogDownloadURLInternal documents no 999 response (documented: 200, 400, 401, 403, 404, 429, 500, 503, default)",
    );
  });
});

describe("@loglink/jdcloud-rds/mocks: answers you shape", () => {
  it("chooses the answer from the request's input: a custom link per log, JD's 404 envelope for an unknown one", async () => {
    server.use(
      ...createHandlers({
        answers: {
          updateLogDownloadURLInternal: ({ input }) =>
            input.logId === "missing"
              ? { status: 404, body: { requestId: "req-404", error: { code: 404, status: "NOT_FOUND", message: "log not found" } } }
              : { body: { requestId: "req-1", result: { publicURL: `https://s3.example/${input.instanceId}/${input.logId}?ttl=${input.seconds}` } } },
        },
      }),
    );
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, maxRetries: 0 });
    expect(await rds.updateLogDownloadURLInternal(documented.input)).toEqual({
      requestId: "req-1",
      result: { publicURL: `https://s3.example/pg-x2fyuzvwak/${documented.input.logId}?ttl=3600` },
    });
    const error = (await rds.updateLogDownloadURLInternal({ ...documented.input, logId: "missing" }).catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.requestId]).toEqual([404, "NOT_FOUND", "req-404"]);
  });

  it("instantRetries: a mocked 503 is retried at once (Retry-After: 0), then answers the documented example", async () => {
    let calls = 0;
    server.use(...createHandlers({ instantRetries: true, answers: { updateLogDownloadURLInternal: () => (++calls === 1 ? { status: 503 } : undefined) } }));
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    expect(await rds.updateLogDownloadURLInternal(documented.input)).toEqual(examples["200"].example);
    expect(calls).toBe(2);
  });
});
