// Operation metadata in the generated format (tools/notes/CONTRACTS.md §2), shaped like the real APIs,
// and clients of the two signing families on them.
import { createServiceClient } from "../src/client.js";
import { huaweiFamily, jdcloudFamily } from "../src/index.js";
import type { ClientOptions } from "../src/options.js";
import type { OperationSpec, ServerSpec } from "../src/types.js";

export const PROJECT_ID = "0483b6b16e954cb88930a360d2c4e663";
export const INSTANCE_ID = "3b3a3c5e-52b2-4b2b-9a51-6e4c1f0e2d7a";
export const LOG_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

const huaweiServers = [
  {
    url: "https://dcs.{region}.myhuaweicloud.com",
    variables: { region: { default: "cn-north-4", enum: ["cn-north-4", "cn-south-1", "ap-southeast-1"] } },
  },
  {
    url: "https://dcs.{region}.myhuaweicloud.eu",
    variables: { region: { default: "eu-west-101", enum: ["eu-west-101"] } },
  },
] as const satisfies readonly ServerSpec[];

const jdServers = [{ url: "https://rds.jdcloud-api.com" }] as const satisfies readonly ServerSpec[];

export const createLink = {
  operationId: "createRedislogDownloadLink",
  method: "POST",
  path: "/v2/{project_id}/instances/{instance_id}/redislog/{id}/links",
  parameters: [
    { name: "project_id", in: "path", required: true, schema: { type: "string", pattern: "^[0-9a-z]{32}$" } },
    { name: "instance_id", in: "path", required: true, schema: { type: "string" } },
    { name: "id", in: "path", required: true, schema: { type: "string" } },
  ],
  body: false,
  responses: { "200": { example: { file_name: "redis.log", link: "https://obs.example.com/x?Signature=abc" } } },
} as const satisfies OperationSpec;

export const listAuditLinks = {
  operationId: "listAuditLogDownloadLink",
  method: "GET",
  path: "/v3/{project_id}/instance/{instance_id}/auditlog/download-link",
  parameters: [
    { name: "project_id", in: "path", required: true, schema: { type: "string" } },
    { name: "instance_id", in: "path", required: true, schema: { type: "string" } },
    { name: "node_id", in: "query", required: true, schema: { type: "string" } },
    { name: "last_file_name", in: "query", required: false, schema: { type: "string" } },
    { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
    { name: "start_time", in: "query", required: true, schema: { type: "string" } },
    { name: "end_time", in: "query", required: true, schema: { type: "string" } },
    { name: "X-Language", in: "header", required: false, schema: { type: "string", enum: ["en-us", "zh-cn"] } },
  ],
  body: false,
  responses: { "200": { example: null } },
} as const satisfies OperationSpec;

export const updateLogUrl = {
  operationId: "updateLogDownloadURLInternal",
  method: "POST",
  path: "/v1/regions/{regionId}/instances/{instanceId}/log/{logId}:updateLogDownloadURLInternal",
  parameters: [
    { name: "regionId", in: "path", required: true, schema: { type: "string" } },
    { name: "instanceId", in: "path", required: true, schema: { type: "string" } },
    { name: "logId", in: "path", required: true, schema: { type: "string" } },
    { name: "seconds", in: "body", required: false, schema: { type: "integer", minimum: 1, maximum: 86400 } },
  ],
  body: true,
  responses: { "200": { example: null } },
} as const satisfies OperationSpec;

export const AKSK = { accessKeyId: "HUAWEITESTAK00000000", secretAccessKey: "HUAWEITESTSK1111111111111111111111111111" };
export const JD_AKSK = { accessKeyId: "TESTAK0000000000000000", secretAccessKey: "TESTSK1111111111111111" };

/** A huawei-dcs client on `huaweiServers` (token "t", PROJECT_ID unless `options` say otherwise). */
export const dcsClient = (options: Partial<ClientOptions> = {}) =>
  createServiceClient({
    provider: "huawei-dcs",
    servers: huaweiServers,
    family: huaweiFamily,
    auth: { token: true },
    projectScoped: true,
    options: { credentials: { token: "t" }, projectId: PROJECT_ID, region: "cn-north-4", ...options },
  });

/** A jdcloud-rds client on `jdServers` (JD_AKSK, cn-north-1 unless `options` say otherwise). */
export const jdClient = (options: Partial<ClientOptions> = {}) =>
  createServiceClient({
    provider: "jdcloud-rds",
    servers: jdServers,
    family: jdcloudFamily,
    auth: { token: false, service: "rds" },
    projectScoped: false,
    options: { credentials: JD_AKSK, region: "cn-north-1", ...options },
  });
