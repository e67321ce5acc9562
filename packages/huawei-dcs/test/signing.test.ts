import { loadVectors } from "@loglink/test-support/vectors";
import { expectedHuaweiAuthorization } from "@loglink/test-support/verifier";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHuaweiDcsClient, type HuaweiDcsClientOptions } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { credentials, documented, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();

afterEach(() => {
  vi.useRealTimers();
});

describe("SDK-HMAC-SHA256 official vector", () => {
  // Produced by the official Huawei Node SDK core signing this very operation, without a body.
  const vector = loadVectors("huawei-vectors.json").find(({ name }) => name === "hw-dcs-createRedislogDownloadLink-empty-body")!;
  const { input, expected } = vector;

  it(`${vector.name}: the client's request carries the vector's exact Authorization`, async () => {
    vi.useFakeTimers({ now: new Date(input.time), toFake: ["Date"] });
    server.use(...handlers);
    const dcs = createHuaweiDcsClient({
      region: "cn-south-1",
      projectId: "0483b6b16e954cb88930a360d2c4e663",
      credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    });
    await dcs.createRedislogDownloadLink({ instance_id: "3b3a3c5e-52b2-4b2b-9a51-6e4c1f0e2d7a", id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" });

    const sent = await snapshot(requests[0]!);
    expect([sent.method, sent.url, sent.hasBody]).toEqual([input.method, input.url, false]);
    // The SDK adds accept and user-agent after signing, unsigned; loglink sends neither.
    const { accept: _accept, "user-agent": _userAgent, ...wire } = expected.headers;
    expect(sent.headers).toEqual(wire);
    expect(sent.headers.authorization).toBe(
      "SDK-HMAC-SHA256 Access=HUAWEITESTAK00000000, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=548b7a33a51082a423635483183ade9de02a6b8fa8713f164fce14028e78540b",
    );
  });
});

describe("signatures verified from what the server received", () => {
  const base = { region: documented.region, projectId: documented.projectId, credentials };
  const cases: { name: string; options: HuaweiDcsClientOptions; signed: string }[] = [
    { name: "the document's request", options: base, signed: "content-type;host;x-project-id;x-sdk-date" },
    {
      name: "temporary credentials",
      options: { ...base, credentials: { ...credentials, securityToken: "temporary-security-token" } },
      signed: "content-type;host;x-project-id;x-sdk-date;x-security-token",
    },
    { name: "an endpoint with a port", options: { ...base, endpoint: "http://127.0.0.1:8080" }, signed: "content-type;host;x-project-id;x-sdk-date" },
    { name: "extra headers", options: { ...base, headers: { "X-Language": "zh-cn" } }, signed: "content-type;host;x-language;x-project-id;x-sdk-date" },
  ];

  it.each(cases)("$name", async ({ options, signed }) => {
    server.use(...handlers);
    await createHuaweiDcsClient(options).createRedislogDownloadLink(documented.input, { headers: { "User-Agent": "tests/1.0" } });

    const sent = await snapshot(requests[0]!);
    expect(sent.headers.authorization).toBe(expectedHuaweiAuthorization(sent, credentials.accessKeyId, credentials.secretAccessKey));
    expect(sent.headers.authorization).toContain(`, SignedHeaders=${signed}, `);
  });

  it("fails verification with another secret (the check can fail)", async () => {
    server.use(...handlers);
    await createHuaweiDcsClient(base).createRedislogDownloadLink(documented.input);

    const sent = await snapshot(requests[0]!);
    expect(sent.headers.authorization).not.toBe(expectedHuaweiAuthorization(sent, credentials.accessKeyId, "another-secret"));
  });
});
