// `loglink` installed with one provider and without the other three, as a user's project has it:
// the built package is copied into a fresh node_modules beside @loglink/core and @loglink/otc-rds
// only, then used from a child process and type-checked with skipLibCheck off.
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../..", import.meta.url));
let project: string;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "loglink-alone-"));
  const modules = join(project, "node_modules");
  await mkdir(join(modules, "@loglink"), { recursive: true });
  // A copy, not a link: a link would resolve the workspace's node_modules, where every provider is.
  await cp(join(packages, "loglink/package.json"), join(modules, "loglink/package.json"));
  await cp(join(packages, "loglink/dist"), join(modules, "loglink/dist"), { recursive: true });
  await symlink(join(packages, "core"), join(modules, "@loglink/core"), "dir");
  await symlink(join(packages, "otc-rds"), join(modules, "@loglink/otc-rds"), "dir");
  await symlink(await realpath(join(packages, "loglink/node_modules/msw")), join(modules, "msw"), "dir");
  await writeFile(join(project, "package.json"), JSON.stringify({ type: "module" }));
});

afterAll(() => rm(project, { recursive: true, force: true }));

describe("loglink with only @loglink/otc-rds installed", () => {
  it("gets the installed provider's links, and names the package to install for another", async () => {
    await writeFile(
      join(project, "consumer.mjs"),
      `
      import { setupServer } from "msw/node";
      import { handlers } from "@loglink/otc-rds/mocks";
      import { createLogLinks, ProviderNotInstalledError } from "loglink";

      const server = setupServer(...handlers);
      server.listen({ onUnhandledRequest: "error" });
      const otc = await createLogLinks({ provider: "otc-rds", region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663", credentials: { token: "t" } })
        .get({ instance_id: "3d39c18788b54a919bab633874c159dfin03" });
      const missing = await createLogLinks({ provider: "huawei-dcs", region: "cn-south-1", projectId: "0524e839a54847039e9b2b46e8aa788a", credentials: { token: "t" } })
        .get({ instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" })
        .catch((error) => error);
      server.close();
      console.log(JSON.stringify({
        otc: otc.map((link) => link.fileName),
        missing: { isClass: missing instanceof ProviderNotInstalledError, name: missing.name, packageName: missing.packageName, message: missing.message },
      }));
      `,
    );
    const output = JSON.parse(execFileSync(process.execPath, ["consumer.mjs"], { cwd: project, encoding: "utf8" }));
    expect(output.otc).toEqual(["054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589"]);
    expect(output.missing).toEqual({
      isClass: true,
      name: "ProviderNotInstalledError",
      packageName: "@loglink/huawei-dcs",
      message: 'provider "huawei-dcs" needs the package @loglink/huawei-dcs, which is not installed: npm install @loglink/huawei-dcs',
    });
  });

  it("its types compile with skipLibCheck off, and still reject a wrong input", async () => {
    await writeFile(
      join(project, "consumer.ts"),
      `
      import { createLogLinks, type DownloadLink } from "loglink";
      const links = createLogLinks({ provider: "otc-rds", projectId: "p", credentials: { token: "t" } });
      export const list: DownloadLink<"otc-rds">[] = await links.get({ instance_id: "i" });
      export const names: (string | undefined)[] = list.map((link) => link.raw.file_name);
      // @ts-expect-error OTC's input is instance_id, as its document spells it
      await links.get({ instanceId: "i" });
      `,
    );
    await writeFile(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2023", "DOM"],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ["consumer.ts"],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    // Throws with tsc's diagnostics in the message if anything fails to compile.
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
  }, 60_000); // a cold tsc run
});
