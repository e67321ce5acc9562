#!/usr/bin/env node
// `pnpm bench [--check] [--quick]`: loglink against the official SDKs, and the budgets of issue 7.
// Builds the workspace, installs the official SDKs into .bench/ (cached), measures, prints the
// table and writes BENCHMARKS.md at the repository root. --check exits 1 when a budget is missed.
// --quick (development only) uses fewer repetitions and writes .bench/BENCHMARKS.quick.md instead.
import fs from "node:fs";
import { join } from "node:path";
import { run } from "../tools/release/lib.mjs";
import { measureBundles } from "./lib/bundle.mjs";
import { cliRows, measureCli } from "./lib/cli.mjs";
import { huaweiFreshInstallWorks, measureColdStart } from "./lib/coldstart.mjs";
import { measureDownload } from "./lib/download.mjs";
import { measureWanDownload } from "./lib/download-wan.mjs";
import { measureFootprint } from "./lib/footprint.mjs";
import { BUDGETS, buildRows, machine, markdownTable, printTable } from "./lib/report.mjs";
import { installSdks, SDKS } from "./lib/sdks.mjs";
import { measureThroughput } from "./lib/throughput.mjs";
import { CACHE, ROOT } from "./lib/util.mjs";
import { measureWaiter } from "./lib/waiter.mjs";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !["--check", "--quick"].includes(a));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(" ")}; usage: pnpm bench [--check] [--quick]`);
  process.exit(2);
}
const check = args.has("--check");
const quick = args.has("--quick");
const PLAN = quick
  ? {
      coldRounds: 5,
      throughput: { rounds: 3, batch: 200 },
      download: { sizes: [64 * 2 ** 20, 2 ** 30], rounds: 1 },
      wan: { rounds: 1 },
      waiter: { seconds: [3, 12], repeats: 2 },
    }
  : {
      coldRounds: 21,
      throughput: { rounds: 9, batch: 400 },
      download: { sizes: [64 * 2 ** 20, 2 ** 30], rounds: 3 },
      wan: { rounds: 2 },
      waiter: { seconds: [3, 12], repeats: 4 },
    };

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line) => console.error(`[bench ${elapsed().padStart(5)}] ${line}`);

fs.mkdirSync(CACHE, { recursive: true });
log("building the workspace (pnpm build)");
const built = await run("pnpm", ["run", "build"], { cwd: ROOT, timeout: 600_000 });
if (built.code !== 0) {
  console.error(built.stdout.slice(-3000), built.stderr.slice(-3000));
  throw new Error("pnpm build failed");
}

const results = {};
const sdks = await installSdks(log);
for (const [name, sdk] of Object.entries(sdks)) if (!sdk.ok) log(`official SDK ${name} unavailable: ${sdk.error}`);

// Footprint and bundle sizes do not depend on timing: the waiter (seconds of idle waiting) runs
// meanwhile. Everything timed after this runs alone.
// A section that fails is reported (and counts as a miss) instead of losing the whole run.
const failures = {};
const section = async (name, measure) => {
  try {
    return await measure();
  } catch (error) {
    failures[name] = String(error.message).split("\n").slice(0, 4).join(" ");
    log(`${name} failed: ${failures[name]}`);
    return undefined;
  }
};
const waiter = section("6. waiter", () => measureWaiter(PLAN.waiter, log));
results.footprint = await section("1. installed footprint", () => measureFootprint(sdks, log));
results.bundles = await section("2. bundle", () => measureBundles(sdks));
log("bundles built");
results.huaweiFresh = await section("3. cold start (fresh Huawei install)", () => huaweiFreshInstallWorks(sdks));
results.waiter = await waiter;

results.coldStart = await section("3. cold start", () => measureColdStart(sdks, PLAN.coldRounds, log));
results.cli = await section("7. command line", () => measureCli(PLAN.coldRounds, log));
results.throughput = await section("4. per request", () => measureThroughput(PLAN.throughput, log));
results.download = await section("5. download", () => measureDownload(PLAN.download, log));
results.downloadWan = await section("5b. download over a wide-area link", () => measureWanDownload(PLAN.wan, log));

const totalSeconds = (Date.now() - started) / 1000;
const rows = [...buildRows(results), ...cliRows(results.cli)];
for (const [name, error] of Object.entries(failures))
  rows.push({ section: name, name: `${name}: measurement failed`, value: error, compare: "", budget: "must run", pass: false });
const table = printTable(rows);
console.log(`\n${table}\n`);
const misses = rows.filter((r) => r.pass === false);
console.log(
  misses.length
    ? `${misses.length} budget(s) missed:\n${misses.map((m) => `  - ${m.name}: ${m.value}${m.compare ? `; ${m.compare}` : ""} (budget ${m.budget})`).join("\n")}`
    : "all budgets held",
);
console.log(`bench took ${totalSeconds.toFixed(0)} s`);

// ---- BENCHMARKS.md
const version = async (cmd, a) => (await run(cmd, a, { cwd: ROOT })).stdout.trim();
const pkgVersion = (dir) => JSON.parse(fs.readFileSync(join(dir, "package.json"), "utf8")).version;
const m = machine();
const officialVersions = Object.entries(sdks)
  .filter(([, s]) => s.ok)
  .flatMap(([name, s]) => Object.entries(s.versions).map(([pkg, v]) => `${pkg}@${v}`))
  .filter((v, i, all) => all.indexOf(v) === i);
const md = `# Benchmarks

