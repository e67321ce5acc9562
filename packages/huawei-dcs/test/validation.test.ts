import { describe, expect, it } from "vitest";
import { createHuaweiDcsClient, type CreateRedislogDownloadLinkInput, InvalidParameterError } from "../src/index.js";
import { documented, token, useMsw } from "./support.js";

const { requests } = useMsw();

describe("inputs the spec rejects are refused before anything is sent", () => {
  const { instance_id, id } = documented.input;
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["missing id", { instance_id }, "id", 'createRedislogDownloadLink: "id" is required'],
    ["an empty instance_id", { instance_id: "", id }, "instance_id", 'createRedislogDownloadLink: "instance_id" must not be empty (got "")'],
    ["a / in instance_id", { instance_id: "a/b", id }, "instance_id", 'createRedislogDownloadLink: "instance_id" must match /^[A-Za-z0-9-]+$/ (got "a/b")'],
    ["a percent-escape in id", { instance_id, id: "%2e%2e" }, "id", 'createRedislogDownloadLink: "id" must match /^[A-Za-z0-9-]+$/ (got "%2e%2e")'],
    ["id as a number", { instance_id, id: 42 }, "id", 'createRedislogDownloadLink: "id" must be a string (got 42)'],
    ["an unknown key (a typo)", { instance_id, log_id: id }, "log_id", 'createRedislogDownloadLink: unknown parameter "log_id" (known: project_id, instance_id, id)'],
  ];

  it.each(cases)("%s", async (_, input, parameter, message) => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token } });
    const error = await dcs
      .createRedislogDownloadLink(input as unknown as CreateRedislogDownloadLinkInput)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([(error as InvalidParameterError).parameter, (error as InvalidParameterError).message]).toEqual([parameter, message]);
    expect(requests).toHaveLength(0);
  });

  it("a projectId that is not 32 letters and digits", async () => {
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: "0524e839a54847039e9b2b46e8aa788", credentials: { token } });
    const error = await dcs.createRedislogDownloadLink(documented.input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).message).toBe(
      'createRedislogDownloadLink: "project_id" must match /^[a-zA-Z0-9]{32}$/ (got "0524e839a54847039e9b2b46e8aa788")',
    );
    expect(requests).toHaveLength(0);
  });
});
