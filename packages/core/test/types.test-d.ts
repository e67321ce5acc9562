import { describe, expectTypeOf, it } from "vitest";
import { createServiceClient } from "../src/client.js";
import { huaweiFamily, type MetadataBearer, type ResponseMetadata } from "../src/index.js";
import type { OperationInput, OperationSpec, SuccessBody } from "../src/types.js";

// A hand-written excerpt in openapi-typescript's output shape.
interface paths {
  "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: operations["createRedislogDownloadLink"];
  };
}
interface operations {
  createRedislogDownloadLink: {
    parameters: {
      query?: never;
      header?: { "X-Language"?: "en-us" | "zh-cn" };
      path: { project_id: string; instance_id: string; id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": { file_name?: string; link?: string } } };
      400: { headers: { [name: string]: unknown }; content: { "application/json": { error_code: string; error_msg: string } } };
    };
  };
  listAuditLogDownloadLink: {
    parameters: {
      query: { node_id: string; limit?: number; start_time: string };
      header?: never;
      path: { project_id: string; instance_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": { files: string[] } } } };
  };
  updateLogDownloadURLInternal: {
    parameters: { query?: never; header?: never; path: { regionId: string; instanceId: string; logId: string }; cookie?: never };
    requestBody: { content: { "application/json": { seconds?: number } } };
    responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": { requestId: string } } } };
  };
  optionalBody: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: { content: { "application/json": { name: string } } };
    responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
  };
}

type CreateInput = OperationInput<operations["createRedislogDownloadLink"], "project_id">;
type AuditInput = OperationInput<operations["listAuditLogDownloadLink"], "project_id">;
type UpdateInput = OperationInput<operations["updateLogDownloadURLInternal"], "regionId">;

describe("OperationInput", () => {
  it("flattens path, query, header and body, minus the filled names", () => {
    expectTypeOf<CreateInput>().toEqualTypeOf<{ instance_id: string; id: string; "X-Language"?: "en-us" | "zh-cn" }>();
    expectTypeOf<AuditInput>().toEqualTypeOf<{ instance_id: string; node_id: string; limit?: number; start_time: string }>();
    expectTypeOf<UpdateInput>().toEqualTypeOf<{ instanceId: string; logId: string; seconds?: number }>();
    expectTypeOf<OperationInput<operations["optionalBody"]>>().toEqualTypeOf<{ name?: string }>();
    expectTypeOf<OperationInput<operations["updateLogDownloadURLInternal"]>>().toHaveProperty("regionId").toEqualTypeOf<string>();
  });

  it("rejects wrong inputs", () => {
    const ok: CreateInput = { instance_id: "i", id: "l" };
    // @ts-expect-error missing id
    const missing: CreateInput = { instance_id: "i" };
    // @ts-expect-error filled by the client
    const filled: CreateInput = { instance_id: "i", id: "l", project_id: "p" };
    // @ts-expect-error typo
    const typo: AuditInput = { instance_id: "i", node_id: "n", start_time: "t", limt: 5 };
    // @ts-expect-error wrong type
    const wrong: UpdateInput = { instanceId: "i", logId: "l", seconds: "3600" };
    // @ts-expect-error not in the enum
    const language: CreateInput = { instance_id: "i", id: "l", "X-Language": "de" };
    void [ok, missing, filled, typo, wrong, language];
  });
});

describe("SuccessBody", () => {
  it("is the 200 JSON body with the call's $metadata", () => {
    expectTypeOf<SuccessBody<operations["createRedislogDownloadLink"]>>().toEqualTypeOf<{ file_name?: string; link?: string } & MetadataBearer>();
    expectTypeOf<SuccessBody<operations["updateLogDownloadURLInternal"]>>().toEqualTypeOf<{ requestId: string } & MetadataBearer>();
    expectTypeOf<SuccessBody<operations["createRedislogDownloadLink"]>["$metadata"]>().toEqualTypeOf<ResponseMetadata>();
    expectTypeOf<ResponseMetadata>().toEqualTypeOf<{ httpStatusCode: number; requestId: string | undefined; attempts: number; totalRetryDelayMs: number }>();
    expectTypeOf<SuccessBody<operations["optionalBody"]>>().toBeNever();
  });
});

describe("ServiceClient", () => {
  it("types raw by the paths and call by the caller", () => {
    const client = createServiceClient<paths>({
      provider: "huawei-dcs",
      servers: [{ url: "https://dcs.example.com" }],
      family: huaweiFamily,
      auth: { token: true },
      projectScoped: false,
      options: { credentials: { token: "t" } },
    });
    expectTypeOf(client.raw.POST).parameter(0).toEqualTypeOf<"/v2/{project_id}/instances/{instance_id}/redislog/{id}/links">();
    const operation = {} as OperationSpec;
    expectTypeOf(client.call<SuccessBody<operations["createRedislogDownloadLink"]>>(operation, {})).resolves.toEqualTypeOf<
      {
        file_name?: string;
        link?: string;
      } & MetadataBearer
    >();
    expectTypeOf(client.call<{ link?: string }>(operation, {})).resolves.toHaveProperty("$metadata").toEqualTypeOf<ResponseMetadata>();
    createServiceClient({
      // @ts-expect-error unknown provider
      provider: "aws",
      servers: [],
      family: huaweiFamily,
      auth: { token: true },
      projectScoped: false,
      options: { credentials: { token: "t" } },
    });
    createServiceClient({
      provider: "otc-rds",
      servers: [],
      family: huaweiFamily,
      auth: { token: true },
      projectScoped: false,
      // @ts-expect-error credentials need both keys
      options: { credentials: { accessKeyId: "a" } },
    });
  });
});
