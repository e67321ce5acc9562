// links.get() from an instance id alone: DCS lists (and optionally collects) run logs, JD Cloud lists
// log files; each listed log gets one link.
import { readFileSync } from "node:fs";
import * as core from "@loglink/core";
import { handlers as huaweiDcs } from "@loglink/huawei-dcs/mocks";
import { handlers as jdcloudRds } from "@loglink/jdcloud-rds/mocks";
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { operations as dcsOperations } from "../../huawei-dcs/src/generated/operations.js";
import { operations as jdOperations } from "../../jdcloud-rds/src/generated/operations.js";
import * as facade from "../src/index.js";
import { createLogLinks, type DownloadLink, InvalidParameterError, normalizeJdcloudRdsLog, WaiterError } from "../src/index.js";
import { examples } from "./documents.js";

const server = setupServer();
const sent: Request[] = [];
server.events.on("request:start", ({ request }) => void sent.push(request.clone()));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  sent.length = 0;
  vi.useRealTimers();
});
afterAll(() => server.close());

const calls = () => sent.map((request) => `${request.method} ${decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search)}`);
const accessKey = { accessKeyId: "AKEXAMPLE", secretAccessKey: "secret-example" };
/** The sheet's documented describeLogs answer, read from the document itself. */
const sheet = readFileSync(new URL("../../../specs/jdcloud-rds/source/jdcloud-rds-describeLogs.md", import.meta.url), "utf8");
const documentedLogs = JSON.parse(/Documented response \(values restated\):\n\n```json\n([\s\S]*?)```/.exec(sheet)![1]!);

describe("jdcloud-rds without logId", () => {
  const links = createLogLinks({ provider: "jdcloud-rds", region: "cn-north-1", credentials: accessKey });
  const mysql = { instanceId: "mysql-k67q8n46si", seconds: 3600 };

  it("lists the instance's logs and links each: name, size and time from the listing", async () => {
    server.use(...jdcloudRds);
    const list = await links.get(mysql);
    expect(calls()).toEqual([
      "GET /v1/regions/cn-north-1/instances/mysql-k67q8n46si/log:describeLogs?pageNumber=1&pageSize=100",
      "POST /v1/regions/cn-north-1/instances/mysql-k67q8n46si/log/33083536-e9d8-463d-8f10-49b98d13a48c:updateLogDownloadURLInternal",
    ]);
    expect(await sent[1]!.json()).toEqual({ seconds: 3600 });
    const [log] = documentedLogs.result.logs;
    expect(list).toEqual([
      {
        provider: "jdcloud-rds",
        url: examples.jdcloudRds.result.publicURL,
        internalUrl: examples.jdcloudRds.result.internalURL,
        fileName: "mysql-slowlog-20200108_1054.log",
        sizeBytes: 198,
        expiresAt: new Date("2020-01-08T04:13:19.000Z"),
        // 2020-01-08T10:54:28 at UTC+08:00
        updatedAt: new Date("2020-01-08T02:54:28.000Z"),
        raw: { ...log, ...examples.jdcloudRds.result },
      },
    ]);
  });

  it("uses the links a listed log carries, without a link call", async () => {
    const log = {
      id: "postgresql-1",
      name: "postgresql-20200108_1100.log",
      sizeByte: 4096,
      lastModified: "2020-01-08T11:00:00Z",
      publicURL: "http://s3.cn-north-1.jcloudcs.com/a/postgresql-20200108_1100.log?X-Amz-Date=20200108T031319Z&X-Amz-Expires=300",
      internalURL: "",
    };
    server.use(http.get(/describeLogs$/, () => HttpResponse.json({ result: { logs: [log], totalCount: 1 } })));
    const list = await links.get({ instanceId: "pg-x2fyuzvwak", seconds: 3600 });
    expect(sent).toHaveLength(1);
    expect(list).toEqual([
      {
        provider: "jdcloud-rds",
        url: log.publicURL,
        internalUrl: undefined,
        fileName: log.name,
        sizeBytes: 4096,
        expiresAt: new Date("2020-01-08T03:18:19.000Z"),
        updatedAt: new Date("2020-01-08T11:00:00.000Z"),
        raw: log,
      },
    ]);
  });

  it("walks every page and links a log listed on two pages once", async () => {
    const logs = ["a", "b", "c", "d"].map((id) => ({ id, name: `${id}.log` }));
    // Two per page, and page 2 shifted back by one (a log was added meanwhile): b comes twice.
    const pages: Record<string, typeof logs> = { "1": [logs[0]!, logs[1]!], "2": [logs[1]!, logs[2]!], "3": [logs[3]!] };
    server.use(
      http.get(/describeLogs$/, ({ request }) =>
        HttpResponse.json({ result: { logs: pages[new URL(request.url).searchParams.get("pageNumber")!], totalCount: 5 } }),
      ),
      http.post(/updateLogDownloadURLInternal$/, ({ request }) => {
        const id = /log\/(\w+)%3A/.exec(request.url)![1];
        return HttpResponse.json({ result: { publicURL: `https://s3.example/${id}.log` } });
      }),
    );
    const list = await links.get(mysql);
    expect(list.map((link) => link.url)).toEqual(["a", "b", "c", "d"].map((id) => `https://s3.example/${id}.log`));
    expect(calls().filter((call) => call.startsWith("POST"))).toHaveLength(4);
  });

  it("says plainly when the link call refuses a log of an instance that is not PostgreSQL", async () => {
    server.use(
      http.post(/updateLogDownloadURLInternal$/, () =>
        HttpResponse.json({ requestId: "r-1", error: { code: 400, status: "INVALID_ARGUMENT", message: "not supported" } }, { status: 400 }),
      ),
      ...jdcloudRds,
    );
    const error = await links.get(mysql).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(core.ApiError);
    expect((error as Error).message).toBe(
      "jdcloud-rds updateLogDownloadURLInternal: HTTP 400 Bad Request INVALID_ARGUMENT: not supported (request id r-1) — JD Cloud documents updateLogDownloadURLInternal for PostgreSQL instances only, and mysql-k67q8n46si lists this log without a download link; ask JD Cloud for the link with describeLogDownloadURL or in the console",
    );
    const pgError = await links.get({ instanceId: "pg-x2fyuzvwak", seconds: 60 }).catch((caught: unknown) => caught);
    expect((pgError as Error).message).not.toContain("PostgreSQL");
  });

  it("refuses a bad seconds before listing anything", async () => {
    await expect(links.get({ instanceId: "mysql-k67q8n46si", seconds: 0 })).rejects.toBeInstanceOf(InvalidParameterError);
    expect(sent).toHaveLength(0);
  });

  it("no logs: no links, one request", async () => {
    server.use(http.get(/describeLogs$/, () => HttpResponse.json({ requestId: "r", result: { logs: [], totalCount: 0 } })));
    expect(await links.get(mysql)).toEqual([]);
    expect(sent).toHaveLength(1);
  });
});

