import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { environmentVariablesMarkdown } from "../src/index.js";

const readme = fs.readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows the environment variable table that environmentVariablesMarkdown() prints", () => {
    const table = /<!-- environment-variables:start[^>]*-->\n([\s\S]*?)\n<!-- environment-variables:end -->/.exec(readme)?.[1];
    expect(table, "the README's generated table").toBeDefined();
    expect(table).toBe(environmentVariablesMarkdown());
  });
});
