// A 3xx from the API must not carry the caller's credentials to whatever host it names.
import { once } from "node:events";
import { type IncomingHttpHeaders, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const token = "tok-hardening-redirect-secret";
const seenByOtherHost: IncomingHttpHeaders[] = [];
const otherHost = createServer((request, response) => {
  seenByOtherHost.push(request.headers);
  response.end("{}");
});
const api = createServer((_request, response) => {
  response.writeHead(307, { location: `http://localhost:${(otherHost.address() as AddressInfo).port}/steal` }).end();
});

beforeAll(async () => {
  otherHost.listen(0, "127.0.0.1");
  api.listen(0, "127.0.0.1");
  await Promise.all([once(otherHost, "listening"), once(api, "listening")]);
});
afterAll(() => {
  otherHost.close();
  api.close();
});

describe("a redirect to another host", () => {
  it("becomes an ApiError and the other host never sees a request", async () => {
    const dcs = createHuaweiDcsClient({
      endpoint: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
      projectId: "0524e839a54847039e9b2b46e8aa788a",
      credentials: { token },
      maxRetries: 0,
    });
    const error = await dcs.createRedislogDownloadLink({ instance_id: "i-1", id: "log-1" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(307);
    expect(seenByOtherHost).toEqual([]);
    expect(String(error)).not.toContain(token);
  });
});
