// Load: 1,000 concurrent calls through one client against the local server all succeed, and the
// process's memory, timers and sockets are flat across repeated rounds.
import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_INSTANCE, audit, dcs, WINDOW } from "./harness/clients.js";
import { pendingTimers } from "./harness/guard.js";
import { sendJson, startServer, type TestServer } from "./harness/server.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_request, response) =>
    sendJson(response, 200, { files: [{ name: "f", size: 1, download_link: "https://obs.example.com/f" }], link: "https://obs.example.com/f" }),
  );
});
afterAll(() => server.close());

const CONCURRENCY = 1_000;
const ROUNDS = 4;

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return process.memoryUsage().heapUsed;
}

const timers = () => process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;

describe("1,000 concurrent calls through one client", () => {
  it.each([
    ["huawei-audit, AK/SK signed, each call with its own signal", "audit"],
    ["huawei-dcs, token, every call sharing one long-lived signal", "dcs"],
  ] as const)(
    "%s: all succeed, memory flat over rounds",
    async (_, kind) => {
      const shared = new AbortController();
      const auditClient = audit(server.origin, "aksk", { timeoutMs: 20_000, maxRetries: 0 });
      const dcsClient = dcs(server.origin, "token", { timeoutMs: 20_000, maxRetries: 0 });
      const one = () =>
        kind === "audit"
          ? auditClient.listAuditLogDownloadLink({ instance_id: AUDIT_INSTANCE, ...WINDOW }, { signal: new AbortController().signal })
          : dcsClient.createRedislogDownloadLink({ instance_id: "i-1", id: "log-1" }, { signal: shared.signal });
      const heaps: number[] = [];
      const timerCounts: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        server.reset();
        const results = await Promise.allSettled(Array.from({ length: CONCURRENCY }, one));
        const failed = results.filter((result) => result.status === "rejected");
        expect(failed.map((result) => String((result as PromiseRejectedResult).reason)).slice(0, 3)).toEqual([]);
        expect(server.requests).toHaveLength(CONCURRENCY);
        // Idle keep-alive connections are pooled and reused, never piled up round after round.
        expect(server.openSockets.size).toBeLessThanOrEqual(CONCURRENCY);
        expect(pendingTimers()).toEqual([]);
        // A listener left on the shared signal per call would pile up here.
        expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
        heaps.push(await settledHeap());
        timerCounts.push(timers());
      }
      // Round 1 warms up (JIT, connection pool); after it, no growth beyond noise (a leak of even
      // 1 KB per call would add ~1 MB per round).
      const growth = heaps.at(-1)! - heaps[1]!;
      expect(growth, `heap per round: ${heaps.map((heap) => (heap / 2 ** 20).toFixed(1)).join(", ")} MiB`).toBeLessThan(3 * 2 ** 20);
      expect(Math.max(...timerCounts.slice(1))).toBeLessThanOrEqual(timerCounts[1]! + 2);
    },
    60_000,
  );
});
