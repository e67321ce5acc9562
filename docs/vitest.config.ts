import { defineConfig } from "vitest/config";

export default defineConfig({
  // Building the site takes ~20 s on one core; opening every page of it in Chromium about as long.
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 300_000 },
});
