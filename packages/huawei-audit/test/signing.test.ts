import { expectedHuaweiAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AKSK,
  answerEvery,
  client,
  documented,
  END_TIME,
  INSTANCE_ID,
  LAST_FILE_NAME,
  NODE_ID,
  ORIGIN,
  PATH,
  PROJECT_ID,
  START_TIME,
  snapshot,
  useMsw,
} from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID, node_id: NODE_ID, last_file_name: LAST_FILE_NAME, limit: 10, start_time: START_TIME, end_time: END_TIME };

const capture = () => answerEvery(server, documented);

beforeEach(() => {
  // Only the clock: X-Sdk-Date becomes an exact value, msw's timers stay real.
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2023-07-25T07:00:14Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AK/SK signing (SDK-HMAC-SHA256)", () => {
  it("signs the document's example GET, query strictly encoded, so an independent verifier agrees", async () => {
    const seen = capture();
    await expect(client({ credentials: AKSK }).listAuditLogDownloadLink(input)).resolves.toEqual(documented);
    const [request] = seen;
    expect(request).toEqual({
      method: "GET",
      url:
        `${ORIGIN}${PATH}?node_id=${NODE_ID}&last_file_name=${LAST_FILE_NAME}` +
        "&limit=10&start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800",
      headers: {
        authorization: expect.stringMatching(
          /^SDK-HMAC-SHA256 Access=HUAWEITESTAK00000000, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
        ),
        "content-type": "application/json",
        host: "gaussdb.cn-north-4.myhuaweicloud.com",
        "x-project-id": PROJECT_ID,
        "x-sdk-date": "20230725T070014Z",
      },
      hasBody: false,
      body: "",
    });
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs X-Language and X-Security-Token with temporary credentials", async () => {
    const seen = capture();
    const credentials = { ...AKSK, securityToken: "STS-TOKEN-xyz" };
    await client({ credentials, region: "af-south-1" }).listAuditLogDownloadLink(input, { headers: { "X-Language": "en-us" } });
    const [request] = seen;
    expect(request!.headers.host).toBe("gaussdb-mysql.af-south-1.myhuaweicloud.com");
    expect(request!.headers["x-security-token"]).toBe("STS-TOKEN-xyz");
    expect(request!.headers.authorization).toContain("SignedHeaders=content-type;host;x-language;x-project-id;x-sdk-date;x-security-token,");
    expect(request!.headers.authorization).toBe(expectedHuaweiAuthorization(request!, AKSK.accessKeyId, AKSK.secretAccessKey));
  });

  it("signs every page of the paginator", async () => {
    const file = documented.files[0];
    const seen: Awaited<ReturnType<typeof snapshot>>[] = [];
    server.use(
      http.get("*", async ({ request }) => {
        seen.push(await snapshot(request));
        return HttpResponse.json({ files: seen.length === 1 ? [file] : [] });
      }),
    );
    const files = [];
    for await (const item of client({ credentials: AKSK }).paginateAuditLogDownloadLink({ ...input, limit: 1 })) files.push(item);
    expect(files).toEqual([file]);
    expect(seen.map((request) => new URL(request.url).searchParams.get("last_file_name"))).toEqual([LAST_FILE_NAME, file.name]);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(expectedHuaweiAuthorization(request, AKSK.accessKeyId, AKSK.secretAccessKey));
    }
  });
});
