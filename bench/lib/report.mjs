// The table (printed and written to BENCHMARKS.md) and the budget checks.
import os from "node:os";
import { wanRows } from "./download-wan.mjs";
import { waiterBound } from "./waiter.mjs";

const KB = 1000;
const num = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : "n/a");
/** `median (min–max)` of a stats() result. */
const range = (s, digits = 1, unit = "") =>
  s ? (s.min === s.max ? `${num(s.median, digits)}${unit}` : `${num(s.median, digits)}${unit} (${num(s.min, digits)}–${num(s.max, digits)})`) : "n/a";
const kb = (bytes) => `${num(bytes / KB, 1)} KB`;
const mb = (bytes) => `${num(bytes / KB / KB, 1)} MB`;
const size = (bytes) => (bytes >= 1e6 ? mb(bytes) : kb(bytes));
const na = (row) => `n/a: ${row.na}`;

export const BUDGETS = {
  packages: 5,
  installBytes: 400 * KB,
  bundleGzip: 6 * KB,
  coldStartOverOpenapiFetchMs: 10,
  tokenRatio: 0.9,
  akskRatio: 0.85,
  downloadRatio: 0.9,
  downloadRssMB: 100,
};

/**
 * Rows of { section, name, value, compare, budget, pass }: `pass` is true/false for a budgeted
 * figure and undefined otherwise. Timing budgets are judged on the median, bounds (RSS, waiter) on the worst run.
 */
