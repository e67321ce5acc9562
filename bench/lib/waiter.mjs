// Waiter efficiency: OTC's waitForErrorlogDownload against the `waiter` server, whose task answers
// CREATING until N s after its first request, then FINISH. Measured: requests sent, and the time
// from the task finishing (server clock, same machine) to the waiter resolving.
//
// Documented bound (otc-rds: first delay 2 s, each delay uniform in [2 s, min(10 s, 2 s × 2^(n-1))]):
//   requests ≤ ⌈N / 2⌉ + 1   (no two polls are closer than 2 s; the last one is the first after N s)
//   detection latency ≤ 10 s + one round trip   (no two polls are farther apart than 10 s)
import { createOtcRdsClient } from "@loglink/otc-rds";
import { startServer, stats } from "./util.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const RTT_ALLOWANCE_MS = 500;
export const waiterBound = (seconds) => ({ requests: Math.ceil(seconds / 2) + 1, latencyMs: 10_000 + RTT_ALLOWANCE_MS });

export async function measureWaiter({ seconds, repeats }, log) {
  const server = await startServer("waiter");
  try {
    const client = createOtcRdsClient({ endpoint: server.url, projectId: PROJECT, credentials: { token: "bench-token" } });
    const runs = [];
    let n = 0;
    for (const s of seconds) {
      for (let r = 0; r < repeats; r++) {
        const instance = `${String(s * 1000).padStart(16, "0")}${String(++n).padStart(16, "0")}in03`;
        runs.push(
          client.waitForErrorlogDownload({ instance_id: instance }, { maxWaitMs: 120_000 }).then((answer) => ({
            seconds: s,
            instance,
            detectedAt: Date.now(),
            status: answer.status,
          })),
        );
      }
    }
    const done = await Promise.all(runs); // all at once: the waits overlap, so this takes max(N) + one delay
    const tasks = await server.stats();
    const rows = {};
    for (const s of seconds) {
      const mine = done.filter((d) => d.seconds === s);
      rows[`${s} s`] = {
        seconds: s,
        requests: stats(mine.map((d) => tasks[d.instance].requests)),
        latencyMs: stats(mine.map((d) => d.detectedAt - tasks[d.instance].finishAt)),
        bound: waiterBound(s),
        runs: mine.length,
      };
    }
    log(`waiter: ${seconds.join(" s, ")} s × ${repeats}`);
    return rows;
  } finally {
    await server.close();
  }
}
