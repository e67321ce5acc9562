import { describe, expect, it, vi } from "vitest";
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
  it("requires projectId (or HUAWEICLOUD_SDK_PROJECT_ID): every path starts with it", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "");
    expect(rejection({ region: "cn-south-1", credentials: { token } })).toEqual([
      "projectId",
      "huawei-dcs needs projectId, the project id of the region (IAM console, My Credentials), or HUAWEICLOUD_SDK_PROJECT_ID in the environment",
    ]);
    vi.unstubAllEnvs();
  });

  it("requires region or endpoint: no region is picked silently", () => {
    expect(rejection({ projectId: documented.projectId, credentials: { token } })).toEqual([
      "region",
      'huawei-dcs needs region, the region id of your resources (e.g. "cn-north-4"), or endpoint',
    ]);
    expect(() => createHuaweiDcsClient({ endpoint: "https://dcs.example.com", projectId: documented.projectId, credentials })).not.toThrow();
  });

  it("sends a region id outside the official table to the one host pattern, and refuses what is no region id", () => {
    expect(servers).toHaveLength(1);
    expect(servers[0].variables.region.enum).not.toContain("cn-southwest-9");
    const client = createHuaweiDcsClient({ region: "cn-southwest-9", projectId: documented.projectId, credentials: { token } });
    expect(client).toBeDefined();
    expect(rejection({ region: "dcs.evil.example/", projectId: documented.projectId, credentials: { token } })).toEqual([
      "region",
      'region "dcs.evil.example/" is not a region id such as "cn-north-4"',
    ]);
  });

  it("accepts a token, an access key and temporary credentials", () => {
    for (const accepted of [{ token }, credentials, { ...credentials, securityToken: "s" }]) {
      expect(() => createHuaweiDcsClient({ region: "cn-south-1", projectId: documented.projectId, credentials: accepted })).not.toThrow();
    }
  });
});
