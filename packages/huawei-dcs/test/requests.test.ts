import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { servers } from "../src/generated/operations.js";
import { createHuaweiDcsClient } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { credentials, documented, examples, snapshot, token, useMsw } from "./support.js";

const { server, requests } = useMsw();

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2021-04-16T08:30:00Z"), toFake: ["Date"] });
  server.use(...handlers);
});
afterEach(() => {
  vi.useRealTimers();
});

const signature = (signedHeaders: string) =>
  expect.stringMatching(new RegExp(`^SDK-HMAC-SHA256 Access=${credentials.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=[0-9a-f]{64}$`));

describe("createRedislogDownloadLink", () => {
  it("with a token: sends the documented request, without a body, and resolves to the documented answer", async () => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token } });
    const body = await dcs.createRedislogDownloadLink(documented.input);

    expect(body).toEqual(examples["200"].example);
    expect(requests).toHaveLength(1);
    expect(await snapshot(requests[0]!)).toEqual({
      method: "POST",
      url: documented.url,
      headers: { "content-type": "application/json", "x-auth-token": token },
      hasBody: false,
      body: "",
    });
  });

  it("with an access key: signs, sends X-Project-Id, still no body", async () => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials });
    expect(await dcs.createRedislogDownloadLink(documented.input)).toEqual(examples["200"].example);

    expect(await snapshot(requests[0]!)).toEqual({
      method: "POST",
      url: documented.url,
      headers: {
        "content-type": "application/json",
        host: "dcs.cn-south-1.myhuaweicloud.com",
        "x-project-id": documented.projectId,
        "x-sdk-date": "20210416T083000Z",
        authorization: signature("content-type;host;x-project-id;x-sdk-date"),
      },
      hasBody: false,
      body: "",
    });
  });

  it("with temporary credentials: sends and signs X-Security-Token", async () => {
    const dcs = createHuaweiDcsClient({
      region: documented.region,
      projectId: documented.projectId,
      credentials: { ...credentials, securityToken: "temporary-security-token" },
    });
    await dcs.createRedislogDownloadLink(documented.input);

    const { headers } = await snapshot(requests[0]!);
    expect(headers["x-security-token"]).toBe("temporary-security-token");
    expect(headers.authorization).toEqual(signature("content-type;host;x-project-id;x-sdk-date;x-security-token"));
  });

  it("goes to dcs.<region>.myhuaweicloud.com for every region of the official table", async () => {
    const regions = servers[0].variables.region.enum;
    for (const region of regions) {
      await createHuaweiDcsClient({ region, projectId: documented.projectId, credentials: { token } }).createRedislogDownloadLink(documented.input);
    }

    const hosts = await Promise.all(requests.map(async (request) => new URL((await snapshot(request)).url).host));
    expect(hosts).toEqual(regions.map((region) => `dcs.${region}.myhuaweicloud.com`));
    expect(regions).toHaveLength(30);
  });

  it("sends a region id no table lists yet to the documented host pattern", async () => {
    await createHuaweiDcsClient({ region: "cn-southwest-9", projectId: documented.projectId, credentials: { token } }).createRedislogDownloadLink(
      documented.input,
    );

    expect((await snapshot(requests[0]!)).url).toBe(documented.url.replace("dcs.cn-south-1.", "dcs.cn-southwest-9."));
  });

  it("sends to endpoint instead of the regional host, keeping the API path, whatever the region", async () => {
    const dcs = createHuaweiDcsClient({ region: "eu-private-1", endpoint: "http://127.0.0.1:8080", projectId: documented.projectId, credentials });
    await dcs.createRedislogDownloadLink(documented.input);

    const { url, headers } = await snapshot(requests[0]!);
    expect(url).toBe(documented.url.replace("https://dcs.cn-south-1.myhuaweicloud.com", "http://127.0.0.1:8080"));
    expect(headers.host).toBe("127.0.0.1:8080");
  });

  it("adds the client's and the call's headers, and signs them", async () => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials, headers: { "X-Client": "a" } });
    await dcs.createRedislogDownloadLink(documented.input, { headers: { "X-Language": "en-us" } });

    const { headers } = await snapshot(requests[0]!);
    expect([headers["x-client"], headers["x-language"]]).toEqual(["a", "en-us"]);
    expect(headers.authorization).toEqual(signature("content-type;host;x-client;x-language;x-project-id;x-sdk-date"));
  });
});

describe("raw", () => {
  it("is the typed openapi-fetch client, authenticated", async () => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token } });
    const { data, response } = await dcs.raw.POST("/v2/{project_id}/instances/{instance_id}/redislog/{id}/links", {
      params: { path: { project_id: documented.projectId, ...documented.input } },
    });

    expect(response.status).toBe(200);
    expect(data?.link).toBe(examples["200"].example.link);
    const sent = await snapshot(requests[0]!);
    expect([sent.url, sent.headers["x-auth-token"], sent.hasBody]).toEqual([documented.url, token, false]);
  });
});
