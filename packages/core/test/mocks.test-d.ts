import { describe, expectTypeOf, it } from "vitest";
import { createMockHandlers, type MockOptions } from "../src/mocks.js";
import { createLink, listAuditLinks, updateLogUrl } from "./fixtures.js";

const table = { createLink, listAuditLinks, updateLogUrl };

describe("mock answers are typed from the operations table", () => {
  it("names operations and their inputs", () => {
    createMockHandlers(table, {
      answers: {
        listAuditLinks: ({ input }) => {
          expectTypeOf(input.node_id).toEqualTypeOf<string | undefined>();
          expectTypeOf(input["X-Language"]).toEqualTypeOf<string | undefined>();
          // @ts-expect-error: not a parameter of this operation
          void input.seconds;
          return undefined;
        },
        updateLogUrl: ({ input }) => {
          expectTypeOf(input.seconds).toEqualTypeOf<unknown>();
          expectTypeOf(input.logId).toEqualTypeOf<string | undefined>();
          return { status: 200, body: { result: {} }, headers: { "x-request-id": "r" } };
        },
        createLink: { status: 404 },
      },
    });
    // @ts-expect-error: no such operation
    const unknown: MockOptions<typeof table> = { answers: { createLinks: {} } };
    void unknown;
    // @ts-expect-error: headers are strings
    createMockHandlers(table, { answers: { createLink: { headers: { "retry-after": 0 } } } });
  });
});
