import { describe, expect, expectTypeOf, it } from "vitest";
import { operations as huaweiAudit } from "../../huawei-audit/src/generated/operations.js";
import { operations as huaweiDcs } from "../../huawei-dcs/src/generated/operations.js";
import { operations as jdcloudRds } from "../../jdcloud-rds/src/generated/operations.js";
import { operations as otcRds } from "../../otc-rds/src/generated/operations.js";
import { type LinkInputs, providers } from "../src/index.js";
import { providerDescriptions } from "../src/providers.js";

const generated: Record<string, Record<string, { parameters: readonly { name: string }[] }>> = {
  "jdcloud-rds": jdcloudRds,
  "otc-rds": otcRds,
  "huawei-dcs": huaweiDcs,
  "huawei-audit": huaweiAudit,
};

describe("providerDescriptions (loglink/providers)", () => {
  it("describes every provider, in the facade's order", () => {
    expect(Object.keys(providerDescriptions)).toEqual([...providers]);
  });

  it.each(providers.map((provider) => [provider]))("%s: names operations and parameters the spec has", (provider) => {
    const description = providerDescriptions[provider];
    for (const operation of description.operations) expect(Object.keys(generated[provider]!)).toContain(operation);
    for (const input of description.inputs) {
      if (!input.from) continue;
      expect(description.operations as readonly string[]).toContain(input.from.operation);
      const parameters = generated[provider]![input.from.operation]!.parameters.map((parameter) => parameter.name);
      expect(parameters).toContain("parameter" in input.from ? input.from.parameter : input.name);
    }
  });

  it("marks as required exactly the inputs links.get() requires (DCS id and JD logId optional)", () => {
    type Required<P extends keyof LinkInputs> = {
      [K in keyof LinkInputs[P]]-?: {} extends Pick<LinkInputs[P], K> ? never : K;
    }[keyof LinkInputs[P]];
    type Described<P extends keyof typeof providerDescriptions> = Extract<(typeof providerDescriptions)[P]["inputs"][number], { required: true }>["name"];
    expectTypeOf<Described<"jdcloud-rds">>().toEqualTypeOf<Required<"jdcloud-rds">>();
    expectTypeOf<Described<"otc-rds">>().toEqualTypeOf<Required<"otc-rds">>();
    expectTypeOf<Described<"huawei-dcs">>().toEqualTypeOf<Required<"huawei-dcs">>();
    expectTypeOf<Described<"huawei-audit">>().toEqualTypeOf<Required<"huawei-audit">>();
    for (const provider of providers) {
      const names = providerDescriptions[provider].inputs.map((input) => input.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(providerDescriptions["huawei-dcs"].inputs.find((input) => input.name === "id")?.required).toBe(false);
    expect(providerDescriptions["jdcloud-rds"].inputs.find((input) => input.name === "logId")?.required).toBe(false);
  });
});
