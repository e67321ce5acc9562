import { describe, expect, it } from "vitest";
import { ApiError, createHuaweiDcsClient } from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { documented, examples, snapshot, token, useMsw } from "./support.js";

const { server, requests } = useMsw();
const options = { projectId: documented.projectId, credentials: { token }, maxRetries: 0 };

describe("@loglink/huawei-dcs/mocks", () => {
  it("handlers answer the documented 200 example, on the regional host and on any endpoint", async () => {
    server.use(...handlers);
    const viaRegion = createHuaweiDcsClient({ ...options, region: documented.region });
    const viaEndpoint = createHuaweiDcsClient({ ...options, endpoint: "http://localhost:9000" });

    expect(await viaRegion.createRedislogDownloadLink(documented.input)).toEqual(examples["200"].example);
    expect(await viaEndpoint.createRedislogDownloadLink(documented.input)).toEqual(examples["200"].example);
    expect(await Promise.all(requests.map(async (request) => (await snapshot(request)).url))).toEqual([
      documented.url,
      documented.url.replace("https://dcs.cn-south-1.myhuaweicloud.com", "http://localhost:9000"),
    ]);
  });

  it.each([400, 401, 403, 404, 500])("createHandlers({ status: %i }) answers that status, with an empty body as documented", async (status) => {
    server.use(...createHandlers({ status }));
    const dcs = createHuaweiDcsClient({ ...options, region: documented.region });
    const error = (await dcs.createRedislogDownloadLink(documented.input).catch((caught: unknown) => caught)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.body]).toEqual([status, undefined]);
  });

  it("createHandlers refuses a status the spec does not document", () => {
    expect(() => createHandlers({ status: 429 })).toThrow("createRedislogDownloadLink documents no 429 response (documented: 200, 400, 401, 403, 404, 500)");
  });
});

describe("@loglink/huawei-dcs/mocks: answers you shape", () => {
  it("a custom body, status and headers for the operation", async () => {
    server.use(
      ...createHandlers({
        answers: {
          createRedislogDownloadLink: { status: 200, body: { id: "mine", link: "https://obs.example/redis.log" }, headers: { "X-Request-Id": "mock-7" } },
        },
      }),
    );
    const dcs = createHuaweiDcsClient({ ...options, region: documented.region });
    expect(await dcs.createRedislogDownloadLink(documented.input)).toEqual({ id: "mine", link: "https://obs.example/redis.log" });
  });

  it("an answer chosen from the path's ids: the documented 404 status for an unknown log", async () => {
    server.use(
      ...createHandlers({
        answers: {
          createRedislogDownloadLink: ({ input }) =>
            input.id === documented.input.id ? undefined : { status: 404, body: { error_code: "DCS.4133", error_msg: "log not found" } },
        },
      }),
    );
    const dcs = createHuaweiDcsClient({ ...options, region: documented.region });
    expect(await dcs.createRedislogDownloadLink(documented.input)).toEqual(examples["200"].example);
    const error = (await dcs.createRedislogDownloadLink({ ...documented.input, id: "other" }).catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code]).toEqual([404, "DCS.4133"]);
  });
});
