// What the command line offers per provider, derived from the two sources of truth (contract K8):
// the facade's table (`providerTable` of loglink: which inputs, which are required) and each
// provider's spec (its generated `operations` and `servers`: types, descriptions, examples, regions).
import type { OperationSpec, ParameterSchema, Provider, ServerSpec } from "@loglink/core";
import { operations as huaweiAuditOperations, servers as huaweiAuditServers } from "@loglink/huawei-audit/operations";
import { operations as huaweiDcsOperations, servers as huaweiDcsServers } from "@loglink/huawei-dcs/operations";
import { operations as jdcloudRdsOperations, servers as jdcloudRdsServers } from "@loglink/jdcloud-rds/operations";
import { operations as otcRdsOperations, servers as otcRdsServers } from "@loglink/otc-rds/operations";
import { providerTable } from "loglink/providers";

/** A provider's spec, as its package generates it. */
export interface ProviderSpec {
  operations: Readonly<Record<string, OperationSpec>>;
  servers: readonly ServerSpec[];
}

export const providerSpecs: Record<Provider, ProviderSpec> = {
  "jdcloud-rds": { operations: jdcloudRdsOperations, servers: jdcloudRdsServers },
  "otc-rds": { operations: otcRdsOperations, servers: otcRdsServers },
  "huawei-dcs": { operations: huaweiDcsOperations, servers: huaweiDcsServers },
  "huawei-audit": { operations: huaweiAuditOperations, servers: huaweiAuditServers },
};

/** One input of `links.get()` as a flag. */
export interface InputFlag {
  /** the input's name (the document's spelling), also the flag's name */
  name: string;
  /** the kebab-case spelling, where it differs (`instance-id` for `instance_id` and `instanceId`) */
  alias?: string;
  required: boolean;
  schema: ParameterSchema;
  description: string;
  /** the spec's example, as typed on a command line */
  example?: string;
}

/** Which regions a provider takes: JD Cloud needs one (one host serves all); the others default. */
export interface RegionRule {
  required: boolean;
  default?: string;
  /** the documented regions (empty: any region id) */
  known: readonly string[];
}

export interface CommandLineProvider {
  title: string;
  inputs: readonly InputFlag[];
  /** the operations fill `{project_id}`: a project id is needed */
  needsProjectId: boolean;
  region: RegionRule;
  /** the documents' example region and project, used by --mock */
  example: { region?: string; projectId?: string };
}

/** `instance_id`, `instanceId` → `instance-id`; undefined when the name has no other spelling. */
export function kebabAlias(name: string): string | undefined {
  const kebab = name.replace(/_/g, "-").replace(/[a-z\d][A-Z]/g, (pair) => `${pair[0]}-${pair[1]!.toLowerCase()}`);
  return kebab === name ? undefined : kebab;
}

/** The flag names of `input`: its own spelling, then its alias if it has one. */
export const flagsOf = (input: InputFlag): string[] => (input.alias ? [input.name, input.alias] : [input.name]);

function regionRule({ servers }: ProviderSpec): RegionRule {
  const regional = servers.flatMap((server) => (server.variables?.region ? [server.variables.region] : []));
  if (regional.length === 0) return { required: true, known: [] };
  return { required: false, default: regional[0]!.default, known: regional.flatMap((variable) => variable.enum ?? []) };
}

function describe(provider: Provider): CommandLineProvider {
  const { title, operations, inputs, example } = providerTable[provider];
  const spec = providerSpecs[provider];
  // The operations this provider package has (a table naming a newer operation is read as far as it goes).
  const present = operations.flatMap((id) => (spec.operations[id] ? [spec.operations[id]] : []));
  const flags = inputs.flatMap((input): InputFlag[] => {
    const name = input.parameter ?? input.name;
    const parameter = present.flatMap((operation) => operation.parameters).find((candidate) => candidate.name === name);
    if (!parameter) return [];
    const alias = kebabAlias(input.name);
    return [
      {
        name: input.name,
        ...(alias && { alias }),
        required: input.required,
        schema: parameter.schema,
        description: parameter.description ?? "",
        ...(parameter.example !== undefined && { example: String(parameter.example) }),
      },
    ];
  });
  return {
    title,
    inputs: flags,
    needsProjectId: present.some((operation) => operation.parameters.some((parameter) => parameter.name === "project_id")),
    region: regionRule(spec),
    example,
  };
}

/** The providers, in the table's order (the order help and demo list them). */
export const providers = Object.keys(providerTable) as Provider[];

export const commandLineProviders = Object.fromEntries(providers.map((provider) => [provider, describe(provider)])) as Record<Provider, CommandLineProvider>;
