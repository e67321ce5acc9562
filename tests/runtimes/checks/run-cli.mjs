// Node, Bun and Deno: `<runtime> run-cli.mjs <origin> <runtime name> <directory>` prints the checks' results as JSON.
import { readFile } from "node:fs/promises";
import { download } from "loglink/node";
import { runChecks } from "./checks.mjs";

const [origin, runtime, directory] = process.argv.slice(2);
const results = await runChecks({ origin, runtime, directory, download, readFile });
console.log(JSON.stringify(results));
