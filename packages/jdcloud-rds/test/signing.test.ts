import { loadVectors } from "@loglink/test-support/vectors";
import { expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createJdcloudRdsClient } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { credentials, documented, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("JDCLOUD2-HMAC-SHA256 official vector", () => {
  // The first vector was produced by the official jdcloud-sdk-js signing this very operation.
  const [vector] = loadVectors("jdcloud-vectors.json");
  const { input, expected } = vector!;

  it(`${vector!.name}: the client's request carries the vector's exact Authorization`, async () => {
    // Core offers no clock or nonce option: its signer reads Date and crypto.randomUUID, so fix those.
    vi.useFakeTimers({ now: new Date(input.time), toFake: ["Date"] });
    vi.spyOn(crypto, "randomUUID").mockReturnValue(input.nonce as ReturnType<typeof crypto.randomUUID>);
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: input.region!, credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey } });
    await rds.updateLogDownloadURLInternal({ instanceId: "mysql-k7v3xq9z2p", logId: "5c3a2f1e-mysql-error-log-20230724", seconds: 3600 });

    const sent = await snapshot(requests[0]!);
    expect([sent.method, sent.url, sent.body]).toEqual([input.method, input.url, input.body]);
    // The SDK also sends an unsigned user-agent of its own; everything else matches byte for byte.
    const { "user-agent": _userAgent, ...wire } = expected.headers;
    expect(sent.headers).toEqual(wire);
    expect(sent.headers.authorization).toBe(
      "JDCLOUD2-HMAC-SHA256 Credential=TESTAK0000000000000000/20230724/cn-north-1/rds/jdcloud2_request, SignedHeaders=accept;content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature=b38aeea27a415cd2bf9a808772e6b517cd3e184c602dc795a23887beb0dfad07",
    );
  });
});

describe("signatures verified from what the server received", () => {
  const cases = [
    { name: "the document's request", region: "cn-north-1", input: documented.input, scope: "cn-north-1" },
    { name: "a per-call regionId", region: "cn-north-1", input: { ...documented.input, regionId: "cn-east-2" }, scope: "cn-east-2" },
    { name: "ids that need percent-encoding", region: "cn-south-1", input: { instanceId: "pg x(1)", logId: "a:b+c*ü", seconds: 86400 }, scope: "cn-south-1" },
    { name: "an endpoint with a port", region: "cn-east-1", endpoint: "http://127.0.0.1:8080", input: documented.input, scope: "cn-east-1" },
  ];

  it.each(cases)("$name", async ({ region, endpoint, input, scope }) => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region, endpoint, credentials, headers: { "X-Trace": "  a \t b " } });
    await rds.updateLogDownloadURLInternal(input, { headers: { "User-Agent": "tests/1.0" } });

    const sent = await snapshot(requests[0]!);
    const expectedAuthorization = expectedJdcloudAuthorization(sent, credentials.accessKeyId, credentials.secretAccessKey, scope, "rds");
    expect(sent.headers.authorization).toBe(expectedAuthorization);
    expect(sent.headers.authorization).toContain(
      `/${scope}/rds/jdcloud2_request, SignedHeaders=accept;content-type;host;x-jdcloud-date;x-jdcloud-nonce;x-trace, `,
    );
  });

  it("fails verification with another secret (the check can fail)", async () => {
    server.use(...handlers);
    const rds = createJdcloudRdsClient({ region: documented.region, credentials });
    await rds.updateLogDownloadURLInternal(documented.input);

    const sent = await snapshot(requests[0]!);
    expect(sent.headers.authorization).not.toBe(expectedJdcloudAuthorization(sent, credentials.accessKeyId, "another-secret", "cn-north-1", "rds"));
    expect(sent.headers.authorization).not.toBe(expectedJdcloudAuthorization(sent, credentials.accessKeyId, credentials.secretAccessKey, "cn-east-2", "rds"));
  });
});
