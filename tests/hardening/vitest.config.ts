import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

export default defineConfig({
  // The attacks run against the packages' sources, so a fix is tested without a build and a
  // concurrent rebuild of some dist/ cannot pull the floor out from under a run.
  resolve: {
    alias: [
      { find: /^@loglink\/core$/, replacement: source("core/src/index.ts") },
      { find: /^@loglink\/(jdcloud-rds|otc-rds|huawei-dcs|huawei-audit)$/, replacement: source("$1/src/index.ts") },
      { find: /^loglink\/node$/, replacement: source("loglink/src/node.ts") },
      { find: /^loglink$/, replacement: source("loglink/src/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
