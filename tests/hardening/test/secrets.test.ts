// Secrets never leak: servers and fetch implementations that echo credentials and presigned links
// back, and every rendering of the resulting errors and debug lines. The setup file's scan then
// checks every error this file (and every other file) produced.
import { ApiError, ConnectionError, InvalidParameterError, InvalidResponseError, LogLinkError, redact } from "@loglink/core";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { createJdcloudRdsClient } from "@loglink/jdcloud-rds";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { dcs, OTC_INSTANCE, operationNames, operations, otc, PROJECT_ID } from "./harness/clients.js";
import {
  debugLog,
  failure,
  LINK_CREDENTIAL,
  LINK_SIGNATURE,
  leaks,
  presignedLink,
  producedErrors,
  producedLogLines,
  recordError,
  renderings,
  SECRET_KEY,
  SECURITY_TOKEN,
  TOKEN,
} from "./harness/secrets.js";
import { sendJson, startServer, type TestServer } from "./harness/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  vi.spyOn(Math, "random").mockReturnValue(0);
  return () => vi.restoreAllMocks();
});

const SECRETS = [TOKEN, SECRET_KEY, SECURITY_TOKEN, LINK_SIGNATURE, LINK_CREDENTIAL];
function expectClean(error: unknown) {
  for (const text of renderings(error)) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("a server that echoes what it received", () => {
  /** Answers `status` with the request's credential headers and a presigned link spread over the body. */
  const echo = (status: number) =>
    server.handle((_request, response, recorded) => {
      const token = recorded.headers["x-auth-token"] ?? recorded.headers["x-security-token"] ?? "";
      const link = presignedLink("https://obs.example.com");
      sendJson(
        response,
        status,
        {
          error_code: "APIGW.0301",
          error_msg: `Incorrect IAM authentication information: token ${token} rejected; see ${link}`,
          error: { status: "UNAUTHENTICATED", message: `Authorization: ${recorded.headers.authorization ?? ""} refused for ${link}` },
          headers: recorded.headers,
          detail: { received: token, link },
          request_id: "req-1",
        },
        { "x-echo-token": token, "x-auth-token": token, location: link },
      );
    });

  it.each(operationNames)("%s: every rendering of the ApiError is clean", async (name) => {
    for (const status of [401, 403, 500, 302]) {
      echo(status);
      const error = await failure(operations[name](server.origin, { maxRetries: 0 }));
      expect(error).toBeInstanceOf(ApiError);
      expectClean(error);
    }
  });

  it("a 2xx echo that is not JSON: the InvalidResponseError is clean", async () => {
    server.handle((_request, response, recorded) => {
      response.writeHead(200).end(`{"token": "${recorded.headers["x-auth-token"]}", "link": "${presignedLink("https://obs.example.com")}", "x": `);
    });
    const error = await failure(dcs(server.origin, "token", { maxRetries: 0 }).createRedislogDownloadLink({ instance_id: "i", id: "l" }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expectClean(error);
  });

  it("a presigned link without a scheme (OTC style), JSON-escaped, in a broken 2xx", async () => {
    server.handle((_request, response) => {
      const link = presignedLink("****.com:443", "/errorlog", "obs").replace(/\//g, "\\/");
      response.writeHead(200).end(`{"list": [{"file_link": "${link}", "status": "SUCCESS"`);
    });
    const error = await failure(otc(server.origin, "token", { maxRetries: 0 }).downloadErrorlog({ instance_id: OTC_INSTANCE }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expectClean(error);
  });
});

describe("a fetch that fails with the request in its message", () => {
  it.each(["token", "temporary"] as const)("%s credentials: the ConnectionError is clean", async (auth) => {
    const fetch = async (request: RequestInfo | URL) => {
      const headers = Object.fromEntries((request as Request).headers);
      throw new Error(
        `proxy refused ${(request as Request).url} with headers ${JSON.stringify(headers)} (token ${headers["x-auth-token"] ?? headers["x-security-token"]})`,
      );
    };
    const error = await failure(dcs(server.origin, auth, { fetch, maxRetries: 0 }).createRedislogDownloadLink({ instance_id: "i", id: "l" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expectClean(error);
  });
});

describe("bad credentials and options never echo the secret", () => {
  it.each([
    ["a token with a newline", { token: `${TOKEN}\n` }],
    ["a token with a NUL", { token: `${TOKEN}\u0000` }],
    ["a token with non-Latin-1", { token: `${TOKEN}日` }],
    ["a secret key with spaces around", { accessKeyId: "AK", secretAccessKey: ` ${SECRET_KEY} ` }],
    ["a security token with CR LF", { accessKeyId: "AK", secretAccessKey: SECRET_KEY, securityToken: `${SECURITY_TOKEN}\r\nX: y` }],
  ] as const)("%s", async (_, credentials) => {
    const error = await failure(() =>
      createHuaweiDcsClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials, maxRetries: 0, logger: debugLog }).createRedislogDownloadLink({
        instance_id: "i",
        id: "l",
      }),
    );
    expect(error).toBeInstanceOf(LogLinkError);
    expectClean(error);
    expect(server.requests).toEqual([]);
  });

  it("a secret in a header option with a control character", async () => {
    const error = await failure(() =>
      dcs(server.origin, "token", { headers: { "X-Security-Token": `${SECURITY_TOKEN}\u0000` } }).createRedislogDownloadLink({ instance_id: "i", id: "l" }),
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expectClean(error);
    expect(server.requests).toEqual([]);
  });

  it("a secret in a call's header with a control character", async () => {
    const error = await failure(
      dcs(server.origin).createRedislogDownloadLink({ instance_id: "i", id: "l" }, { headers: { "X-Auth-Token": `${TOKEN}\u0001` } }),
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expectClean(error);
    expect(server.requests).toEqual([]);
  });
});

describe("the debug log", () => {
  it("has one redacted line per attempt, for every client and outcome", async () => {
    const before = producedLogLines().length;
    let n = 0;
    server.handle((_request, response) => {
      n++;
      if (n % 3 === 1) response.writeHead(503).end();
      else if (n % 3 === 2) response.writeHead(302, { location: presignedLink(server.origin) }).end();
      else sendJson(response, 200, { link: presignedLink("https://obs.example.com"), result: { publicURL: presignedLink("https://s3.example.com") } });
    });
    for (const name of operationNames) await operations[name](server.origin, { maxRetries: 2 }).catch(recordError);
    const lines = producedLogLines().slice(before);
    expect(lines.length).toBe(server.requests.length);
    for (const line of lines) {
      expect(line).toMatch(/^(?:otc-rds|huawei-dcs|huawei-audit|jdcloud-rds) (?:GET|POST) http:\/\/127\.0\.0\.1:\d+\/\S+ -> \S+ \(\d+ ms, attempt \d\)$/);
      for (const secret of SECRETS) expect(line).not.toContain(secret);
    }
  });

  it("the JD Cloud signature and the secret key never reach it", async () => {
    server.handle((_request, response) => sendJson(response, 200, { result: {} }));
    const lines: string[] = [];
    await createJdcloudRdsClient({
      endpoint: server.origin,
      region: "cn-north-1",
      credentials: { accessKeyId: "AK", secretAccessKey: SECRET_KEY },
      logger: (line) => lines.push(line),
    }).updateLogDownloadURLInternal({ instanceId: "pg-1", logId: "l", seconds: 60 });
    expect(lines).toHaveLength(1);
    const signature = /Signature=([0-9a-f]+)/.exec(server.requests[0]!.headers.authorization!)![1]!;
    expect(lines[0]).not.toContain(signature);
    expect(lines[0]).not.toContain(SECRET_KEY);
  });
});

describe("redact itself", () => {
  it("masks every secret-bearing form the suite uses", () => {
    const text = [
      presignedLink("https://obs.example.com"),
      presignedLink("****.com:443", "/x", "obs"),
      `Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${LINK_SIGNATURE}`,
      `"x-auth-token": "${TOKEN}"`,
      `X-Security-Token: ${SECURITY_TOKEN}`,
    ].join("\n");
    const masked = redact(text);
    for (const secret of SECRETS) expect(masked).not.toContain(secret);
  });
});

describe("the scan", () => {
  it("has errors and debug lines to scan, and finds no secret in them", () => {
    expect(producedErrors().length).toBeGreaterThan(10);
    expect(producedLogLines().length).toBeGreaterThan(10);
    expect(leaks()).toEqual([]);
  });

  it("would find a leak", () => {
    // The scan itself must be able to fail: a token in an error's message, a secret key in an
    // ApiError's body (the constructor redacts nothing: the clients do) and a link in a debug line.
    const errors = [new Error(`oops ${TOKEN}`), new ApiError({ status: 500, provider: "huawei-dcs", body: { note: SECRET_KEY } })];
    const found = leaks({ errors, lines: [`GET ${presignedLink("https://obs.example.com")} -> 200`] });
    expect(found.map(({ secret, where }) => [secret, where.slice(0, where.indexOf(":"))])).toEqual(
      expect.arrayContaining([
        [TOKEN, "error #0 (Error)"],
        [SECRET_KEY, "error #1 (ApiError)"],
        [LINK_SIGNATURE, "log line #0"],
        [LINK_CREDENTIAL, "log line #0"],
      ]),
    );
    expect(leaks({ errors: [new Error("nothing secret")], lines: ["GET http://127.0.0.1/x -> 200"] })).toEqual([]);
  });
});
