// Per-request cost on loopback: loglink clients, bare openapi-fetch and the official SDKs, each
// batch of sequential requests right after a batch of raw fetch to the same server (interleaved, so
// drift and noise hit both alike). Prints one JSON line: { variant: [ratio per round] , ... }.
import fs from "node:fs";
import { Module } from "node:module";
import { join } from "node:path";
import { createHuaweiDcsClient } from "@loglink/huawei-dcs";
import { createJdcloudRdsClient } from "@loglink/jdcloud-rds";
import createClient from "openapi-fetch";
import { stats } from "./util.mjs";

const [origin, roundsArg, batchArg, sdkDir, only] = process.argv.slice(2);
const rounds = Number(roundsArg);
const batch = Number(batchArg);
const PROJECT = "0123456789abcdef0123456789abcdef";
const DCS_PATH = `/v2/${PROJECT}/instances/inst-1/redislog/log-1/links`;
const JD_PATH = "/v1/regions/cn-north-1/instances/mysql-abc/log/log-1:updateLogDownloadURLInternal";
const AKSK = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRETEXAMPLE" };

// The raw baselines send what the client sends, minus the signature: same method, path and body,
// so a ratio measures the client's own cost (building, signing, checking), not a bigger request.
async function rawFetch() {
  const response = await fetch(`${origin}${DCS_PATH}`, { method: "POST", headers: { "content-type": "application/json", "x-auth-token": "token" } });
  return JSON.parse(await response.text());
}
async function rawFetchJd() {
  const response = await fetch(`${origin}${JD_PATH.replace(":", "%3A")}`, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ seconds: 300 }),
  });
  return JSON.parse(await response.text());
}
const baselineOf = (name) => (/jdcloud/.test(name) ? rawFetchJd : rawFetch);

const variants = {};
const dcsToken = createHuaweiDcsClient({ endpoint: origin, projectId: PROJECT, credentials: { token: "token" } });
const dcsInput = { instance_id: "inst-1", id: "log-1" };
variants["loglink huawei-dcs, token"] = () => dcsToken.createRedislogDownloadLink(dcsInput);
const dcsAksk = createHuaweiDcsClient({ endpoint: origin, projectId: PROJECT, credentials: AKSK });
variants["loglink huawei-dcs, AK/SK"] = () => dcsAksk.createRedislogDownloadLink(dcsInput);
const jd = createJdcloudRdsClient({ endpoint: origin, region: "cn-north-1", credentials: AKSK });
variants["loglink jdcloud-rds, AK/SK"] = () => jd.updateLogDownloadURLInternal({ instanceId: "mysql-abc", logId: "log-1", seconds: 300 });
const bare = createClient({ baseUrl: origin });
variants["openapi-fetch bare, token"] = () =>
  bare.POST("/v2/{project_id}/instances/{instance_id}/redislog/{id}/links", {
    params: { path: { project_id: PROJECT, instance_id: "inst-1", id: "log-1" } },
    headers: { "content-type": "application/json", "x-auth-token": "token" },
  });

// Reference: the same raw fetch with what every client call has, a timeout (an AbortSignal per
// request). Node's fetch pays for any signal (its Request follows it through a WeakRef, a
// FinalizationRegistry and abort listeners): the ceiling of a client that can time out.
variants["reference: raw fetch + timeout signal"] = async () => {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), 30_000);
  try {
    const response = await fetch(`${origin}${DCS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-token": "token" },
      signal: timeout.signal,
    });
    return JSON.parse(await response.text());
  } finally {
    clearTimeout(timer);
  }
};

const official = (name, file) => {
  try {
    const source = join(import.meta.dirname, "..", "official", file);
    // The adapter's own require() resolves from the SDK's install dir.
    const adapter = new Module(source);
    adapter.paths = Module._nodeModulePaths(join(sdkDir, name));
    adapter.filename = source;
    adapter._compile(fs.readFileSync(source, "utf8"), source);
    const client = adapter.exports.create(origin);
    return () => adapter.exports.call(client);
  } catch (error) {
    return { na: String(error.message).split("\n")[0] };
  }
};
const jdOfficial = official("jdcloud", "jdcloud.cjs");
const hwOfficial = official("huawei-run", "huawei.cjs");
const unavailable = {};
for (const [name, fn] of [
  ["official jdcloud-sdk-js, AK/SK", jdOfficial],
  ["official huaweicloud-sdk-core, AK/SK", hwOfficial],
]) {
  if (typeof fn === "function") variants[name] = fn;
  else unavailable[name] = fn.na;
}
if (only) for (const name of Object.keys(variants)) if (!name.includes(only)) delete variants[name];

async function time(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Warm-up: JIT, connection pools, cached keys.
for (const fn of [rawFetch, rawFetchJd, ...Object.values(variants)]) await time(fn, Math.min(batch, 200));

// Each round: for every variant, `batch` requests of it and `batch` raw fetches, alternating in
// slices of SLICE requests, so a burst of load from elsewhere on the machine hits both sides. A
// round's ratio compares the median slices of either side: a slice that was preempted by another
// process (these machines are shared) is an outlier and does not move it.
const SLICE = 10;
const median = (values) => stats(values).median;
const ratios = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const rawUs = [];
for (let round = 0; round < rounds; round++) {
  for (const [name, fn] of Object.entries(variants)) {
    const rawFn = baselineOf(name);
    const raw = [];
    const ours = [];
    for (let done = 0; done < batch; done += SLICE) {
      raw.push(await time(rawFn, SLICE));
      ours.push(await time(fn, SLICE));
    }
    ratios[name].push(median(raw) / median(ours));
    rawUs.push({ name, us: (median(raw) / SLICE) * 1000, oursUs: (median(ours) / SLICE) * 1000 });
  }
}
console.log(JSON.stringify({ ratios, rawUs, unavailable }));
