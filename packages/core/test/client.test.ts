import { capture as answerEvery, snapshot, useMsw } from "@loglink/test-support/msw";
import { expectedHuaweiAuthorization, expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http, type JsonBodyType } from "msw";
import { describe, expect, it, vi } from "vitest";
import { createServiceClient } from "../src/client.js";
import { ApiError, InvalidParameterError } from "../src/errors.js";
import { huaweiFamily } from "../src/family.js";
import type { ClientOptions } from "../src/options.js";
import type { ServerSpec } from "../src/types.js";
import { AKSK, createLink, dcsClient, INSTANCE_ID, JD_AKSK, jdClient, LOG_ID, listAuditLinks, PROJECT_ID, updateLogUrl } from "./fixtures.js";

const { server } = useMsw();

const dcs = (options: Partial<ClientOptions> = {}) => dcsClient({ credentials: { token: "TOKEN-abc" }, ...options });
const jd = jdClient;

// Two host patterns, as TaurusDB has: the newer one takes the regions no table lists yet.
const fallbackServers: readonly ServerSpec[] = [
  { url: "https://gaussdb.{region}.myhuaweicloud.com", variables: { region: { default: "cn-north-4", enum: ["cn-north-4", "cn-east-3"] } } },
  {
    url: "https://gaussdb-mysql.{region}.myhuaweicloud.com",
    variables: { region: { default: "eu-de", enum: ["eu-de", "ap-southeast-1"] } },
    regionFallback: true,
  },
];
const clientOn = (servers: readonly ServerSpec[], region: string) =>
  createServiceClient({
    provider: "huawei-audit",
    family: huaweiFamily,
    servers,
    auth: { token: true },
    projectScoped: false,
    options: { region, credentials: { token: "t" } },
  });

/** Answers every request with `body` and records what arrived. */
const capture = (body: JsonBodyType = { link: "https://obs.example.com/f?Signature=s" }) => answerEvery(server, body);

