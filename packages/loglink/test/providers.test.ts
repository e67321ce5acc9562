import { describe, expect, expectTypeOf, it } from "vitest";
import { operations as huaweiAudit } from "../../huawei-audit/src/generated/operations.js";
import { operations as huaweiDcs } from "../../huawei-dcs/src/generated/operations.js";
import { operations as jdcloudRds } from "../../jdcloud-rds/src/generated/operations.js";
import { operations as otcRds } from "../../otc-rds/src/generated/operations.js";
import { type LinkInputs, providers } from "../src/index.js";
import { providerTable as providerDescriptions } from "../src/providers.js";

const generated: Record<string, Record<string, { parameters: readonly { name: string }[] }>> = {
  "jdcloud-rds": jdcloudRds,
  "otc-rds": otcRds,
  "huawei-dcs": huaweiDcs,
  "huawei-audit": huaweiAudit,
};

describe("providerTable (loglink/providers)", () => {
  it("describes every provider, in the facade's order", () => {
    expect(Object.keys(providerDescriptions)).toEqual([...providers]);
  });

  it.each(providers.map((provider) => [provider]))("%s: names operations and parameters the spec has", (provider) => {
    const description = providerDescriptions[provider];
    for (const operation of description.operations) expect(Object.keys(generated[provider]!)).toContain(operation);
    for (const input of description.inputs) {
      const parameters = description.operations.flatMap((operation) => generated[provider]![operation]!.parameters.map((parameter) => parameter.name));
      expect(parameters).toContain(input.parameter ?? input.name);
    }
  });

  it("marks as required exactly the inputs links.get() requires (DCS id and JD logId optional)", () => {
    type Required<P extends keyof LinkInputs> = {
      [K in keyof LinkInputs[P]]-?: {} extends Pick<LinkInputs[P], K> ? never : K;
    }[keyof LinkInputs[P]];
    expectTypeOf<Required<"huawei-dcs">>().toEqualTypeOf<"instance_id">();
    expectTypeOf<Required<"jdcloud-rds">>().toEqualTypeOf<"instanceId" | "seconds">();
    for (const provider of providers) {
      const required = providerDescriptions[provider].inputs.filter((input) => input.required).map((input) => input.name);
      expect(required.sort()).toEqual(
        {
          "jdcloud-rds": ["instanceId", "seconds"],
          "otc-rds": ["instance_id"],
          "huawei-dcs": ["instance_id"],
          "huawei-audit": ["end_time", "instance_id", "start_time"],
        }[provider],
      );
      const names = providerDescriptions[provider].inputs.map((input) => input.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(providerDescriptions["huawei-dcs"].inputs.find((input) => input.name === "id")?.required).toBe(false);
    expect(providerDescriptions["jdcloud-rds"].inputs.find((input) => input.name === "logId")?.required).toBe(false);
  });
});
