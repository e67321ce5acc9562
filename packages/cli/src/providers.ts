// What the command line knows about each provider: its parameters (the documents' spellings, plus
// a kebab-case alias), the environment variables its own tools read, and the documents' example
// request, which --mock uses for anything not given.
import type { Provider } from "@loglink/core";
import type { FlagHints } from "./errors.js";

export interface Parameter {
  /** the document's spelling: the flag and the facade's input key */
  name: string;
  /** kebab-case spelling accepted too, where it differs */
  alias?: string;
  integer?: boolean;
  required: boolean;
  description: string;
  /** the document's example request value */
  example: string;
}

/** Environment variable names, as the provider's own SDKs and tools spell them. */
export interface Environment {
  accessKey: string;
  secretKey: string;
  securityToken?: string;
  token?: string;
  projectId?: string;
  region?: string;
}

export interface ProviderSpec {
  title: string;
  parameters: Parameter[];
  environment: Environment;
  /** client options without a default: JD Cloud serves every region from one host; the others need a project */
  requires: "region" | "projectId";
  /** the documents' example region and project, used by --mock */
  example: { region?: string; projectId?: string };
}

// Huawei Cloud SDKs' EnvCredentialProvider (Java, .NET, Go examples).
const HUAWEICLOUD_SDK: Environment = {
  accessKey: "HUAWEICLOUD_SDK_AK",
  secretKey: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
};

/** The flag names of `parameter`: its own spelling, then its alias if it has one. */
export const flagsOf = (parameter: Parameter): string[] => (parameter.alias ? [parameter.name, parameter.alias] : [parameter.name]);

const instanceId = (example: string): Parameter => ({
  name: "instance_id",
  alias: "instance-id",
  required: true,
  description: "the instance's id",
  example,
});

export const providerSpecs: Record<Provider, ProviderSpec> = {
  "jdcloud-rds": {
    title: "JD Cloud RDS (PostgreSQL) log file",
    parameters: [
      { name: "instanceId", alias: "instance-id", required: true, description: "the RDS instance's id", example: "pg-x2fyuzvwak" },
      {
        name: "logId",
        alias: "log-id",
        required: true,
        description: "the log file's id",
        example: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833",
      },
      { name: "seconds", integer: true, required: true, description: "how long the link stays valid, 1..86400", example: "3600" },
    ],
    // The names JD Cloud's own Packer builder reads.
    environment: { accessKey: "JDCLOUD_ACCESS_KEY", secretKey: "JDCLOUD_SECRET_KEY" },
    requires: "region",
    example: { region: "cn-north-1" },
  },
  "otc-rds": {
    title: "Open Telekom Cloud RDS for PostgreSQL error logs",
    parameters: [instanceId("3d39c18788b54a919bab633874c159dfin03")],
    // OpenStack's and the OTC tools' (terraform provider, gophertelekomcloud) names.
    environment: {
      accessKey: "OS_ACCESS_KEY",
      secretKey: "OS_SECRET_KEY",
      securityToken: "OS_SECURITY_TOKEN",
      token: "OS_AUTH_TOKEN",
      projectId: "OS_PROJECT_ID",
      region: "OS_REGION_NAME",
    },
    requires: "projectId",
    example: { region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663" },
  },
  "huawei-dcs": {
    title: "Huawei Cloud DCS (Redis) run log",
    parameters: [
      instanceId("5c597ce5-9823-48aa-bf4d-2defb9385b4a"),
      { name: "id", required: true, description: "the log's id, from the DCS run-log query", example: "3ea6ce21-048e-447a-83c3-3fb004b88439" },
    ],
    environment: HUAWEICLOUD_SDK,
    requires: "projectId",
    example: { region: "cn-south-1", projectId: "0524e839a54847039e9b2b46e8aa788a" },
  },
  "huawei-audit": {
    title: "Huawei Cloud TaurusDB full-SQL audit logs (every page)",
    parameters: [
      instanceId("669a94abef9f4979b2dfba92f48f4042in07"),
      {
        name: "start_time",
        alias: "start-time",
        required: true,
        description: "from, yyyy-mm-ddThh:mm:ss+hhmm",
        example: "2023-07-24T09:27:00+0800",
      },
      {
        name: "end_time",
        alias: "end-time",
        required: true,
        description: "until, yyyy-mm-ddThh:mm:ss+hhmm",
        example: "2023-07-25T15:00:14+0800",
      },
      { name: "node_id", alias: "node-id", required: false, description: "only this node's files", example: "2e723b45786148fc94c8737f5980786cno07" },
      { name: "limit", integer: true, required: false, description: "files per request, 1..50 (every page is read)", example: "10" },
    ],
    environment: HUAWEICLOUD_SDK,
    requires: "projectId",
    example: { region: "cn-north-4", projectId: "054e292c9880d4992f02c0196d3ea468" },
  },
};

/** Where the user sets credentials and the project id for `provider`, for hints in messages. */
export function hintsFor(provider: Provider): FlagHints {
  const { accessKey, secretKey, token, projectId } = providerSpecs[provider].environment;
  return {
    credentials: `--access-key/--secret-key or ${accessKey}/${secretKey}${token ? ` or ${token}` : ""}`,
    projectId: `--project-id${projectId ? ` or ${projectId}` : ""}`,
  };
}