describe("region resolution", () => {
  it("uses the host documented for the region", () => {
    expect(dcs({ region: "cn-south-1" }).origin).toBe("https://dcs.cn-south-1.myhuaweicloud.com");
    expect(dcs({ region: "eu-west-101" }).origin).toBe("https://dcs.eu-west-101.myhuaweicloud.eu");
  });

  it("needs region or endpoint: no region is picked silently", () => {
    const error = (() => {
      try {
        dcs({ region: undefined });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toEqual(new InvalidParameterError("region", 'huawei-dcs needs region, the region id of your resources (e.g. "cn-north-4"), or endpoint'));
    expect(() => jd({ region: undefined })).toThrowError(expect.objectContaining({ name: "InvalidParameterError", parameter: "region" }));
    expect(dcs({ region: undefined, endpoint: "https://dcs.example.com" }).region).toBeUndefined();
  });

  it("rejects an unknown region, listing the known ones, when no server takes new regions", () => {
    expect(() => dcs({ region: "mars-1" })).toThrowError(
      new InvalidParameterError("region", 'unknown region "mars-1"; known regions: cn-north-4, cn-south-1, ap-southeast-1, eu-west-101 (or set endpoint)'),
    );
  });

  it.each(["cn-north-4.evil.com/", "cn-north-4:443", "CN-NORTH-4", "cn north 4", "cn", "-cn-north-4", "cn--north", "4-cn", ""])(
    "refuses %j, which is not region-id syntax, whatever the servers",
    (region) => {
      for (const servers of [fallbackServers, [fallbackServers[0]!]]) {
        expect(() => clientOn(servers, region)).toThrowError(
          new InvalidParameterError("region", `region ${JSON.stringify(region)} is not a region id such as "cn-north-4"`),
        );
      }
    },
  );

  it("sends a region id that no table lists to the server marked regionFallback", () => {
    const client = clientOn(fallbackServers, "cn-southwest-3");
    expect(client.region).toBe("cn-southwest-3");
    expect(client.origin).toBe("https://gaussdb-mysql.cn-southwest-3.myhuaweicloud.com");
    // Listed regions keep their own server.
    expect(clientOn(fallbackServers, "cn-north-4").origin).toBe("https://gaussdb.cn-north-4.myhuaweicloud.com");
    expect(clientOn(fallbackServers, "eu-de").origin).toBe("https://gaussdb-mysql.eu-de.myhuaweicloud.com");
  });

  it("sends a region id that no table lists to the only regional server when there is one", () => {
    const [only] = fallbackServers;
    expect(clientOn([{ ...only!, regionFallback: false }], "xy-new-9").origin).toBe("https://gaussdb.xy-new-9.myhuaweicloud.com");
  });

  it("serves every region from a server without variables", () => {
    const client = jd({ region: "cn-east-2" });
    expect(client.origin).toBe("https://rds.jdcloud-api.com");
    expect(client.region).toBe("cn-east-2");
  });

  it("replaces the host with endpoint, keeping region and a non-default port", async () => {
    const client = dcs({ endpoint: "http://127.0.0.1:8443", region: "unknown-1" });
    expect(client.origin).toBe("http://127.0.0.1:8443");
    expect(client.region).toBe("unknown-1");
    const seen = capture();
    await client.call(createLink, { instance_id: INSTANCE_ID, id: LOG_ID });
    expect(seen[0]!.url).toBe(`http://127.0.0.1:8443/v2/${PROJECT_ID}/instances/${INSTANCE_ID}/redislog/${LOG_ID}/links`);
  });

  it.each([
    "ftp://example.com",
    "https://example.com/v2",
    "https://example.com?x=1",
    "https://example.com#x",
    "https://user:secret@example.com",
    "example.com",
  ])("rejects endpoint %s", (endpoint) => {
    const error = (() => {
      try {
        dcs({ endpoint });
      } catch (caught) {
        return caught as InvalidParameterError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error?.parameter).toBe("endpoint");
    expect(error?.message).not.toContain("secret");
  });
});

describe("client options", () => {
  it.each([
    [{ credentials: { token: "" } }, "credentials.token"],
    [{ credentials: { token: "a\nb" } }, "credentials.token"],
    [{ credentials: { accessKeyId: "ak", secretAccessKey: " sk" } }, "credentials.secretAccessKey"],
    [{ credentials: {} as never }, "credentials"],
    [{ maxRetries: -1 }, "maxRetries"],
    [{ maxRetries: 1.5 }, "maxRetries"],
    [{ timeoutMs: 0 }, "timeoutMs"],
    [{ timeoutMs: 2 ** 31 }, "timeoutMs"],
    [{ projectId: "a/b" }, "projectId"],
  ])("rejects %j", (options, parameter) => {
    expect(() => dcs(options as Partial<ClientOptions>)).toThrowError(expect.objectContaining({ name: "InvalidParameterError", parameter }));
  });

  it("rejects token credentials where the API takes only AK/SK", () => {
    expect(() => jd({ credentials: { token: "t" } })).toThrowError(
      new InvalidParameterError("credentials", "jdcloud-rds accepts only accessKeyId/secretAccessKey credentials"),
    );
  });
});

describe("call", () => {
  it("sends a token request: filled path, no body, content-type, X-Auth-Token", async () => {
    const seen = capture({ file_name: "redis.log", link: "https://obs.example.com/f?Signature=s" });
    const result = await dcs().call(createLink, { instance_id: INSTANCE_ID, id: LOG_ID });
    expect(result).toEqual({ file_name: "redis.log", link: "https://obs.example.com/f?Signature=s" });
    expect(seen).toEqual([
      {
        method: "POST",
        url: `https://dcs.cn-north-4.myhuaweicloud.com/v2/${PROJECT_ID}/instances/${INSTANCE_ID}/redislog/${LOG_ID}/links`,
        headers: { "content-type": "application/json", "x-auth-token": "TOKEN-abc" },
        hasBody: false,
        body: "",
      },
    ]);
  });

  it("routes query and header parameters and encodes query values strictly", async () => {
    const seen = capture();
    await dcs({ credentials: AKSK }).call(listAuditLinks, {
      instance_id: "i1",
      node_id: "n 1",
      limit: 10,
      start_time: "2023-07-24T09:27:00+0800",
      end_time: "2023-07-25T15:00:14+0800",
      "X-Language": "en-us",
    });
    const [request] = seen;
    expect(request!.method).toBe("GET");
    expect(request!.url).toBe(
      `https://dcs.cn-north-4.myhuaweicloud.com/v3/${PROJECT_ID}/instance/i1/auditlog/download-link` +
        "?node_id=n%201&limit=10&start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800",
    );
    expect(request!.headers["x-language"]).toBe("en-us");
    expect(request!.body).toBe("");
  });

  it("signs Huawei AK/SK requests so an independent verifier agrees, with X-Project-Id and X-Security-Token", async () => {
    const seen = capture();
    const credentials = { ...AKSK, securityToken: "SECURITY-TOKEN-xyz" };
    await dcs({ credentials, endpoint: "https://127.0.0.1:9443" }).call(createLink, { instance_id: INSTANCE_ID, id: LOG_ID });
    const [request] = seen;
    expect(Object.keys(request!.headers).sort()).toEqual(["authorization", "content-type", "host", "x-project-id", "x-sdk-date", "x-security-token"]);
    expect(request!.headers.host).toBe("127.0.0.1:9443");
    expect(request!.headers["x-project-id"]).toBe(PROJECT_ID);
    expect(request!.headers["x-security-token"]).toBe("SECURITY-TOKEN-xyz");
    expect(request!.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request!.headers.authorization).toContain("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,");
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs JD Cloud requests: colon encoded, JSON body hashed as sent, region from the path", async () => {
    const seen = capture({ requestId: "r1", result: { url: "https://x" } });
    const result = await jd().call(updateLogUrl, { instanceId: "mysql-k7v3xq9z2p", logId: "log 1", seconds: 3600 });
    expect(result).toEqual({ requestId: "r1", result: { url: "https://x" } });
    const [request] = seen;
    expect(request!.url).toBe("https://rds.jdcloud-api.com/v1/regions/cn-north-1/instances/mysql-k7v3xq9z2p/log/log%201%3AupdateLogDownloadURLInternal");
    expect(request!.body).toBe('{"seconds":3600}');
    expect(request!.headers.accept).toBe("application/json");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["x-jdcloud-nonce"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(request!.headers.authorization).toContain(
      "/cn-north-1/rds/jdcloud2_request, SignedHeaders=accept;content-type;host;x-jdcloud-date;x-jdcloud-nonce,",
    );
    expect(request!.headers.authorization).toBe(expectedJdcloudAuthorization(request!, JD_AKSK.accessKeyId, JD_AKSK.secretAccessKey, "cn-north-1", "rds"));
  });

  it("lets the input's regionId override the client's region, in path and scope", async () => {
    const seen = capture();
    await jd().call(updateLogUrl, { regionId: "cn-east-2", instanceId: "i", logId: "l" });
    expect(seen[0]!.url).toContain("/v1/regions/cn-east-2/");
    expect(seen[0]!.headers.authorization).toContain("/cn-east-2/rds/jdcloud2_request");
    expect(seen[0]!.body).toBe("{}");
  });

  it("signs raw openapi-fetch requests too", async () => {
    const seen = capture();
    const client = jd();
    const { data } = await client.raw.request(
      "post",
      "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal" as never,
      {
        params: { path: { regionId: "cn-north-1", instanceId: "i", logId: "l" } },
        body: { seconds: 60 },
      } as never,
    );
    expect(data).toEqual({ link: "https://obs.example.com/f?Signature=s" });
    expect(seen[0]!.headers.authorization).toBe(expectedJdcloudAuthorization(seen[0]!, JD_AKSK.accessKeyId, JD_AKSK.secretAccessKey, "cn-north-1", "rds"));
  });

  it("signs client and call headers", async () => {
    const seen = capture();
    await dcs({ credentials: AKSK, headers: { "X-Trace": "t1" } }).call(createLink, { instance_id: "i", id: "l" }, { headers: { "X-Call": "c1" } });
    expect(seen[0]!.headers["x-trace"]).toBe("t1");
    expect(seen[0]!.headers["x-call"]).toBe("c1");
    expect(seen[0]!.headers.authorization).toContain("SignedHeaders=content-type;host;x-call;x-project-id;x-sdk-date;x-trace,");
    expect(seen[0]!.headers.authorization).toBe(expectedHuaweiAuthorization(seen[0]!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("uses a custom fetch", async () => {
    const fetch = vi.fn(async (request: Request) => {
      expect(request.url).toBe(`https://dcs.cn-north-4.myhuaweicloud.com/v2/${PROJECT_ID}/instances/i/redislog/l/links`);
      return Response.json({ ok: true });
    });
    await expect(dcs({ fetch: fetch as typeof globalThis.fetch }).call(createLink, { instance_id: "i", id: "l" })).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("rejects invalid input before sending anything", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = dcs({ fetch });
    await expect(client.call(createLink, { instance_id: "../x", id: LOG_ID })).rejects.toThrowError(
      new InvalidParameterError("instance_id", 'createRedislogDownloadLink: "instance_id" must not contain "/" or "\\" (got "../x")'),
    );
    await expect(client.call(createLink, { instance_id: "i", id: "l", limit: 1 })).rejects.toMatchObject({ parameter: "limit" });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("never follows a redirect: a 3xx is an ApiError and the other host sees nothing", async () => {
    const seen: string[] = [];
    server.use(
      http.all("*", ({ request }) => {
        seen.push(request.url);
        return new HttpResponse(null, { status: 302, headers: { Location: "https://evil.example.com/steal" } });
      }),
    );
    const error = await dcs()
      .call(createLink, { instance_id: "i", id: "l" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(302);
    expect((error as ApiError).message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 302 Found: redirect to https://evil.example.com/steal not followed");
    expect(seen).toHaveLength(1);
  });

  it("logs one redacted line per attempt", async () => {
    const lines: string[] = [];
    server.use(
      http.all("*", () => HttpResponse.json({ error_code: "X", error_msg: "busy" }, { status: 503 }), { once: true }),
      http.all("*", () => HttpResponse.json({ link: "https://obs.example.com/f?AccessKeyId=AK&Signature=s" })),
    );
    vi.spyOn(Math, "random").mockReturnValue(0);
    await dcs({ credentials: AKSK, logger: (line) => lines.push(line) }).call(listAuditLinks, {
      instance_id: "i",
      node_id: "n",
      start_time: "a",
      end_time: "b",
    });
    vi.restoreAllMocks();
    expect(lines.map((line) => line.replace(/\(\d+ ms/, "(N ms"))).toEqual([
      `huawei-dcs GET https://dcs.cn-north-4.myhuaweicloud.com/v3/${PROJECT_ID}/instance/i/auditlog/download-link?node_id=n&start_time=a&end_time=b -> 503 (N ms, attempt 1)`,
      `huawei-dcs GET https://dcs.cn-north-4.myhuaweicloud.com/v3/${PROJECT_ID}/instance/i/auditlog/download-link?node_id=n&start_time=a&end_time=b -> 200 (N ms, attempt 2)`,
    ]);
  });
});
