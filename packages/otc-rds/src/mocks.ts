// msw handlers answering with the spec's own examples, for your tests. Needs msw (an optional peer).
// Every operation of the generated table gets a handler; see the README's "Testing" section.

import { type MockOptions as CoreMockOptions, createMockHandlers } from "@loglink/core/mocks";
import type { HttpHandler } from "msw";
import { operations } from "./generated/operations.js";

export type { MockAnswer, MockInput, MockRequest, MockResolver } from "@loglink/core/mocks";

/** Options of `createHandlers`: `status`, `answers` per operation (typed from its inputs), `instantRetries`. */
export type MockOptions = CoreMockOptions<typeof operations>;

/** Every operation answers its documented 2xx example, on any host (`downloadErrorlog`: status `finish`, one link). */
export const handlers: HttpHandler[] = createMockHandlers(operations);

/**
 * Handlers answering with the documented example of `options.status` (e.g. 404 `DBS.200045`), or
 * with the `answers` you give per operation; `instantRetries` makes retried statuses retry at once.
 */
export function createHandlers(options?: MockOptions): HttpHandler[] {
  return createMockHandlers(operations, options);
}
