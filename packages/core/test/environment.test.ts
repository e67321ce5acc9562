import { afterEach, describe, expect, it, vi } from "vitest";
import {
  credentialsFromEnvironment,
  environmentVariables,
  environmentVariablesMarkdown,
  InvalidParameterError,
  projectIdFromEnvironment,
  regionFromEnvironment,
} from "../src/index.js";

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as InvalidParameterError;
  }
  return expect.unreachable("did not throw");
};

afterEach(() => vi.unstubAllGlobals());

describe("environmentVariables", () => {
  it("is the one table of every variable read, per provider", () => {
    expect(environmentVariables).toEqual({
      "jdcloud-rds": { accessKeyId: ["JDCLOUD_ACCESS_KEY"], secretAccessKey: ["JDCLOUD_SECRET_KEY"] },
      "otc-rds": {
        accessKeyId: ["OS_ACCESS_KEY"],
        secretAccessKey: ["OS_SECRET_KEY"],
        securityToken: ["OS_SECURITY_TOKEN"],
        token: ["OS_TOKEN", "OS_AUTH_TOKEN"],
        projectId: ["OS_PROJECT_ID", "OS_TENANT_ID"],
        region: ["OS_REGION_NAME"],
      },
      "huawei-dcs": {
        accessKeyId: ["HUAWEICLOUD_SDK_AK"],
        secretAccessKey: ["HUAWEICLOUD_SDK_SK"],
        securityToken: ["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
        projectId: ["HUAWEICLOUD_SDK_PROJECT_ID"],
      },
      "huawei-audit": {
        accessKeyId: ["HUAWEICLOUD_SDK_AK"],
        secretAccessKey: ["HUAWEICLOUD_SDK_SK"],
        securityToken: ["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
        projectId: ["HUAWEICLOUD_SDK_PROJECT_ID"],
      },
    });
  });

  it("prints as a Markdown table for the READMEs", () => {
    expect(environmentVariablesMarkdown()).toBe(
      [
        "| Provider | Access key id | Secret access key | Security token | IAM token | Project id | Region |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| `jdcloud-rds` | `JDCLOUD_ACCESS_KEY` | `JDCLOUD_SECRET_KEY` | — | — | — | — |",
        "| `otc-rds` | `OS_ACCESS_KEY` | `OS_SECRET_KEY` | `OS_SECURITY_TOKEN` | `OS_TOKEN` (or `OS_AUTH_TOKEN`) | `OS_PROJECT_ID` (or `OS_TENANT_ID`) | `OS_REGION_NAME` |",
        "| `huawei-dcs` | `HUAWEICLOUD_SDK_AK` | `HUAWEICLOUD_SDK_SK` | `HUAWEICLOUD_SDK_SECURITY_TOKEN` | — | `HUAWEICLOUD_SDK_PROJECT_ID` | — |",
        "| `huawei-audit` | `HUAWEICLOUD_SDK_AK` | `HUAWEICLOUD_SDK_SK` | `HUAWEICLOUD_SDK_SECURITY_TOKEN` | — | `HUAWEICLOUD_SDK_PROJECT_ID` | — |",
      ].join("\n"),
    );
    expect(environmentVariablesMarkdown(["otc-rds"]).split("\n")).toHaveLength(3);
  });
});

describe("credentialsFromEnvironment", () => {
  it("reads an access key pair, with the security token where set", () => {
    expect(credentialsFromEnvironment("huawei-dcs", { HUAWEICLOUD_SDK_AK: "AK1", HUAWEICLOUD_SDK_SK: "SK1" })).toEqual({
      accessKeyId: "AK1",
      secretAccessKey: "SK1",
    });
    expect(credentialsFromEnvironment("huawei-audit", { HUAWEICLOUD_SDK_AK: "AK1", HUAWEICLOUD_SDK_SK: "SK1", HUAWEICLOUD_SDK_SECURITY_TOKEN: "ST1" })).toEqual(
      { accessKeyId: "AK1", secretAccessKey: "SK1", securityToken: "ST1" },
    );
    expect(credentialsFromEnvironment("jdcloud-rds", { JDCLOUD_ACCESS_KEY: "JA", JDCLOUD_SECRET_KEY: "JS" })).toEqual({
      accessKeyId: "JA",
      secretAccessKey: "JS",
    });
  });

  it("reads only the provider's own names: another provider's variables are not credentials", () => {
    const huawei = { HUAWEICLOUD_SDK_AK: "AK1", HUAWEICLOUD_SDK_SK: "SK1" };
    expect(failure(() => credentialsFromEnvironment("otc-rds", huawei))).toBeInstanceOf(InvalidParameterError);
    expect(failure(() => credentialsFromEnvironment("jdcloud-rds", { ...huawei, OS_ACCESS_KEY: "a", OS_SECRET_KEY: "b" }))).toBeInstanceOf(
      InvalidParameterError,
    );
  });

  it("reads an OTC token, preferring OS_TOKEN to OS_AUTH_TOKEN, and a complete key pair over a token", () => {
    expect(credentialsFromEnvironment("otc-rds", { OS_AUTH_TOKEN: "old" })).toEqual({ token: "old" });
    expect(credentialsFromEnvironment("otc-rds", { OS_AUTH_TOKEN: "old", OS_TOKEN: "new" })).toEqual({ token: "new" });
    expect(credentialsFromEnvironment("otc-rds", { OS_TOKEN: "t", OS_ACCESS_KEY: "a", OS_SECRET_KEY: "s" })).toEqual({
      accessKeyId: "a",
      secretAccessKey: "s",
    });
  });

  it("does not read a token where the provider's tools define no token variable", () => {
    const error = failure(() => credentialsFromEnvironment("huawei-dcs", { OS_TOKEN: "t", HUAWEICLOUD_TOKEN: "t" }));
    expect(error.parameter).toBe("credentials");
  });

  it("treats an empty variable as unset", () => {
    expect(credentialsFromEnvironment("otc-rds", { OS_TOKEN: "", OS_AUTH_TOKEN: "old" })).toEqual({ token: "old" });
    expect(failure(() => credentialsFromEnvironment("jdcloud-rds", { JDCLOUD_ACCESS_KEY: "", JDCLOUD_SECRET_KEY: "" }))).toBeInstanceOf(InvalidParameterError);
  });

  it.each([
    ["jdcloud-rds", "jdcloud-rds: no credentials given and none in the environment: pass credentials, or set JDCLOUD_ACCESS_KEY and JDCLOUD_SECRET_KEY"],
    [
      "otc-rds",
      "otc-rds: no credentials given and none in the environment: pass credentials, or set OS_ACCESS_KEY and OS_SECRET_KEY (with OS_SECURITY_TOKEN for a temporary key), or OS_TOKEN or OS_AUTH_TOKEN",
    ],
    [
      "huawei-dcs",
      "huawei-dcs: no credentials given and none in the environment: pass credentials, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (with HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key)",
    ],
  ] as const)("without credentials: InvalidParameterError('credentials') listing %s's variables", (provider, message) => {
    const error = failure(() => credentialsFromEnvironment(provider, { PATH: "/usr/bin" }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([error.parameter, error.message]).toEqual(["credentials", message]);
  });

  it("names the missing half of a key pair, even with a token set", () => {
    const error = failure(() => credentialsFromEnvironment("otc-rds", { OS_ACCESS_KEY: "a", OS_TOKEN: "t" }));
    expect([error.parameter, error.message]).toEqual([
      "credentials",
      "otc-rds: OS_SECRET_KEY is not set; an access key needs both OS_ACCESS_KEY and OS_SECRET_KEY",
    ]);
    expect(failure(() => credentialsFromEnvironment("huawei-dcs", { HUAWEICLOUD_SDK_SK: "s" })).message).toBe(
      "huawei-dcs: HUAWEICLOUD_SDK_AK is not set; an access key needs both HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
    );
  });

  it("defaults to process.env", () => {
    vi.stubEnv("JDCLOUD_ACCESS_KEY", "from-process-env");
    vi.stubEnv("JDCLOUD_SECRET_KEY", "secret-from-process-env");
    try {
      expect(credentialsFromEnvironment("jdcloud-rds")).toEqual({ accessKeyId: "from-process-env", secretAccessKey: "secret-from-process-env" });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("works where the runtime has no process (browsers, workers), saying so", () => {
    vi.stubGlobal("process", undefined);
    const error = failure(() => credentialsFromEnvironment("otc-rds"));
    const found = [regionFromEnvironment("otc-rds"), projectIdFromEnvironment("otc-rds")];
    vi.unstubAllGlobals();
    expect(error.message).toContain("otc-rds: no credentials given and none in the environment (this runtime has no process.env): pass credentials");
    expect(found).toEqual([undefined, undefined]);
  });
});

describe("regionFromEnvironment and projectIdFromEnvironment", () => {
  it("read OTC's OS_REGION_NAME and OS_PROJECT_ID (or OS_TENANT_ID)", () => {
    const env = { OS_REGION_NAME: "eu-nl", OS_TENANT_ID: "tenant", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" };
    expect(regionFromEnvironment("otc-rds", env)).toBe("eu-nl");
    expect(projectIdFromEnvironment("otc-rds", env)).toBe("0483b6b16e954cb88930a360d2c4e663");
    expect(projectIdFromEnvironment("otc-rds", { OS_TENANT_ID: "tenant" })).toBe("tenant");
  });

  it("read Huawei's project variable; no provider but OTC has a region variable", () => {
    const env = { HUAWEICLOUD_SDK_PROJECT_ID: "0524e839a54847039e9b2b46e8aa788a", OS_REGION_NAME: "eu-de", HUAWEICLOUD_SDK_REGION: "cn-north-4" };
    expect(projectIdFromEnvironment("huawei-dcs", env)).toBe("0524e839a54847039e9b2b46e8aa788a");
    expect(regionFromEnvironment("huawei-dcs", env)).toBeUndefined();
    expect(regionFromEnvironment("jdcloud-rds", { ...env, JDCLOUD_REGION: "cn-north-1" })).toBeUndefined();
    expect(projectIdFromEnvironment("jdcloud-rds", env)).toBeUndefined();
  });

  it("are undefined when unset or empty", () => {
    expect(regionFromEnvironment("otc-rds", {})).toBeUndefined();
    expect(regionFromEnvironment("otc-rds", { OS_REGION_NAME: "" })).toBeUndefined();
  });
});
