import { describe, expect, it, vi } from "vitest";
import { InvalidParameterError } from "../src/index.js";
import { handlers } from "../src/mocks.js";
import { answerEvery, client, finished, INSTANCE_ID, PATH, PROJECT_ID, URL_EU_DE, useMsw } from "./support.js";

const { server } = useMsw();

/** Answers every request with the document's example and records what arrived. */
const capture = () => answerEvery(server, finished);

describe("downloadErrorlog", () => {
  it("sends the documented request (POST, no body, X-Auth-Token) and returns the documented answer", async () => {
    const seen = capture();
    const answer = await client().downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(answer).toEqual(finished);
    expect(answer.list?.[0]?.file_link).toBe(finished.list[0].file_link);
    expect(seen).toEqual([
      {
        method: "POST",
        // The document's example request, on the default region eu-de.
        url: "https://rds.eu-de.otc.t-systems.com/v3/0483b6b16e954cb88930a360d2c4e663/instances/3d39c18788b54a919bab633874c159dfin03/errorlog-download",
        headers: { "content-type": "application/json", "x-auth-token": "TOKEN-abc" },
        hasBody: false,
        body: "",
      },
    ]);
  });

  it.each([
    ["eu-de", "https://rds.eu-de.otc.t-systems.com"],
    ["eu-nl", "https://rds.eu-nl.otc.t-systems.com"],
    ["eu-ch2", "https://rds.eu-ch2.sc.otc.t-systems.com"],
  ])("sends region %s to %s", async (region, origin) => {
    const seen = capture();
    await client({ region }).downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(seen.map((request) => request.url)).toEqual([`${origin}${PATH}`]);
  });

  it("replaces the host with endpoint and keeps the API's path", async () => {
    const seen = capture();
    await client({ endpoint: "http://127.0.0.1:8080" }).downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(seen.map((request) => request.url)).toEqual([`http://127.0.0.1:8080${PATH}`]);
  });

  it("sends a region id in no table to the newest host family, and refuses what is no region id", async () => {
    const seen = capture();
    await client({ region: "eu-fr" }).downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(new URL(seen[0]!.url).origin).toBe("https://rds.eu-fr.otc.t-systems.com");
    expect(() => client({ region: "eu-fr/x" })).toThrowError(new InvalidParameterError("region", 'region "eu-fr/x" is not a region id such as "cn-north-4"'));
  });

  it("sends client and call headers", async () => {
    const seen = capture();
    await client({ headers: { "X-Client": "c" } }).downloadErrorlog({ instance_id: INSTANCE_ID }, { headers: { "X-Call": "k" } });
    expect(seen[0]!.headers).toEqual({
      "content-type": "application/json",
      "x-auth-token": "TOKEN-abc",
      "x-client": "c",
      "x-call": "k",
    });
  });

  it("accepts ids outside the patterns the spec once guessed from the example", async () => {
    const seen = capture();
    const ids = ["3d39c18788b54a919bab633874c159dfin01", "3D39C18788B54A919BAB633874C159DFin03", "3d39c18788b54a919bab633874c159dfin103"];
    for (const instance_id of ids) await client().downloadErrorlog({ instance_id });
    await client({ projectId: "0483B6B16E954CB88930A360D2C4E663" }).downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(seen.map((request) => request.url)).toEqual([
      ...ids.map((id) => URL_EU_DE.replace(INSTANCE_ID, id)),
      URL_EU_DE.replace("0483b6b16e954cb88930a360d2c4e663", "0483B6B16E954CB88930A360D2C4E663"),
    ]);
  });

  it("refuses only what would change the request's path, before sending", async () => {
    const seen = capture();
    await expect(client().downloadErrorlog({ instance_id: "../x" })).rejects.toThrowError(
      new InvalidParameterError("instance_id", 'downloadErrorlog: "instance_id" must not contain "/" or "\\" (got "../x")'),
    );
    expect(() => client({ projectId: ".." })).toThrowError(InvalidParameterError);
    expect(seen).toHaveLength(0);
  });

  it("sends the optional X-Language header of Huawei's model only when given", async () => {
    const seen = capture();
    await client().downloadErrorlog({ instance_id: INSTANCE_ID, "X-Language": "en-us" });
    await client().downloadErrorlog({ instance_id: INSTANCE_ID });
    expect(seen.map((request) => request.headers["x-language"])).toEqual(["en-us", undefined]);
  });

  it("uses a custom fetch", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json(finished));
    await expect(client({ fetch: fetch as typeof globalThis.fetch }).downloadErrorlog({ instance_id: INSTANCE_ID })).resolves.toEqual(finished);
    expect(fetch.mock.calls.map(([request]) => request.url)).toEqual([URL_EU_DE]);
  });
});

describe("raw", () => {
  it("is the typed openapi-fetch client, authenticated", async () => {
    const seen = capture();
    const { data, response } = await client().raw.POST("/v3/{project_id}/instances/{instance_id}/errorlog-download", {
      params: { path: { project_id: PROJECT_ID, instance_id: INSTANCE_ID } },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("finish");
    expect(seen.map(({ method, url, headers }) => [method, url, headers["x-auth-token"]])).toEqual([["POST", URL_EU_DE, "TOKEN-abc"]]);
  });
});

describe("mocks entry", () => {
  it("answers downloadErrorlog with the documented example on any host", async () => {
    server.use(...handlers);
    await expect(client().downloadErrorlog({ instance_id: INSTANCE_ID })).resolves.toEqual(finished);
    await expect(client({ endpoint: "http://localhost:3000" }).downloadErrorlog({ instance_id: INSTANCE_ID })).resolves.toEqual(finished);
  });
});
