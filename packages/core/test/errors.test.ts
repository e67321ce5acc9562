import { inspect } from "node:util";
import { useMsw } from "@loglink/test-support/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  PaginationError,
  TimeoutError,
  WaiterError,
} from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { redact } from "../src/redact.js";
import { AKSK, createLink, dcsClient, jdClient, updateLogUrl } from "./fixtures.js";

const { server } = useMsw();
const TOKEN = "MIIToken-very-secret-0123456789";
const SECURITY_TOKEN = "gQpSecurityToken-secret-987";

const dcs = (options: Partial<ClientOptions> = {}) => dcsClient({ credentials: { token: TOKEN }, maxRetries: 0, ...options });
const jd = () => jdClient({ maxRetries: 0 });

const respond = (response: () => Response) => server.use(http.all("*", response));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("resolved"),
    (error: unknown) => error,
  );
const callDcs = (options?: Partial<ClientOptions>) => failure(dcs(options).call(createLink, { instance_id: "i", id: "l" }));

describe("ApiError from responses", () => {
  it("reads the Huawei envelope and X-Request-Id", async () => {
    respond(() =>
      HttpResponse.json({ error_code: "DCS.4961", error_msg: "The instance does not exist." }, { status: 400, headers: { "X-Request-Id": "req-123" } }),
    );
    const error = (await callDcs()) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(LogLinkError);
    expect(error.name).toBe("BadRequestError"); // ApiError.generate: the 400 subclass
    expect(error.status).toBe(400);
    expect(error.code).toBe("DCS.4961");
    expect(error.requestId).toBe("req-123");
    expect(error.provider).toBe("huawei-dcs");
    expect(error.body).toEqual({ error_code: "DCS.4961", error_msg: "The instance does not exist." });
    expect(error.headers).toEqual({ "content-length": "68", "content-type": "application/json", "x-request-id": "req-123" });
    expect(error.attempts).toBe(1);
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 400 Bad Request DCS.4961: The instance does not exist. (request id req-123)");
  });

  it("reads the IAM-style {error: {code, message}} shape and request_id from the body", async () => {
    respond(() => HttpResponse.json({ error: { code: "401", message: "token expired" }, request_id: "body-req" }, { status: 401 }));
    const error = (await callDcs()) as ApiError;
    expect([error.code, error.requestId, error.status]).toEqual(["401", "body-req", 401]);
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 401 Unauthorized 401: token expired (request id body-req)");
  });

  it("reads the JD Cloud envelope: code is error.status, requestId from the body or x-jdcloud-request-id", async () => {
    respond(() => HttpResponse.json({ requestId: "jd-body", error: { code: 404, status: "NOT_FOUND", message: "log not found" } }, { status: 404 }));
    const error = (await failure(jd().call(updateLogUrl, { instanceId: "i", logId: "l" }))) as ApiError;
    expect([error.status, error.code, error.requestId, error.provider]).toEqual([404, "NOT_FOUND", "jd-body", "jdcloud-rds"]);
    expect(error.message).toBe("jdcloud-rds updateLogDownloadURLInternal: HTTP 404 Not Found NOT_FOUND: log not found (request id jd-body)");

    respond(() =>
      HttpResponse.json(
        { error: { code: 400, status: "INVALID_ARGUMENT", message: "bad" } },
        { status: 400, headers: { "x-jdcloud-request-id": "jd-header" } },
      ),
    );
    const second = (await failure(jd().call(updateLogUrl, { instanceId: "i", logId: "l" }))) as ApiError;
    expect(second.requestId).toBe("jd-header");
  });

  it("turns a gateway HTML 502 into a readable ApiError with the text body", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    respond(() => new HttpResponse(html, { status: 502, headers: { "Content-Type": "text/html" } }));
    const error = (await callDcs()) as ApiError;
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 502 Bad Gateway");
    expect([error.status, error.code, error.requestId, error.body]).toEqual([502, undefined, undefined, html]);
  });

  it("handles an empty error body", async () => {
    respond(() => new HttpResponse(null, { status: 503, headers: { "X-Request-Id": "r-empty" } }));
    const error = (await callDcs()) as ApiError;
    expect(error.message).toBe("huawei-dcs createRedislogDownloadLink: HTTP 503 Service Unavailable (request id r-empty)");
    expect(error.body).toBeUndefined();
  });

  it("masks credential headers in ApiError.headers", async () => {
    respond(() =>
      HttpResponse.json(
        {},
        {
          status: 403,
          headers: { "Set-Cookie": "session=abc", "X-Subject-Token": "subject-secret", "X-Auth-Token": TOKEN, "X-Other": "kept" },
        },
      ),
    );
    const error = (await callDcs()) as ApiError;
    expect(error.headers).toEqual({
      "content-length": "2",
      "content-type": "application/json",
      "set-cookie": "[REDACTED]",
      "x-auth-token": "[REDACTED]",
      "x-other": "kept",
      "x-subject-token": "[REDACTED]",
    });
  });
});

