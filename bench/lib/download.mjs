// Download: a file generated on the fly by the `file` server (its own process) through download()
// of loglink/node, `curl -o` and a plain Node stream pipeline, interleaved, into a temp dir deleted
// afterwards. Throughput is bytes over wall time of the whole child process (so curl's and Node's
// start-up are counted alike); peak RSS is the child's maximum resident set.
import fs from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { run } from "../../tools/release/lib.mjs";
import { BENCH_DIR, lastJson, startServer, stats } from "./util.mjs";

const has = async (command) => (await run("sh", ["-c", `command -v ${command}`])).code === 0;

async function curl(url, destination, timeBinary) {
  // /usr/bin/time -v reports the peak RSS of curl; without it curl's RSS is not known.
  const args = ["-sS", "--fail", "-o", destination, url];
  const result = timeBinary ? await run(timeBinary, ["-v", "curl", ...args], { timeout: 600_000 }) : await run("curl", args, { timeout: 600_000 });
  if (result.code !== 0) throw new Error(`curl failed: ${result.stderr.slice(-300)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { ms: result.ms, bytes: fs.statSync(destination).size, maxRssKB: rss ? Number(rss[1]) : NaN };
}

async function nodeChild(mode, url, destination, retry = true) {
  const result = await run(process.execPath, [join(BENCH_DIR, "lib", "download-child.mjs"), mode, url, destination], { cwd: BENCH_DIR, timeout: 600_000 });
  const json = lastJson(result.stdout);
  if (result.code !== 0 || !json) {
    // Once more after a moment: a concurrent `pnpm build` may have emptied a dist/ for a second.
    fs.rmSync(destination, { force: true });
    if (retry) return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => nodeChild(mode, url, destination, false));
    throw new Error(`${mode} download failed: ${result.stderr.slice(-500)}`);
  }
  return { ...json, ms: result.ms };
}

export async function measureDownload({ sizes, rounds }, log) {
  const curlAvailable = await has("curl");
  const timeBinary = (await has("/usr/bin/time")) ? "/usr/bin/time" : undefined;
  const tmp = fs.mkdtempSync(join(os.tmpdir(), "loglink-bench-"));
  const rows = {};
  try {
    for (const size of sizes) {
      const server = await startServer("file", size);
      const url = `${server.url}/file.bin`;
      const results = { loglink: [], curl: [], pipeline: [] };
      try {
        for (let round = 0; round < rounds; round++) {
          for (const tool of ["loglink", "curl", "pipeline"]) {
            if (tool === "curl" && !curlAvailable) continue;
            const destination = join(tmp, `${tool}-${round}.bin`);
            const result = tool === "curl" ? await curl(url, destination, timeBinary) : await nodeChild(tool, url, destination);
            fs.rmSync(destination, { force: true });
            if (result.bytes !== size) throw new Error(`${tool} wrote ${result.bytes} of ${size} bytes`);
            results[tool].push(result);
          }
        }
      } finally {
        await server.close();
      }
      const mib = size / 2 ** 20;
      const row = (list) => ({
        mibPerS: stats(list.map((r) => mib / (r.ms / 1000))),
        maxRssMB: stats(list.map((r) => r.maxRssKB / 1024)),
      });
      const ratio = (base) => stats(results.loglink.map((r, i) => (base[i] ? base[i].ms / r.ms : NaN)));
      rows[`${mib} MiB`] = {
        size,
        loglink: row(results.loglink),
        curl: curlAvailable ? row(results.curl) : { na: "curl not installed" },
        pipeline: row(results.pipeline),
        ratioToCurl: curlAvailable ? ratio(results.curl) : undefined,
        ratioToPipeline: ratio(results.pipeline),
      };
      log(`download: ${mib} MiB × ${rounds} rounds`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { rows, curlAvailable, rssTool: timeBinary ? "/usr/bin/time -v" : undefined };
}
