#!/usr/bin/env node
// Usage: node tools/codegen/generate.mjs <provider>   (writes packages/<provider>/src/generated/)
import fs from "node:fs/promises";
import path from "node:path";
import { buildFiles, generatedDir, providers } from "./lib.mjs";

const provider = process.argv[2];
if (!providers.includes(provider)) {
  console.error(`usage: generate.mjs <${providers.join("|")}>`);
  process.exit(2);
}
const dir = generatedDir(provider);
const files = await buildFiles(provider);
await fs.rm(dir, { recursive: true, force: true });
await fs.mkdir(dir, { recursive: true });
for (const [name, contents] of Object.entries(files)) await fs.writeFile(path.join(dir, name), contents);
console.log(
  `${provider}: wrote ${Object.keys(files)
    .map((f) => `src/generated/${f}`)
    .join(", ")}`,
);
