// A client without credentials, region or project id takes them from the provider's environment
// variables (the table in environment.ts), and says which ones to set when they are missing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidParameterError } from "../src/index.js";
import { dcsClient, jdClient, PROJECT_ID } from "./fixtures.js";

function rejection(create: () => unknown): InvalidParameterError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError);
    return error as InvalidParameterError;
  }
  throw new Error("the client was created");
}

afterEach(() => vi.unstubAllEnvs());

describe("options from the environment", () => {
  it("reads the access key pair and the project id when the options leave them out", async () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVAK0000000000000000");
    vi.stubEnv("HUAWEICLOUD_SDK_SK", "ENVSK1111111111111111");
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID);
    const seen: Request[] = [];
    const fetch = async (request: Request) => {
      seen.push(request);
      return Response.json({ link: "https://obs.example.com/x" });
    };
    const client = dcsClient({ credentials: undefined, projectId: undefined, fetch: fetch as typeof globalThis.fetch });
    expect(client.projectId).toBe(PROJECT_ID);
    const { createLink } = await import("./fixtures.js");
    await client.call(createLink, { instance_id: "i-1", id: "log-1" });
    expect(seen[0]!.url).toContain(`/v2/${PROJECT_ID}/instances/i-1/`);
    expect(seen[0]!.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 Access=ENVAK0000000000000000,/);
    expect(seen[0]!.headers.get("x-project-id")).toBe(PROJECT_ID);
  });

  it("options given win over the environment", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "ffffffffffffffffffffffffffffffff");
    expect(dcsClient({ projectId: PROJECT_ID }).projectId).toBe(PROJECT_ID);
  });

  it("without credentials anywhere: an InvalidParameterError naming the variables", () => {
    for (const name of ["JDCLOUD_ACCESS_KEY", "JDCLOUD_SECRET_KEY"]) vi.stubEnv(name, "");
    const error = rejection(() => jdClient({ credentials: undefined }));
    expect(error.parameter).toBe("credentials");
    expect(error.message).toMatch(/JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY/);
  });

  it("a project-scoped client without a project id anywhere names the option and the variable", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_PROJECT_ID", "");
    const error = rejection(() => dcsClient({ projectId: undefined }));
    expect([error.parameter, error.message]).toEqual([
      "projectId",
      "huawei-dcs needs projectId, the project id of the region (IAM console, My Credentials), or HUAWEICLOUD_SDK_PROJECT_ID in the environment",
    ]);
  });
});
