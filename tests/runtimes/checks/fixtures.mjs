// What the checks send and the loopback server expects: credentials and the documents' own ids;
// and the checks' names.
/** Every check, in the matrix's row order. */
export const CHECKS = [
  "jdcloud-rds AK/SK",
  "otc-rds AK/SK",
  "huawei-dcs AK/SK",
  "huawei-audit AK/SK",
  "token (otc, dcs, audit)",
  "404 is an ApiError",
  "OTC waiter",
  "audit paginator",
  "facade createLogLinks",
  "raw: new Request",
  "raw: reads the body",
  "bytes body signed",
  "download() (loglink/node)",
];

export const ACCESS_KEY = { accessKeyId: "AKRUNTIMEMATRIX", secretAccessKey: "runtime-matrix-secret" };
export const TOKEN = "runtime-matrix-token";
/** The file `download()` fetches from the server. */
export const FILE_PATH = "/files/runtime.log";

export const IDS = {
  jdcloud: { region: "cn-north-1", instanceId: "pg-x2fyuzvwak", logId: "postgresql-0ab4d726-b4a4-46ef-9dc4-66e37e060833" },
  otc: {
    region: "eu-de",
    projectId: "0483b6b16e954cb88930a360d2c4e663",
    instanceId: "3d39c18788b54a919bab633874c159dfin03",
    /** answered CREATING once per runtime, then as documented */
    waitInstanceId: "3d39c18788b54a919bab633874c159dfin04",
    /** answered 404 */
    missingInstanceId: "3d39c18788b54a919bab633874c159dfin00",
  },
  dcs: {
    region: "cn-south-1",
    projectId: "0524e839a54847039e9b2b46e8aa788a",
    instanceId: "5c597ce5-9823-48aa-bf4d-2defb9385b4a",
    id: "3ea6ce21-048e-447a-83c3-3fb004b88439",
  },
  audit: {
    region: "cn-north-4",
    projectId: "054e292c9880d4992f02c0196d3ea468",
    instanceId: "669a94abef9f4979b2dfba92f48f4042in07",
    startTime: "2023-07-24T09:27:00+0800",
    endTime: "2023-07-25T15:00:14+0800",
  },
};
