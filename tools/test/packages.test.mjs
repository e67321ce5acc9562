// What every published package promises before it is packed: the manifest fields of a well-made
// npm package, and a README that tells a user how to install, authenticate, call, handle errors,
// where the API comes from, and what gets installed and why. (publint and attw check the exports
// map and the types on the packed tarball: the lint-package target.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishablePackages, root } from "../release/lib.mjs";

const packages = publishablePackages().map((p) => ({
  ...p,
  readme: fs.existsSync(path.join(p.dir, "README.md")) ? fs.readFileSync(path.join(p.dir, "README.md"), "utf8") : "",
}));
const PROVIDERS = ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"];

describe.each(packages.map((p) => [p.name, p]))("%s", (_name, { folder, manifest, readme }) => {
  it("has the manifest of a publishable ESM package", () => {
    expect(manifest).toMatchObject({
      type: "module",
      sideEffects: false,
      license: "MIT",
      files: ["dist"],
      engines: { node: ">=20.19" },
      publishConfig: { access: "public" },
      repository: { type: "git", url: expect.stringMatching(/^git\+https:\/\//), directory: `packages/${folder}` },
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.keywords.length).toBeGreaterThan(2);
    expect(manifest.exports["./package.json"]).toBe("./package.json");
    for (const [entry, target] of Object.entries(manifest.exports).filter(([entry]) => entry !== "./package.json")) {
      expect(Object.keys(target), `exports["${entry}"]: types first`).toEqual(["types", "default"]);
    }
    expect(manifest.main, "exports only: no main/module fields that disagree with it").toBeUndefined();
  });

  it("gives every typed entry point's types to moduleResolution node10 too: top-level types and typesVersions", () => {
    const typed = Object.entries(manifest.exports).filter(([, target]) => typeof target === "object");
    // node10 ignores `exports`: `types` serves the package name, `typesVersions` each subpath
    const subpaths = Object.fromEntries(typed.filter(([entry]) => entry !== ".").map(([entry, target]) => [entry.slice(2), [target.types]]));
    if (typed.length === 0) {
      expect(manifest.types, "no typed entry point, so no types").toBeUndefined();
      return;
    }
    expect(manifest.types).toBe(manifest.exports["."].types);
    expect(manifest.typesVersions ?? { "*": {} }).toEqual({ "*": subpaths });
  });

  it("has a README: install, authentication, an example, errors, sources, and what gets installed", () => {
    expect(readme).toMatch(/npm install (--global )?(@loglink\/\S+|loglink)/);
    expect(readme).toMatch(/^## (Authenticat|Credentials)|credentials/im);
    expect(readme).toMatch(/```ts|```console/);
    expect(readme).toMatch(/^## (Errors|Exit status)/m);
    expect(readme).toMatch(/^## (What it pulls in|What gets installed)/m);
    expect(readme).toMatch(/^## Sources/m);
    // every runtime dependency is named, and so is openapi-fetch's one helper
    for (const dependency of Object.keys(manifest.dependencies ?? {})) expect(readme, dependency).toContain(`\`${dependency}\``);
    if (manifest.dependencies?.["openapi-fetch"]) expect(readme).toContain("openapi-typescript-helpers");
    // relative links break on npmjs.com: sources are linked on GitHub
    expect(readme).not.toMatch(/\]\((?!https?:|#)/);
  });

  if (PROVIDERS.includes(folder)) {
    it("is a provider: @loglink/core and openapi-fetch at run time, msw an optional peer, links to its source document", () => {
      expect(Object.keys(manifest.dependencies).sort()).toEqual(["@loglink/core", "openapi-fetch"]);
      expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } });
      expect(Object.keys(manifest.exports).sort()).toEqual([".", "./mocks", "./package.json"]);
      const documents = fs.readdirSync(path.join(root, "specs", folder, "source"));
      expect(documents.length, `specs/${folder}/source: no source document`).toBeGreaterThan(0);
      for (const document of documents) expect(readme).toContain(`/specs/${folder}/source/${document}`);
    });
  }
});
