// msw handlers answering with the spec's own examples, for your tests. Needs msw (an optional peer).
import type { HttpHandler } from "msw";
import { createMockHandlers, type MockOptions } from "@loglink/core/mocks";
import { operations } from "./generated/operations.js";

export type { MockOptions };

/**
 * Answers on any host: `describeLogs` with the documented page (one MySQL slow log, `totalCount` 1)
 * and `updateLogDownloadURLInternal` with the document's 200 example.
 */
export const handlers: HttpHandler[] = createMockHandlers(operations);

/** Answers with the example documented for `options.status` (e.g. `{ status: 404 }`). */
export function createHandlers(options?: MockOptions): HttpHandler[] {
  return createMockHandlers(operations, options);
}
