import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the matrix is one setup (toolchain, publish, install, eight runtimes) and quick assertions
    hookTimeout: 1_200_000,
    testTimeout: 10_000,
    reporters: ["default", "./matrix-reporter.ts"],
  },
});
