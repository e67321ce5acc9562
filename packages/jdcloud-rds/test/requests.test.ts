import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createJdcloudRdsClient } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { credentials, documented, examples, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();
const NONCE = "0b8d7c5e-2f4a-4c1b-9e3d-6a7f8b9c0d1e";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2020-01-08T03:13:19Z"), toFake: ["Date"] });
  vi.spyOn(crypto, "randomUUID").mockReturnValue(NONCE);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const signedHeaders = (scope: string, signed = "accept;content-type;host;x-jdcloud-date;x-jdcloud-nonce") =>
  expect.stringMatching(
    new RegExp(`^JDCLOUD2-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}/rds/jdcloud2_request, SignedHeaders=${signed}, Signature=[0-9a-f]{64}$`),
  );

describe("updateLogDownloadURLInternal", () => {
  it("sends the documented request and resolves to the documented answer", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    const body = await rds.updateLogDownloadURLInternal(documented.input);

    expect(body).toEqual(examples["200"].example);
    expect(requests).toHaveLength(1);
    expect(await snapshot(requests[0]!)).toEqual({
      method: "POST",
      url: documented.url,
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        host: "rds.jdcloud-api.com",
        "x-jdcloud-date": "20200108T031319Z",
        "x-jdcloud-nonce": NONCE,
        authorization: signedHeaders("20200108/cn-north-1"),
      },
      hasBody: true,
      body: '{"seconds":3600}',
    });
  });

  it("takes regionId from the call over the client's region, in the path and in the signature scope", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: "cn-north-1", credentials });
    await rds.updateLogDownloadURLInternal({ ...documented.input, regionId: "cn-east-2" });

    const { url, headers } = await snapshot(requests[0]!);
    expect(url).toBe(documented.url.replace("/regions/cn-north-1/", "/regions/cn-east-2/"));
    expect(headers.authorization).toEqual(signedHeaders("20200108/cn-east-2"));
  });

  it("percent-encodes every path value strictly, the custom-method colon included", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: "cn-south-1", credentials });
    await rds.updateLogDownloadURLInternal({ instanceId: "mysql k(1)", logId: "a:b+c*ü~", seconds: 1 });

    const { url, body } = await snapshot(requests[0]!);
    expect(url).toBe("https://rds.jdcloud-api.com/v1/regions/cn-south-1/instances/mysql%20k%281%29/log/a%3Ab%2Bc%2A%C3%BC~%3AupdateLogDownloadURLInternal");
    expect(body).toBe('{"seconds":1}');
  });

  it("sends to endpoint instead of the public host, keeping the API path", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: documented.region, endpoint: "http://127.0.0.1:8080", credentials });
    await rds.updateLogDownloadURLInternal(documented.input);

    const { url, headers } = await snapshot(requests[0]!);
    expect(url).toBe(documented.url.replace("https://rds.jdcloud-api.com", "http://127.0.0.1:8080"));
    expect(headers.host).toBe("127.0.0.1:8080");
  });

  it("adds the client's and the call's headers, and signs them", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: documented.region, credentials, headers: { "X-Client": "a" } });
    await rds.updateLogDownloadURLInternal(documented.input, { headers: { "X-Call": "b" } });

    const { headers } = await snapshot(requests[0]!);
    expect([headers["x-client"], headers["x-call"]]).toEqual(["a", "b"]);
    expect(headers.authorization).toEqual(signedHeaders("20200108/cn-north-1", "accept;content-type;host;x-call;x-client;x-jdcloud-date;x-jdcloud-nonce"));
  });

  it("passes the links on exactly as returned, empty ones included", async () => {
    // JD's sibling log APIs answer "" when a link is not available (spec: LogDownloadURLResult).
    server.use(
      http.post(/%3AupdateLogDownloadURLInternal$/, () => HttpResponse.json({ result: { publicURL: "", internalURL: "http://internal/x?a=1&b=%2F" } })),
    );
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    expect(await rds.updateLogDownloadURLInternal(documented.input)).toEqual({
      result: { publicURL: "", internalURL: "http://internal/x?a=1&b=%2F" },
    });
  });
});

describe("raw", () => {
  it("is the typed openapi-fetch client, with requests signed", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    const { data, response } = await rds.raw.POST("/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal", {
      params: { path: { regionId: "cn-north-1", instanceId: documented.input.instanceId, logId: documented.input.logId } },
      body: { seconds: 3600 },
    });

    expect(response.status).toBe(200);
    expect(data?.result.publicURL).toBe(examples["200"].example.result.publicURL);
    const sent = await snapshot(requests[0]!);
    expect([sent.url, sent.body]).toEqual([documented.url, '{"seconds":3600}']);
    expect(sent.headers.authorization).toEqual(signedHeaders("20200108/cn-north-1"));
  });
});
