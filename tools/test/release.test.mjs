// The release rehearsal: every package is published with the release command (`changeset publish`,
// the last step of `pnpm release`) to a throwaway registry on 127.0.0.1, then installed from it
// with plain npm into fresh projects, as a user would: one provider alone, and the facade with one
// provider. Proves "install only what you need" on the real tarballs: the installed tree, the types
// under moduleResolution node16, bundler and node10 (`"module": "commonjs"`: the top-level `types`
// and `typesVersions`), and a call against the package's own mocks.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSpec } from "../codegen/lib.mjs";
import {
  createProject,
  entryFiles,
  installedCopies,
  mustRun,
  npmInstall,
  publishablePackages,
  root,
  run,
  startRehearsal,
  tarballFiles,
  tscBin,
} from "../release/lib.mjs";

const PROVIDERS = ["@loglink/jdcloud-rds", "@loglink/otc-rds", "@loglink/huawei-dcs", "@loglink/huawei-audit"];
/** openapi-fetch and its one dependency (types only): what every provider brings besides @loglink/core. */
const OPENAPI_FETCH = ["openapi-fetch", "openapi-typescript-helpers"];
const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];

let rehearsal;
const published = () => [...rehearsal.registry.packuments.values()].map((p) => p.versions[p["dist-tags"].latest]);

/** The two fresh projects, installed side by side once everything is published. */
const projects = {};

beforeAll(async () => {
  rehearsal = await startRehearsal();
  if (rehearsal.publish.code !== 0) return; // the first test says why
  projects.dcsAlone = createProject(path.join(rehearsal.tmp, "dcs-alone"));
  projects.facadeOtc = createProject(path.join(rehearsal.tmp, "facade-otc"));
  await Promise.all([
    npmInstall(projects.dcsAlone, ["@loglink/huawei-dcs"], rehearsal.env),
    npmInstall(projects.facadeOtc, ["loglink", "@loglink/otc-rds"], rehearsal.env),
  ]);
}, 300_000);

afterAll(async () => {
  await rehearsal?.close();
});

/** The 200 example of an operation, as its spec (transcribed from the document) has it. */
async function documentedExample(provider, operationId) {
  const spec = await readSpec(provider);
  const deref = (node) =>
    node?.$ref
      ? node.$ref
          .slice(2)
          .split("/")
          .reduce((v, k) => v[k], spec)
      : node;
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      const media = deref(operation.responses["200"]).content["application/json"];
      return media.example ?? deref(Object.values(media.examples)[0]).value;
    }
  }
  throw new Error(`${operationId} not in specs/${provider}`);
}

/** The module setting each moduleResolution goes with. */
const MODULE = { node16: "node16", bundler: "esnext", node10: "commonjs" };
const RESOLUTIONS = Object.keys(MODULE);

/** Type-checks a consumer project with the workspace's tsc under one moduleResolution. */
async function typecheck(dir, files, moduleResolution) {
  const tsconfig = `tsconfig.${moduleResolution}.json`;
  fs.writeFileSync(
    path.join(dir, tsconfig),
    JSON.stringify({
      compilerOptions: {
        module: MODULE[moduleResolution],
        moduleResolution,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [], // no @types/node: the packages' types must stand on web standards alone
        strict: true,
        skipLibCheck: false, // the published .d.ts files are checked too…
        skipDefaultLibCheck: true, // …but not TypeScript's own lib.*.d.ts
        noEmit: true,
      },
      files,
    }),
  );
  return run(process.execPath, [tscBin, "-p", tsconfig], { cwd: dir, timeout: 60_000 });
}

/**
 * Installs msw beside the packages (after the install-tree tests have looked at the tree), runs
 * `source` as `file` in the project with plain node, and resolves to the JSON its last line prints.
 */
async function runWithMsw(dir, file, source) {
  await npmInstall(dir, ["msw@^2"], rehearsal.env);
  fs.writeFileSync(path.join(dir, file), source);
  const { stdout } = await mustRun(process.execPath, [file], { cwd: dir, env: rehearsal.env, timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1));
}

/** Every resolution, side by side (each is one tsc process). */
async function typecheckAll(dir, files) {
  const results = await Promise.all(RESOLUTIONS.map((resolution) => typecheck(dir, files, resolution)));
  for (const [i, result] of results.entries()) expect(result.code, `${RESOLUTIONS[i]}: ${result.stdout}${result.stderr}`).toBe(0);
}

