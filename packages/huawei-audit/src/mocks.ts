// msw handlers answering with the spec's own examples, for tests of code that uses this client.
import { type MockOptions, createMockHandlers } from "@loglink/core/mocks";
import { operations } from "./generated/operations.js";

export type { MockOptions };

/** `listAuditLogDownloadLink` answers its documented 200 example (one file), on any host. */
export const handlers = createMockHandlers(operations);

/**
 * Handlers answering with the documented example of `options.status`. The document gives no
 * example for 400 and 500, so those answer with an empty body.
 */
export function createHandlers(options?: MockOptions) {
  return createMockHandlers(operations, options);
}
