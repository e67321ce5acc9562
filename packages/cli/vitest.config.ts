import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The command-line tests run the built bin as a child process: build it once first.
    globalSetup: ["test/build.global.ts"],
    // Most tests start the command line as a child process (~0.3 s each, several per test), which
    // on a busy two-core machine can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
