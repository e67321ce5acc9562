// One loglink download run over the emulated wide-area link, in its own process; prints
// { ms, bytes, maxRssKB, intact? } as JSON. Modes:
//   one <url> <size> <destination> <connections> [verify]   download() of one file
//   many <links.json> <directory> <concurrency>              downloadAll() of [{ url, fileName, sizeBytes }]
//   expiring <renew-url> <size> <destination>                download() whose refresh asks the server for a new link
// `verify` (and `expiring`) compares the saved bytes with the server's pattern after the timing.
import { open, readFile, stat } from "node:fs/promises";
import { PATTERN } from "./wan-pattern.mjs";

const [mode, ...args] = process.argv.slice(2);
const { download, downloadAll } = await import("loglink/node");

async function intact(path) {
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(PATTERN.length);
    for (let offset = 0; ; offset += PATTERN.length) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      if (bytesRead === 0) return true;
      if (!buffer.subarray(0, bytesRead).equals(PATTERN.subarray(0, bytesRead))) return false;
    }
  } finally {
    await handle.close();
  }
}

const started = process.hrtime.bigint();
let bytes = 0;
let check;
if (mode === "one") {
  const [url, size, destination, connections, verify] = args;
  bytes = (await download({ url, sizeBytes: Number(size) }, destination, { connections: Number(connections) })).sizeBytes;
  if (verify) check = destination;
} else if (mode === "many") {
  const [list, directory, concurrency] = args;
  const results = await downloadAll(JSON.parse(await readFile(list, "utf8")), directory, { concurrency: Number(concurrency) });
  const failed = results.find((result) => result.status !== "saved");
  if (failed) throw failed.error;
  bytes = results.reduce((sum, result) => sum + result.sizeBytes, 0);
} else if (mode === "expiring") {
  const [renewUrl, size, destination] = args;
  const renew = async () => ({ url: await (await fetch(renewUrl)).text() });
  const link = { ...(await renew()), sizeBytes: Number(size), refresh: renew };
  bytes = (await download(link, destination)).sizeBytes;
  check = destination;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const result = { ms, bytes, maxRssKB: process.resourceUsage().maxRSS };
if (check) result.intact = (await stat(check)).size === bytes && (await intact(check));
console.log(JSON.stringify(result));
