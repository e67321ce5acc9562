import createClient, { type Client, type Middleware, createFinalURL } from "openapi-fetch";
import {
  ApiError,
  ConnectionError,
  InvalidParameterError,
  InvalidResponseError,
  LogLinkError,
  type Provider,
  TimeoutError,
} from "./errors.js";
import { redact } from "./redact.js";
import { abortError, isRetryable, retryDelay, sleep } from "./retry.js";
import { CONTROL_CHARACTER, pathSerializer, querySerializer } from "./serialize.js";
import type { Bytes } from "./signing/crypto.js";
import { type HuaweiCredentials, signHuaweiParts } from "./signing/huawei.js";
import { signJdcloudParts } from "./signing/jdcloud.js";
import type { OperationSpec, ServerSpec } from "./types.js";
import { validateInput } from "./validate.js";

/** An IAM token, or an access key pair (with a security token for temporary credentials). */
export type Credentials = { token: string } | HuaweiCredentials;

/** Options of every loglink client. */
export interface ClientOptions {
  /** region id (e.g. `cn-north-4`, `eu-de`); picks the documented host (defaults to the spec's default region) */
  region?: string;
  /** `scheme://host[:port]` replacing the regional host (private clouds, proxies, tests); the API path is kept */
  endpoint?: string;
  /** Huawei/OTC project id: fills `{project_id}` and, with an access key, `X-Project-Id` */
  projectId?: string;
  /** `{ token }` (Huawei/OTC) or `{ accessKeyId, secretAccessKey, securityToken? }` */
  credentials: Credentials;
  /** custom fetch (defaults to globalThis.fetch, looked up at each request) */
  fetch?: typeof fetch;
  /** retries after a connection error, timeout, 429 or 5xx (defaults to 2) */
  maxRetries?: number;
  /** time limit of each attempt, body included, in ms (defaults to 30 000) */
  timeoutMs?: number;
  /** headers added to every request (and signed) */
  headers?: Record<string, string>;
  /** receives one redacted debug line per attempt */
  logger?: (line: string) => void;
}

/** Options of one call. */
export interface CallOptions {
  /** aborts the call, including retries and backoff */
  signal?: AbortSignal;
  /** time limit of each attempt in ms (defaults to the client's `timeoutMs`) */
  timeoutMs?: number;
  /** headers added to this call's requests (and signed) */
  headers?: Record<string, string>;
}

/** What a provider package tells the runtime about its API. */
export interface ServiceConfig {
  /** the provider package, named in errors and logs */
  provider: Provider;
  /** the spec's servers (generated `servers`) */
  servers: readonly ServerSpec[];
  /** accepted credentials: `token` whether an IAM token is accepted, `signing` the AK/SK scheme, `service` JD Cloud's service id */
  auth: { token: boolean; signing: "huawei" | "jdcloud"; service?: string };
  /** the error envelope: Huawei/OTC `{error_code, error_msg}` or JD Cloud `{requestId, error}` */
  errors: "huawei" | "jdcloud";
  /** the user's options */
  options: ClientOptions;
}

/** A client for one provider's API. */
export interface ServiceClient<Paths extends {}> {
  /**
   * the openapi-fetch client with authentication installed: one attempt, no validation or retries.
   * Middleware added with `raw.use()` runs after signing, so it must not change the request.
   */
  readonly raw: Client<Paths>;
  /** the region in use (undefined when the API has no regions and none was given) */
  readonly region: string | undefined;
  /** the project id that fills `{project_id}` */
  readonly projectId: string | undefined;
  /** `scheme://host[:port]` requests go to */
  readonly origin: string;
  /** Validates `input`, sends the operation with retries and resolves to its parsed JSON body. */
  call<T>(operation: OperationSpec, input: Record<string, unknown>, options?: CallOptions): Promise<T>;
}

// Long enough for a slow gateway, short enough that a hung connection fails while the user still
// waits: these are control-plane calls that normally answer in well under a second.
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
// Huawei/OTC always send content-type (signed), as the official SDK does, even without a body;
// the JD Cloud SDK always sends and signs accept and content-type.
const DEFAULT_HEADERS = {
  huawei: { "Content-Type": "application/json" },
  jdcloud: { Accept: "application/json", "Content-Type": "application/json" },
};
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Request that keeps its serialized JSON body, so signing hashes it without cloning the stream. */
class JsonRequest extends Request {
  readonly bodyText: string | undefined;
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.bodyText = typeof init?.body === "string" ? init.body : undefined;
  }
}

