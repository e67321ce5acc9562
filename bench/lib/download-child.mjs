// Downloads one URL to a file and prints { ms, bytes, maxRssKB } as JSON: `loglink` uses
// download() of loglink/node, `pipeline` plain fetch → stream pipeline → file (the baseline when
// there is no curl). The download is the only thing this process does, so its peak RSS is the
// download's (plus Node's own ~40 MB).
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const [mode, url, destination] = process.argv.slice(2);
const started = process.hrtime.bigint();
if (mode === "loglink") {
  const { download } = await import("loglink/node");
  await download({ url }, destination, { onProgress: () => {} });
} else {
  const response = await fetch(url);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(destination));
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const { size } = await stat(destination);
console.log(JSON.stringify({ ms, bytes: size, maxRssKB: process.resourceUsage().maxRSS }));
