import {
  type CallOptions,
  type ClientOptions,
  createServiceClient,
  jdcloudFamily,
  InvalidParameterError,
  type JdcloudCredentials,
  type OperationInput,
  type SuccessBody,
} from "@loglink/core";
import type { Client } from "openapi-fetch";
import { operations, servers } from "./generated/operations.js";
import type { operations as Operations, paths } from "./generated/schema.js";

type UpdateOperation = Operations["updateLogDownloadURLInternal"];

/** Options of `createJdcloudRdsClient`. */
export interface JdcloudRdsClientOptions extends Omit<ClientOptions, "region" | "projectId" | "credentials"> {
  /** region id of your instances, e.g. `cn-north-1`: the `regionId` of every call that names none (path and signature scope) */
  region: string;
  /** JD Cloud access key pair; every request is signed with `JDCLOUD2-HMAC-SHA256` (JD Cloud accepts no token here) */
  credentials: JdcloudCredentials;
}

/** Input of `updateLogDownloadURLInternal`, named as in the document; `regionId` defaults to the client's `region`. */
export type UpdateLogDownloadURLInternalInput = OperationInput<UpdateOperation, "regionId"> &
  Partial<Pick<OperationInput<UpdateOperation>, "regionId">>;

/** The 200 body of `updateLogDownloadURLInternal`: `{ requestId?, result: { publicURL?, internalURL? } }`. */
export type UpdateLogDownloadURLInternalResult = SuccessBody<UpdateOperation>;

/** A typed client for JD Cloud RDS log download links. */
export interface JdcloudRdsClient {
  /** the openapi-fetch client, requests signed: one attempt, no retries or input checks */
  readonly raw: Client<paths>;
  /**
   * Sets how long the links of one log file stay valid (`seconds`, 1..86400) and generates them
   * again; resolves to the public and intranet links.
   */
  updateLogDownloadURLInternal(
    input: UpdateLogDownloadURLInternalInput,
    options?: CallOptions,
  ): Promise<UpdateLogDownloadURLInternalResult>;
}

/** Creates a client for JD Cloud RDS `updateLogDownloadURLInternal` on the host `rds.jdcloud-api.com`. */
export function createJdcloudRdsClient(options: JdcloudRdsClientOptions): JdcloudRdsClient {
  // The host serves every region, so nothing else would catch a missing region before a call:
  // the region is part of each path and of the signature's scope, and JD has no default one.
  if (options.region === undefined) {
    throw new InvalidParameterError("region", 'jdcloud-rds needs a region, the regionId of your instances, e.g. "cn-north-1"');
  }
  const service = createServiceClient<paths>({
    provider: "jdcloud-rds",
    servers,
    family: jdcloudFamily,
    auth: { token: false, service: "rds" },
    options,
  });
  return {
    raw: service.raw,
    updateLogDownloadURLInternal: (input, callOptions) =>
      service.call(operations.updateLogDownloadURLInternal, input, callOptions),
  };
}
