import { describe, expect, it } from "vitest";
import { createJdcloudRdsClient, InvalidParameterError, type UpdateLogDownloadURLInternalInput } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { credentials, documented, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();
const rds = () => createJdcloudRdsClient({ region: documented.region, credentials });

describe("inputs the spec rejects are refused before anything is sent", () => {
  const { instanceId, logId } = documented.input;
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["seconds below 1", { instanceId, logId, seconds: 0 }, "seconds", 'updateLogDownloadURLInternal: "seconds" must be >= 1 (got 0)'],
    ["seconds above 86400", { instanceId, logId, seconds: 86401 }, "seconds", 'updateLogDownloadURLInternal: "seconds" must be <= 86400 (got 86401)'],
    ["fractional seconds", { instanceId, logId, seconds: 1.5 }, "seconds", 'updateLogDownloadURLInternal: "seconds" must be an integer (got 1.5)'],
    ["seconds as a string", { instanceId, logId, seconds: "3600" }, "seconds", 'updateLogDownloadURLInternal: "seconds" must be an integer (got "3600")'],
    ["missing seconds", { instanceId, logId }, "seconds", 'updateLogDownloadURLInternal: "seconds" is required'],
    ["an empty instanceId", { instanceId: "", logId, seconds: 1 }, "instanceId", 'updateLogDownloadURLInternal: "instanceId" must not be empty (got "")'],
    ["a / in logId", { instanceId, logId: "a/b", seconds: 1 }, "logId", 'updateLogDownloadURLInternal: "logId" must match /^(?!\\.\\.?$)[^/]+$/ (got "a/b")'],
    ["logId ..", { instanceId, logId: "..", seconds: 1 }, "logId", 'updateLogDownloadURLInternal: "logId" must match /^(?!\\.\\.?$)[^/]+$/ (got "..")'],
    [
      "a regionId that is no region",
      { instanceId, logId, seconds: 1, regionId: "cn_north_1" },
      "regionId",
      'updateLogDownloadURLInternal: "regionId" must match /^[a-z]{2}-[a-z]+-[0-9]+$/ (got "cn_north_1")',
    ],
    [
      "an unknown key (a typo)",
      { instanceId, logId, second: 1 },
      "second",
      'updateLogDownloadURLInternal: unknown parameter "second" (known: regionId, instanceId, logId, seconds)',
    ],
  ];

  it.each(cases)("%s", async (_, input, parameter, message) => {
    const error = await rds()
      .updateLogDownloadURLInternal(input as unknown as UpdateLogDownloadURLInternalInput)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([(error as InvalidParameterError).parameter, (error as InvalidParameterError).message]).toEqual([parameter, message]);
    expect(requests).toHaveLength(0);
  });
});

describe("inputs at the limits are sent", () => {
  it.each([1, 86400])("seconds %i", async (seconds) => {
    server.use(...handlers);
    await rds().updateLogDownloadURLInternal({ ...documented.input, seconds });

    expect((await snapshot(requests[0]!)).body).toBe(`{"seconds":${seconds}}`);
  });

  it("a region that is not among the documented examples (JD opens new regions)", async () => {
    server.use(...handlers);
    await createJdcloudRdsClient({ region: "cn-north-9", credentials }).updateLogDownloadURLInternal(documented.input);

    expect((await snapshot(requests[0]!)).url).toBe(documented.url.replace("/regions/cn-north-1/", "/regions/cn-north-9/"));
  });
});
