// The msw setup every package's tests share: a server that fails on any request no handler
// expects, the requests as they left the client, and a wait that does not move fake time.
import { HttpResponse, http, type JsonBodyType } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

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

/** What the server received: method, URL, headers (lower-case names), whether there was a body, and its text. */
export async function snapshot(request: Request) {
  return {
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    hasBody: request.body !== null,
    body: await request.clone().text(),
  };
}

/** Answers every request `server` gets with `body` (JSON); returns the snapshots of what arrived, filled as requests come. */
export function capture(server: SetupServer, body: JsonBodyType) {
  const seen: Awaited<ReturnType<typeof snapshot>>[] = [];
  server.use(
    http.all("*", async ({ request }) => {
      seen.push(await snapshot(request));
      return HttpResponse.json(body);
    }),
  );
  return seen;
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
