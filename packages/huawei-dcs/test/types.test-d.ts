import type { MetadataBearer } from "@loglink/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreateRedislogDownloadLinkInput,
  type CreateRedislogDownloadLinkResult,
  createHuaweiDcsClient,
  type HuaweiDcsClient,
  type RunlogItem,
} from "../src/index.js";

declare const dcs: HuaweiDcsClient;
const projectId = "0524e839a54847039e9b2b46e8aa788a";
const path = "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links";

describe("createRedislogDownloadLink types", () => {
  it("takes the document's parameter names, project_id filled by the client, and resolves to the typed 200 body", () => {
    expectTypeOf<CreateRedislogDownloadLinkInput>().toEqualTypeOf<{ instance_id: string; id: string }>();
    expectTypeOf<CreateRedislogDownloadLinkResult>().toEqualTypeOf<{ id?: string; backup_id?: string; link?: string } & MetadataBearer>();
    expectTypeOf(dcs.createRedislogDownloadLink).returns.resolves.toEqualTypeOf<CreateRedislogDownloadLinkResult>();
  });

  it("rejects wrong inputs", () => {
    // @ts-expect-error id is required
    void dcs.createRedislogDownloadLink({ instance_id: "i" });
    // @ts-expect-error the document spells it instance_id
    void dcs.createRedislogDownloadLink({ instanceId: "i", id: "l" });
    // @ts-expect-error project_id comes from the client
    void dcs.createRedislogDownloadLink({ project_id: projectId, instance_id: "i", id: "l" });
    // @ts-expect-error ids are strings
    void dcs.createRedislogDownloadLink({ instance_id: "i", id: 1 });
    // @ts-expect-error call options are signal, timeoutMs and headers
    void dcs.createRedislogDownloadLink({ instance_id: "i", id: "l" }, { retries: 3 });
  });

  it("rejects wrong client options", () => {
    // projectId and credentials may come from the environment (HUAWEICLOUD_SDK_*).
    createHuaweiDcsClient({ region: "cn-south-1" });
    // @ts-expect-error an access key needs its secret
    createHuaweiDcsClient({ region: "cn-south-1", projectId, credentials: { accessKeyId: "AK" } });
    // @ts-expect-error the token is a string
    createHuaweiDcsClient({ region: "cn-south-1", projectId, credentials: { token: 1 } });
  });

  it("types the raw openapi-fetch client from the spec", () => {
    // @ts-expect-error the path needs project_id
    void dcs.raw.POST(path, { params: { path: { instance_id: "i", id: "l" } } });
    // @ts-expect-error the operation is a POST
    void dcs.raw.GET(path, { params: { path: { project_id: projectId, instance_id: "i", id: "l" } } });
  });
});

describe("run-log collection and listing types", () => {
  it("take the documents' names, log_type optional, query_time only 0, 1, 3 or 7", () => {
    expectTypeOf(dcs.createRedislog).returns.resolves.toBeVoid();
    void dcs.createRedislog({ instance_id: "i", query_time: 7, replication_id: "r" });
    void dcs.listRedislog({ instance_id: "i", offset: 0, limit: 10, log_type: "run" });
    expectTypeOf(dcs.paginateListRedislog({ instance_id: "i" })).toEqualTypeOf<AsyncGenerator<RunlogItem, void, undefined>>();
    // @ts-expect-error 2 days is not a documented query_time
    void dcs.createRedislog({ instance_id: "i", query_time: 2 });
    // @ts-expect-error run is the only log type
    void dcs.listRedislog({ instance_id: "i", log_type: "slow" });
    // @ts-expect-error instance_id is required
    void dcs.listRedislog({ offset: 0 });
  });
});
