// The waiter and the paginator against a real server that fails, repeats itself and hangs.
import type { Socket } from "node:net";
import { AbortError, InvalidParameterError, InvalidResponseError, PaginationError, WaiterError, waitUntil } from "@loglink/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AUDIT_INSTANCE, audit, dcs, OTC_INSTANCE, otc, WINDOW } from "./harness/clients.js";
import { pendingTimers } from "./harness/guard.js";
import { failure, presignedLink } from "./harness/secrets.js";
import { eventually, sendJson, startServer, type TestServer } from "./harness/server.js";

let server: TestServer;
let held: Socket[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  held = [];
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(await eventually(() => held.every((socket) => socket.destroyed)), "a hanging request's socket stayed open").toBe(true);
});

type Step = "503" | "reset" | "hang-body" | "429" | "html" | { json: unknown };
/** Answers the n-th request with steps[n] (the last one repeats). */
function script(steps: Step[]) {
  server.handle((request, response) => {
    const step = steps[Math.min(server.requests.length - 1, steps.length - 1)]!;
    if (step === "503") response.writeHead(503, { "content-type": "text/html" }).end("<h1>503</h1>");
    else if (step === "429") sendJson(response, 429, { error_code: "APIGW.0308" }, { "retry-after": "0" });
    else if (step === "html") response.writeHead(502).end("<html>bad gateway</html>");
    else if (step === "reset") {
      response.writeHead(200, { "content-length": "500" });
      response.write('{"status": "FIN', () => response.destroy());
    } else if (step === "hang-body") {
      held.push(request.socket);
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"status": ');
    } else sendJson(response, 200, step.json);
  });
}

const finish = { json: { status: "FINISH", list: [{ file_link: presignedLink("https://obs.example.com", "/e.log", "obs"), status: "SUCCESS" }] } };
const creating = { json: { status: "CREATING" } };

describe("the OTC waiter under faults", () => {
  it("keeps waiting after a poll that failed (connection reset) until FINISH", async () => {
    // Without client retries, the failed call reaches the waiter (which then waits its 2 s first delay).
    script(["reset", finish]);
    const client = otc(server.origin, "aksk", { maxRetries: 0, timeoutMs: 1_000 });
    const result = await client.waitForErrorlogDownload({ instance_id: OTC_INSTANCE }, { maxWaitMs: 30_000 });
    expect(result.status).toBe("FINISH");
    expect(server.requests).toHaveLength(2);
  });

  it("the same, through waitUntil with short delays, over a longer run of faults", async () => {
    script(["503", "html", "reset", "429", creating, "503", "reset", { json: { status: null } }, creating, finish]);
    const client = dcs(server.origin, "token", { maxRetries: 0, timeoutMs: 1_000 });
    const result = await waitUntil({
      poll: (signal) => client.createRedislogDownloadLink({ instance_id: "i-1", id: "log-1" }, { signal }) as Promise<{ status?: unknown }>,
      state: (answer) => (answer.status === "FINISH" ? "success" : "retry"),
      minDelayMs: 5,
      maxDelayMs: 20,
      maxWaitMs: 10_000,
    });
    expect(result.status).toBe("FINISH");
    expect(server.requests).toHaveLength(10);
  });

  it("a poll that hangs is cut by the attempt timeout and the waiter goes on", async () => {
    script(["hang-body", finish]);
    const client = dcs(server.origin, "token", { maxRetries: 0, timeoutMs: 150 });
    const result = await waitUntil({
      poll: (signal) => client.createRedislogDownloadLink({ instance_id: "i-1", id: "log-1" }, { signal }) as Promise<{ status?: unknown }>,
      state: (answer) => (answer.status === "FINISH" ? "success" : "retry"),
      minDelayMs: 5,
      maxWaitMs: 5_000,
    });
    expect(result.status).toBe("FINISH");
    expect(server.requests).toHaveLength(2);
  });

  it("ends with WaiterError(deadline) when the failures never stop, keeping the last error as cause", async () => {
    script(["503"]);
    const client = dcs(server.origin, "token", { maxRetries: 0 });
    const error = (await failure(
      waitUntil({
        poll: (signal) => client.createRedislogDownloadLink({ instance_id: "i", id: "l" }, { signal }),
        state: () => "retry",
        minDelayMs: 10,
        maxWaitMs: 300,
      }),
    )) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.reason).toBe("deadline");
    expect((error.cause as { status?: number }).status).toBe(503);
  });

  it.each([Number.NaN, -1, Infinity, -Infinity])("maxWaitMs %s: InvalidParameterError, no request", async (maxWaitMs) => {
    script([creating]);
    const error = await failure(otc(server.origin).waitForErrorlogDownload({ instance_id: OTC_INSTANCE }, { maxWaitMs }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(server.requests).toHaveLength(0);
  });

  it("FAILED ends the wait with WaiterError(failed)", async () => {
    script([{ json: { status: "failed" } }]);
    const error = (await failure(otc(server.origin).waitForErrorlogDownload({ instance_id: OTC_INSTANCE }))) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.reason).toBe("failed");
  });
});

