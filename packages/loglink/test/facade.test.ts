import { AbortError, ApiError, ConnectionError, InvalidParameterError } from "@loglink/core";
import { handlers as huaweiAudit } from "@loglink/huawei-audit/mocks";
import { handlers as huaweiDcs } from "@loglink/huawei-dcs/mocks";
import { handlers as jdcloudRds, createHandlers as jdcloudRdsErrors } from "@loglink/jdcloud-rds/mocks";
import { handlers as otcRds, createHandlers as otcRdsErrors } from "@loglink/otc-rds/mocks";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLogLinks, normalizeHuaweiAudit } from "../src/index.js";
import { examples, expectedLinks } from "./documents.js";

const server = setupServer(...jdcloudRds, ...otcRds, ...huaweiDcs, ...huaweiAudit);
const sent: Request[] = [];
server.events.on("request:start", ({ request }) => void sent.push(request.clone()));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  sent.length = 0;
});
afterAll(() => server.close());

const accessKey = { accessKeyId: "AKEXAMPLE", secretAccessKey: "secret-example" };

describe("jdcloud-rds via the facade", () => {
  const links = createLogLinks({ provider: "jdcloud-rds", region: "cn-north-1", credentials: accessKey });
  const input = { instanceId: "pg-x2fyuzvwak", logId: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833", seconds: 3600 };

  it("makes one signed call and normalises the document's example", async () => {
    const list = await links.get(input);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe(
      "https://rds.jdcloud-api.com/v1/regions/cn-north-1/instances/pg-x2fyuzvwak/log/postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833%3AupdateLogDownloadURLInternal",
    );
    expect(await request!.json()).toEqual({ seconds: 3600 });
    expect(request!.headers.get("authorization")).toMatch(/^JDCLOUD2-HMAC-SHA256 Credential=AKEXAMPLE\//);
    expect(list).toEqual([expectedLinks.jdcloudRds]);
  });

  it("passes the provider's API error through, with its code", async () => {
    server.use(...jdcloudRdsErrors({ status: 404 }));
    const failure = await links.get(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    // The document's 404 example: `error.status` is JD Cloud's code.
    expect(failure).toMatchObject({ status: 404, provider: "jdcloud-rds", code: "NOT_FOUND" });
  });
});

describe("otc-rds via the facade", () => {
  const options = { provider: "otc-rds", region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663" } as const;
  const input = { instance_id: "3d39c18788b54a919bab633874c159dfin03" };
  const expected = expectedLinks.otcRds;

  it("with a token: one call when the task is already FINISH", async () => {
    const list = await createLogLinks({ ...options, credentials: { token: "iam-token" } }).get(input);
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST https://rds.eu-de.otc.t-systems.com/v3/0483b6b16e954cb88930a360d2c4e663/instances/3d39c18788b54a919bab633874c159dfin03/errorlog-download",
    ]);
    expect(sent[0]!.headers.get("x-auth-token")).toBe("iam-token");
    expect(list).toEqual([expected]);
  });

  it("waits while the task is CREATING, then returns the finished task's links", async () => {
    server.use(http.post(/\/errorlog-download$/, () => HttpResponse.json({ list: [], status: "CREATING", count: 0 }), { once: true }));
    const list = await createLogLinks({ ...options, credentials: accessKey }).get(input);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 Access=AKEXAMPLE,/);
    expect(list).toEqual([expected]);
  });

  it("fails at once when the first call cannot connect, instead of polling until the waiter's deadline", async () => {
    server.use(http.post(/\/errorlog-download$/, () => HttpResponse.error()));
    const attempt = createLogLinks({ ...options, credentials: accessKey, maxRetries: 0 }).get(input);
    await expect(attempt).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(1);
  }, 5_000);

  it("a task that failed at the first answer: WaiterError, no further call", async () => {
    server.use(http.post(/\/errorlog-download$/, () => HttpResponse.json({ list: [], status: "FAILED" })));
    await expect(createLogLinks({ ...options, credentials: accessKey }).get(input)).rejects.toMatchObject({ name: "WaiterError", reason: "failed" });
    expect(sent).toHaveLength(1);
  });

  it("stops waiting when aborted", async () => {
    const controller = new AbortController();
    server.use(
      http.post(/\/errorlog-download$/, () => {
        // The first call and the waiter's first poll both say CREATING; the waiter then sleeps at
        // least 2 s before its next poll. Abort during that sleep.
        if (sent.length === 2) setTimeout(() => controller.abort(), 100);
        return HttpResponse.json({ list: [], status: "CREATING" });
      }),
    );
    const started = Date.now();
    const pending = createLogLinks({ ...options, credentials: accessKey }).get(input, { signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(sent).toHaveLength(2);
  });

  it("passes the provider's API error through, with its code", async () => {
    server.use(...otcRdsErrors({ status: 404 }));
    await expect(createLogLinks({ ...options, credentials: accessKey }).get(input)).rejects.toMatchObject({
      name: "NotFoundError",
      status: 404,
      code: "DBS.200045",
    });
  });
});

describe("huawei-dcs via the facade", () => {
  it("makes one call and normalises the document's example", async () => {
    const links = createLogLinks({
      provider: "huawei-dcs",
      region: "cn-south-1",
      projectId: "0524e839a54847039e9b2b46e8aa788a",
      credentials: { ...accessKey, securityToken: "sts-token" },
    });
    const list = await links.get({ instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" });
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST https://dcs.cn-south-1.myhuaweicloud.com/v2/0524e839a54847039e9b2b46e8aa788a/instances/5c597ce5-9823-48aa-bf4d-2defb9385b4a/redislog/3ea6ce21-048e-447a-83c3-3fb004b88439/links",
    ]);
    expect(sent[0]!.headers.get("x-security-token")).toBe("sts-token");
    // The mock answers with the English edition's example.
    expect(list).toEqual([expectedLinks.huaweiDcsEnglish]);
  });
});

describe("huawei-audit via the facade", () => {
  const links = createLogLinks({ provider: "huawei-audit", region: "cn-north-4", projectId: "054e292c9880d4992f02c0196d3ea468", credentials: accessKey });
  const input = {
    instance_id: "669a94abef9f4979b2dfba92f48f4042in07",
    start_time: "2023-07-24T09:27:00+0800",
    end_time: "2023-07-25T15:00:14+0800",
  };

  it("one short page: the document's example", async () => {
    const list = await links.get(input);
    expect(sent).toHaveLength(1);
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toBe("/v3/054e292c9880d4992f02c0196d3ea468/instance/669a94abef9f4979b2dfba92f48f4042in07/auditlog/download-link");
    expect(url.searchParams.get("start_time")).toBe("2023-07-24T09:27:00+0800");
    expect(list).toEqual(normalizeHuaweiAudit(examples.huaweiAudit));
    expect(list).toHaveLength(1);
  });

  it("walks every page, each after the previous page's last file", async () => {
    const file = (name: string) => ({ name, size: 1, updated_time: "2023-07-24T10:00:00+0800", download_link: `https://obs.example.com/${name}` });
    const pages: Record<string, object[]> = { "": [file("a"), file("b")], b: [file("c"), file("d")], d: [file("e")] };
    server.use(
      http.get(/\/auditlog\/download-link$/, ({ request }) =>
        HttpResponse.json({ files: pages[new URL(request.url).searchParams.get("last_file_name") ?? ""] }),
      ),
    );
    const list = await links.get({ ...input, limit: 2 });
    expect(sent.map((request) => new URL(request.url).searchParams.get("last_file_name"))).toEqual([null, "b", "d"]);
    expect(list.map((link) => link.fileName)).toEqual(["a", "b", "c", "d", "e"]);
    expect(list.every((link) => link.sizeBytes === 1024)).toBe(true);
  });
});

describe("createLogLinks", () => {
  it("refuses an unknown provider by name", () => {
    expect(() => createLogLinks({ provider: "aws-rds" } as never)).toThrow(InvalidParameterError);
    expect(() => createLogLinks({ provider: "aws-rds" } as never)).toThrow(/unknown provider "aws-rds"; one of jdcloud-rds, otc-rds, huawei-dcs, huawei-audit/);
  });

  it("reports invalid client options at the first get, before any request", async () => {
    const links = createLogLinks({ provider: "otc-rds", region: "mars 1", projectId: "0483b6b16e954cb88930a360d2c4e663", credentials: accessKey });
    await expect(links.get({ instance_id: "3d39c18788b54a919bab633874c159dfin03" })).rejects.toMatchObject({ parameter: "region" });
    expect(sent).toEqual([]);
  });
});

describe("refresh on the facade's links (what download() renews with)", () => {
  const links = createLogLinks({ provider: "jdcloud-rds", region: "cn-north-1", credentials: accessKey });
  const input = { instanceId: "pg-x2fyuzvwak", logId: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833", seconds: 3600 };

  it("each link has a non-enumerable refresh that asks the provider again for the same file", async () => {
    const [link] = await links.get(input);
    expect(Object.keys(link!)).not.toContain("refresh");
    expect(JSON.stringify(link)).not.toContain("refresh");
    expect(sent).toHaveLength(1);
    const fresh = await link!.refresh!();
    expect(sent).toHaveLength(2);
    expect(fresh).toEqual(link);
    expect(typeof fresh.refresh).toBe("function");
  });

  it("a file the provider no longer lists: refresh fails naming it", async () => {
    const audit = createLogLinks({ provider: "huawei-audit", region: "cn-north-4", projectId: "054e292c9880d4992f02c0196d3ea468", credentials: accessKey });
    const auditInput = { instance_id: "669a94abef9f4979b2dfba92f48f4042in07", start_time: "2023-07-06T00:00:00+0800", end_time: "2023-07-06T23:59:59+0800" };
    const [link] = await audit.get(auditInput);
    server.use(http.all("*/auditlog/download-link", () => HttpResponse.json({ files: [] })));
    await expect(link!.refresh!()).rejects.toThrow(`huawei-audit no longer lists the file ${link!.fileName}`);
  });
});