describe("pnpm release to a throwaway registry", () => {
  it("publishes every package with the release command", () => {
    const rootManifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(rootManifest.scripts.release).toMatch(/&& changeset publish$/);
    expect(rehearsal.publish.code, rehearsal.publish.stdout + rehearsal.publish.stderr).toBe(0);
    const expected = publishablePackages().map(({ name, version }) => `${name}@${version}`);
    expect(
      published()
        .map((m) => `${m.name}@${m.version}`)
        .sort(),
    ).toEqual(expected.sort());
    // Nothing of ours came from upstream; only other packages' metadata was passed through.
    expect(rehearsal.registry.requests.filter((r) => r.served === "upstream" && /loglink/.test(r.path))).toEqual([]);
  });

  it("publishes real version ranges, never workspace: or catalog:", () => {
    for (const manifest of published()) {
      for (const field of DEPENDENCY_FIELDS) {
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
          expect(range, `${manifest.name} ${field}.${name}`).toMatch(/^[\^~<>=\d]/);
        }
      }
      expect(JSON.stringify(manifest)).not.toMatch(/"(workspace|catalog):/);
    }
  });

  it("gives each provider exactly two runtime dependencies: @loglink/core and openapi-fetch", () => {
    const byName = Object.fromEntries(published().map((m) => [m.name, m]));
    for (const provider of PROVIDERS) {
      expect(Object.keys(byName[provider].dependencies).sort(), provider).toEqual(["@loglink/core", "openapi-fetch"]);
      expect(byName[provider].dependencies["@loglink/core"]).toBe(`^${byName["@loglink/core"].version}`);
      expect(byName[provider].peerDependenciesMeta.msw).toEqual({ optional: true });
    }
    expect(Object.keys(byName["@loglink/core"].dependencies)).toEqual(["openapi-fetch"]);
    expect(Object.keys(byName.loglink.dependencies)).toEqual(["@loglink/core"]);
    for (const provider of PROVIDERS) expect(byName.loglink.peerDependenciesMeta[provider]).toEqual({ optional: true });
  });

  it("packs dist, README, LICENSE and package.json only: no sources, tests or source maps", async () => {
    for (const manifest of published()) {
      const tarball = manifest.dist.tarball.slice(rehearsal.registry.url.length);
      const files = await tarballFiles(rehearsal.registry.tarballs.get(tarball), rehearsal.tmp);
      expect(files, manifest.name).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE"]));
      const extra = files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f) && !f.startsWith("dist/"));
      expect(extra, manifest.name).toEqual([]);
      expect(
        files.filter((f) => /\.(map|tsbuildinfo)$|\.test\.|\/test\//.test(f)),
        manifest.name,
      ).toEqual([]);
      // every file the exports map (any condition) and the bin name is in the tarball
      const entries = entryFiles(manifest);
      expect(entries.length, `${manifest.name}: no exports`).toBeGreaterThan(0);
      for (const target of entries) expect(files, `${manifest.name} exports ${target}`).toContain(target);
    }
  });
});

