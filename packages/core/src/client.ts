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
import { redact, scrubSecrets } from "./redact.js";
import { abortError, isRetryable, MAX_TIMER_MS, retryDelay, sleep } from "./retry.js";
import { asString, CONTROL_CHARACTER, pathSerializer, querySerializer } from "./serialize.js";
import type { Bytes } from "./signing/crypto.js";
import type { HuaweiCredentials } from "./signing/huawei.js";
import type { SigningScheme, SigningUrl } from "./signing/parts.js";
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
  /**
   * accepted credentials: `token` whether an IAM token is accepted, `signing` the AK/SK scheme
   * (`huaweiSigning` or `jdcloudSigning`), `service` JD Cloud's service id
   */
  auth: { token: boolean; signing: SigningScheme; service?: string };
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

/**
 * The request openapi-fetch builds, without building a Request yet. Under Node a Request costs
 * tens of µs (URL parsing, header copy, a signal following the caller's, a body stream) and
 * `fetch(request)` copies it into a second one; sent as `fetch(url, init)` only the one fetch
 * builds is paid for, and a JSON body goes out as a string (one buffered write) instead of a stream.
 * URL, method, headers (changed in place by the middleware) and signal are plain fields, and the
 * JSON body stays a string that signing hashes without cloning. Any other Request member a
 * middleware touches (`body`, `clone()`, `text()`, `mode`, …) builds the real Request, which is
 * then the one sent. It is `instanceof Request`.
 */
class LazyRequest {
  readonly url: string;
  readonly method: string;
  /** the serialized JSON body, when the body is a string */
  readonly bodyText: string | undefined;
  #init: RequestInit;
  #headers: Headers;
  #real: Request | undefined;
  #signal: AbortSignal | undefined;
  /** the URL split for signing, when it needed no parsing */
  readonly signingUrl: SigningUrl | undefined;
  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    const text = input instanceof Request ? input.url : String(input);
    const trusted = typeof input === "string" ? trustedUrl(text) : undefined;
    this.signingUrl = trusted;
    // Parsed as Request would (normalized, and a TypeError when invalid), unless it already is.
    this.url = trusted ? text : new URL(text).href;
    const method = init.method ?? "GET";
    this.method = /^(?:delete|get|head|options|post|put)$/i.test(method) ? method.toUpperCase() : method;
    this.#headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.#init = init;
    this.bodyText = typeof init.body === "string" ? init.body : undefined;
  }
  get headers(): Headers {
    return this.#real?.headers ?? this.#headers;
  }
  get signal(): AbortSignal {
    return this.#real?.signal ?? this.#init.signal ?? (this.#signal ??= new AbortController().signal);
  }
  get redirect(): RequestRedirect {
    return this.#init.redirect ?? "follow";
  }
  /** the body to sign without building the real Request: "" for none, undefined when only a stream has it */
  get signingBody(): string | undefined {
    return this.#real ? undefined : this.#init.body == null ? "" : this.bodyText;
  }
  /** whether the real Request was built (then it is what is sent) */
  get materialized(): boolean {
    return this.#real !== undefined;
  }
  /** the `fetch(url, init)` init equivalent to this request */
  init(): RequestInit {
    return { ...this.#init, method: this.method, headers: this.#headers };
  }
  /** the real Request, built once, with the headers as they are now */
  toRequest(): Request {
    return (this.#real ??= new Request(this.url, this.init()));
  }
}
// Origins of the clients created (already normalized by URL): a URL on one of them whose path and
// query hold only characters a URL parser leaves as they are, and no dot segment, is its own href.
const knownOrigins = /* @__PURE__ */ new Set<string>();
const PLAIN_PATH_AND_QUERY = /^(?:\/[\w.~%:-]*)+(?:\?[\w.~%&=-]*)?$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;

function trustedUrl(url: string): SigningUrl | undefined {
  const hostStart = url.indexOf("//") + 2;
  const slash = url.indexOf("/", hostStart);
  if (slash < 0 || !knownOrigins.has(url.slice(0, slash))) return undefined;
  const rest = url.slice(slash);
  if (!PLAIN_PATH_AND_QUERY.test(rest) || DOT_SEGMENT.test(rest)) return undefined;
  const query = rest.indexOf("?");
  return {
    host: url.slice(hostStart, slash),
    pathname: query < 0 ? rest : rest.slice(0, query),
    search: query < 0 || query === rest.length - 1 ? "" : rest.slice(query),
  };
}

let patched = false;
/** Makes LazyRequest a Request (instanceof, and every other member through the real one); once, at the first client. */
function patchLazyRequest() {
  if (patched || typeof Request !== "function") return;
  patched = true;
  Object.setPrototypeOf(LazyRequest.prototype, Request.prototype);
  const own = new Set<PropertyKey>(["constructor", "url", "method", ...Reflect.ownKeys(LazyRequest.prototype)]);
  for (const key of Reflect.ownKeys(Request.prototype)) {
    if (own.has(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(Request.prototype, key)!;
    const real = (self: LazyRequest) => self.toRequest() as unknown as Record<PropertyKey, unknown>;
    if (descriptor.get) {
      Object.defineProperty(LazyRequest.prototype, key, { configurable: true, get(this: LazyRequest) { return real(this)[key]; } });
    } else if (typeof descriptor.value === "function") {
      Object.defineProperty(LazyRequest.prototype, key, {
        configurable: true,
        writable: true,
        value(this: LazyRequest, ...args: unknown[]) {
          return (real(this)[key] as (...a: unknown[]) => unknown)(...args);
        },
      });
    }
  }
}

/**
 * The fetch openapi-fetch calls. A LazyRequest goes to the global fetch as `(url, init)`; a custom
 * fetch gets a real Request, as documented. Looks the global fetch up at each request.
 */
function requestSender(custom: typeof fetch | undefined): typeof fetch {
  return (input, init) => {
    if (input instanceof LazyRequest) {
      if (!custom && !input.materialized) return globalThis.fetch(input.url, input.init());
      input = input.toRequest();
    }
    return custom ? custom(input, init) : globalThis.fetch(input, init);
  };
}

// A body only a stream holds (reading it builds the real Request).
async function bodyOf(request: Request): Promise<Bytes | undefined> {
  return request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
    // Beyond Latin-1, fetch would refuse the header with a TypeError at the first call (the secret key is not sent).
    const unsendable = name !== "secretAccessKey" && typeof value === "string" && /[^\x00-\xff]/.test(value);
    if (typeof value !== "string" || value === "" || value.trim() !== value || CONTROL_CHARACTER.test(value) || unsendable) {
      throw new InvalidParameterError(`credentials.${name}`, `credentials.${name} must be a non-empty string without surrounding spaces, control characters or (but for the secret key) characters beyond Latin-1`);
    }
  };
  if (isObject(credentials) && "token" in credentials) {
    if (!auth.token) throw new InvalidParameterError("credentials", `${provider} accepts only accessKeyId/secretAccessKey credentials`);
    check("token", credentials.token);
  } else if (isObject(credentials) && "accessKeyId" in credentials) {
    check("accessKeyId", credentials.accessKeyId);
    check("secretAccessKey", credentials.secretAccessKey);
    check("securityToken", credentials.securityToken, true);
    if (auth.signing.name === "jdcloud" && credentials.securityToken !== undefined) {
      throw new InvalidParameterError("credentials.securityToken", `${provider} does not use a security token`);
    }
  } else {
    throw new InvalidParameterError("credentials", "credentials are required: { token } or { accessKeyId, secretAccessKey }");
  }
  return credentials;
}

// setTimeout fires at once for delays above 2^31-1 ms, so larger timeouts are refused.
function checkTimeout(value: number | undefined) {
  if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= MAX_TIMER_MS)) {
    throw new InvalidParameterError("timeoutMs", "timeoutMs must be a positive number of milliseconds, at most 2^31-1");
  }
}

