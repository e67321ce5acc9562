// The parameter metadata codegen adds to operations.ts for the command line (issue 10, K8):
// each parameter's first sentence and first example, taken from the spec.
import { describe, expect, it } from "vitest";
import { buildFiles, firstSentence, providers, readSpec } from "../codegen/lib.mjs";

describe("firstSentence", () => {
  it("keeps the first sentence, before any loglink decision, on one line", () => {
    expect(firstSentence("Instance ID. (实例ID。)\n\nloglink decision: no format.")).toBe("Instance ID.");
    expect(firstSentence("Region code of the instance, e.g. `cn-north-1`. It is also\nthe region of the signature.")).toBe(
      "Region code of the instance, e.g. `cn-north-1`.",
    );
    expect(firstSentence("Node ID. If given, only this node.")).toBe("Node ID.");
    expect(firstSentence("no full stop at all")).toBe("no full stop at all");
    expect(firstSentence("loglink decision: only a decision")).toBe("");
    expect(firstSentence(undefined)).toBe("");
  });
});

describe("operations.ts parameters", () => {
  it.each(providers)("%s: every spec parameter with a description or example carries them", async (provider) => {
    const spec = await readSpec(provider);
    const source = (await buildFiles(provider))["operations.ts"];
    const operations = JSON.parse(/export const operations = ([\s\S]*?) as const satisfies/.exec(source)[1]);
    for (const [, item] of Object.entries(spec.paths)) {
      for (const operation of Object.values(item).filter((value) => value?.operationId)) {
        for (const parameter of operation.parameters ?? []) {
          const generated = operations[operation.operationId].parameters.find((candidate) => candidate.name === parameter.name);
          expect(generated.description).toBe(firstSentence(parameter.description));
          const example = parameter.example ?? parameter.schema?.examples?.[0];
          if (example !== undefined) expect(generated.example).toEqual(example);
        }
      }
    }
  });
});
