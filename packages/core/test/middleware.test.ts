// `raw` keeps openapi-fetch's middleware contract: a middleware may replace the request, read its
// body or send bytes, and the request that leaves is the one it produced, signed as sent.

import { capture as answerEvery, useMsw } from "@loglink/test-support/msw";
import { expectedHuaweiAuthorization, expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { AKSK, createLink, dcsClient, JD_AKSK, jdClient, PROJECT_ID } from "./fixtures.js";

const { server } = useMsw();
const capture = () => answerEvery(server, { link: "https://obs.example.com/f" });

const JD_PATH = "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal";
const jdParams = { path: { regionId: "cn-north-1", instanceId: "mysql-1", logId: "log-1" } };
const DCS_PATH = "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links";
const dcsParams = { path: { project_id: PROJECT_ID, instance_id: "i", id: "l" } };

// The raw clients are typed by a provider's paths; the core tests have none.
type RawRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const rawOf = (client: { raw: { use(...m: Middleware[]): void; request: unknown } }) => client.raw.request as RawRequest;

describe("raw middleware", () => {
  it("may return new Request(request, { headers }): the added header is sent and signed", async () => {
    const seen = capture();
    const client = dcsClient({ credentials: AKSK });
    client.raw.use({
      onRequest({ request }) {
        const headers = new Headers(request.headers);
        headers.set("X-Trace-Id", "trace-1");
        return new Request(request, { headers });
      },
    });
    const { response } = await rawOf(client)("post", DCS_PATH, { params: dcsParams });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers["x-trace-id"]).toBe("trace-1");
    expect(seen[0]!.headers.authorization).toContain("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-trace-id,");
    expect(seen[0]!.headers.authorization).toBe(expectedHuaweiAuthorization(seen[0]!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("may return new Request(request.url, …) with another body: the signature covers the new body", async () => {
    const seen = capture();
    const client = jdClient();
    client.raw.use({
      onRequest({ request }) {
        return new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify({ seconds: 120 }) });
      },
    });
    await rawOf(client)("post", JD_PATH, { params: jdParams, body: { seconds: 60 } });
    expect(seen[0]!.body).toBe('{"seconds":120}');
    expect(seen[0]!.headers.authorization).toBe(expectedJdcloudAuthorization(seen[0]!, JD_AKSK.accessKeyId, JD_AKSK.secretAccessKey, "cn-north-1", "rds"));
  });

  it("may read the body, and the body is still sent and signed", async () => {
    const seen = capture();
    const read: string[] = [];
    const client = jdClient();
    client.raw.use({
      async onRequest({ request }) {
        read.push(await request.clone().text());
      },
    });
    client.raw.use({
      async onRequest({ request }) {
        // Consumes the body, then hands on a request carrying the same text.
        const text = await request.text();
        read.push(text);
        return new Request(request.url, { method: request.method, headers: request.headers, body: text });
      },
    });
    await rawOf(client)("post", JD_PATH, { params: jdParams, body: { seconds: 60 } });
    expect(read).toEqual(['{"seconds":60}', '{"seconds":60}']);
    expect(seen[0]!.body).toBe('{"seconds":60}');
    expect(seen[0]!.headers.authorization).toBe(expectedJdcloudAuthorization(seen[0]!, JD_AKSK.accessKeyId, JD_AKSK.secretAccessKey, "cn-north-1", "rds"));
  });

  it("signs a bytes body with AK/SK, hashing the bytes sent", async () => {
    const seen = capture();
    const bytes = new TextEncoder().encode('{"seconds":3600,"note":"journal d’été"}');
    // JD Cloud: the body serializer hands openapi-fetch the bytes.
    await rawOf(jdClient())("post", JD_PATH, { params: jdParams, body: bytes, bodySerializer: (body: Uint8Array) => body });
    // Huawei: a middleware puts the bytes on a new Request.
    const dcs = dcsClient({ credentials: AKSK });
    dcs.raw.use({ onRequest: ({ request }) => new Request(request.url, { method: "POST", headers: request.headers, body: bytes }) });
    await rawOf(dcs)("post", DCS_PATH, { params: dcsParams });

    const [jdSeen, dcsSeen] = seen;
    expect(new TextEncoder().encode(jdSeen!.body)).toEqual(bytes);
    expect(jdSeen!.headers.authorization).toBe(expectedJdcloudAuthorization(jdSeen!, JD_AKSK.accessKeyId, JD_AKSK.secretAccessKey, "cn-north-1", "rds"));
    expect(new TextEncoder().encode(dcsSeen!.body)).toEqual(bytes);
    expect(dcsSeen!.headers.authorization).toBe(expectedHuaweiAuthorization(dcsSeen!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("runs for typed calls too, which send what the middleware made", async () => {
    const seen = capture();
    const client = dcsClient({ credentials: { token: "TOKEN-abc" } });
    client.raw.use({ onRequest: ({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Extra": "1" } }) });
    const answer = await client.call(createLink, { instance_id: "i", id: "l" });
    expect(answer).toEqual({ link: "https://obs.example.com/f" });
    expect(seen[0]!.headers["x-extra"]).toBe("1");
    expect(seen[0]!.headers["x-auth-token"]).toBe("TOKEN-abc");
  });
});