describe("InvalidResponseError for unusable 2xx bodies", () => {
  it.each([
    ["not JSON", () => new HttpResponse("<html>oops</html>", { status: 200 }), "is not valid JSON", "<html>oops</html>"],
    ["empty", () => new HttpResponse(null, { status: 200 }), "has an empty body", ""],
    ["an array", () => HttpResponse.json([1, 2]), "is not a JSON object", "[1,2]"],
    ["null", () => HttpResponse.json(null), "is not a JSON object", "null"],
  ])("body %s", async (_, response, problem, body) => {
    server.use(
      http.all("*", () => {
        const answer = response();
        answer.headers.set("X-Request-Id", "r-200");
        return answer;
      }),
    );
    const error = (await callDcs()) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe(`huawei-dcs createRedislogDownloadLink: HTTP 200 response ${problem}`);
    expect([error.status, error.requestId, error.body]).toEqual([200, "r-200", body]);
  });

  it("an operation documenting a 204 takes any 2xx without a body as {}; others still refuse it", async () => {
    const collect = {
      ...createLink,
      operationId: "createRedislog",
      path: "/v2/{project_id}/instances/{instance_id}/redislog",
      parameters: createLink.parameters.slice(0, 2),
      responses: { "204": { example: null } },
    } as const;
    const client = dcsClient({ credentials: AKSK });
    const input = { instance_id: "i-1" };
    server.use(http.all("*", () => new HttpResponse(null, { status: 204 })));
    expect(await client.call(collect, input)).toEqual({});
    server.use(http.all("*", () => new HttpResponse(null, { status: 200 })));
    expect(await client.call(collect, input)).toEqual({});
    server.use(http.all("*", () => HttpResponse.json({ total_num: 0 })));
    expect(await client.call(collect, input)).toEqual({ total_num: 0 });
    server.use(http.all("*", () => new HttpResponse(null, { status: 204 })));
    await expect(client.call(createLink, { ...input, id: "l-1" })).rejects.toThrow(
      "huawei-dcs createRedislogDownloadLink: HTTP 204 response has an empty body",
    );
  });

  it("truncates and redacts the body it keeps", () => {
    const error = new InvalidResponseError("bad", {
      status: 200,
      body: `{"link":"https://obs.example.com/a.log?AccessKeyId=AK1&Expires=1&Signature=SIG"}${"x".repeat(2000)}`,
    });
    expect(error.body).toHaveLength(1000 - "AccessKeyId=AK1&Expires=1&Signature=SIG".length + "[REDACTED]".length);
    expect(error.body.startsWith('{"link":"https://obs.example.com/a.log?[REDACTED]"}xxx')).toBe(true);
  });
});

describe("redact", () => {
  it.each([
    ["https://b.obs.example.com/k.log?AccessKeyId=AK&Expires=17&Signature=abc%2B", "https://b.obs.example.com/k.log?[REDACTED]"],
    [
      "get https://s3.example.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F2023&X-Amz-Signature=f00 now",
      "get https://s3.example.com/k?[REDACTED] now",
    ],
    ["https://dcs.example.com/v2/x?limit=10&marker=a", "https://dcs.example.com/v2/x?limit=10&marker=a"],
    [
      "SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=0123abcd",
      "SDK-HMAC-SHA256 Access=[REDACTED], SignedHeaders=host;x-sdk-date, Signature=[REDACTED]",
    ],
    [
      "JDCLOUD2-HMAC-SHA256 Credential=AK/20230724/cn-north-1/rds/jdcloud2_request, SignedHeaders=host, Signature=ff",
      "JDCLOUD2-HMAC-SHA256 Credential=[REDACTED], SignedHeaders=host, Signature=[REDACTED]",
    ],
    ["AWSAccessKeyId=AKIA1&X-Amz-Credential=c&X-Amz-Signature=s", "AWSAccessKeyId=[REDACTED]&X-Amz-Credential=[REDACTED]&X-Amz-Signature=[REDACTED]"],
    ["X-Auth-Token: MIIabc.def\nnext line", "X-Auth-Token: [REDACTED]\nnext line"],
    ['{"authorization":"SDK-HMAC-SHA256 Access=AK","ok":1}', '{"authorization":"[REDACTED]","ok":1}'],
    ["x-security-token=tok123", "x-security-token=[REDACTED]"],
    ["nothing secret here: HTTP 502", "nothing secret here: HTTP 502"],
  ])("%s", (input, output) => {
    expect(redact(input)).toBe(output);
  });
});

