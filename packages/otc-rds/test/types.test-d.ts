import type { MetadataBearer } from "@loglink/core";
import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../src/generated/schema.js";
import { createOtcRdsClient, type DownloadErrorlogInput, type DownloadErrorlogResult, type ErrorlogFile, type OtcRdsClient } from "../src/index.js";
import { createHandlers } from "../src/mocks.js";

declare const client: OtcRdsClient;
const input = { instance_id: "3d39c18788b54a919bab633874c159dfin03" };

describe("createOtcRdsClient", () => {
  it("takes a project id and credentials, or leaves them to the environment", () => {
    createOtcRdsClient({ projectId: "p", credentials: { token: "t" } });
    createOtcRdsClient({ region: "eu-ch2", projectId: "p", credentials: { accessKeyId: "a", secretAccessKey: "s", securityToken: "x" } });
    // project id, credentials and region may come from the environment (OS_*).
    createOtcRdsClient({});
    // @ts-expect-error an access key needs its secret
    createOtcRdsClient({ projectId: "p", credentials: { accessKeyId: "a" } });
  });
});

describe("downloadErrorlog", () => {
  it("takes instance_id and resolves to the typed 200 body", () => {
    expectTypeOf<DownloadErrorlogInput>().toEqualTypeOf<{ instance_id: string; "X-Language"?: string }>();
    expectTypeOf(client.downloadErrorlog(input)).resolves.toEqualTypeOf<components["schemas"]["ErrorlogDownloadLinks"] & MetadataBearer>();
    expectTypeOf<DownloadErrorlogResult["status"]>().toEqualTypeOf<string>();
    // Optional: OTC's sibling slow-log document answers an EXPORTING entry without them.
    expectTypeOf<ErrorlogFile["file_size"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ErrorlogFile["file_link"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ErrorlogFile["update_at"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ErrorlogFile["create_at"]>().toEqualTypeOf<number>();
  });

  it("rejects wrong inputs and options", () => {
    // @ts-expect-error instance_id is required
    void client.downloadErrorlog({});
    // @ts-expect-error instance_id is a string
    void client.downloadErrorlog({ instance_id: 3 });
    // @ts-expect-error project_id comes from the client
    void client.downloadErrorlog({ ...input, project_id: "p" });
    // @ts-expect-error the document's spelling, not camelCase
    void client.downloadErrorlog({ instanceId: "i" });
    // @ts-expect-error unknown call option
    void client.downloadErrorlog(input, { retries: 3 });
    void client.downloadErrorlog(input, { signal: AbortSignal.timeout(1), timeoutMs: 5, headers: { "X-Trace": "t" } });
  });
});

describe("waitForErrorlogDownload", () => {
  it("resolves to the FINISH answer and takes only maxWaitMs and signal", () => {
    expectTypeOf(client.waitForErrorlogDownload(input)).resolves.toEqualTypeOf<DownloadErrorlogResult>();
    void client.waitForErrorlogDownload(input, { maxWaitMs: 60_000, signal: AbortSignal.timeout(1) });
    // @ts-expect-error delays are the client's, not the caller's
    void client.waitForErrorlogDownload(input, { minDelayMs: 10 });
    // @ts-expect-error instance_id is required
    void client.waitForErrorlogDownload({});
  });
});

describe("raw", () => {
  it("is typed by the spec's paths", () => {
    expectTypeOf(client.raw.POST).parameter(0).toEqualTypeOf<"/v3/{project_id}/instances/{instance_id}/errorlog-download">();
    // @ts-expect-error the API has no GET
    void client.raw.GET("/v3/{project_id}/instances/{instance_id}/errorlog-download", {});
  });
});

describe("createHandlers options", () => {
  it("are typed from the operations: answers by operation name, inputs by parameter name", () => {
    createHandlers({
      instantRetries: true,
      answers: {
        downloadErrorlog: ({ input }) => {
          expectTypeOf(input.instance_id).toEqualTypeOf<string | undefined>();
          return { status: 202, body: { status: "CREATING" } };
        },
      },
    });
    // @ts-expect-error: no such operation
    createHandlers({ answers: { downloadErrorLog: {} } });
  });
});
