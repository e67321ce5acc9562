import type { MetadataBearer } from "@loglink/core";
import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../src/generated/schema.js";
import {
  type AuditLogFile,
  createHuaweiAuditClient,
  type HuaweiAuditClient,
  type ListAuditLogDownloadLinkInput,
  type ListAuditLogDownloadLinkResult,
} from "../src/index.js";

declare const client: HuaweiAuditClient;
const input = { instance_id: "669a94abef9f4979b2dfba92f48f4042in07", start_time: "2023-07-24T09:27:00+0800", end_time: "2023-07-25T15:00:14+0800" };

describe("createHuaweiAuditClient", () => {
  it("takes a project id and credentials, or leaves them to the environment", () => {
    createHuaweiAuditClient({ region: "ap-southeast-1", projectId: "p", credentials: { token: "t" } });
    // projectId and credentials may come from the environment (HUAWEICLOUD_SDK_*).
    createHuaweiAuditClient({ region: "ap-southeast-1" });
  });
});

describe("listAuditLogDownloadLink", () => {
  it("takes the document's parameter names and resolves to the typed 200 body", () => {
    expectTypeOf<ListAuditLogDownloadLinkInput>().toEqualTypeOf<{
      instance_id: string;
      node_id?: string;
      last_file_name?: string;
      limit?: number;
      start_time: Date | string;
      end_time: Date | string;
      "X-Language"?: string;
    }>();
    expectTypeOf(client.listAuditLogDownloadLink(input)).resolves.toEqualTypeOf<ListAuditLogDownloadLinkResult>();
    expectTypeOf<ListAuditLogDownloadLinkResult>().toEqualTypeOf<components["schemas"]["ListAuditLogDownloadLinkResponse"] & MetadataBearer>();
    // Required, as in the official Go and Python models and the document's example.
    expectTypeOf<AuditLogFile["size"]>().toEqualTypeOf<number>();
    expectTypeOf<AuditLogFile["name"]>().toEqualTypeOf<string>();
  });

  it("rejects wrong inputs", () => {
    // @ts-expect-error end_time is required
    void client.listAuditLogDownloadLink({ instance_id: "i", start_time: "t" });
    // @ts-expect-error limit is a number
    void client.listAuditLogDownloadLink({ ...input, limit: "10" });
    // @ts-expect-error the document's spelling, not camelCase
    void client.listAuditLogDownloadLink({ ...input, lastFileName: "f" });
    // @ts-expect-error project_id comes from the client
    void client.listAuditLogDownloadLink({ ...input, project_id: "p" });
    // @ts-expect-error a time is a Date or a string, not epoch milliseconds
    void client.listAuditLogDownloadLink({ ...input, start_time: 1690162020000 });
    void client.listAuditLogDownloadLink({ ...input, start_time: new Date(), end_time: "2023-07-25T07:00:14Z", "X-Language": "de-de" });
    void client.listAuditLogDownloadLink(input, { headers: { "X-Language": "zh-cn" }, timeoutMs: 5, signal: AbortSignal.timeout(1) });
  });
});

describe("paginateAuditLogDownloadLink", () => {
  it("is an async iterable of files taking the same input", () => {
    expectTypeOf(client.paginateAuditLogDownloadLink(input)).toMatchTypeOf<AsyncIterable<AuditLogFile>>();
    // @ts-expect-error start_time is required
    void client.paginateAuditLogDownloadLink({ instance_id: "i", end_time: "t" });
    // @ts-expect-error unknown call option
    void client.paginateAuditLogDownloadLink(input, { pageSize: 50 });
  });
});

describe("raw", () => {
  it("is typed by the spec's paths", () => {
    expectTypeOf(client.raw.GET).parameter(0).toEqualTypeOf<"/v3/{project_id}/instance/{instance_id}/auditlog/download-link">();
  });
});