async function bodyOf(request: Request): Promise<Bytes | undefined> {
  if (request instanceof JsonRequest && request.bodyText !== undefined) return request.bodyText;
  return request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asString = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : undefined;

function endpointOrigin(endpoint: string): string {
  const invalid = () =>
    new InvalidParameterError("endpoint", "endpoint must be an http(s) origin, scheme://host[:port], with no path, query or credentials");
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw invalid();
  }
  const bare = url.pathname === "/" && !/[?#]/.test(endpoint) && !url.username && !url.password;
  if (!bare || (url.protocol !== "https:" && url.protocol !== "http:")) throw invalid();
  return url.origin;
}

/**
 * The origin and region. Without `region` the spec's default region is used: it is what the spec
 * declares for "no choice", and `client.region` shows it. An `endpoint` replaces the host only.
 */
function resolveServer(servers: readonly ServerSpec[], options: ClientOptions) {
  const region = options.region ?? servers.find((server) => server.variables?.region)?.variables?.region?.default;
  if (region !== undefined && !REGION.test(region)) {
    throw new InvalidParameterError("region", `region ${JSON.stringify(region)} is not a region id such as "cn-north-4"`);
  }
  if (options.endpoint !== undefined) return { region, origin: endpointOrigin(options.endpoint) };
  const server = servers.find((candidate) => {
    const variable = candidate.variables?.region;
    return !variable || (region !== undefined && (!variable.enum || variable.enum.includes(region)));
  });
  if (!server) {
    const known = servers.flatMap((candidate) => candidate.variables?.region?.enum ?? []);
    throw new InvalidParameterError(
      "region",
      `unknown region ${JSON.stringify(region)}; known regions: ${known.join(", ")} (or set endpoint)`,
    );
  }
  const url = server.url.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    name === "region" && region !== undefined ? region : (server.variables?.[name]?.default ?? ""),
  );
  return { region, origin: new URL(url).origin };
}

function checkCredentials({ provider, auth, options }: ServiceConfig): Credentials {
  const { credentials } = options;
  // Checked here because an invalid header value would otherwise be echoed in fetch's TypeError.
  const check = (name: string, value: unknown, optional = false) => {
    if (optional && value === undefined) return;
    if (typeof value !== "string" || value === "" || value.trim() !== value || CONTROL_CHARACTER.test(value)) {
      throw new InvalidParameterError(`credentials.${name}`, `credentials.${name} must be a non-empty string without surrounding spaces or control characters`);
    }
  };
  if (isObject(credentials) && "token" in credentials) {
    if (!auth.token) throw new InvalidParameterError("credentials", `${provider} accepts only accessKeyId/secretAccessKey credentials`);
    check("token", credentials.token);
  } else if (isObject(credentials) && "accessKeyId" in credentials) {
    check("accessKeyId", credentials.accessKeyId);
    check("secretAccessKey", credentials.secretAccessKey);
    check("securityToken", credentials.securityToken, true);
    if (auth.signing === "jdcloud" && credentials.securityToken !== undefined) {
      throw new InvalidParameterError("credentials.securityToken", `${provider} does not use a security token`);
    }
  } else {
    throw new InvalidParameterError("credentials", "credentials are required: { token } or { accessKeyId, secretAccessKey }");
  }
  return credentials;
}

// setTimeout fires at once for delays above 2^31-1 ms, so larger timeouts are refused.
function checkTimeout(value: number | undefined) {
  if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= 2 ** 31 - 1)) {
    throw new InvalidParameterError("timeoutMs", "timeoutMs must be a positive number of milliseconds, at most 2^31-1");
  }
}

