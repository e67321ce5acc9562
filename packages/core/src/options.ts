// The client's options: their types and checks, and where requests go (region, servers, endpoint).
import { environmentVariables, regionFromEnvironment } from "./environment.js";
import { InvalidParameterError, type Provider } from "./errors.js";
import type { AccessKey, ProviderFamily } from "./family.js";
import { MAX_TIMER_MS } from "./retry.js";
import { CONTROL_CHARACTER } from "./serialize.js";
import type { HuaweiCredentials } from "./signing/huawei.js";
import type { ServerSpec } from "./types.js";

/** An IAM token, or an access key pair (with a security token for temporary credentials). */
export type Credentials = { token: string } | HuaweiCredentials;

/** Options of every loglink client. */
export interface ClientOptions {
  /**
   * region id (e.g. `cn-north-4`, `eu-de`): picks the documented host. A region id that no table
   * lists yet goes to the provider's newest host pattern. Required unless `endpoint` is given.
   */
  region?: string;
  /** `scheme://host[:port]` replacing the regional host (private clouds, proxies, tests); the API path is kept */
  endpoint?: string;
  /**
   * Huawei/OTC project id: fills `{project_id}` and, with an access key, `X-Project-Id` (defaults to
   * the provider's project variable, e.g. `HUAWEICLOUD_SDK_PROJECT_ID`, where `process.env` exists)
   */
  projectId?: string;
  /**
   * `{ token }` (Huawei/OTC) or `{ accessKeyId, secretAccessKey, securityToken? }` (defaults to the
   * provider's environment variables where `process.env` exists: see `environmentVariables`)
   */
  credentials?: Credentials;
  /** custom fetch (defaults to globalThis.fetch, looked up at each request); it receives a `Request` */
  fetch?: typeof fetch;
  /** retries after a connection error, timeout, 429 or 5xx (defaults to 2) */
  maxRetries?: number;
  /** time limit of each attempt, body included, in ms (defaults to 30 000) */
  timeoutMs?: number;
  /** largest API answer read, in bytes (defaults to 8 MiB); a larger answer is an `InvalidResponseError` */
  maxResponseBytes?: number;
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

// The answers are small JSON objects (a page of 50 links is a few tens of KB): 8 MiB is far beyond
// any of them and still small enough that a wrong host streaming a huge file cannot exhaust memory.
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 2 ** 20;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The credentials, checked: a token only where the API takes one, no security token for JD Cloud. */
export function checkCredentials(provider: Provider, family: ProviderFamily, acceptsToken: boolean, credentials: Credentials): { token: string } | AccessKey {
  // Checked here because an invalid header value would otherwise be echoed in fetch's TypeError.
  const check = (name: string, value: unknown, optional = false) => {
    if (optional && value === undefined) return;
    // Beyond Latin-1, fetch would refuse the header with a TypeError at the first call (the secret key is not sent).
    const unsendable = name !== "secretAccessKey" && typeof value === "string" && /[^\x00-\xff]/.test(value);
    if (typeof value !== "string" || value === "" || value.trim() !== value || CONTROL_CHARACTER.test(value) || unsendable) {
      throw new InvalidParameterError(
        `credentials.${name}`,
        `credentials.${name} must be a non-empty string without surrounding spaces, control characters or (but for the secret key) characters beyond Latin-1`,
      );
    }
  };
  if (isObject(credentials) && "token" in credentials) {
    if (!acceptsToken) throw new InvalidParameterError("credentials", `${provider} accepts only accessKeyId/secretAccessKey credentials`);
    check("token", credentials.token);
  } else if (isObject(credentials) && "accessKeyId" in credentials) {
    check("accessKeyId", credentials.accessKeyId);
    check("secretAccessKey", credentials.secretAccessKey);
    check("securityToken", credentials.securityToken, true);
    if (!family.securityToken && credentials.securityToken !== undefined) {
      throw new InvalidParameterError("credentials.securityToken", `${provider} does not use a security token`);
    }
  } else {
    throw new InvalidParameterError("credentials", "credentials are required: { token } or { accessKeyId, secretAccessKey }");
  }
  return credentials;
}

// setTimeout fires at once for delays above 2^31-1 ms, so larger timeouts are refused.
export function checkTimeout(value: number | undefined) {
  if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= MAX_TIMER_MS)) {
    throw new InvalidParameterError("timeoutMs", "timeoutMs must be a positive number of milliseconds, at most 2^31-1");
  }
}

