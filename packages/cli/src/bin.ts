#!/usr/bin/env node
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
// fetch (undici) keeps a timer alive for up to a second after its last request: exit as soon as
// everything written has been handed to stdout and stderr.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write("", resolve))));
process.exit();
