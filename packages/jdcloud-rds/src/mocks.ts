// msw handlers answering with the spec's own examples, for your tests. Needs msw (an optional peer).
// Every operation of the generated table gets a handler; see the README's "Testing" section.

import { type MockOptions as CoreMockOptions, createMockHandlers } from "@loglink/core/mocks";
import type { HttpHandler } from "msw";
import { operations } from "./generated/operations.js";

export type { MockAnswer, MockInput, MockRequest, MockResolver } from "@loglink/core/mocks";

/** Options of `createHandlers`: `status`, `answers` per operation (typed from its inputs), `instantRetries`. */
export type MockOptions = CoreMockOptions<typeof operations>;

/**
 * Every operation answers its documented 2xx example, on any host: `describeLogs` the documented
 * page (one MySQL slow log, `totalCount` 1), `updateLogDownloadURLInternal` the document's 200 example.
 */
export const handlers: HttpHandler[] = createMockHandlers(operations);

/**
 * Handlers answering with the example documented for `options.status` (e.g. `{ status: 404 }`), or
 * with the `answers` you give per operation; `instantRetries` makes retried statuses retry at once.
 */
export function createHandlers(options?: MockOptions): HttpHandler[] {
  return createMockHandlers(operations, options);
}
