import type { MetadataBearer, ResponseMetadata } from "@loglink/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createJdcloudRdsClient,
  type JdcloudRdsClient,
  type RdsLogFile,
  type UpdateLogDownloadURLInternalInput,
  type UpdateLogDownloadURLInternalResult,
} from "../src/index.js";

declare const rds: JdcloudRdsClient;
const credentials = { accessKeyId: "AK", secretAccessKey: "SK" };
const path = "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal";

describe("updateLogDownloadURLInternal types", () => {
  it("takes the document's parameter names, regionId optional, and resolves to the typed 200 body", () => {
    expectTypeOf<UpdateLogDownloadURLInternalInput>().toEqualTypeOf<{ instanceId: string; logId: string; seconds: number } & { regionId?: string }>();
    expectTypeOf<UpdateLogDownloadURLInternalResult>().toEqualTypeOf<
      {
        requestId?: string;
        result: { publicURL?: string; internalURL?: string };
      } & MetadataBearer
    >();
    expectTypeOf<UpdateLogDownloadURLInternalResult["$metadata"]>().toEqualTypeOf<ResponseMetadata>();
    expectTypeOf(rds.updateLogDownloadURLInternal).returns.resolves.toEqualTypeOf<UpdateLogDownloadURLInternalResult>();
  });

  it("rejects wrong inputs", () => {
    // @ts-expect-error seconds is required
    void rds.updateLogDownloadURLInternal({ instanceId: "i", logId: "l" });
    // @ts-expect-error seconds is a number
    void rds.updateLogDownloadURLInternal({ instanceId: "i", logId: "l", seconds: "3600" });
    // @ts-expect-error the document spells it instanceId
    void rds.updateLogDownloadURLInternal({ instance_id: "i", logId: "l", seconds: 1 });
    // @ts-expect-error unknown key
    void rds.updateLogDownloadURLInternal({ instanceId: "i", logId: "l", seconds: 1, expires: 1 });
    // @ts-expect-error regionId is a string
    void rds.updateLogDownloadURLInternal({ instanceId: "i", logId: "l", seconds: 1, regionId: 1 });
    // @ts-expect-error call options are signal, timeoutMs and headers
    void rds.updateLogDownloadURLInternal({ instanceId: "i", logId: "l", seconds: 1 }, { retries: 3 });
  });

  it("rejects wrong client options", () => {
    // @ts-expect-error region is required
    createJdcloudRdsClient({ credentials });
    // @ts-expect-error JD Cloud takes no token
    createJdcloudRdsClient({ region: "cn-north-1", credentials: { token: "t" } });
    // @ts-expect-error nor a security token
    createJdcloudRdsClient({ region: "cn-north-1", credentials: { ...credentials, securityToken: "s" } });
    // @ts-expect-error there is no project id on JD Cloud
    createJdcloudRdsClient({ region: "cn-north-1", credentials, projectId: "p" });
  });

  it("types the raw openapi-fetch client from the spec", () => {
    // @ts-expect-error the path needs regionId
    void rds.raw.POST(path, { params: { path: { instanceId: "i", logId: "l" } }, body: { seconds: 1 } });
    // @ts-expect-error the body's seconds is a number
    void rds.raw.POST(path, { params: { path: { regionId: "r", instanceId: "i", logId: "l" } }, body: { seconds: "1" } });
    // @ts-expect-error the operation is a POST
    void rds.raw.GET(path, { params: { path: { regionId: "r", instanceId: "i", logId: "l" } } });
  });
});

describe("describeLogs types", () => {
  it("takes typed filters and yields log files", () => {
    void rds.describeLogs({ instanceId: "mysql-k67q8n46si", pageNumber: 1, pageSize: 10, filters: [{ name: "logType", values: ["SLOW_LOG"] }] });
    expectTypeOf(rds.paginateDescribeLogs({ instanceId: "i" })).toEqualTypeOf<AsyncGenerator<RdsLogFile, void, undefined>>();
    expectTypeOf<RdsLogFile["id"]>().toEqualTypeOf<string | number | undefined>();
    // @ts-expect-error values is a list
    void rds.describeLogs({ instanceId: "i", filters: [{ name: "logType", values: "SLOW_LOG" }] });
    // @ts-expect-error instanceId is required
    void rds.describeLogs({ pageNumber: 1 });
  });
});