const file = (name: string) => ({ name, size: 1, download_link: presignedLink("https://obs.example.com", `/${name}`) });
const page = (...names: string[]) => ({ json: { files: names.map(file) } });
const collect = async (iterable: AsyncIterable<{ name?: string }>, seen: string[] = []) => {
  for await (const item of iterable) seen.push(item.name ?? "?");
  return seen;
};

describe("the audit paginator under faults", () => {
  const pages = (signal?: AbortSignal) =>
    audit(server.origin, "aksk", { maxRetries: 2 }).paginateAuditLogDownloadLink({ instance_id: AUDIT_INSTANCE, ...WINDOW, limit: 2 }, { signal });

  it("a server that ignores the cursor: PaginationError, not an endless loop", async () => {
    script([page("a", "b"), page("c", "d")]);
    const seen: string[] = [];
    const error = await failure(collect(pages(), seen));
    expect(error).toBeInstanceOf(PaginationError);
    // The repeated page is recognised before its files are yielded again.
    expect(seen).toEqual(["a", "b", "c", "d"]);
    expect(server.requests).toHaveLength(3);
  });

  it("a cursor cycle: PaginationError", async () => {
    script([page("a", "b"), page("c", "d"), page("a", "b")]);
    const error = await failure(collect(pages()));
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(3);
  });

  it("a page that fails transiently is retried and paging goes on", async () => {
    script([page("a", "b"), "503", "reset", page("c")]);
    expect(await collect(pages())).toEqual(["a", "b", "c"]);
    const cursors = server.requests.map((request) => new URLSearchParams(request.target.split("?")[1]).get("last_file_name"));
    expect(cursors).toEqual([null, "b", "b", "b"]);
  });

  it.each([
    ["a string", "abc"],
    ["an object", { name: "x" }],
    ["a number", 3],
  ])("files as %s: InvalidResponseError", async (_, files) => {
    script([{ json: { files } }]);
    const seen: string[] = [];
    const error = await failure(collect(pages(), seen));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(seen).toEqual([]);
  });

  it("a full page whose last file has no name: InvalidResponseError", async () => {
    script([{ json: { files: [file("a"), { size: 1 }] } }]);
    expect(await failure(collect(pages()))).toBeInstanceOf(InvalidResponseError);
  });
});

describe("abort", () => {
  it("stops a waiter and a paginator at once, both mid-request, and nothing more is sent", async () => {
    server.handle((request, response) => {
      held.push(request.socket);
      response.writeHead(200, { "content-type": "application/json" });
      response.write("{");
    });
    const controller = new AbortController();
    const waiting = failure(
      otc(server.origin, "token", { timeoutMs: 10_000 }).waitForErrorlogDownload({ instance_id: OTC_INSTANCE }, { signal: controller.signal }),
    );
    const paging = failure(
      collect(
        audit(server.origin, "token", { timeoutMs: 10_000 }).paginateAuditLogDownloadLink(
          { instance_id: AUDIT_INSTANCE, ...WINDOW },
          { signal: controller.signal },
        ),
      ),
    );
    expect(await eventually(() => server.requests.length === 2)).toBe(true);
    const started = Date.now();
    controller.abort();
    const [waitError, pageError] = await Promise.all([waiting, paging]);
    expect(waitError).toBeInstanceOf(AbortError);
    expect(pageError).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000); // bound on a hang only
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(2);
  });

  it("stops a waiter between polls", async () => {
    script([creating]);
    const controller = new AbortController();
    const waiting = failure(otc(server.origin).waitForErrorlogDownload({ instance_id: OTC_INSTANCE }, { signal: controller.signal }));
    expect(await eventually(() => server.requests.length === 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the timer tripwire", () => {
  it("sees a loglink timer while it is pending, and not once abort cleared it", async () => {
    const controller = new AbortController();
    const waiting = waitUntil({ poll: async () => 1, state: () => "retry", minDelayMs: 60_000, maxWaitMs: 120_000, signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pendingTimers()).toHaveLength(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
    expect(pendingTimers()).toEqual([]);
  });
});
