// The facade's promise to its users: installing it adds @loglink/core and nothing else, and no
// provider is loaded before it is asked for.
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const providers = ["@loglink/jdcloud-rds", "@loglink/otc-rds", "@loglink/huawei-dcs", "@loglink/huawei-audit"];

describe("loglink's package", () => {
  it("depends at run time on @loglink/core only; the four providers are optional peers", () => {
    expect(Object.keys(manifest.dependencies)).toEqual(["@loglink/core"]);
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([...providers].sort());
    for (const name of providers) expect(manifest.peerDependenciesMeta[name]).toEqual({ optional: true });
    expect(manifest.optionalDependencies).toBeUndefined();
  });

  it("its built code imports a provider only with a dynamic import()", async () => {
    const dist = new URL("../dist/", import.meta.url);
    const files = (await readdir(dist)).filter((file) => file.endsWith(".js"));
    expect(files).toContain("links.js");
    for (const file of files) {
      const code = await readFile(new URL(file, dist), "utf8");
      for (const name of providers) {
        expect(code, file).not.toMatch(new RegExp(`(from|import)\\s*["']${name}`));
        if (file === "links.js") expect(code).toContain(`import("${name}")`);
      }
    }
  });
});