/** Adds the token, or signs each request (every attempt again, so date and nonce are fresh). */
function authMiddleware(config: ServiceConfig, credentials: Credentials, region: string | undefined): Middleware {
  const { signing, service } = config.auth;
  const { projectId } = config.options;
  return {
    async onRequest({ request, params }) {
      if ("token" in credentials) {
        request.headers.set("X-Auth-Token", credentials.token);
        return;
      }
      const parts = { method: request.method, url: request.url, headers: request.headers, body: await bodyOf(request) };
      if (signing === "huawei") {
        if (projectId) request.headers.set("X-Project-Id", projectId);
        await signHuaweiParts(parts, credentials);
      } else {
        // The scope's region is the path's regionId; APIs without one use "jdcloud-api", as the Go SDK does.
        const regionId = asString(params.path?.regionId) ?? region ?? "jdcloud-api";
        await signJdcloudParts(parts, credentials, { region: regionId, service: service ?? "" });
      }
    },
    onError({ request, error }) {
      // Aborts and timeouts are told apart by whoever owns the signals.
      if (request.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      return new ConnectionError(`${request.method} ${request.url}: ${reason}`, { cause: error });
    },
  };
}

function requestIdOf(headers: Headers, body: unknown): string | undefined {
  const fromBody = isObject(body) ? asString(body.requestId ?? body.request_id) : undefined;
  return headers.get("x-request-id") ?? headers.get("x-jdcloud-request-id") ?? fromBody;
}

function apiError(config: ServiceConfig, operation: OperationSpec, response: Response, rawBody: unknown): ApiError {
  const body = rawBody === "" ? undefined : rawBody;
  // Huawei/OTC `{error_code, error_msg}`, JD Cloud `{error: {status, message}}`; also `{code, message}`
  // and `{error: {code, message}}`, which IAM and gateways send.
  const envelope = isObject(body) ? (isObject(body.error) ? body.error : body) : {};
  const jd = config.errors === "jdcloud";
  const redirect = response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
  return new ApiError({
    status: response.status,
    statusText: response.statusText,
    code: asString(jd ? (envelope.status ?? envelope.code) : (envelope.error_code ?? envelope.code)),
    message:
      asString(jd ? envelope.message : (envelope.error_msg ?? envelope.message)) ??
      (redirect ? `redirect to ${response.headers.get("location") ?? "(no location)"} not followed` : undefined),
    requestId: requestIdOf(response.headers, body),
    body,
    headers: response.headers,
    provider: config.provider,
    operation: operation.operationId,
  });
}

function parseSuccess(context: string, response: Response, body: string | undefined): Record<string, unknown> {
  const invalid = (problem: string) =>
    new InvalidResponseError(`${context}: HTTP ${response.status} response ${problem}`, {
      status: response.status,
      requestId: requestIdOf(response.headers, undefined),
      body: body ?? "",
    });
  if (!body) throw invalid("has an empty body");
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw invalid("is not valid JSON");
  }
  if (!isObject(parsed)) throw invalid("is not a JSON object");
  return parsed;
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

type UntypedRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Creates the client a provider package wraps: region/endpoint resolution, auth, validation, retries. */
export function createServiceClient<Paths extends {}>(config: ServiceConfig): ServiceClient<Paths> {
  const { provider, options } = config;
  const credentials = checkCredentials(config);
  if (config.auth.signing === "jdcloud" && !config.auth.service) {
    throw new InvalidParameterError("auth.service", `${provider}: JD Cloud signing needs auth.service`);
  }
  if (options.maxRetries !== undefined && !(Number.isSafeInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new InvalidParameterError("maxRetries", "maxRetries must be a non-negative integer");
  }
  checkTimeout(options.timeoutMs);
  if (options.projectId !== undefined && !/^[\w-]+$/.test(options.projectId)) {
    throw new InvalidParameterError("projectId", "projectId must consist of letters, digits, _ and -");
  }
  const { region, origin } = resolveServer(config.servers, options);
  const { projectId, logger } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;

  const raw = createClient<Paths>({
    baseUrl: origin,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    Request: JsonRequest,
    pathSerializer,
    querySerializer,
    // Credentials must never follow a redirect to another host: a 3xx becomes an ApiError.
    redirect: "manual",
    headers: { ...DEFAULT_HEADERS[config.auth.signing], ...options.headers },
  });
  raw.use(authMiddleware(config, credentials, region));
  const send = raw.request as unknown as UntypedRequest;

  async function attempt(
    operation: OperationSpec,
    init: { params: Record<string, Record<string, unknown>>; body: unknown; url: string },
    callOptions: CallOptions,
    attemptNumber: number,
  ): Promise<unknown> {
    const context = `${provider} ${operation.operationId}`;
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const { signal } = callOptions;
    const started = Date.now();
    let outcome = "";
    try {
      // parseAs "text": the body is read under the same signal (so the timeout covers it) and parsed here.
      const attemptSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
      // The race makes the timeout hold even for a custom fetch whose body ignores the signal.
      const { data, error, response } = await Promise.race([
        send(operation.method, operation.path, {
          params: init.params,
          body: init.body,
          headers: callOptions.headers,
          signal: attemptSignal,
          parseAs: "text",
        }),
        rejectOnAbort(attemptSignal),
      ]);
      outcome = String(response.status);
      if (!response.ok) throw apiError(config, operation, response, error);
      return parseSuccess(context, response, data as string | undefined);
    } catch (error) {
      const classified = signal?.aborted
        ? abortError(signal)
        : timeout.signal.aborted
          ? new TimeoutError(`${context}: no complete response within ${timeoutMs} ms`)
          : error;
      outcome ||= classified instanceof Error ? classified.name : "error";
      throw classified;
    } finally {
      clearTimeout(timer);
      logger?.(redact(`${provider} ${operation.method} ${init.url} -> ${outcome} (${Date.now() - started} ms, attempt ${attemptNumber})`));
    }
  }

  async function call<T>(operation: OperationSpec, input: Record<string, unknown>, callOptions: CallOptions = {}): Promise<T> {
    checkTimeout(callOptions.timeoutMs);
    const inPath = (name: string) => operation.parameters.some((p) => p.in === "path" && p.name === name);
    const values: Record<string, unknown> = {
      ...(projectId !== undefined && inPath("project_id") && { project_id: projectId }),
      ...(region !== undefined && inPath("regionId") && { regionId: region }),
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
    const url = logger
      ? createFinalURL(operation.path, { baseUrl: origin, params, querySerializer, pathSerializer })
      : "";

    for (let attemptNumber = 1; ; attemptNumber++) {
      if (callOptions.signal?.aborted) throw abortError(callOptions.signal);
      try {
        return (await attempt(operation, { params, body, url }, callOptions, attemptNumber)) as T;
      } catch (error) {
        if (error instanceof LogLinkError) error.attempts = attemptNumber;
        if (attemptNumber > maxRetries || !isRetryable(error)) throw error;
        await sleep(retryDelay(attemptNumber, error), callOptions.signal);
      }
    }
  }

  return { raw, region, projectId, origin, call };
}
