// The guarantees of `pnpm check`, exercised on a scratch copy of the repo: a changed document fails
// naming its provider and no other, and so do a hand edit of generated code, an example or quotation
// that no longer equals the document's, and a document without its public URL.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonObjectsIn, verbatimProblems } from "../check/verbatim.mjs";
import { providers, root } from "../codegen/lib.mjs";

let scratch;

function check(provider) {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(scratch, "tools/check/check.mjs"), provider], { cwd: scratch }, (error, stdout, stderr) => {
      resolve({ provider, status: error ? error.code : 0, output: stdout + stderr });
    });
  });
}

/** Checks run concurrently: each is dominated by the spec linter's start-up. */
const checkAll = () => Promise.all(providers.map(check));

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "loglink-check-"));
  for (const dir of ["specs", "tools/codegen", "tools/check"]) {
    fs.cpSync(path.join(root, dir), path.join(scratch, dir), { recursive: true });
  }
  fs.copyFileSync(path.join(root, "redocly.yaml"), path.join(scratch, "redocly.yaml"));
  fs.symlinkSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"));
  for (const provider of providers) {
    fs.cpSync(path.join(root, "packages", provider, "src/generated"), path.join(scratch, "packages", provider, "src/generated"), {
      recursive: true,
    });
  }
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("pnpm check", () => {
  it("passes for every provider on the committed tree", async () => {
    for (const result of await checkAll()) expect(result, result.output).toMatchObject({ status: 0 });
  });

  it.each(providers)("fails for %s alone when one byte of its source document changes", async (changed) => {
    const sourceDir = path.join(scratch, "specs", changed, "source");
    const file = path.join(sourceDir, fs.readdirSync(sourceDir).sort()[0]);
    const original = fs.readFileSync(file);
    const edited = Buffer.from(original);
    edited[0] ^= 0x01;
    fs.writeFileSync(file, edited);
    try {
      for (const result of await checkAll()) {
        if (result.provider === changed) {
          expect(result.status).toBe(1);
          expect(result.output).toContain(`✗ ${changed}`);
          expect(result.output).toContain(`re-transcribe specs/${changed}/openapi.yaml`);
        } else {
          expect(result.status, `${result.provider} must not fail for a change in ${changed}`).toBe(0);
        }
      }
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("fails when generated code is edited by hand", async () => {
    const file = path.join(scratch, "packages/huawei-dcs/src/generated/operations.ts");
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replace('"POST"', '"PUT"'));
    try {
      const result = await check("huawei-dcs");
      expect(result.status).toBe(1);
      expect(result.output).toContain("generated code is out of sync — run pnpm generate");
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("fails when an example stops matching its schema", async () => {
    const file = path.join(scratch, "specs/huawei-audit/openapi.yaml");
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replace(/"size" ?: ?928/, '"size": "nine hundred"').replace(/size: 928\b/, 'size: "nine hundred"'));
    try {
      expect(fs.readFileSync(file, "utf8")).not.toBe(original);
      const result = await check("huawei-audit");
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/does not match its schema/);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});

/** Runs `check` on `provider` with `edit` applied to its spec (asserting the edit changed it), then restores the spec. */
async function checkEdited(provider, edit) {
  const file = path.join(scratch, "specs", provider, "openapi.yaml");
  const original = fs.readFileSync(file, "utf8");
  const edited = edit(original);
  expect(edited, "the edit must change the spec").not.toBe(original);
  fs.writeFileSync(file, edited);
  try {
    return await check(provider);
  } finally {
    fs.writeFileSync(file, original);
  }
}

describe("pnpm check: what the spec keeps verbatim", () => {
  it("fails when a verbatim example no longer equals the document's, though it still matches its schema", async () => {
    const result = await checkEdited("huawei-audit", (spec) => spec.replace('"size" : 928,', '"size" : 929,'));
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      "is marked verbatim from source/004_2489ab52183c1411.txt, but no JSON example there equals it: re-copy it from the document",
    );
    expect(result.output).not.toContain("does not match its schema");
  });

  it("fails when a verbatim code sample differs from the document's text", async () => {
    const result = await checkEdited("jdcloud-rds", (spec) => spec.replace("request.setSeconds(3600);", "request.setSeconds(300);"));
    expect(result.status).toBe(1);
    expect(result.output).toContain("is marked verbatim from source/000_43644ab5a5920e4b.txt, but the document has no such text");
  });

  it("fails when a block a description quotes as verbatim differs from the document", async () => {
    // Only the description's copy (indented 8 spaces), not the identical x-codeSamples line.
    const result = await checkEdited("huawei-audit", (spec) => spec.replace(/^( {8}GET https:\/\/\{endpoint\}\S*?)limit=10&/m, "$1limit=20&"));
    expect(result.status).toBe(1);
    expect(result.output).toContain("description quotes as verbatim a block that none of x-source-documents contains");
  });

  it("fails when an example says it is verbatim but names no document", async () => {
    const result = await checkEdited("otc-rds", (spec) =>
      spec.replace(/(summary: The document's example normal response \(verbatim\)\n)\s*x-verbatim: \S+\n/, "$1"),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain("says it is verbatim but names no document (add x-verbatim: source/<file>)");
  });

  it("fails when a source document has no public URL", async () => {
    const result = await checkEdited("huawei-dcs", (spec) => spec.replace(/^ {4}url: https:\/\/support\.huaweicloud\.com\/api-dcs\/\S+\n/m, ""));
    expect(result.status).toBe(1);
    expect(result.output).toContain("x-source-documents source/003_2bd456e0c309778c.txt needs url: the https address of its public page");
  });

  it("compares examples as parsed JSON: key order, spacing and YAML form do not matter", () => {
    const document = 'Example\n{\n  "b" : [ 1, { "c" : "x}" } ],\n  "a" : null\n}\nand {project_id} in prose';
    expect(jsonObjectsIn(document)).toEqual([{ b: [1, { c: "x}" }], a: null }, { c: "x}" }]);
    const spec = (value) => ({
      "x-source-documents": [{ file: "source/doc.txt" }],
      paths: {
        "/p": {
          get: {
            responses: { 200: { content: { "application/json": { examples: { doc: { summary: "verbatim", "x-verbatim": "source/doc.txt", value } } } } } },
          },
        },
      },
    });
    const documents = new Map([["source/doc.txt", document]]);
    expect(verbatimProblems(spec({ a: null, b: [1, { c: "x}" }] }), documents)).toEqual([]);
    expect(verbatimProblems(spec({ a: null, b: [1, { c: "x" }] }), documents)).toHaveLength(1);
    expect(verbatimProblems(spec({ a: null, b: [{ c: "x}" }, 1] }), documents)).toHaveLength(1);
  });
});

describe("pnpm generate", () => {
  it("is deterministic: generating twice writes identical files", () => {
    const dir = path.join(scratch, "packages/otc-rds/src/generated");
    const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    execFileSync(process.execPath, [path.join(scratch, "tools/codegen/generate.mjs"), "otc-rds"], { cwd: scratch });
    const after = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    expect(after).toEqual(before);
  });
});

describe("generated servers: the region fallback (x-loglink-region-fallback → regionFallback)", () => {
  // Hosts for a region id that no table lists yet, on each regional provider's newest host family.
  const fallbackHosts = {
    "huawei-audit": "https://gaussdb-mysql.xx-newregion-9.myhuaweicloud.com",
    "huawei-dcs": "https://dcs.xx-newregion-9.myhuaweicloud.com",
    "otc-rds": "https://rds.xx-newregion-9.otc.t-systems.com",
  };

  it.each(providers)("%s: the marker is on the newest host family only, and a region in no table gets a host there", async (provider) => {
    const { servers } = await import(path.join(root, "packages", provider, "src/generated/operations.ts"));
    const marked = servers.filter((server) => server.regionFallback === true);
    if (provider === "jdcloud-rds") {
      // One host for every region (the region is a path parameter): nothing to fall back to.
      expect(marked).toEqual([]);
      return;
    }
    expect(marked).toHaveLength(1);
    const known = servers.flatMap((server) => server.variables?.region?.enum ?? []);
    expect(known).not.toContain("xx-newregion-9");
    expect(marked[0].url.replace("{region}", "xx-newregion-9")).toBe(fallbackHosts[provider]);
  });

  it("huawei-audit knows cn-southwest-3 (added by the vendor's SDK in July 2026) on gaussdb-mysql.", async () => {
    const { servers } = await import(path.join(root, "packages/huawei-audit/src/generated/operations.ts"));
    const host = servers.find((server) => server.variables.region.enum.includes("cn-southwest-3"));
    expect(host).toMatchObject({ url: "https://gaussdb-mysql.{region}.myhuaweicloud.com", regionFallback: true });
  });

  it("refuses a marker that is not true, on a server without {region}, or on two servers", async () => {
    const file = path.join(scratch, "specs/huawei-dcs/openapi.yaml");
    const original = fs.readFileSync(file, "utf8");
    const marker = /^ {4}x-loglink-region-fallback: true$/m;
    const addServer = (server) => original.replace("\nsecurity:\n", `\n${server}security:\n`);
    const cases = [
      [original.replace(marker, "    x-loglink-region-fallback: yes"), "must be true"],
      [addServer("  - url: https://dcs.example.com\n    x-loglink-region-fallback: true\n"), "only for a server with a {region} variable"],
      [
        addServer(
          "  - url: https://dcs.{region}.example.com\n    x-loglink-region-fallback: true\n    variables:\n      region:\n        default: xx-east-1\n",
        ),
        "is set on 2 servers; one at most",
      ],
    ];
    try {
      for (const [spec, message] of cases) {
        expect(spec).not.toBe(original);
        fs.writeFileSync(file, spec);
        const generated = await import(`${path.join(scratch, "tools/codegen/lib.mjs")}?${Math.random()}`);
        await expect(generated.buildFiles("huawei-dcs")).rejects.toThrow(message);
      }
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
