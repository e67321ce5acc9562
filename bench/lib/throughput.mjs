// Per-request cost on loopback: bench/lib/throughput-child.mjs against the `api` server of
// bench/lib/server.mjs (its own process), each variant's batches interleaved with raw fetch.
import { join } from "node:path";
import { run } from "../../tools/release/lib.mjs";
import { SDK_DIR } from "./sdks.mjs";
import { BENCH_DIR, lastJson, startServer, stats } from "./util.mjs";

export async function measureThroughput({ rounds, batch }, log) {
  const server = await startServer("api");
  try {
    const result = await run(process.execPath, [join(BENCH_DIR, "lib", "throughput-child.mjs"), server.url, String(rounds), String(batch), SDK_DIR], {
      cwd: BENCH_DIR,
      timeout: 400_000,
    });
    const json = lastJson(result.stdout);
    if (!json) throw new Error(`throughput child failed (${result.code}):\n${result.stderr.slice(-2000)}`);
    log(`throughput: ${rounds} rounds × ${batch} requests per variant (${(result.ms / 1000).toFixed(0)} s)`);
    const rows = {};
    for (const [name, ratios] of Object.entries(json.ratios)) {
      const perRequest = json.rawUs.filter((r) => r.name === name);
      rows[name] = { ratio: stats(ratios), rawUs: stats(perRequest.map((r) => r.us)), oursUs: stats(perRequest.map((r) => r.oursUs)) };
    }
    for (const [name, reason] of Object.entries(json.unavailable)) rows[name] = { na: reason };
    return rows;
  } finally {
    await server.close();
  }
}
