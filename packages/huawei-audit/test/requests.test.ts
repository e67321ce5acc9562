import { describe, expect, it, vi } from "vitest";
import { servers } from "../src/generated/operations.js";
import { InvalidParameterError } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { answerEvery, client, documented, END_TIME, INSTANCE_ID, LAST_FILE_NAME, NODE_ID, ORIGIN, PATH, PROJECT_ID, START_TIME, useMsw } from "./support.js";

const { server } = useMsw();
const timeWindow = { instance_id: INSTANCE_ID, start_time: START_TIME, end_time: END_TIME };

/** Answers every request with the document's example and records what arrived. */
const capture = () => answerEvery(server, documented);

describe("listAuditLogDownloadLink", () => {
  it("sends the document's example request as the spec puts it on the wire (: as %3A, + as %2B)", async () => {
    const seen = capture();
    const answer = await client().listAuditLogDownloadLink({ ...timeWindow, node_id: NODE_ID, last_file_name: LAST_FILE_NAME, limit: 10 });
    expect(answer).toEqual(documented);
    expect(answer.files?.[0]?.size).toBe(928);
    expect(seen).toEqual([
      {
        method: "GET",
        // Verbatim from the spec's "same request as sent on the wire (cn-north-4)".
        url:
          "https://gaussdb.cn-north-4.myhuaweicloud.com/v3/054e292c9880d4992f02c0196d3ea468/instance/669a94abef9f4979b2dfba92f48f4042in07/auditlog/download-link" +
          "?node_id=2e723b45786148fc94c8737f5980786cno07" +
          "&last_file_name=20230724160316_99b1d48896bb44178b715d64b68603f9in07_6a21d5df9bb24f5db83121c5fec0b1d2no07_SQLAudit_8b4b53d2-29f8-11ee-92aa-fa163ef00f0d" +
          "&limit=10&start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800",
        headers: { "content-type": "application/json", "x-auth-token": "TOKEN-abc" },
        hasBody: false,
        body: "",
      },
    ]);
  });

  it("leaves absent optional parameters out (the server applies its defaults)", async () => {
    const seen = capture();
    await client().listAuditLogDownloadLink({ ...timeWindow, start_time: "2023-07-24T09:27:00-0330" });
    expect(seen.map((request) => request.url)).toEqual([`${ORIGIN}${PATH}?start_time=2023-07-24T09%3A27%3A00-0330&end_time=2023-07-25T15%3A00%3A14%2B0800`]);
  });

  it("accepts ids and languages outside the patterns the spec once guessed from the examples", async () => {
    const seen = capture();
    await client().listAuditLogDownloadLink({
      ...timeWindow,
      // Not the `…in07` / `…no07` shape; no vendor table or model requires it.
      instance_id: "3f1c6a4e-2b7d-4c1e-9f3a-7a2b9c0d1e2fin07",
      node_id: "node_A-1",
      "X-Language": "de-de",
    });
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]!.url).pathname).toBe(
      "/v3/054e292c9880d4992f02c0196d3ea468/instance/3f1c6a4e-2b7d-4c1e-9f3a-7a2b9c0d1e2fin07/auditlog/download-link",
    );
    expect(new URL(seen[0]!.url).searchParams.get("node_id")).toBe("node_A-1");
    expect(seen[0]!.headers["x-language"]).toBe("de-de");
  });

  it("sends X-Language from the call's headers or from the input", async () => {
    const seen = capture();
    await client().listAuditLogDownloadLink(timeWindow, { headers: { "X-Language": "zh-cn" } });
    await client().listAuditLogDownloadLink({ ...timeWindow, "X-Language": "en-us" });
    expect(seen.map((request) => request.headers)).toEqual([
      { "content-type": "application/json", "x-auth-token": "TOKEN-abc", "x-language": "zh-cn" },
      { "content-type": "application/json", "x-auth-token": "TOKEN-abc", "x-language": "en-us" },
    ]);
  });

  it.each([
    ["cn-north-4", "https://gaussdb.cn-north-4.myhuaweicloud.com"],
    ["cn-south-4", "https://gaussdb.cn-south-4.myhuaweicloud.com"],
    ["ap-southeast-1", "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com"],
    ["me-east-1", "https://gaussdbformysql.me-east-1.myhuaweicloud.com"],
    ["af-south-1", "https://gaussdb-mysql.af-south-1.myhuaweicloud.com"],
    ["la-north-2", "https://gaussdb-mysql.la-north-2.myhuaweicloud.com"],
    // Added by the vendor's SDK in July 2026.
    ["cn-southwest-3", "https://gaussdb-mysql.cn-southwest-3.myhuaweicloud.com"],
  ])("sends region %s to %s", async (region, origin) => {
    const seen = capture();
    await client({ region }).listAuditLogDownloadLink(timeWindow);
    expect(new URL(seen[0]!.url).origin).toBe(origin);
  });

  it("needs region or endpoint, and endpoint replaces the host only", async () => {
    expect(() => client({ region: undefined })).toThrowError(
      new InvalidParameterError("region", 'huawei-audit needs region, the region id of your resources (e.g. "cn-north-4"), or endpoint'),
    );
    const seen = capture();
    await client({ region: "cn-north-4" }).listAuditLogDownloadLink(timeWindow);
    await client({ region: "tr-west-1", endpoint: "http://127.0.0.1:8080" }).listAuditLogDownloadLink(timeWindow);
    expect(seen.map((request) => request.url.split("?")[0])).toEqual([`${ORIGIN}${PATH}`, `http://127.0.0.1:8080${PATH}`]);
  });

  it("sends a region id in no table to the newest host family, and refuses what is no region id", async () => {
    const known = servers.flatMap((entry) => entry.variables.region.enum);
    expect(known).toHaveLength(20);
    expect(known).not.toContain("eu-west-101");
    const seen = capture();
    await client({ region: "eu-west-101" }).listAuditLogDownloadLink(timeWindow);
    expect(new URL(seen[0]!.url).origin).toBe("https://gaussdb-mysql.eu-west-101.myhuaweicloud.com");
    expect(() => client({ region: "eu-west-101.evil.example" })).toThrowError(
      new InvalidParameterError("region", 'region "eu-west-101.evil.example" is not a region id such as "cn-north-4"'),
    );
  });

  it.each([
    [{ ...timeWindow, end_time: "2023-07-25 15:00:14" }, "end_time", "is not an ISO 8601 time with a time zone"],
    [{ ...timeWindow, instance_id: "669a94abef9f4979b2dfba92f48f4042in07/x" }, "instance_id", 'must not contain "/"'],
    [{ ...timeWindow, instance_id: ".." }, "instance_id", 'must not be "." or ".."'],
    [{ ...timeWindow, instance_id: "" }, "instance_id", "must not be empty"],
    [{ ...timeWindow, limit: 51 }, "limit", "must be <= 50"],
    [{ ...timeWindow, limit: 0 }, "limit", "must be >= 1"],
    [{ ...timeWindow, last_file_name: "" }, "last_file_name", "must be at least 1 characters long"],
    [{ ...timeWindow, "X-Language": "en-us\r\nX-Evil: 1" }, "X-Language", "must not contain control characters"],
    [{ instance_id: INSTANCE_ID, start_time: START_TIME }, "end_time", '"end_time" is required'],
  ])("rejects %j before sending (%s)", async (input, parameter, problem) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const error = await client({ fetch })
      .listAuditLogDownloadLink(input as never)
      .then(
        () => undefined,
        (caught: unknown) => caught as InvalidParameterError,
      );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error!.parameter).toBe(parameter);
    expect(error!.message).toContain(problem);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("uses a custom fetch", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(documented));
    await expect(client({ fetch: fetch as typeof globalThis.fetch }).listAuditLogDownloadLink(timeWindow)).resolves.toEqual(documented);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("raw", () => {
  it("is the typed openapi-fetch client, authenticated, with the same strict query encoding", async () => {
    const seen = capture();
    const { data } = await client().raw.GET("/v3/{project_id}/instance/{instance_id}/auditlog/download-link", {
      params: { path: { project_id: PROJECT_ID, instance_id: INSTANCE_ID }, query: { start_time: START_TIME, end_time: END_TIME } },
    });
    expect(data?.files?.[0]?.name).toBe(documented.files[0].name);
    expect(seen.map(({ url, headers }) => [url, headers["x-auth-token"]])).toEqual([
      [`${ORIGIN}${PATH}?start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800`, "TOKEN-abc"],
    ]);
  });
});

describe("mocks entry", () => {
  it("answers listAuditLogDownloadLink with the documented example on any host", async () => {
    server.use(...handlers);
    await expect(client().listAuditLogDownloadLink(timeWindow)).resolves.toEqual(documented);
    await expect(client({ endpoint: "http://localhost:3000" }).listAuditLogDownloadLink(timeWindow)).resolves.toEqual(documented);
  });
});
