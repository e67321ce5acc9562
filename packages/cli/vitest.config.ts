import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The command-line tests run the built bin as a child process: build it once first.
    globalSetup: ["test/build.global.ts"],
  },
});
