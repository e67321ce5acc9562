#!/usr/bin/env node
// Usage: node tools/check/check.mjs <provider>
// Fails (naming the provider) when its source documents changed or have no public URL, what the spec
// keeps verbatim differs from the documents, its spec does not lint, an example does not validate
// against its schema, or the committed generated code differs from a fresh generate.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { buildFiles, generatedDir, providers, readSpec, root } from "../codegen/lib.mjs";
import { validateExamples } from "./examples.mjs";
import { verbatimProblems } from "./verbatim.mjs";

const provider = process.argv[2];
if (!providers.includes(provider)) {
  console.error(`usage: check.mjs <${providers.join("|")}>`);
  process.exit(2);
}
const specFile = `specs/${provider}/openapi.yaml`;
const problems = [];

// 1. The documents the spec was transcribed from must be the ones it records.
const spec = await readSpec(provider);
const recorded = spec["x-source-documents"] ?? [];
if (recorded.length === 0) problems.push(`${specFile} records no x-source-documents`);
const sourceDir = path.join(root, "specs", provider, "source");
const onDisk = new Set(await fs.readdir(sourceDir).catch(() => []));
const documents = new Map();
for (const document of recorded) {
  const file = path.join(root, "specs", provider, document.file);
  onDisk.delete(path.basename(document.file));
  if (!isPublicPage(document.url)) {
    problems.push(`${specFile} x-source-documents ${document.file} needs url: the https address of its public page (to fetch a newer edition)`);
  }
  const bytes = await fs.readFile(file).catch(() => null);
  if (!bytes) {
    problems.push(`source document ${document.file} is missing`);
    continue;
  }
  documents.set(document.file, bytes.toString("utf8"));
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (actual !== document.sha256) {
    problems.push(
      `source document ${document.file} changed (sha256 ${actual}, the spec records ${document.sha256}): ` +
        `re-transcribe ${specFile} from it, then record the new sha256 in x-source-documents`,
    );
  }
}
for (const stray of onDisk) problems.push(`specs/${provider}/source/${stray} is not recorded in ${specFile} x-source-documents`);

// 2. What the spec keeps verbatim (examples, code samples, quoted blocks) is still the documents'.
for (const problem of verbatimProblems(spec, documents)) problems.push(`${specFile}: ${problem}`);

// 3. The spec lints.
const lint = spawnSync(path.join(root, "node_modules", ".bin", "redocly"), ["lint", specFile, "--config", "redocly.yaml", "--format", "codeframe"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
if (lint.status !== 0) problems.push(`${specFile} does not lint:\n${lint.stdout}${lint.stderr}`);

// 4. Every example validates against its schema.
for (const failure of validateExamples(spec)) problems.push(`${specFile}: ${failure}`);

// 5. The committed generated code is what the spec generates today.
const fresh = await buildFiles(provider);
const dir = generatedDir(provider);
const committed = new Set(await fs.readdir(dir).catch(() => []));
const stale = [];
for (const [name, contents] of Object.entries(fresh)) {
  committed.delete(name);
  if ((await fs.readFile(path.join(dir, name), "utf8").catch(() => null)) !== contents) stale.push(name);
}
stale.push(...committed);
if (stale.length) {
  problems.push(`generated code is out of sync — run pnpm generate (packages/${provider}/src/generated/: ${stale.join(", ")})`);
}

if (problems.length) {
  console.error(`✗ ${provider}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`✓ ${provider}: source documents match, verbatim quotes match them, spec lints, examples validate, generated code in sync`);

function isPublicPage(url) {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}