describe("secrets never leak from errors", () => {
  const presigned = "https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?AccessKeyId=AKLEAK&Expires=1&Signature=SIGLEAK";
  const forms = (error: unknown) => [String(error), (error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)];
  const secrets = [TOKEN, SECURITY_TOKEN, AKSK.secretAccessKey, "SIGLEAK", "AKLEAK", "Signature=", "set-cookie-secret"];

  it("ApiError with an echoing body, secret headers and a presigned link", async () => {
    respond(() =>
      HttpResponse.json(
        { error_code: "E", error_msg: `failed for ${presigned}`, echo: { authorization: "SDK-HMAC-SHA256 Access=AK, Signature=SIGLEAK", link: presigned } },
        { status: 400, headers: { "Set-Cookie": "s=set-cookie-secret", "X-Security-Token": SECURITY_TOKEN } },
      ),
    );
    const error = await callDcs({ credentials: { ...AKSK, securityToken: SECURITY_TOKEN } });
    for (const form of forms(error)) for (const secret of secrets) expect(form).not.toContain(secret);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "BadRequestError",
      message: "huawei-dcs createRedislogDownloadLink: HTTP 400 Bad Request E: failed for https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]",
      status: 400,
      code: "E",
      body: {
        error_code: "E",
        error_msg: "failed for https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]",
        echo: { authorization: "[REDACTED]", link: "https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]" },
      },
      headers: {
        "content-length": "334",
        "content-type": "application/json",
        "set-cookie": "[REDACTED]",
        "x-security-token": "[REDACTED]",
      },
      provider: "huawei-dcs",
      attempts: 1,
    });
    expect(inspect(error)).toMatch(/^BadRequestError: huawei-dcs createRedislogDownloadLink: HTTP 400/);
    expect(inspect(error)).toContain("status: 400");
  });

  it("ConnectionError whose cause mentions a presigned link and a token", async () => {
    const fetch = async () => {
      throw new TypeError(`connect failed ${presigned} X-Auth-Token: ${TOKEN}`);
    };
    const error = await callDcs({ fetch });
    expect(error).toBeInstanceOf(ConnectionError);
    for (const form of forms(error)) for (const secret of secrets) expect(form).not.toContain(secret);
    expect(inspect(error)).toContain("[cause]: TypeError: connect failed https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]");
  });

  it("WaiterError and others keep only redacted views of what they carry", () => {
    const error = new WaiterError("failed", { status: "failed", link: presigned, token: TOKEN });
    for (const form of forms(error)) for (const secret of secrets) expect(form).not.toContain(secret);
    expect(error.toJSON()).toEqual({
      name: "WaiterError",
      message: "waiter: the resource reached a failed state",
      reason: "failed",
      lastResponse: { status: "failed", link: "https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]", token: "[REDACTED]" },
    });
    expect(new LogLinkError(`oops ${presigned}`).message).toBe("oops https://bucket.obs.cn-north-4.myhuaweicloud.com/redis.log?[REDACTED]");
  });
});

describe("error classes", () => {
  it("have their own names and one root", () => {
    const errors = [
      new ApiError({ status: 500, provider: "otc-rds" }),
      new ConnectionError("c"),
      new TimeoutError("t"),
      new AbortError("a"),
      new InvalidParameterError("p", "m"),
      new InvalidResponseError("r", { status: 200, body: "" }),
      new WaiterError("deadline", undefined),
      new PaginationError("c1"),
    ];
    expect(errors.map((error) => error.name)).toEqual([
      "ApiError",
      "ConnectionError",
      "TimeoutError",
      "AbortError",
      "InvalidParameterError",
      "InvalidResponseError",
      "WaiterError",
      "PaginationError",
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(LogLinkError);
    expect(new TimeoutError("t")).toBeInstanceOf(ConnectionError);
    expect(String(new InvalidParameterError("limit", "limit must be <= 50"))).toBe("InvalidParameterError: limit must be <= 50");
    expect(new ApiError({ status: 500, provider: "otc-rds" }).message).toBe("otc-rds: HTTP 500");
  });
});