export function buildRows(results) {
  const rows = [];
  const add = (section, name, value, compare = "", budget = "", pass = undefined) => rows.push({ section, name, value, compare, budget, pass });

  // 1. footprint
  const fp = results.footprint ?? {};
  for (const [name, r] of Object.entries(fp)) {
    const ours = name.startsWith("@loglink/");
    if (r.na) {
      add("1. installed footprint", name, na(r), "", ours ? `≤ ${BUDGETS.packages} packages, ≤ ${kb(BUDGETS.installBytes)}` : "", ours ? false : undefined);
      continue;
    }
    const value = `${r.packages} packages, ${size(r.bytes)}, ${r.files} files`;
    if (ours) {
      const pass = r.packages <= BUDGETS.packages && r.bytes <= BUDGETS.installBytes;
      add("1. installed footprint", name, value, r.names.join(", "), `≤ ${BUDGETS.packages} packages, ≤ ${kb(BUDGETS.installBytes)}`, pass);
    } else add("1. installed footprint", name, value);
  }

  // 2. bundle
  for (const [name, r] of Object.entries(results.bundles ?? {})) {
    const provider = /^@loglink\//.test(name);
    if (r.na) {
      add("2. bundle (minified, gzip -9)", name, na(r), "", provider ? `≤ ${kb(BUDGETS.bundleGzip)} gz` : "", provider ? false : undefined);
      continue;
    }
    const value = `${kb(r.gzip)} gz (${size(r.bytes)} min)`;
    add(
      "2. bundle (minified, gzip -9)",
      name,
      value,
      r.note ?? "",
      provider ? `≤ ${kb(BUDGETS.bundleGzip)} gz` : "",
      provider ? r.gzip <= BUDGETS.bundleGzip : undefined,
    );
  }

  // 3. cold start
  const cold = results.coldStart ?? {};
  for (const [name, r] of Object.entries(cold)) {
    if (name.startsWith("node -e")) {
      if (!r.na) add("3. cold start (ms)", name, `${range(r.wall, 1)} ms wall, ${range(r.cpu, 1)} ms CPU`);
      continue;
    }
    if (r.na) {
      add("3. cold start (ms)", name, na(r));
      continue;
    }
    const provider = /^@loglink\//.test(name);
    const cli = name.includes("--help");
    const value = cli ? `${range(r.wall, 1)} ms wall, ${range(r.cpu, 1)} ms CPU` : `CPU +${range(r.cpuOverBare, 1)} ms; wall +${range(r.overBare, 1)} ms`;
    const compare =
      name.startsWith("openapi-fetch") || cli
        ? "(over bare node)"
        : `over openapi-fetch: CPU ${range(r.cpuOverOpenapiFetch, 1)} ms; wall ${range(r.overOpenapiFetch, 1)} ms`;
    add(
      "3. cold start (ms)",
      name,
      value,
      compare,
      provider ? `≤ ${BUDGETS.coldStartOverOpenapiFetchMs} ms over openapi-fetch (CPU)` : "",
      provider ? r.cpuOverOpenapiFetch.median <= BUDGETS.coldStartOverOpenapiFetchMs : undefined,
    );
  }
  if (results.huaweiFresh) {
    add(
      "3. cold start (ms)",
      "official huaweicloud-sdk-core, fresh install",
      results.huaweiFresh.ok ? "builds a client" : `cannot build a client: ${results.huaweiFresh.error}`,
    );
  }

  // 4. throughput
  for (const [name, r] of Object.entries(results.throughput ?? {})) {
    if (r.na) {
      add("4. per request vs raw fetch", name, na(r));
      continue;
    }
    const budget = name.startsWith("loglink") ? (name.includes("token") ? BUDGETS.tokenRatio : BUDGETS.akskRatio) : undefined;
    add(
      "4. per request vs raw fetch",
      name,
      `${range(r.ratio, 3)}× raw fetch`,
      `${num(r.oursUs.median, 0)} µs vs raw ${num(r.rawUs.median, 0)} µs per request`,
      budget ? `≥ ${budget.toFixed(2)}×` : "",
      budget ? r.ratio.median >= budget : undefined,
    );
  }

  // 5. download
  const dl = results.download;
  if (dl) {
    const big = Object.values(dl.rows).at(-1);
    for (const [label, r] of Object.entries(dl.rows)) {
      const isBig = r === big;
      const curl = r.curl.na ? r.curl.na : `${range(r.curl.mibPerS, 0)} MiB/s, peak RSS ${range(r.curl.maxRssMB, 1)} MB`;
      add(
        "5. download",
        `${label}: loglink/node download()`,
        `${range(r.loglink.mibPerS, 0)} MiB/s`,
        `curl -o: ${curl}; node pipeline: ${range(r.pipeline.mibPerS, 0)} MiB/s`,
      );
      if (r.ratioToCurl) {
        add(
          "5. download",
          `${label}: throughput ratio to curl`,
          `${range(r.ratioToCurl, 2)}×`,
          `to node pipeline: ${range(r.ratioToPipeline, 2)}×`,
          isBig ? `≥ ${BUDGETS.downloadRatio}×` : "",
          isBig ? r.ratioToCurl.median >= BUDGETS.downloadRatio : undefined,
        );
      } else {
        add(
          "5. download",
          `${label}: throughput ratio to node pipeline (no curl)`,
          `${range(r.ratioToPipeline, 2)}×`,
          "curl n/a",
          isBig ? `≥ ${BUDGETS.downloadRatio}× (of pipeline)` : "",
          isBig ? r.ratioToPipeline.median >= BUDGETS.downloadRatio : undefined,
        );
      }
      add(
        "5. download",
        `${label}: peak RSS of the download process`,
        `${range(r.loglink.maxRssMB, 1)} MB`,
        `node pipeline: ${range(r.pipeline.maxRssMB, 1)} MB`,
        isBig ? `< ${BUDGETS.downloadRssMB} MB` : "",
        isBig ? r.loglink.maxRssMB.max < BUDGETS.downloadRssMB : undefined,
      );
    }
  }

  if (results.downloadWan) wanRows(results.downloadWan, add);

  // 6. waiter
  for (const [label, r] of Object.entries(results.waiter ?? {})) {
    const bound = waiterBound(r.seconds);
    add(
      "6. waiter (otc-rds)",
      `task finishing after ${label}: requests`,
      range(r.requests, 0),
      `${r.runs} waits`,
      `≤ ${bound.requests}`,
      r.requests.max <= bound.requests,
    );
    add(
      "6. waiter (otc-rds)",
      `task finishing after ${label}: detected after FINISH`,
      `${range(r.latencyMs, 0)} ms`,
      "",
      `≤ ${bound.latencyMs} ms`,
      r.latencyMs.max <= bound.latencyMs,
    );
  }
  return rows;
}

const mark = (pass) => (pass === undefined ? "" : pass ? "pass" : "MISS");

export function printTable(rows) {
  const header = ["measure", "value: median (min–max)", "compared with", "budget", ""];
  const lines = rows.map((r) => [r.name, r.value, r.compare, r.budget, mark(r.pass)]);
  const widths = header.map((h, i) => Math.min(i === 2 ? 72 : 70, Math.max(h.length, ...lines.map((l) => l[i].length))));
  const fmt = (cells) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join("  ");
  let section = "";
  const out = [fmt(header), widths.map((w) => "-".repeat(w)).join("  ")];
  rows.forEach((r, i) => {
    if (r.section !== section) out.push(`${(section = r.section)}`);
    out.push(fmt(lines[i]));
  });
  return out.join("\n");
}

export function markdownTable(rows) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const out = [];
  let section = "";
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      out.push("", `### ${section}`, "", "| measure | value: median (min–max) | compared with | budget | |", "|---|---|---|---|---|");
    }
    out.push(`| ${esc(r.name)} | ${esc(r.value)} | ${esc(r.compare)} | ${esc(r.budget)} | ${r.pass === undefined ? "" : r.pass ? "pass" : "**MISS**"} |`);
  }
  return out.join("\n");
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
