// createServiceClient: a provider's generated operations become validated, authenticated, retried
// calls. The parts live beside it: options.ts (options, region and host), auth.ts (token or
// signature), attempt.ts (the attempts and retries), response.ts (answers and errors).

import createClient, { type Client, createFinalURL } from "openapi-fetch";
import { type CallSettings, callWithRetries, type UntypedRequest } from "./attempt.js";
import { authenticatedFetch } from "./auth.js";
import { credentialsFromEnvironment, environmentVariables, projectIdFromEnvironment } from "./environment.js";
import { InvalidParameterError, type Provider } from "./errors.js";
import type { ProviderFamily } from "./family.js";
import {
  type CallOptions,
  type ClientOptions,
  checkCredentials,
  checkHeaders,
  checkOptions,
  checkTimeout,
  DEFAULT_MAX_RESPONSE_BYTES,
  resolveServer,
} from "./options.js";
import type { MetadataBearer } from "./response.js";
import { pathSerializer, querySerializer } from "./serialize.js";
import type { OperationSpec, ServerSpec } from "./types.js";
import { validateInput } from "./validate.js";

/** What a provider package tells the runtime about its API. */
export interface ServiceConfig {
  /** the provider package, named in errors and logs */
  provider: Provider;
  /** the provider family (`huaweiFamily` or `jdcloudFamily`): AK/SK signature, error envelope, default headers */
  family: ProviderFamily;
  /** the spec's servers (generated `servers`) */
  servers: readonly ServerSpec[];
  /** `token` whether an IAM token is accepted; `service` JD Cloud's service id (signature scope) */
  auth: { token: boolean; service?: string };
  /** whether every path starts with `{project_id}` (Huawei/OTC): then a client without a project id is refused */
  projectScoped: boolean;
  /** the user's options */
  options: ClientOptions;
}

/** A client for one provider's API. */
export interface ServiceClient<Paths extends {}> {
  /**
   * the openapi-fetch client, authenticated: one attempt, no validation or retries. Requests are
   * signed after every middleware, so a middleware may change or replace the request.
   */
  readonly raw: Client<Paths>;
  /** the region in use (undefined when only `endpoint` was given) */
  readonly region: string | undefined;
  /** the project id that fills `{project_id}` */
  readonly projectId: string | undefined;
  /** `scheme://host[:port]` requests go to */
  readonly origin: string;
  /**
   * Validates `input`, sends the operation with retries and resolves to its parsed JSON body, which
   * carries a non-enumerable `$metadata`.
   */
  call<T>(operation: OperationSpec, input: Record<string, unknown>, options?: CallOptions): Promise<T & MetadataBearer>;
}

// Long enough for a slow gateway, short enough that a hung connection fails while the user still
// waits: these are control-plane calls that normally answer in well under a second.
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;

// Which path parameters the client fills, per operation object.
const filledParameters = /* @__PURE__ */ new WeakMap<OperationSpec, { projectId: boolean; regionId: boolean }>();
function filledBy(operation: OperationSpec) {
  let filled = filledParameters.get(operation);
  if (!filled) {
    const inPath = (name: string) => operation.parameters.some((p) => p.in === "path" && p.name === name);
    filledParameters.set(operation, (filled = { projectId: inPath("project_id"), regionId: inPath("regionId") }));
  }
  return filled;
}

/** Creates the client a provider package wraps: region/endpoint resolution, auth, validation, retries. */
export function createServiceClient<Paths extends {}>(config: ServiceConfig): ServiceClient<Paths> {
  const { provider, family, options } = config;
  const credentials = checkCredentials(provider, family, config.auth.token, options.credentials ?? credentialsFromEnvironment(provider));
  if (family.name === "jdcloud" && !config.auth.service) {
    throw new InvalidParameterError("auth.service", `${provider}: JD Cloud signing needs auth.service`);
  }
  checkOptions(options);
  const { region, origin } = resolveServer(provider, config.servers, options);
  const { logger } = options;
  const projectId = options.projectId ?? projectIdFromEnvironment(provider);
  // Every path starts with the project id; without it no call could succeed, so say so now.
  if (config.projectScoped && projectId === undefined) {
    const variable = environmentVariables[provider].projectId?.[0];
    throw new InvalidParameterError(
      "projectId",
      `${provider} needs projectId, the project id of the region (IAM console, My Credentials)${variable ? `, or ${variable} in the environment` : ""}`,
    );
  }

  const fetch = authenticatedFetch({ credentials, family, scope: { projectId, region, service: config.auth.service } }, options.fetch);
  const raw = createClient<Paths>({
    baseUrl: origin,
    fetch,
    pathSerializer,
    querySerializer,
    // Credentials must never follow a redirect to another host: a 3xx becomes an ApiError.
    redirect: "manual",
    headers: { ...family.headers, ...options.headers },
  });
  const settings: CallSettings = {
    provider,
    family,
    send: raw.request as unknown as UntypedRequest,
    fetch,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    logger,
    secrets: "token" in credentials ? [credentials.token] : [credentials.secretAccessKey, credentials.securityToken],
  };

  async function call<T>(operation: OperationSpec, input: Record<string, unknown>, callOptions: CallOptions = {}): Promise<T & MetadataBearer> {
    checkTimeout(callOptions.timeoutMs);
    checkHeaders(callOptions.headers);
    const filled = filledBy(operation);
    const values: Record<string, unknown> = {
      ...(projectId !== undefined && filled.projectId && { project_id: projectId }),
      ...(region !== undefined && filled.regionId && { regionId: region }),
      ...input,
    };
    validateInput(operation, values);
    const params: Record<"path" | "query" | "header", Record<string, unknown>> = { path: {}, query: {}, header: {} };
    const body: Record<string, unknown> | undefined = operation.body ? {} : undefined;
    for (const { name, in: location } of operation.parameters) {
      const value = values[name];
      if (value === undefined) continue;
      if (location === "body") body![name] = value;
      else params[location][name] = value;
    }
    const url = logger ? createFinalURL(operation.path, { baseUrl: origin, params, querySerializer, pathSerializer }) : "";
    return (await callWithRetries(settings, operation, { params, body, url }, callOptions)) as T & MetadataBearer;
  }

  return { raw, region, projectId, origin, call };
}
