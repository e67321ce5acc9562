// What `links.get()` takes per provider, as data: the command line builds its flags from this table
// and the providers' generated `operations` (types, descriptions and examples of each parameter).
// Data only: no code runs here, and nothing here imports a provider package.
import type { Provider } from "@loglink/core";

/** One input of `links.get()`. */
export interface LinkInputDescription {
  /** the input's key, in the document's spelling */
  name: string;
  /** whether `links.get()` needs it */
  required: boolean;
  /**
   * the operation whose parameter this input fills, and the parameter's name there when it differs
   * (its schema, description and example are that parameter's); absent for the facade's own inputs
   */
  from?: { operation: string; parameter?: string };
  /** what the input does in `links.get()`, where that differs from the parameter's own description */
  description?: string;
}

/** How `links.get()` works for one provider. */
export interface ProviderDescription {
  /** what the links lead to */
  title: string;
  /** the operations `links.get()` may call, in the order it calls them */
  operations: readonly string[];
  inputs: readonly LinkInputDescription[];
  /** the documents' example region and project id, for mocks and demos */
  example: { region?: string; projectId?: string };
}

/** Per provider: the operations `links.get()` calls and the inputs it takes. */
export const providerDescriptions = {
  "jdcloud-rds": {
    title: "JD Cloud RDS log files",
    operations: ["describeLogs", "updateLogDownloadURLInternal"],
    inputs: [
      { name: "instanceId", required: true, from: { operation: "describeLogs" } },
      {
        name: "logId",
        required: false,
        from: { operation: "updateLogDownloadURLInternal" },
        description: "one log file's id; without it, a link for every log file describeLogs lists",
      },
      { name: "seconds", required: true, from: { operation: "updateLogDownloadURLInternal" } },
    ],
    example: { region: "cn-north-1" },
  },
  "otc-rds": {
    title: "Open Telekom Cloud RDS for PostgreSQL error logs",
    operations: ["downloadErrorlog"],
    inputs: [{ name: "instance_id", required: true, from: { operation: "downloadErrorlog" } }],
    example: { region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663" },
  },
  "huawei-dcs": {
    title: "Huawei Cloud DCS (Redis) run logs",
    operations: ["listRedislog", "createRedislog", "createRedislogDownloadLink"],
    inputs: [
      { name: "instance_id", required: true, from: { operation: "listRedislog" } },
      {
        name: "id",
        required: false,
        from: { operation: "createRedislogDownloadLink" },
        description: "one run log's id; without it, a link for every ready run log listRedislog lists",
      },
      {
        name: "collect",
        required: false,
        from: { operation: "createRedislog", parameter: "query_time" },
        description: "first collect the run logs of the last 0 (today), 1, 3 or 7 days, wait until they are listed, and link those",
      },
      {
        name: "replication_id",
        required: false,
        from: { operation: "createRedislog" },
        description: "with collect: the replica to collect from (required for instances that are not single-node)",
      },
    ],
    example: { region: "cn-south-1", projectId: "0524e839a54847039e9b2b46e8aa788a" },
  },
  "huawei-audit": {
    title: "Huawei Cloud TaurusDB full-SQL audit logs (every page)",
    operations: ["listAuditLogDownloadLink"],
    inputs: [
      { name: "instance_id", required: true, from: { operation: "listAuditLogDownloadLink" } },
      { name: "start_time", required: true, from: { operation: "listAuditLogDownloadLink" } },
      { name: "end_time", required: true, from: { operation: "listAuditLogDownloadLink" } },
      { name: "node_id", required: false, from: { operation: "listAuditLogDownloadLink" } },
      {
        name: "limit",
        required: false,
        from: { operation: "listAuditLogDownloadLink" },
        description: "files per request, 1..50 (every page is read)",
      },
    ],
    example: { projectId: "054e292c9880d4992f02c0196d3ea468" },
  },
} as const satisfies Record<Provider, ProviderDescription>;