describe("huawei-dcs without id", () => {
  const links = createLogLinks({
    provider: "huawei-dcs",
    region: "cn-south-1",
    projectId: "0524e839a54847039e9b2b46e8aa788a",
    credentials: { token: "iam-token" },
  });
  const instance_id = "5c597ce5-9823-48aa-bf4d-2defb9385b4a";
  const base = `/v2/0524e839a54847039e9b2b46e8aa788a/instances/${instance_id}/redislog`;
  const entry = (id: string, status = "succeed") => ({ id, file_name: `redis_192.168.0.17_${id}.log`, status, time: "2024-05-02" });
  /** Link answers naming the entry, and the entries' ids each link call asked for. */
  const serveLinks = () => {
    const asked: string[] = [];
    server.use(
      http.post(/\/redislog\/[\w-]+\/links$/, ({ request }) => {
        const id = /redislog\/([\w-]+)\/links$/.exec(request.url)![1]!;
        asked.push(id);
        return HttpResponse.json({
          id,
          link: `https://bucket.obs.cn-south-1.myhuaweicloud.com:443/x/${id}.log?AWSAccessKeyId=a&Expires=1700000000&Signature=s`,
        });
      }),
    );
    return asked;
  };

  it("lists the run logs and links each: the documented listing and link", async () => {
    server.use(...huaweiDcs);
    const list = await links.get({ instance_id });
    expect(calls()).toEqual([`GET ${base}?offset=0&limit=10&log_type=run`, `POST ${base}/e79f2d97-e972-41f2-b51c-d18f65f39a45/links`]);
    const listed = dcsOperations.listRedislog.responses["200"].example.file_list[0];
    expect(list).toEqual([
      {
        provider: "huawei-dcs",
        url: examples.huaweiDcsEnglish.link,
        fileName: "redis_192.168.0.142_2021-04-16.log",
        expiresAt: undefined,
        raw: { ...listed, ...examples.huaweiDcsEnglish },
      },
    ]);
  });

  it("walks every page, links only ready entries, and each id once", async () => {
    const entries = [...Array.from({ length: 10 }, (_, i) => entry(`e${i}`)), entry("e10", "creating"), entry("e11", "FAILED"), entry("e12", "Succeed")];
    server.use(
      http.get(/\/redislog$/, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get("offset"));
        // The second page starts one early (an entry was added meanwhile): e9 comes twice.
        const page = offset === 0 ? entries.slice(0, 10) : entries.slice(offset - 1);
        return HttpResponse.json({ total_num: entries.length, file_list: page });
      }),
    );
    const asked = serveLinks();
    const list = await links.get({ instance_id });
    expect(calls().filter((call) => call.startsWith("GET"))).toEqual([
      `GET ${base}?offset=0&limit=10&log_type=run`,
      `GET ${base}?offset=10&limit=10&log_type=run`,
    ]);
    expect(asked.sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `e${i}`), "e12"].sort());
    expect(list.map((link) => link.fileName)).toEqual([...Array.from({ length: 10 }, (_, i) => `redis_192.168.0.17_e${i}.log`), "redis_192.168.0.17_e12.log"]);
    expect(list[0]!.expiresAt).toEqual(new Date(1_700_000_000_000));
  });

  it("no run logs (204): no links, one request", async () => {
    server.use(http.get(/\/redislog$/, () => new HttpResponse(null, { status: 204 })));
    expect(await links.get({ instance_id })).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it.each([
    [{ instance_id, collect: 2 }, "collect", "huawei-dcs: collect must be one of 0, 1, 3, 7 days (got 2)"],
    [
      { instance_id, id: "x", collect: 1 },
      "collect",
      "huawei-dcs: collect and replication_id are for listing without id; with id only that log's link is made",
    ],
    [{ instance_id, replication_id: "r" }, "replication_id", "huawei-dcs: replication_id says which replica to collect from, so it needs collect"],
    [{ instance_id, limt: 5 }, "limt", 'listRedislog: unknown parameter "limt" (known: project_id, instance_id, offset, limit, log_type)'],
  ])("refuses %j before any request", async (input, parameter, message) => {
    const error = await links.get(input as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([(error as InvalidParameterError).parameter, (error as Error).message]).toEqual([parameter, message]);
    expect(sent).toHaveLength(0);
  });

  describe("collect", () => {
    /** Serves the listing: `before` until the collection is accepted, then each of `after` per poll (the last repeats). */
    function serveCollection(before: object[], ...after: object[][]) {
      let collected = false;
      let polls = 0;
      server.use(
        http.post(/\/redislog$/, () => {
          collected = true;
          return new HttpResponse(null, { status: 204 });
        }),
        http.get(/\/redislog$/, () => {
          const list = collected ? after[Math.min(polls++, after.length - 1)]! : before;
          return list.length === 0 ? new HttpResponse(null, { status: 204 }) : HttpResponse.json({ total_num: list.length, file_list: list });
        }),
      );
    }
    const settle = async <T>(promise: Promise<T>, ms: number) => {
      const outcome = promise.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(ms);
      return outcome;
    };

    it("collects, waits until the new entries are listed and ready, and links only those", async () => {
      vi.useFakeTimers();
      serveCollection([entry("old")], [entry("old")], [entry("old"), entry("new-1", "creating")], [entry("old"), entry("new-1"), entry("new-2")]);
      const asked = serveLinks();
      const list = (await settle(links.get({ instance_id, collect: 3, replication_id: "8a1f5e2c-3b7d-4c9e-a0f1-2d3e4f5a6b7c" }), 60_000)) as DownloadLink[];
      expect(calls().slice(0, 2)).toEqual([
        `GET ${base}?offset=0&limit=10&log_type=run`,
        `POST ${base}?query_time=3&log_type=run&replication_id=8a1f5e2c-3b7d-4c9e-a0f1-2d3e4f5a6b7c`,
      ]);
      expect(calls().filter((call) => call.startsWith("GET"))).toHaveLength(4);
      expect(asked.sort()).toEqual(["new-1", "new-2"]);
      expect(list.map((link) => link.fileName)).toEqual(["redis_192.168.0.17_new-1.log", "redis_192.168.0.17_new-2.log"]);
    });

    it("gives up after maxWaitMs with a WaiterError that says what it waited for", async () => {
      vi.useFakeTimers();
      serveCollection([], []);
      const error = await settle(links.get({ instance_id, collect: 0 }, { maxWaitMs: 20_000 }), 30_000);
      expect(error).toBeInstanceOf(WaiterError);
      expect(error).toMatchObject({ reason: "deadline" });
      expect((error as Error).message).toMatch(
        new RegExp(
          `^huawei-dcs listRedislog \\(instance_id ${instance_id}\\): the deadline passed before the resource reached a terminal state \\(\\d+ polls in 20\\.\\d s, last status 0 new run log\\(s\\): none yet\\) — collecting 0 day\\(s\\) of run logs: no new run log was ready within 20000 ms \\(DCS may still be collecting, or the period had no log lines\\); wait longer with maxWaitMs, or list without collect$`,
        ),
      );
    });

    it("a new entry that failed ends the wait with WaiterError('failed')", async () => {
      vi.useFakeTimers();
      serveCollection([], [entry("new", "failed")]);
      const error = await settle(links.get({ instance_id, collect: 1 }), 10_000);
      expect(error).toMatchObject({ name: "WaiterError", reason: "failed" });
      expect((error as Error).message).toContain("a new run-log entry reports a failed status");
    });
  });
});

describe("get options", () => {
  it("timeoutMs limits each attempt", async () => {
    server.use(
      http.post(/\/links$/, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const links = createLogLinks({
      provider: "huawei-dcs",
      region: "cn-south-1",
      projectId: "0524e839a54847039e9b2b46e8aa788a",
      credentials: { token: "t" },
      maxRetries: 0,
    });
    const error = await links.get({ instance_id: "i-1", id: "l-1" }, { timeoutMs: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(core.TimeoutError);
    expect((error as Error).message).toBe("huawei-dcs createRedislogDownloadLink: no complete response within 50 ms");
  }, 5_000);

  it("maxWaitMs bounds OTC's export wait", async () => {
    server.use(http.post(/\/errorlog-download$/, () => HttpResponse.json({ list: [], status: "CREATING" })));
    const links = createLogLinks({ provider: "otc-rds", region: "eu-de", projectId: "0483b6b16e954cb88930a360d2c4e663", credentials: { token: "t" } });
    const error = await links.get({ instance_id: "3d39c18788b54a919bab633874c159dfin03" }, { maxWaitMs: 0 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "WaiterError", reason: "deadline" });
    expect(sent).toHaveLength(2);
  }, 5_000);
});

describe("the facade's exports", () => {
  it("re-exports every error class of @loglink/core, the same classes", () => {
    const errorClasses = Object.entries(core).filter(([name, value]) => typeof value === "function" && /Error$/.test(name));
    expect(errorClasses.map(([name]) => name)).toEqual(expect.arrayContaining(["NotFoundError", "RateLimitError", "InternalServerError"]));
    for (const [name, value] of errorClasses) expect([name, (facade as Record<string, unknown>)[name]]).toEqual([name, value]);
  });

  it("collect takes exactly the query_time values the DCS spec documents", () => {
    const queryTime = dcsOperations.createRedislog.parameters.find((parameter) => parameter.name === "query_time")!;
    expect([...facade.collectDays]).toEqual([...queryTime.schema.enum]);
  });
});

describe("normalizeJdcloudRdsLog", () => {
  it("reads a zone-less lastModified as UTC+08:00 and one with a zone as given; no link, no DownloadLink", () => {
    const time = (lastModified: string) => normalizeJdcloudRdsLog({ publicURL: "https://h/f", lastModified })[0]!.updatedAt;
    expect(time("2020-01-08T10:54:28")).toEqual(new Date("2020-01-08T02:54:28Z"));
    expect(time("2020-01-08T10:54:28Z")).toEqual(new Date("2020-01-08T10:54:28Z"));
    expect(time("2020-01-08T10:54:28+01:00")).toEqual(new Date("2020-01-08T09:54:28Z"));
    expect(time("yesterday")).toBeUndefined();
    expect(normalizeJdcloudRdsLog(documentedLogs.result.logs[0])).toEqual([]);
  });

  it("the documented listing has the spec's 200 example", () => {
    expect(jdOperations.describeLogs.responses["200"].example).toEqual(documentedLogs);
  });
});
