// Shared by the test files: the msw server, the document's request example and test credentials.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { operations } from "../src/generated/operations.js";

/** The Chinese edition's example request (the English one has `{dcs_endpoint}` for the host). */
export const documented = {
  region: "cn-south-1",
  projectId: "0524e839a54847039e9b2b46e8aa788a",
  input: { instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" },
  url: "https://dcs.cn-south-1.myhuaweicloud.com/v2/0524e839a54847039e9b2b46e8aa788a/instances/5c597ce5-9823-48aa-bf4d-2defb9385b4a/redislog/3ea6ce21-048e-447a-83c3-3fb004b88439/links",
};

/** The spec's examples per documented status (`null` where it documents none). */
export const examples = operations.createRedislogDownloadLink.responses;

export const token = "MIIT-test-token.value";
export const credentials = { accessKeyId: "HUAWEITESTAK00000000", secretAccessKey: "HUAWEITESTSK1111111111111111111111111111" };

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

/** What the server received: method, URL, headers (lower-case names), body text and whether there was a body. */
export async function received(request: Request) {
  return {
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    hasBody: request.body !== null,
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
