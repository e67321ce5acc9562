// msw handlers answering with the spec's own examples, for your tests. Needs msw (an optional peer).
import type { HttpHandler } from "msw";
import { createMockHandlers, type MockOptions } from "@loglink/core/mocks";
import { operations } from "./generated/operations.js";

export type { MockOptions };

/**
 * Answers on any host: `listRedislog` with the documented page (one run log, `total_num` 1),
 * `createRedislog` with its 204 (no body), and `createRedislogDownloadLink` with the English
 * edition's 200 example.
 */
export const handlers: HttpHandler[] = createMockHandlers(operations);

/**
 * Answers with the example documented for `options.status` (e.g. `{ status: 404 }`). Only the 400 of
 * `listRedislog` and `createRedislog` has a documented example (`DCS.4800`); other error statuses
 * answer with an empty body.
 */
export function createHandlers(options?: MockOptions): HttpHandler[] {
  return createMockHandlers(operations, options);
}
