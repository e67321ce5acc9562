import { describe, expect, it } from "vitest";
import { servers } from "../src/generated/operations.js";
import { createHuaweiDcsClient, type HuaweiDcsClientOptions, InvalidParameterError } from "../src/index.js";
import { credentials, documented, token } from "./support.js";

/** The InvalidParameterError `create` throws, as [parameter, message]. */
function rejection(options: Record<string, unknown>): [string, string] {
  try {
    createHuaweiDcsClient(options as unknown as HuaweiDcsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError);
    return [(error as InvalidParameterError).parameter, (error as InvalidParameterError).message];
  }
  throw new Error("the options were accepted");
}

// Only what this package configures; the generic option checks are @loglink/core's and tested there.
describe("client options", () => {
  it("requires projectId: every path starts with it", () => {
    expect(rejection({ region: "cn-south-1", credentials: { token } })).toEqual([
      "projectId",
      "huawei-dcs needs projectId, the project id of the region (IAM console, My Credentials)",
    ]);
  });

  it("refuses a region outside the official table unless an endpoint is given, listing the known ones", () => {
    expect(rejection({ region: "eu-de", projectId: documented.projectId, credentials: { token } })).toEqual([
      "region",
      `unknown region "eu-de"; known regions: ${servers[0].variables.region.enum.join(", ")} (or set endpoint)`,
    ]);
    expect(() => createHuaweiDcsClient({ region: "eu-de", endpoint: "https://dcs.example.com", projectId: documented.projectId, credentials })).not.toThrow();
  });

  it("accepts a token, an access key and temporary credentials", () => {
    for (const accepted of [{ token }, credentials, { ...credentials, securityToken: "s" }]) {
      expect(() => createHuaweiDcsClient({ projectId: documented.projectId, credentials: accepted })).not.toThrow();
    }
  });
});
