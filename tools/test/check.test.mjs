// The guarantees of `pnpm check`, exercised on a scratch copy of the repo: a changed document fails
// naming its provider and no other, and so does a hand edit of generated code.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("pnpm generate", () => {
  it("is deterministic: generating twice writes identical files", () => {
    const dir = path.join(scratch, "packages/otc-rds/src/generated");
    const before = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    execFileSync(process.execPath, [path.join(scratch, "tools/codegen/generate.mjs"), "otc-rds"], { cwd: scratch });
    const after = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    expect(after).toEqual(before);
  });
});
