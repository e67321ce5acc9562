// The facade's one hand-written table per provider (contract K8): which operations `links.get()`
// calls, which of its inputs are required, and the documents' example region and project. Each
// input's type, description and example are the provider spec's (the provider package's generated
// `operations`), so the command line, its help and its mocks read them from there.
import type { Provider } from "@loglink/core";

/** One input of `links.get()`. */
export interface FacadeInput {
  /** the input's name, in the document's spelling */
  name: string;
  required: boolean;
  /** the spec parameter that types and describes it, where its name differs (DCS `collect` is `query_time`) */
  parameter?: string;
}

/** What the facade does for one provider. */
export interface FacadeProvider {
  /** what `get()` fetches, for people */
  title: string;
  /** the operations `get()` may call, the one that makes the links first */
  operations: readonly string[];
  /** the inputs of `get()`, in the order help lists them */
  inputs: readonly FacadeInput[];
  /** the documents' example region and project id (the mocks answer for these) */
  example: { region?: string; projectId?: string };
}

export const providerTable: { readonly [P in Provider]: FacadeProvider } = {
  "jdcloud-rds": {
    title: "JD Cloud RDS (PostgreSQL) log files",
    operations: ["updateLogDownloadURLInternal", "describeLogs"],
    inputs: [
      { name: "instanceId", required: true },
      // Without it, get() lists the instance's logs (describeLogs) and links each.
      { name: "logId", required: false },
      { name: "seconds", required: true },
    ],
    example: { region: "cn-north-1" },
  },
  "otc-rds": {
    title: "Open Telekom Cloud RDS for PostgreSQL error logs",
    operations: ["downloadErrorlog"],
    inputs: [{ name: "instance_id", required: true }],
    example: { region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663" },
  },
  "huawei-dcs": {
    title: "Huawei Cloud DCS (Redis) run logs",
    operations: ["createRedislogDownloadLink", "listRedislog", "createRedislog"],
    inputs: [
      { name: "instance_id", required: true },
      // Without it, get() lists the instance's run logs (listRedislog) and links each ready one.
      { name: "id", required: false },
      // Collects the logs of that many days first (createRedislog), then waits until they are listed.
      { name: "collect", required: false, parameter: "query_time" },
      // With collect: the replica to collect from (createRedislog), for instances that are not single-node.
      { name: "replication_id", required: false },
    ],
    example: { region: "cn-south-1", projectId: "0524e839a54847039e9b2b46e8aa788a" },
  },
  "huawei-audit": {
    title: "Huawei Cloud TaurusDB full-SQL audit logs (every page)",
    operations: ["listAuditLogDownloadLink"],
    inputs: [
      { name: "instance_id", required: true },
      { name: "start_time", required: true },
      { name: "end_time", required: true },
      { name: "node_id", required: false },
      { name: "limit", required: false },
    ],
    // The document names no region; cn-north-4 is the first of the spec's table.
    example: { region: "cn-north-4", projectId: "054e292c9880d4992f02c0196d3ea468" },
  },
};
