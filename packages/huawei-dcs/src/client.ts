import {
  type CallOptions,
  type ClientOptions,
  createServiceClient,
  huaweiFamily,
  InvalidParameterError,
  type OperationInput,
  type SuccessBody,
} from "@loglink/core";
import type { Client } from "openapi-fetch";
import { operations, servers } from "./generated/operations.js";
import type { operations as Operations, paths } from "./generated/schema.js";

type CreateLinkOperation = Operations["createRedislogDownloadLink"];

/** Options of `createHuaweiDcsClient`. */
export interface HuaweiDcsClientOptions extends Omit<ClientOptions, "projectId"> {
  /** project id of the region (32 letters and digits): part of every path, and `X-Project-Id` when signing */
  projectId: string;
}

/** Input of `createRedislogDownloadLink`, named as in the document (`project_id` comes from the client). */
export type CreateRedislogDownloadLinkInput = OperationInput<CreateLinkOperation, "project_id">;

/** The 200 body of `createRedislogDownloadLink`: `{ id?, backup_id?, link? }`. */
export type CreateRedislogDownloadLinkResult = SuccessBody<CreateLinkOperation>;

/** A typed client for Huawei Cloud DCS (Redis) run-log download links. */
export interface HuaweiDcsClient {
  /** the openapi-fetch client, authenticated: one attempt, no retries or input checks */
  readonly raw: Client<paths>;
  /**
   * Obtains a temporary link to download one run log (its `id` comes from the run-log query).
   * The document gives the link a default validity of 24 hours; ask again when it stops working.
   */
  createRedislogDownloadLink(
    input: CreateRedislogDownloadLinkInput,
    options?: CallOptions,
  ): Promise<CreateRedislogDownloadLinkResult>;
}

/** Creates a client for Huawei Cloud DCS `createRedislogDownloadLink` on `dcs.<region>.myhuaweicloud.com`. */
export function createHuaweiDcsClient(options: HuaweiDcsClientOptions): HuaweiDcsClient {
  // Every path starts with the project id; without it no call could succeed, so say so now.
  if (options.projectId === undefined) {
    throw new InvalidParameterError("projectId", "huawei-dcs needs projectId, the project id of the region (IAM console, My Credentials)");
  }
  const service = createServiceClient<paths>({
    provider: "huawei-dcs",
    servers,
    family: huaweiFamily,
    auth: { token: true },
    options,
  });
  return {
    raw: service.raw,
    createRedislogDownloadLink: (input, callOptions) =>
      service.call(operations.createRedislogDownloadLink, input, callOptions),
  };
}
