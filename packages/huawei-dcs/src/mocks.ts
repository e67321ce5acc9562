// msw handlers answering with the spec's own examples, for your tests. Needs msw (an optional peer).
// Every operation of the generated table gets a handler; see the README's "Testing" section.

import { type MockOptions as CoreMockOptions, createMockHandlers } from "@loglink/core/mocks";
import type { HttpHandler } from "msw";
import { operations } from "./generated/operations.js";

export type { MockAnswer, MockInput, MockRequest, MockResolver } from "@loglink/core/mocks";

/** Options of `createHandlers`: `status`, `answers` per operation (typed from its inputs), `instantRetries`. */
export type MockOptions = CoreMockOptions<typeof operations>;

/**
 * Every operation answers its documented 2xx example, on any host: `listRedislog` its documented
 * page (one run log, `total_num` 1), `createRedislog` its 204 (no body), and
 * `createRedislogDownloadLink` the English edition's 200 example.
 */
export const handlers: HttpHandler[] = createMockHandlers(operations);

/**
 * Handlers answering with the example documented for `options.status` (only the 400 of
 * `listRedislog` and `createRedislog` has one, `DCS.4800`; other error statuses answer with an
 * empty body), or with the `answers` you give per operation; `instantRetries` makes retried
 * statuses retry at once.
 */
export function createHandlers(options?: MockOptions): HttpHandler[] {
  return createMockHandlers(operations, options);
}
