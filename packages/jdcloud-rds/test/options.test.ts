import { describe, expect, it } from "vitest";
import { createJdcloudRdsClient, InvalidParameterError, type JdcloudRdsClientOptions } from "../src/index.js";
import { credentials } from "./support.js";

/** The InvalidParameterError `create` throws, as [parameter, message]. */
function rejection(options: Record<string, unknown>): [string, string] {
  try {
    createJdcloudRdsClient(options as unknown as JdcloudRdsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError);
    return [(error as InvalidParameterError).parameter, (error as InvalidParameterError).message];
  }
  throw new Error("the options were accepted");
}

// Only what this package configures; the generic option checks are @loglink/core's and tested there.
describe("client options", () => {
  it("requires a region: it is part of every path and signature, and the host does not imply one", () => {
    expect(rejection({ credentials })).toEqual(["region", 'jdcloud-rds needs a region, the regionId of your instances, e.g. "cn-north-1"']);
  });

  it("refuses a token: JD Cloud only signs with an access key", () => {
    expect(rejection({ region: "cn-north-1", credentials: { token: "t" } })).toEqual([
      "credentials",
      "jdcloud-rds accepts only accessKeyId/secretAccessKey credentials",
    ]);
  });

  it("refuses a security token, which JD Cloud's signature does not cover", () => {
    expect(rejection({ region: "cn-north-1", credentials: { ...credentials, securityToken: "s" } })).toEqual([
      "credentials.securityToken",
      "jdcloud-rds does not use a security token",
    ]);
  });
});