// A header fetch refuses is echoed, value included, in its TypeError: it could be a credential.
const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
function checkHeaders(headers: Record<string, string> | undefined) {
  if (headers === undefined) return;
  for (const [name, value] of Object.entries(headers)) {
    // fetch strips surrounding HTTP whitespace itself.
    const inner = typeof value === "string" ? value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "") : undefined;
    if (!HEADER_NAME.test(name) || inner === undefined || !HEADER_VALUE.test(inner)) {
      throw new InvalidParameterError("headers", `headers: the header ${HEADER_NAME.test(name) ? name : "(invalid name)"} is not a valid HTTP header (value not shown)`);
    }
  }
}

/** Adds the token, or signs each request (every attempt again, so date and nonce are fresh). */
function authMiddleware(config: ServiceConfig, scheme: SigningScheme, credentials: Credentials, region: string | undefined): Middleware {
  const { service } = config.auth;
  const { projectId } = config.options;
  return {
    async onRequest({ request, params }) {
      if ("token" in credentials) {
        request.headers.set("X-Auth-Token", credentials.token);
        return;
      }
      // The body first: reading a stream builds the real Request, whose headers are then the ones sent.
      const lazy = request instanceof LazyRequest ? request : undefined;
      const text = lazy?.signingBody;
      const body = text === undefined ? await bodyOf(request) : text === "" ? undefined : text;
      const parts = { method: request.method, url: request.url, headers: request.headers, body };
      const signing = scheme.sign(parts, credentials, { projectId, region, service, path: params.path, url: lazy?.signingUrl });
      if (signing instanceof Promise) await signing;
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

/**
 * The 2xx body as a JSON object. `noBody`: the operation documents a 204, so any 2xx without a body
 * is that answer and becomes `{}` (Huawei DCS CreateRedislog, ListRedislog when there is nothing).
 */
function parseSuccess(context: string, response: Response, body: string | undefined, noBody: boolean): Record<string, unknown> {
  if (noBody && !body) return {};
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

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}

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

type UntypedRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Creates the client a provider package wraps: region/endpoint resolution, auth, validation, retries.
 * The provider hands over its signing scheme object (`huaweiSigning`, `jdcloudSigning`), so that a
 * bundle carries only the scheme it uses.
 */
export function createServiceClient<Paths extends {}>(config: ServiceConfig): ServiceClient<Paths> {
  const { provider, options } = config;
  const scheme = config.auth.signing;
  const credentials = checkCredentials(config);
  if (scheme.name === "jdcloud" && !config.auth.service) {
    throw new InvalidParameterError("auth.service", `${provider}: JD Cloud signing needs auth.service`);
  }
  if (options.maxRetries !== undefined && !(Number.isSafeInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new InvalidParameterError("maxRetries", "maxRetries must be a non-negative integer");
  }
  checkTimeout(options.timeoutMs);
  checkHeaders(options.headers);
  if (options.projectId !== undefined && !/^[\w-]+$/.test(options.projectId)) {
    throw new InvalidParameterError("projectId", "projectId must consist of letters, digits, _ and -");
  }
  const { region, origin } = resolveServer(config.servers, options);
  patchLazyRequest();
  if (knownOrigins.size < 64) knownOrigins.add(origin);
  const { projectId, logger } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const secretValues = "token" in credentials ? [credentials.token] : [credentials.secretAccessKey, credentials.securityToken];

  const baseFetch = requestSender(options.fetch);
  const raw = createClient<Paths>({
    baseUrl: origin,
    fetch: baseFetch,
    Request: LazyRequest as unknown as typeof Request,
    pathSerializer,
    querySerializer,
    // Credentials must never follow a redirect to another host: a 3xx becomes an ApiError.
    redirect: "manual",
    headers: { ...DEFAULT_HEADERS[scheme.name], ...options.headers },
  });
  raw.use(authMiddleware(config, scheme, credentials, region));
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
    const { signal } = callOptions;
    // Rejects only when the attempt is cut short (timeout or the caller's abort): raced with the
    // request, it makes the timeout hold even for a custom fetch whose body ignores the signal.
    let cutShort!: (reason: unknown) => void;
    const stopped = new Promise<never>((_, reject) => (cutShort = reject));
    const timer = setTimeout(() => {
      timeout.abort();
      cutShort(timeout.signal.reason);
    }, timeoutMs);
    // The caller's abort ends the attempt through the same controller. AbortSignal.any would too,
    // but on Node 20 its composite signals stay reachable after the call (~6 KB per call under load).
    const onAbort = signal
      ? () => {
          timeout.abort(signal.reason);
          cutShort(signal.reason);
        }
      : undefined;
    const started = logger ? Date.now() : 0;
    let outcome = "";
    // Set once the headers are in: an error after that (not ours) is the body breaking off mid-read.
    let responded = false;
    const fetchOnce: typeof fetch = async (request, requestInit) => {
      const response = await baseFetch(request, requestInit);
      responded = true;
      return response;
    };
    try {
      if (onAbort) signal!.addEventListener("abort", onAbort, { once: true });
      // parseAs "text": the body is read under the same signal (so the timeout covers it) and parsed here.
      const { data, error, response } = await Promise.race([
        send(operation.method, operation.path, {
          params: init.params,
          body: init.body,
          headers: callOptions.headers,
          signal: timeout.signal,
          parseAs: "text",
          fetch: fetchOnce,
        }),
        stopped,
      ]);
      outcome = String(response.status);
      if (!response.ok) throw apiError(config, operation, response, error);
      return parseSuccess(context, response, data as string | undefined, "204" in operation.responses);
    } catch (error) {
      const classified = signal?.aborted
        ? abortError(signal)
        : timeout.signal.aborted
          ? new TimeoutError(`${context}: no complete response within ${timeoutMs} ms`)
          : responded && !(error instanceof LogLinkError)
            ? new ConnectionError(`${context}: the connection broke while reading the response: ${describe(error)}`, { cause: error })
            : error;
      outcome ||= classified instanceof Error ? classified.name : "error";
      // A server or fetch may echo the credentials back (error_msg, body, a fetch error's message).
      throw scrubSecrets(classified, secretValues);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal!.removeEventListener("abort", onAbort);
      if (logger) try {
        logger(redact(`${provider} ${operation.method} ${init.url} -> ${outcome} (${Date.now() - started} ms, attempt ${attemptNumber})`));
      } catch {
        // A failing log sink must not replace the call's result or error with its own.
      }
    }
  }

  async function call<T>(operation: OperationSpec, input: Record<string, unknown>, callOptions: CallOptions = {}): Promise<T> {
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
