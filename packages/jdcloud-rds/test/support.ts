// Shared by the test files: the msw server, the document's request example and test credentials.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { operations } from "../src/generated/operations.js";

/** The document's request example (its Java sample: instance, log, 3600 seconds, cn-north-1). */
export const documented = {
  region: "cn-north-1",
  input: { instanceId: "pg-x2fyuzvwak", logId: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833", seconds: 3600 },
  url: "https://rds.jdcloud-api.com/v1/regions/cn-north-1/instances/pg-x2fyuzvwak/log/postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833%3AupdateLogDownloadURLInternal",
};

/** The spec's examples per documented status (`default` included). */
export const examples = operations.updateLogDownloadURLInternal.responses;

export const credentials = { accessKeyId: "TESTAK0000000000000000", secretAccessKey: "TESTSK1111111111111111" };

/**
 * An msw server for the file, listening before any client is created; an unhandled request fails
 * the test. `requests` holds every request as it left the client, cleared after each test.
 */
export function useMsw() {
  const server = setupServer();
  const requests: Request[] = [];
  server.events.on("request:start", ({ request }) => {
    requests.push(request.clone());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { server, requests };
}

/** What the server received: method, URL, headers (lower-case names) and body text. */
export async function received(request: Request) {
  return {
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    body: await request.text(),
  };
}

// Captured before a test installs fake timers: signing (Web Crypto) settles on the real event loop,
// and vi.waitUntil would move the fake clock while it waits.
const realSetTimeout = globalThis.setTimeout;

/** Waits on the real event loop, without moving fake time, until `condition` holds. */
export async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries === 1000) throw new Error("until: the condition did not hold within 1000 turns");
    await new Promise((resolve) => realSetTimeout(resolve, 1));
  }
}
