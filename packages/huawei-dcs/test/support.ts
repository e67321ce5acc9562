// Shared by the test files: the msw server, the document's request example and test credentials.
import { operations } from "../src/generated/operations.js";

export { snapshot, until, useMsw } from "@loglink/test-support/msw";

/** The Chinese edition's example request (the English one has `{dcs_endpoint}` for the host). */
export const documented = {
  region: "cn-south-1",
  projectId: "0524e839a54847039e9b2b46e8aa788a",
  input: { instance_id: "5c597ce5-9823-48aa-bf4d-2defb9385b4a", id: "3ea6ce21-048e-447a-83c3-3fb004b88439" },
  url: "https://dcs.cn-south-1.myhuaweicloud.com/v2/0524e839a54847039e9b2b46e8aa788a/instances/5c597ce5-9823-48aa-bf4d-2defb9385b4a/redislog/3ea6ce21-048e-447a-83c3-3fb004b88439/links",
};

/** The spec's examples per documented status (`null` where it documents none). */
export const examples = operations.createRedislogDownloadLink.responses;

export const token = "MIIT-test-token.value";
export const credentials = { accessKeyId: "HUAWEITESTAK00000000", secretAccessKey: "HUAWEITESTSK1111111111111111111111111111" };