loglink against the official SDKs (issue 7). Written by \`pnpm bench\` — do not edit by hand; rerun it.
The machines are noisy: the ratios, not the absolute times, are what we claim.

- **Date:** ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}${quick ? " (**--quick run: few repetitions, not for the record**)" : ""}
- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGB.toFixed(1)} GiB memory, ${m.os}
- **Versions:** Node ${process.version}, npm ${await version("npm", ["-v"])}, pnpm ${await version("pnpm", ["-v"])}, esbuild ${pkgVersion(join(ROOT, "node_modules", "esbuild"))}, openapi-fetch ${pkgVersion(join(ROOT, "node_modules", "openapi-fetch"))}, loglink packages ${pkgVersion(join(ROOT, "packages", "core"))}
- **Official SDKs (installed from npm at bench time):** ${officialVersions.join(", ") || "none could be installed"}
- **Repetitions:** cold start ${PLAN.coldRounds} rounds; per request ${PLAN.throughput.rounds} rounds × ${PLAN.throughput.batch} requests per variant; download ${PLAN.download.rounds} rounds per size; waiter ${PLAN.waiter.repeats} waits per duration
- **Bench wall time:** ${totalSeconds.toFixed(0)} s
- **Budgets:** ${misses.length ? `${misses.length} missed — ${misses.map((x) => `${x.section.replace(/^\d+\. /, "")}: ${x.name}`).join("; ")}` : "all held"}

## How to run

\`\`\`sh
pnpm bench           # builds, installs the official SDKs into .bench/ (cached), measures, writes this file
pnpm bench --check   # the same, and exits 1 when a budget is missed (CI)
\`\`\`

Not part of \`pnpm test\`. Needs the npm registry (official SDKs, openapi-fetch) and, for the
download comparison, \`curl\` (without it the download is compared with a plain Node stream pipeline).
A fresh clone takes a few minutes; reruns reuse \`.bench/\` (gitignored).

## Results
${markdownTable(rows)}

## Method

1. **Installed footprint.** The packages are published with the release command (\`changeset publish\`,
   which turns \`workspace:\` and \`catalog:\` ranges into real ones) to the release rehearsal's
   throwaway registry, and installed from it with plain \`npm install <provider>\` into a fresh
   project. Packages (every installed copy) are counted from npm's \`node_modules/.package-lock.json\`; bytes are the sum of file sizes under \`node_modules\`
   (KB = 1000 bytes). The official SDKs are a plain \`npm install <sdk>\` into a fresh directory.
   No DCS or RDS module of the Huawei SDK is published on npm; ECS stands in for "a service module".
2. **Bundle.** An entry that creates a client with AK/SK and makes one signed call, bundled by
   esbuild (\`bundle\`, \`minify\`, ESM, browser platform for ours), then gzip level 9 (zlib). The
   facade entry leaves the three providers it does not use external, as an app with one provider
   installed would. The official SDKs need Node built-ins, so they are bundled for the node
   platform (CommonJS); each bundle is then loaded once to see whether it throws at load.
3. **Cold start.** A fresh \`node\` process that imports the library and creates a client (no
   request), minus a bare \`node -e ""\` of the same round; ${PLAN.coldRounds} rounds, each in a shuffled
   order. Both the wall time (seen from the parent) and the CPU time (user + system, reported by the
   process at exit through a preloaded hook) are shown; the budget is judged on CPU time, which
   other processes on a shared machine barely move, compared round by round with importing
   openapi-fetch and creating its client. The Huawei SDK only runs once \`uuid\` is added by hand (a fresh install
   cannot build a client), so its rows are measured with \`uuid\` installed.
4. **Per request.** A \`node:http\` server in its own process on 127.0.0.1 answers every request
   with a small JSON body. One client process sends, for each variant, ${PLAN.throughput.batch} sequential
   requests per round in slices of 10, alternating with slices of raw \`fetch\` sending the same
   method, path and body without authentication; the ratio is raw time / client time (1.0 = as
   fast as raw fetch), median over ${PLAN.throughput.rounds} rounds. Token: huawei-dcs with \`{ token }\`;
   AK/SK: huawei-dcs (SDK-HMAC-SHA256) and jdcloud-rds (JDCLOUD2-HMAC-SHA256), every request signed
   afresh. The official SDKs are measured the same way where they run.
5. **Download.** A server process streams a file generated on the fly (64 MiB, then 1 GiB) over
   loopback; \`download()\` of \`loglink/node\` (in its own process), \`curl -sS -o\` and a plain Node
   \`fetch\` → \`pipeline\` → file baseline take turns, ${PLAN.download.rounds} rounds, writing into a temp
   directory deleted afterwards. Throughput is size / wall time of the whole process (start-up
   included for all); peak RSS is the child's \`process.resourceUsage().maxRSS\` (curl's from
   \`/usr/bin/time -v\`). The throughput budget is judged at 1 GiB; the RSS budget on the worst run.
6. **Waiter.** OTC's \`waitForErrorlogDownload\` against a server whose task answers \`CREATING\` until
   N seconds after its first request, then \`FINISH\`; ${PLAN.waiter.repeats} waits per N, run at the same
   time. The documented bound (first delay 2 s, each delay uniform in [2 s, min(10 s, 2 s × 2^(n-1))]):
   at most ⌈N/2⌉ + 1 requests, and FINISH seen at most 10 s + one round trip (allowance 500 ms)
   after it happens. Judged on the worst wait.

Budgets (issue 7): one provider installed ≤ ${BUDGETS.packages} packages and ≤ 400 KB; bundle of one
provider with one signed call ≤ 6 KB gzipped; import + create client ≤ ${BUDGETS.coldStartOverOpenapiFetchMs} ms over
openapi-fetch alone; per request ≥ ${BUDGETS.tokenRatio}× raw fetch with a token and ≥ ${BUDGETS.akskRatio}× with AK/SK
signing; download ≥ ${BUDGETS.downloadRatio}× curl throughput and peak RSS < ${BUDGETS.downloadRssMB} MB at 1 GiB.
`;
const target = quick ? join(CACHE, "BENCHMARKS.quick.md") : join(ROOT, "BENCHMARKS.md");
fs.writeFileSync(target, md);
fs.writeFileSync(join(CACHE, "results.json"), JSON.stringify({ results, rows, totalSeconds, sdks: SDKS }, null, 2));
log(`wrote ${target.replace(`${ROOT}/`, "")}`);
if (check && misses.length) process.exit(1);
