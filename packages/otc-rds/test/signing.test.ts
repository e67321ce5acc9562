import { expectedHuaweiAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AKSK, answerEvery, client, finished, INSTANCE_ID, PROJECT_ID, snapshot, URL_EU_DE, useMsw } from "./support.js";

const { server } = useMsw();

const capture = () => answerEvery(server, finished);

beforeEach(() => {
  // Only the clock: X-Sdk-Date becomes an exact value, msw's timers stay real.
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2020-05-15T08:06:14Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AK/SK signing (SDK-HMAC-SHA256)", () => {
  it("signs the body-less POST with X-Project-Id so an independent verifier agrees", async () => {
    const seen = capture();
    await expect(client({ credentials: AKSK }).downloadErrorlog({ instance_id: INSTANCE_ID })).resolves.toEqual(finished);
    const [request] = seen;
    expect(request).toEqual({
      method: "POST",
      url: URL_EU_DE,
      headers: {
        authorization: expect.stringMatching(
          /^SDK-HMAC-SHA256 Access=OTCTESTAK00000000000, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
        ),
        "content-type": "application/json",
        host: "rds.eu-de.otc.t-systems.com",
        "x-project-id": PROJECT_ID,
        "x-sdk-date": "20200515T080614Z",
      },
      hasBody: false,
      body: "",
    });
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("adds and signs X-Security-Token with temporary credentials, on the Swiss host", async () => {
    const seen = capture();
    const credentials = { ...AKSK, securityToken: "STS-TOKEN-xyz" };
    await client({ credentials, region: "eu-ch2" }).downloadErrorlog({ instance_id: INSTANCE_ID });
    const [request] = seen;
    expect(request!.headers.host).toBe("rds.eu-ch2.sc.otc.t-systems.com");
    expect(request!.headers["x-security-token"]).toBe("STS-TOKEN-xyz");
    expect(request!.headers["x-auth-token"]).toBeUndefined();
    expect(request!.headers.authorization).toContain("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,");
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs the host with the endpoint's port, and call headers", async () => {
    const seen = capture();
    await client({ credentials: AKSK, endpoint: "http://127.0.0.1:8080" }).downloadErrorlog({ instance_id: INSTANCE_ID }, { headers: { "X-Trace": "t1" } });
    const [request] = seen;
    expect(request!.headers.host).toBe("127.0.0.1:8080");
    expect(request!.headers.authorization).toContain("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-trace,");
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs raw requests too", async () => {
    const seen = capture();
    await client({ credentials: AKSK }).raw.POST("/v3/{project_id}/instances/{instance_id}/errorlog-download", {
      params: { path: { project_id: PROJECT_ID, instance_id: INSTANCE_ID } },
    });
    expect(seen[0]!.headers.authorization).toBe(expectedHuaweiAuthorization(seen[0]!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs every retry afresh", async () => {
    const seen: Awaited<ReturnType<typeof snapshot>>[] = [];
    server.use(
      http.all("*", async ({ request }) => {
        seen.push(await snapshot(request));
        if (seen.length === 1) {
          vi.setSystemTime(new Date("2020-05-15T08:07:00Z"));
          return HttpResponse.json({ error_code: "DBS.108000", error_msg: "Server failure." }, { status: 500 });
        }
        return HttpResponse.json(finished);
      }),
    );
    vi.spyOn(Math, "random").mockReturnValue(0);
    await client({ credentials: AKSK }).downloadErrorlog({ instance_id: INSTANCE_ID });
    vi.restoreAllMocks();
    expect(seen.map((request) => request.headers["x-sdk-date"])).toEqual(["20200515T080614Z", "20200515T080700Z"]);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(expectedHuaweiAuthorization(request, AKSK.accessKeyId, AKSK.secretAccessKey));
    }
  });
});
