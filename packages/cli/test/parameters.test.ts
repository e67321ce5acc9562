// The command line's flags come from the specs and the facade's table (contract K8), its
// variables from the environment table (K4): checked here against those sources, not copies.
import { readFile } from "node:fs/promises";
import { environmentVariablesMarkdown, type OperationSpec } from "@loglink/core";
import { providers, providerTable } from "loglink";
import { describe, expect, it } from "vitest";
import { nearest, parseOptions } from "../src/args.js";
import { commandLineProviders, kebabAlias, providerSpecs } from "../src/parameters.js";
import { UsageError } from "../src/usage.js";

describe("flags from the specs and the facade's table", () => {
  it.each(providers)("%s: each input of get() is a flag typed, described and exemplified by its spec parameter", (provider) => {
    const table = providerTable[provider];
    const operations = table.operations.flatMap((id) => {
      const operation = (providerSpecs[provider].operations as Record<string, OperationSpec>)[id];
      return operation ? [operation] : [];
    });
    const expected = table.inputs.flatMap((input) => {
      const parameter = operations.flatMap((operation) => operation.parameters).find((candidate) => candidate.name === (input.parameter ?? input.name));
      // An input of an operation this provider package does not have yet is not offered.
      if (!parameter) return [];
      expect(parameter.description, `${provider} ${parameter.name} has a description in its spec`).toBeTruthy();
      return [
        {
          name: input.name,
          ...(kebabAlias(input.name) && { alias: kebabAlias(input.name) }),
          required: input.required,
          schema: parameter.schema,
          description: parameter.description,
          ...(parameter.example !== undefined && { example: String(parameter.example) }),
        },
      ];
    });
    expect(commandLineProviders[provider].inputs).toEqual(expected);
    // Every required input is offered: a required one can never be missing from the command line.
    for (const input of table.inputs.filter((each) => each.required)) expect(expected.map((flag) => flag.name)).toContain(input.name);
  });

  it("the region rule and the project come from the specs: JD Cloud needs a region, the others default", () => {
    expect(commandLineProviders["jdcloud-rds"].region).toEqual({ required: true, known: [] });
    expect(commandLineProviders["jdcloud-rds"].needsProjectId).toBe(false);
    const otc = providerSpecs["otc-rds"].servers.flatMap((server) => server.variables?.region?.enum ?? []);
    expect(commandLineProviders["otc-rds"].region).toEqual({ required: false, default: "eu-de", known: otc });
    for (const provider of ["otc-rds", "huawei-dcs", "huawei-audit"] as const) expect(commandLineProviders[provider].needsProjectId).toBe(true);
  });

  it("kebab-case aliases", () => {
    expect(kebabAlias("instance_id")).toBe("instance-id");
    expect(kebabAlias("instanceId")).toBe("instance-id");
    expect(kebabAlias("start_time")).toBe("start-time");
    expect(kebabAlias("id")).toBeUndefined();
  });
});

describe("did you mean", () => {
  it("a unique prefix, else the nearest within a third of the word", () => {
    expect(nearest("otc", providers)).toBe("otc-rds");
    expect(nearest("huawei", providers)).toBeUndefined(); // two providers begin so
    expect(nearest("link", ["links", "download", "demo", "help"])).toBe("links");
    expect(nearest("donwload", ["links", "download", "demo", "help"])).toBe("download");
    expect(nearest("--instance-idd", ["--instance_id", "--instance-id", "--region"])).toBe("--instance-id");
    expect(nearest("--instanceid", ["--instance_id", "--instance-id"])).toBe("--instance_id");
    expect(nearest("frobnicate", ["links", "download", "demo", "help"])).toBeUndefined();
  });

  it("parseOptions: aliases share one value; twice with different values, or empty, is a usage error", () => {
    const options = {
      instance_id: { type: "string", key: "instance_id" },
      "instance-id": { type: "string", key: "instance_id" },
      mock: { type: "boolean" },
    } as const;
    expect(parseOptions(["otc-rds", "--instance-id", "a", "--instance_id=a", "--mock"], options, "h")).toEqual({
      values: { instance_id: "a", mock: true },
      positionals: ["otc-rds"],
    });
    expect(() => parseOptions(["--instance-id", "a", "--instance_id", "b"], options, "h")).toThrow(UsageError);
    expect(() => parseOptions(["--instance-id", " "], options, "h")).toThrow(/--instance-id is empty/);
  });
});

describe("README", () => {
  it("shows core's environment variable table, as environmentVariablesMarkdown() prints it", async () => {
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    const table = /<!-- environment-variables:start[^>]*-->\n([\s\S]*?)\n<!-- environment-variables:end -->/.exec(readme)?.[1];
    expect(table, "the README's generated table").toBeDefined();
    expect(table).toBe(environmentVariablesMarkdown());
  });
});
