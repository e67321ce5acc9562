import { describe, expect, it } from "vitest";
import { type CreateRedislogDownloadLinkInput, createHuaweiDcsClient, InvalidParameterError } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { documented, token, useMsw } from "./support.js";

const { server, requests } = useMsw();

describe("inputs the spec rejects are refused before anything is sent", () => {
  const { instance_id, id } = documented.input;
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["missing id", { instance_id }, "id", 'createRedislogDownloadLink: "id" is required'],
    ["an empty instance_id", { instance_id: "", id }, "instance_id", 'createRedislogDownloadLink: "instance_id" must not be empty (got "")'],
    ["a / in instance_id", { instance_id: "a/b", id }, "instance_id", 'createRedislogDownloadLink: "instance_id" must not contain "/" or "\\" (got "a/b")'],
    [
      "a percent-escape in id",
      { instance_id, id: "%2e%2e" },
      "id",
      'createRedislogDownloadLink: "id" must not be "." or ".." (also percent-encoded) (got "%2e%2e")',
    ],
    ["id as a number", { instance_id, id: 42 }, "id", 'createRedislogDownloadLink: "id" must be a string (got 42)'],
    [
      "an unknown key (a typo)",
      { instance_id, log_id: id },
      "log_id",
      'createRedislogDownloadLink: unknown parameter "log_id" (known: project_id, instance_id, id)',
    ],
  ];

  it.each(cases)("%s", async (_, input, parameter, message) => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token } });
    const error = await dcs.createRedislogDownloadLink(input as unknown as CreateRedislogDownloadLinkInput).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([(error as InvalidParameterError).parameter, (error as InvalidParameterError).message]).toEqual([parameter, message]);
    expect(requests).toHaveLength(0);
  });
});

describe("ids outside the patterns the spec once guessed from the examples", () => {
  it("are sent, percent-encoded where needed", async () => {
    server.use(...handlers);
    // A 31-character project id, an underscore and a dot: no DCS table or model forbids them.
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: "0524e839a54847039e9b2b46e8aa788", credentials: { token } });
    await dcs.createRedislogDownloadLink({ instance_id: "dcs_instance.1", id: "log id+1" });

    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      "/v2/0524e839a54847039e9b2b46e8aa788/instances/dcs_instance.1/redislog/log%20id%2B1/links",
    ]);
  });
});
