// msw handlers built from a spec's own examples, for loglink's tests and for users' tests
// (`@loglink/<provider>/mocks`). msw is an optional peer dependency: only this entry imports it.
import { type HttpHandler, HttpResponse, http } from "msw";
import type { OperationSpec } from "./types.js";

/** A generated `operations` table. */
export type OperationTable = Readonly<Record<string, OperationSpec>>;

/** One mocked answer; whatever is left out comes from the spec. */
export interface MockAnswer {
  /** HTTP status, 200..599 (defaults to the operation's documented 2xx, or the `status` option) */
  status?: number;
  /**
   * the body: a string is sent as it is, `null` sends none, anything else is sent as JSON
   * (defaults to the spec's example for the status; none where the spec documents none)
   */
  body?: unknown;
  /** headers, set over the defaults (`x-request-id`, and `retry-after: 0` with `instantRetries`) */
  headers?: Record<string, string>;
}

/**
 * An operation's input as the mock received it, by the spec's parameter names (the names the
 * client's input uses): path, query and header parameters as the strings sent, body properties as
 * parsed JSON. Absent parameters are missing.
 */
export type MockInput<Op extends OperationSpec> = {
  [P in Op["parameters"][number] as P["name"]]?: P["in"] extends "body" ? unknown : string;
};

/** What an answer function receives. */
export interface MockRequest<Op extends OperationSpec = OperationSpec> {
  /** the input, parsed from the request */
  input: MockInput<Op>;
  /** the request itself (read its body with `request.clone()`) */
  request: Request;
}

/**
 * How one operation answers: always the same `MockAnswer`, or a function of the request returning
 * one; `undefined` for the default answer, or a `Response` to send as it is (`Response.error()`
 * makes a network failure).
 */
export type MockResolver<Op extends OperationSpec = OperationSpec> =
  | MockAnswer
  | ((request: MockRequest<Op>) => MockAnswer | Response | undefined | Promise<MockAnswer | Response | undefined>);

/** Options of the mock handlers. */
export interface MockOptions<Operations extends OperationTable = OperationTable> {
  /** documented status code every operation answers with (defaults to each operation's documented 2xx) */
  status?: number;
  /** per operation (by its name in `operations`), the answer to give instead of the documented example */
  answers?: { [Name in keyof Operations]?: MockResolver<Operations[Name]> };
  /**
   * adds `retry-after: 0` to every 429 and 5xx answer that sets none itself: loglink's clients honour
   * `Retry-After`, so they retry at once instead of backing off (the retries themselves still happen)
   */
  instantRetries?: boolean;
}

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

/**
 * Handlers answering every operation, on any host. By default an operation answers with the
 * example its spec documents for `status` (or for its `default` response); a status documented
 * without an example answers with no body. `answers` replaces that per operation, with a fixed
 * answer or one chosen from the request's input. New operations in the table get handlers as well.
 */
export function createMockHandlers<Operations extends OperationTable>(operations: Operations, options: MockOptions<Operations> = {}): HttpHandler[] {
  const answers = (options.answers ?? {}) as Readonly<Record<string, MockResolver | undefined>>;
  for (const [name, answer] of Object.entries(answers)) {
    if (!Object.hasOwn(operations, name)) {
      throw new Error(`answers: no operation ${name} (operations: ${Object.keys(operations).join(", ")})`);
    }
    if (typeof answer === "object" && answer !== null && answer.status !== undefined) checkStatus(name, answer.status);
  }
  return Object.entries(operations).map(([name, operation]) => {
    const documented = Object.keys(operation.responses);
    const status = options.status ?? Number(documented.find((code) => code.startsWith("2")) ?? "200");
    // The `status` option is for documented answers only: a typo would otherwise mock an API that does not exist.
    const known = operation.responses[String(status)] ?? operation.responses.default;
    if (options.status !== undefined && (!known || !isHttpStatus(status))) {
      throw new Error(`${operation.operationId} documents no ${status} response (documented: ${documented.join(", ")})`);
    }
    const resolver = answers[name];
    const method = operation.method.toLowerCase() as Lowercase<OperationSpec["method"]>;
    const path = pathPattern(operation.path);
    const names = pathParameterNames(operation.path);
    return http[method](path, async ({ request }) => {
      const answer = typeof resolver === "function" ? await resolver({ input: await inputOf(operation, request, path, names), request }) : resolver;
      if (answer instanceof Response) return answer;
      return respond(operation, answer ?? {}, status, options.instantRetries === true);
    });
  });
}

// The range Response accepts; anything else would fail inside the handler, as an msw 500.
const isHttpStatus = (status: number) => Number.isInteger(status) && status >= 200 && status <= 599;

function checkStatus(name: string, status: number) {
  if (!isHttpStatus(status)) {
    throw new Error(`${name}: status ${status} is not an HTTP status from 200 to 599`);
  }
}

function respond(operation: OperationSpec, answer: MockAnswer, defaultStatus: number, instantRetries: boolean): Response {
  const status = answer.status ?? defaultStatus;
  const documented = operation.responses[String(status)] ?? operation.responses.default;
  const body = answer.body !== undefined ? answer.body : (documented?.example ?? null);
  const headers = new Headers({ "x-request-id": requestIdOf(body) ?? `mock-${operation.operationId}` });
  if (instantRetries && isRetryableStatus(status)) headers.set("retry-after", "0");
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.set(name, value);
  const init = { status, headers };
  if (body === null) return new HttpResponse(null, init);
  return typeof body === "string" ? new HttpResponse(body, init) : HttpResponse.json(body, init);
}

// The header agrees with a request id the body carries, so a client reading either sees the same.
function requestIdOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { requestId, request_id } = body as Record<string, unknown>;
  const id = requestId ?? request_id;
  return typeof id === "string" ? id : undefined;
}

async function inputOf(operation: OperationSpec, request: Request, path: RegExp, names: readonly string[]): Promise<MockInput<OperationSpec>> {
  const url = new URL(request.url);
  // msw matches the URL without its query; so does this.
  const segments = path.exec(`${url.origin}${url.pathname}`)?.slice(1) ?? [];
  let body: Record<string, unknown> = {};
  if (operation.body) {
    try {
      const parsed: unknown = await request.clone().json();
      if (typeof parsed === "object" && parsed !== null) body = parsed as Record<string, unknown>;
    } catch {
      // Not JSON: the body properties stay missing, as for a request without them.
    }
  }
  const input: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    const value =
      parameter.in === "path"
        ? decoded(segments[names.indexOf(parameter.name)])
        : parameter.in === "query"
          ? url.searchParams.get(parameter.name)
          : parameter.in === "header"
            ? request.headers.get(parameter.name)
            : body[parameter.name];
    if (value !== undefined && value !== null) input[parameter.name] = value;
  }
  return input as MockInput<OperationSpec>;
}

function decoded(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The `{parameter}` names of a path template, in order. */
function pathParameterNames(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
}

/**
 * Matches the path template on any origin. A `{parameter}` is one path segment, captured in order;
 * a literal character that clients percent-encode (JD Cloud's custom-method `:`) matches raw or
 * encoded. A literal `:` would be a parameter marker to msw's string matcher, hence a RegExp.
 */
export function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((part) => (part.startsWith("{") ? "([^/]+)" : [...part].map(literal).join("")))
    .join("");
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${source}$`, "i");
}

function literal(character: string): string {
  if (/[A-Za-z0-9\-_.~/]/.test(character)) return character.replace(/[.]/g, "\\.");
  const encoded = [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  return `(?:${character.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}|${encoded})`;
}
