// Shared by the test files: the msw server, the document's request example and test credentials.
import { operations } from "../src/generated/operations.js";

export { snapshot, until, useMsw } from "@loglink/test-support/msw";

/** The document's request example (its Java sample: instance, log, 3600 seconds, cn-north-1). */
export const documented = {
  region: "cn-north-1",
  input: { instanceId: "pg-x2fyuzvwak", logId: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833", seconds: 3600 },
  url: "https://rds.jdcloud-api.com/v1/regions/cn-north-1/instances/pg-x2fyuzvwak/log/postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833%3AupdateLogDownloadURLInternal",
};

/** The spec's examples per documented status (`default` included). */
export const examples = operations.updateLogDownloadURLInternal.responses;

export const credentials = { accessKeyId: "TESTAK0000000000000000", secretAccessKey: "TESTSK1111111111111111" };