describe("npm install @loglink/huawei-dcs, alone", () => {
  let dir;
  beforeAll(() => {
    dir = projects.dcsAlone;
  });

  it("installs exactly the provider, @loglink/core, openapi-fetch and its helper", () => {
    // every copy npm installed, nested ones included: a second copy of anything fails this too
    expect(
      installedCopies(dir)
        .map(({ name }) => name)
        .sort(),
    ).toEqual(["@loglink/core", "@loglink/huawei-dcs", ...OPENAPI_FETCH].sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(manifest.dependencies["@loglink/huawei-dcs"]).toMatch(/^\^0\./);
  });

  it("type-checks a TypeScript consumer under moduleResolution node16, bundler and node10", async () => {
    fs.writeFileSync(
      path.join(dir, "consumer.ts"),
      `import { ApiError, createHuaweiDcsClient, type CreateRedislogDownloadLinkResult, type HuaweiDcsClientOptions } from "@loglink/huawei-dcs";

const options: HuaweiDcsClientOptions = { region: "cn-south-1", projectId: "0524e839a54847039e9b2b46e8aa788a", credentials: { token: "token" } };
const dcs = createHuaweiDcsClient(options);

export async function linkOf(instance_id: string, id: string): Promise<string | undefined> {
  try {
    const answer: CreateRedislogDownloadLinkResult = await dcs.createRedislogDownloadLink({ instance_id, id }, { timeoutMs: 5_000 });
    return answer.link;
  } catch (error) {
    if (error instanceof ApiError) return \`\${error.status} \${error.code}\`;
    throw error;
  }
}

// The types are real, not any: each of these must be an error.
export function misuse(answer: CreateRedislogDownloadLinkResult) {
  // @ts-expect-error id is required
  void dcs.createRedislogDownloadLink({ instance_id: "x" });
  // @ts-expect-error no such field in the answer
  void answer.no_such_field;
  // @ts-expect-error no such path
  void dcs.raw.POST("/v2/no/such/path");
}
`,
    );
    await typecheckAll(dir, ["consumer.ts"]);
  });

  it("loads with require() too: ESM only is enough on Node >= 20.19 (no CJS build)", async () => {
    const script = "const dcs = require('@loglink/huawei-dcs'); console.log(typeof dcs.createHuaweiDcsClient, typeof dcs.ApiError)";
    const { stdout } = await mustRun(process.execPath, ["--no-warnings", "-e", script], { cwd: dir, env: rehearsal.env, timeout: 30_000 });
    expect(stdout.trim()).toBe("function function");
  });

  it("answers with the document's example through @loglink/huawei-dcs/mocks (msw installed beside it)", async () => {
    const result = await runWithMsw(
      dir,
      "mocked.mjs",
      `import { setupServer } from "msw/node";
import { createHandlers, handlers } from "@loglink/huawei-dcs/mocks";
import { ApiError, createHuaweiDcsClient } from "@loglink/huawei-dcs";

const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: "error" });
const dcs = createHuaweiDcsClient({
  region: "cn-south-1",
  projectId: "0524e839a54847039e9b2b46e8aa788a",
  credentials: { accessKeyId: "AKEXAMPLE", secretAccessKey: "secret" },
  maxRetries: 0,
});
const input = { instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" };
const ok = await dcs.createRedislogDownloadLink(input);
server.use(...createHandlers({ status: 404 }));
const failed = await dcs.createRedislogDownloadLink(input).catch((error) => error);
server.close();
console.log(JSON.stringify({ ok, failed: { apiError: failed instanceof ApiError, status: failed.status } }));
`,
    );
    expect(result.ok).toEqual(await documentedExample("huawei-dcs", "createRedislogDownloadLink"));
    expect(result.failed).toEqual({ apiError: true, status: 404 });
  });
});

describe("npm install loglink @loglink/otc-rds: the facade and one provider", () => {
  let dir;
  beforeAll(() => {
    dir = projects.facadeOtc;
  });

  it("installs the facade, that provider, @loglink/core and openapi-fetch: none of the other providers", () => {
    const installed = installedCopies(dir)
      .map(({ name }) => name)
      .sort();
    expect(installed).toEqual(["loglink", "@loglink/core", "@loglink/otc-rds", ...OPENAPI_FETCH].sort());
    for (const other of PROVIDERS.filter((p) => p !== "@loglink/otc-rds")) expect(installed).not.toContain(other);
  });

  it("type-checks a TypeScript consumer of loglink and loglink/node under moduleResolution node16, bundler and node10", async () => {
    fs.writeFileSync(
      path.join(dir, "consumer.ts"),
      `import { createLogLinks, type DownloadLink, ProviderNotInstalledError } from "loglink";
import { download, type DownloadResult } from "loglink/node";

const links = createLogLinks({ provider: "otc-rds", region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663", credentials: { token: "token" } });

export async function fetchAll(): Promise<DownloadResult[]> {
  const list: DownloadLink<"otc-rds">[] = await links.get({ instance_id: "3d39c18788b54a919bab633874c159dfin03" });
  const saved: DownloadResult[] = [];
  for (const link of list) saved.push(await download(link, \`logs/\${link.fileName ?? "log"}\`, { onProgress: ({ receivedBytes }) => void receivedBytes }));
  return saved;
}

export const missing = (error: unknown): string | undefined => (error instanceof ProviderNotInstalledError ? error.packageName : undefined);

export function misuse() {
  // @ts-expect-error otc-rds takes instance_id, as its document spells it
  void links.get({ instanceId: "x" });
  // @ts-expect-error no such provider
  void createLogLinks({ provider: "aws-rds" });
}
`,
    );
    await typecheckAll(dir, ["consumer.ts"]);
  });

  it("gets the links through the facade against the provider's mocks; a missing provider is ProviderNotInstalledError", async () => {
    const result = await runWithMsw(
      dir,
      "facade.mjs",
      `import { setupServer } from "msw/node";
import { handlers } from "@loglink/otc-rds/mocks";
import { createLogLinks, ProviderNotInstalledError } from "loglink";

const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: "error" });
const options = { projectId: "0483b6b16e954cb88930a360d2c4e663", credentials: { token: "token" }, maxRetries: 0 };
const links = await createLogLinks({ provider: "otc-rds", region: "eu-de", ...options }).get({ instance_id: "3d39c18788b54a919bab633874c159dfin03" });
const missing = await createLogLinks({ provider: "huawei-dcs", region: "cn-south-1", ...options })
  .get({ instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" })
  .catch((error) => error);
server.close();
console.log(JSON.stringify({
  links: links.map(({ provider, url, fileName }) => ({ provider, url, fileName })),
  missing: { isProviderNotInstalled: missing instanceof ProviderNotInstalledError, name: missing.name, packageName: missing.packageName, message: missing.message },
}));
`,
    );
    const example = await documentedExample("otc-rds", "downloadErrorlog");
    // the facade's own normalisation is its tests' business; here: the example's file, through it
    expect(result.links).toEqual(
      example.list.map((file) => expect.objectContaining({ provider: "otc-rds", url: `https://${file.file_link}`, fileName: file.file_name })),
    );
    expect(result.missing).toEqual({
      isProviderNotInstalled: true,
      name: "ProviderNotInstalledError",
      packageName: "@loglink/huawei-dcs",
      message: expect.stringContaining("npm install @loglink/huawei-dcs"),
    });
  });
});
