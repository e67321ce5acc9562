// The environment variables loglink reads, per provider: the one table that the clients, the
// command line and the READMEs use. The names are those the vendors' own tools read.
import { InvalidParameterError, type Provider } from "./errors.js";
import type { HuaweiCredentials } from "./signing/huawei.js";

/** Variable names per setting; the first name is the preferred one, the others are read after it. */
export interface EnvironmentVariables {
  readonly accessKeyId: readonly string[];
  readonly secretAccessKey: readonly string[];
  /** with a temporary access key; only where the provider accepts one */
  readonly securityToken?: readonly string[];
  /** an IAM token instead of an access key; only where the provider accepts tokens */
  readonly token?: readonly string[];
  readonly projectId?: readonly string[];
  readonly region?: readonly string[];
}

/** A set of environment variables, such as `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

// Huawei Cloud's SDKs read these (Node.js: ClientBuilder maps every HUAWEICLOUD_SDK_* variable to
// the credentials' with* method; Java/.NET/Go: EnvCredentialProvider). They define no IAM-token
// variable and no region-name variable (HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION} sets an
// endpoint, not the region), so loglink reads none.
const HUAWEICLOUD_SDK: EnvironmentVariables = {
  accessKeyId: ["HUAWEICLOUD_SDK_AK"],
  secretAccessKey: ["HUAWEICLOUD_SDK_SK"],
  securityToken: ["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
  projectId: ["HUAWEICLOUD_SDK_PROJECT_ID"],
};

/**
 * Every environment variable loglink reads, per provider. Aliases are read only where both of a
 * provider's own tools read them for the same value (OTC's `OS_TENANT_ID`), or where loglink
 * documented the name before (`OS_AUTH_TOKEN`), so an existing setup keeps working. An access key
 * pair never has aliases: a pair mixed from two tools' settings would be wrong.
 */
export const environmentVariables: Readonly<Record<Provider, EnvironmentVariables>> = {
  // JD Cloud's SDKs and CLI read no variables; its Packer builder reads these two. The API takes
  // only access keys, and serves every region from one host.
  "jdcloud-rds": { accessKeyId: ["JDCLOUD_ACCESS_KEY"], secretAccessKey: ["JDCLOUD_SECRET_KEY"] },
  // OpenStack's names, as OTC's Terraform provider and gophertelekomcloud read them. OS_TOKEN is
  // OpenStack's (and both tools' first) token name; Terraform also reads OS_AUTH_TOKEN.
  "otc-rds": {
    accessKeyId: ["OS_ACCESS_KEY"],
    secretAccessKey: ["OS_SECRET_KEY"],
    securityToken: ["OS_SECURITY_TOKEN"],
    token: ["OS_TOKEN", "OS_AUTH_TOKEN"],
    projectId: ["OS_PROJECT_ID", "OS_TENANT_ID"],
    region: ["OS_REGION_NAME"],
  },
  "huawei-dcs": HUAWEICLOUD_SDK,
  "huawei-audit": HUAWEICLOUD_SDK,
};

/** `process.env` where the runtime has one (Node, Bun, Deno), else undefined: the runtime stays web-standard. */
function processEnvironment(): Environment | undefined {
  return (globalThis as { process?: { env?: Environment } }).process?.env;
}

/** The first of `names` set to a non-empty value. */
function read(env: Environment | undefined, names: readonly string[] | undefined): string | undefined {
  for (const name of names ?? []) {
    const value = env?.[name];
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

const spell = (names: readonly string[]) => names.join(" or ");

/**
 * The credentials in the provider's environment variables (`env` defaults to `process.env`): an
 * access key pair (with its security token where one is set), else an IAM token where the provider
 * accepts tokens; a complete pair wins over a token. Throws InvalidParameterError("credentials")
 * listing the variables when neither is set, or naming the missing half of a pair.
 */
export function credentialsFromEnvironment(provider: Provider, env?: Environment): { token: string } | HuaweiCredentials {
  const source = env ?? processEnvironment();
  const variables = environmentVariables[provider];
  const accessKeyId = read(source, variables.accessKeyId);
  const secretAccessKey = read(source, variables.secretAccessKey);
  if (accessKeyId !== undefined && secretAccessKey !== undefined) {
    const securityToken = read(source, variables.securityToken);
    return securityToken === undefined ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, securityToken };
  }
  const pair = `${spell(variables.accessKeyId)} and ${spell(variables.secretAccessKey)}`;
  // Half a pair is a mistake to report, even where a token is set too.
  if (accessKeyId !== undefined || secretAccessKey !== undefined) {
    const missing = accessKeyId === undefined ? variables.accessKeyId : variables.secretAccessKey;
    throw new InvalidParameterError("credentials", `${provider}: ${spell(missing)} is not set; an access key needs both ${pair}`);
  }
  const token = read(source, variables.token);
  if (token !== undefined) return { token };
  const temporary = variables.securityToken ? ` (with ${spell(variables.securityToken)} for a temporary key)` : "";
  const orToken = variables.token ? `, or ${spell(variables.token)}` : "";
  const runtime = source === undefined ? " (this runtime has no process.env)" : "";
  throw new InvalidParameterError(
    "credentials",
    `${provider}: no credentials given and none in the environment${runtime}: pass credentials, or set ${pair}${temporary}${orToken}`,
  );
}

/** The region in the provider's region variable (otc-rds: `OS_REGION_NAME`), or undefined. `env` defaults to `process.env`. */
export function regionFromEnvironment(provider: Provider, env?: Environment): string | undefined {
  return read(env ?? processEnvironment(), environmentVariables[provider].region);
}

/** The project id in the provider's project variable (e.g. `OS_PROJECT_ID`), or undefined. `env` defaults to `process.env`. */
export function projectIdFromEnvironment(provider: Provider, env?: Environment): string | undefined {
  return read(env ?? processEnvironment(), environmentVariables[provider].projectId);
}

const COLUMNS: readonly [keyof EnvironmentVariables, string][] = [
  ["accessKeyId", "Access key id"],
  ["secretAccessKey", "Secret access key"],
  ["securityToken", "Security token"],
  ["token", "IAM token"],
  ["projectId", "Project id"],
  ["region", "Region"],
];

/**
 * `environmentVariables` as a Markdown table, one row per provider, for READMEs and docs: each
 * cell the preferred name, then `(or …)` its aliases; `—` where the provider reads none.
 */
export function environmentVariablesMarkdown(providers: readonly Provider[] = Object.keys(environmentVariables) as Provider[]): string {
  const cell = (names: readonly string[] | undefined) =>
    names === undefined
      ? "—"
      : `\`${names[0]}\`${
          names.length > 1
            ? ` (or ${names
                .slice(1)
                .map((name) => `\`${name}\``)
                .join(", ")})`
            : ""
        }`;
  const rows = providers.map((provider) => `| \`${provider}\` | ${COLUMNS.map(([key]) => cell(environmentVariables[provider][key])).join(" | ")} |`);
  return [`| Provider | ${COLUMNS.map(([, title]) => title).join(" | ")} |`, `|${" --- |".repeat(COLUMNS.length + 1)}`, ...rows].join("\n");
}