// A header fetch refuses is echoed, value included, in its TypeError: it could be a credential.
const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
export function checkHeaders(headers: Record<string, string> | undefined) {
  if (headers === undefined) return;
  for (const [name, value] of Object.entries(headers)) {
    // fetch strips surrounding HTTP whitespace itself.
    const inner = typeof value === "string" ? value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "") : undefined;
    if (!HEADER_NAME.test(name) || inner === undefined || !HEADER_VALUE.test(inner)) {
      throw new InvalidParameterError(
        "headers",
        `headers: the header ${HEADER_NAME.test(name) ? name : "(invalid name)"} is not a valid HTTP header (value not shown)`,
      );
    }
  }
}

/** Checks the options that are plain numbers and strings. */
export function checkOptions(options: ClientOptions) {
  if (options.maxRetries !== undefined && !(Number.isSafeInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new InvalidParameterError("maxRetries", "maxRetries must be a non-negative integer");
  }
  if (options.maxResponseBytes !== undefined && !(Number.isSafeInteger(options.maxResponseBytes) && options.maxResponseBytes > 0)) {
    throw new InvalidParameterError("maxResponseBytes", "maxResponseBytes must be a positive integer");
  }
  checkTimeout(options.timeoutMs);
  checkHeaders(options.headers);
  if (options.projectId !== undefined && !/^[\w-]+$/.test(options.projectId)) {
    throw new InvalidParameterError("projectId", "projectId must consist of letters, digits, _ and -");
  }
}

function endpointOrigin(endpoint: string): string {
  const invalid = () => new InvalidParameterError("endpoint", "endpoint must be an http(s) origin, scheme://host[:port], with no path, query or credentials");
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

// Region ids are lowercase words and numbers joined by `-`, at least two parts: `eu-de`,
// `cn-north-4`, `ap-southeast-1`, `cn-southwest-3`. Nothing else can reach a host name.
const REGION_ID = /^[a-z]+(?:-[a-z0-9]+)+$/;

/**
 * The server for `region`: the one whose table lists it, else one serving every region (no region
 * variable). A region id in no table goes to the server marked `regionFallback` (the provider's
 * newest host pattern), or to the only regional server when there is one: vendors add regions
 * several times a year, and their hosts follow the pattern.
 */
function serverFor(servers: readonly ServerSpec[], region: string): ServerSpec | undefined {
  const listed = servers.find((server) => {
    const variable = server.variables?.region;
    return !variable || !variable.enum || variable.enum.includes(region);
  });
  if (listed) return listed;
  const regional = servers.filter((server) => server.variables?.region);
  return regional.find((server) => server.regionFallback) ?? (regional.length === 1 ? regional[0] : undefined);
}

/**
 * The region and the origin requests go to. The region is the `region` option; nothing is guessed:
 * a project id or a resource of another region would fail with a misleading 401 or 404. An
 * `endpoint` replaces the host only.
 */
export function resolveServer(provider: Provider, servers: readonly ServerSpec[], options: ClientOptions): { region: string | undefined; origin: string } {
  const { endpoint } = options;
  // The provider's region variable (OTC's OS_REGION_NAME) is the user's choice too, made once for every tool.
  const region = options.region ?? (endpoint === undefined ? regionFromEnvironment(provider) : undefined);
  if (region === undefined && endpoint === undefined) {
    const variable = environmentVariables[provider].region?.[0];
    throw new InvalidParameterError(
      "region",
      `${provider} needs region, the region id of your resources (e.g. "cn-north-4"), or endpoint${variable ? ` (or set ${variable})` : ""}`,
    );
  }
  if (region !== undefined && (typeof region !== "string" || !REGION_ID.test(region))) {
    throw new InvalidParameterError("region", `region ${JSON.stringify(region)} is not a region id such as "cn-north-4"`);
  }
  if (endpoint !== undefined) return { region, origin: endpointOrigin(endpoint) };
  const server = serverFor(servers, region!);
  if (!server) {
    const known = servers.flatMap((candidate) => candidate.variables?.region?.enum ?? []);
    throw new InvalidParameterError("region", `unknown region ${JSON.stringify(region)}; known regions: ${known.join(", ")} (or set endpoint)`);
  }
  const url = server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => (name === "region" ? region! : (server.variables?.[name]?.default ?? "")));
  return { region, origin: new URL(url).origin };
}
