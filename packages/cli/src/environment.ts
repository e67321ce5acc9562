// TEMPORARY until @loglink/core's environment table (contract K4, packages/core/src/environment.ts)
// is merged: the same shape and names, so that switching is one import line in main.ts, errors.ts
// and the README test. The first name of each list is the preferred one.
import type { Provider } from "@loglink/core";

export interface EnvironmentNames {
  accessKeyId: readonly string[];
  secretAccessKey: readonly string[];
  securityToken?: readonly string[];
  token?: readonly string[];
  projectId?: readonly string[];
  region?: readonly string[];
}

// Huawei Cloud SDKs' EnvCredentialProvider.
const huaweiCloudSdk: EnvironmentNames = {
  accessKeyId: ["HUAWEICLOUD_SDK_AK"],
  secretAccessKey: ["HUAWEICLOUD_SDK_SK"],
  securityToken: ["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
  projectId: ["HUAWEICLOUD_SDK_PROJECT_ID"],
};

export const environmentVariables: Record<Provider, EnvironmentNames> = {
  "jdcloud-rds": { accessKeyId: ["JDCLOUD_ACCESS_KEY"], secretAccessKey: ["JDCLOUD_SECRET_KEY"] },
  "otc-rds": {
    accessKeyId: ["OS_ACCESS_KEY"],
    secretAccessKey: ["OS_SECRET_KEY"],
    securityToken: ["OS_SECURITY_TOKEN"],
    token: ["OS_AUTH_TOKEN"],
    projectId: ["OS_PROJECT_ID"],
    region: ["OS_REGION_NAME"],
  },
  "huawei-dcs": huaweiCloudSdk,
  "huawei-audit": huaweiCloudSdk,
};
