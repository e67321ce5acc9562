// msw handlers built from a spec's own examples, for loglink's tests and for users' tests
// (`@loglink/<provider>/mocks`). msw is an optional peer dependency: only this entry imports it.
import { type HttpHandler, HttpResponse, http } from "msw";
import type { OperationSpec } from "./types.js";

/** Options of the mock handlers. */
export interface MockOptions {
  /** documented status code to answer with (defaults to the operation's documented 2xx) */
  status?: number;
}

/**
 * Handlers answering every operation, on any host, with the example its spec documents for `status`
 * (or for its `default` response). A status documented without an example answers with no body.
 */
export function createMockHandlers(operations: Readonly<Record<string, OperationSpec>>, options: MockOptions = {}): HttpHandler[] {
  return Object.values(operations).map((operation) => {
    const documented = Object.keys(operation.responses);
    const status = String(options.status ?? documented.find((code) => code.startsWith("2")) ?? "200");
    const response = operation.responses[status] ?? operation.responses.default;
    if (!response || !/^[1-5]\d\d$/.test(status)) {
      throw new Error(`${operation.operationId} documents no ${status} response (documented: ${documented.join(", ")})`);
    }
    const init = { status: Number(status), headers: { "x-request-id": requestIdOf(response.example) ?? `mock-${operation.operationId}` } };
    const method = operation.method.toLowerCase() as Lowercase<OperationSpec["method"]>;
    return http[method](pathPattern(operation.path), () =>
      response.example === null ? new HttpResponse(null, init) : HttpResponse.json(response.example, init),
    );
  });
}

// The header agrees with a request id the example carries, so a client reading either sees the same.
function requestIdOf(example: unknown): string | undefined {
  if (typeof example !== "object" || example === null) return undefined;
  const { requestId, request_id } = example as Record<string, unknown>;
  const id = requestId ?? request_id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Matches the path template on any origin. A `{parameter}` is one path segment; a literal character
 * that clients percent-encode (JD Cloud's custom-method `:`) matches raw or encoded. A literal `:`
 * would be a parameter marker to msw's string matcher, hence a RegExp.
 */
export function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : [...part].map(literal).join("")))
    .join("");
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${source}$`, "i");
}

function literal(character: string): string {
  if (/[A-Za-z0-9\-_.~/]/.test(character)) return character.replace(/[.]/g, "\\.");
  const encoded = [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  return `(?:${character.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}|${encoded})`;
}
