// msw handlers answering with the spec's own examples, for tests of code that uses this client.
import { type MockOptions, createMockHandlers } from "@loglink/core/mocks";
import { operations } from "./generated/operations.js";

export type { MockOptions };

/** `downloadErrorlog` answers its documented 200 example (status `finish`, one link), on any host. */
export const handlers = createMockHandlers(operations);

/** Handlers answering with the documented example of `options.status` (e.g. 404 `DBS.200045`). */
export function createHandlers(options?: MockOptions) {
  return createMockHandlers(operations, options);
}
