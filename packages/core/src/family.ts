// The provider families: what the Huawei-style APIs (Huawei Cloud, Open Telekom Cloud) and JD Cloud
// each do their own way. A provider package names its family once (`createServiceClient`'s `family`);
// a bundle then carries only that family's signer.
import { asString } from "./serialize.js";
import { signHuaweiParts } from "./signing/huawei.js";
import { signJdcloudParts } from "./signing/jdcloud.js";
import type { RequestParts, SigningResult } from "./signing/parts.js";

/** An access key as a client holds it (JD Cloud takes no security token). */
export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  securityToken?: string;
}

/** What a client hands its family's signer besides the request and the access key. */
export interface SigningScope {
  /** the client's project id (Huawei/OTC `X-Project-Id`) */
  projectId: string | undefined;
  /** the client's region */
  region: string | undefined;
  /** JD Cloud's service id */
  service: string | undefined;
}

/** A provider family: its AK/SK signature, its error envelope and the headers every request carries. */
export interface ProviderFamily {
  readonly name: "huawei" | "jdcloud";
  /** headers sent (and signed) with every request, before the client's and the call's own */
  readonly headers: Readonly<Record<string, string>>;
  /** whether temporary credentials (`securityToken`) exist in this family */
  readonly securityToken: boolean;
  /** Signs `parts` in place (its headers) with the family's scheme. */
  sign(parts: RequestParts, credentials: AccessKey, scope: SigningScope): Promise<SigningResult>;
  /** The provider's error code and message in an error answer's JSON object. */
  errorFields(body: Record<string, unknown>): { code: string | undefined; message: string | undefined };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// `{code, message}` and `{error: {code, message}}` are what IAM and the API gateways send to both families.
const envelopeOf = (body: Record<string, unknown>) => (isObject(body.error) ? body.error : body);

/** Huawei Cloud and Open Telekom Cloud: `SDK-HMAC-SHA256` with `X-Project-Id`, errors `{error_code, error_msg}`. */
export const huaweiFamily: ProviderFamily = {
  name: "huawei",
  // Always sent (and signed), as the official SDK does, even without a body.
  headers: { "Content-Type": "application/json" },
  securityToken: true,
  sign(parts, credentials, scope) {
    if (scope.projectId) parts.headers.set("X-Project-Id", scope.projectId);
    return signHuaweiParts(parts, credentials);
  },
  errorFields(body) {
    const envelope = envelopeOf(body);
    return { code: asString(envelope.error_code ?? envelope.code), message: asString(envelope.error_msg ?? envelope.message) };
  },
};

// JD Cloud's paths are `/v1/regions/{regionId}/…`: the signature's scope is that regionId, as in jdcloud-sdk-js.
const PATH_REGION = /^\/v\d+\/regions\/([^/]+)\//;

/** JD Cloud: `JDCLOUD2-HMAC-SHA256` scoped to the path's region, errors `{requestId, error: {status, code, message}}`. */
export const jdcloudFamily: ProviderFamily = {
  name: "jdcloud",
  // The JD Cloud SDK always sends and signs both.
  headers: { Accept: "application/json", "Content-Type": "application/json" },
  securityToken: false,
  sign(parts, credentials, scope) {
    // APIs without a region in the path use "jdcloud-api", as the Go SDK does.
    const region = PATH_REGION.exec(new URL(parts.url).pathname)?.[1] ?? scope.region ?? "jdcloud-api";
    return signJdcloudParts(parts, credentials, { region, service: scope.service ?? "" });
  },
  errorFields(body) {
    const envelope = envelopeOf(body);
    return { code: asString(envelope.status ?? envelope.code), message: asString(envelope.message) };
  },
};
