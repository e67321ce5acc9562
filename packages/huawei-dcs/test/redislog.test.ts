import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import {
  ApiError,
  type CreateRedislogInput,
  createHuaweiDcsClient,
  InvalidParameterError,
  InvalidResponseError,
  type ListRedislogInput,
  PaginationError,
  type RunlogItem,
} from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { credentials, documented, snapshot, token, useMsw } from "./support.js";

const { server, requests } = useMsw();
const dcs = (extra: { maxRetries?: number } = {}) =>
  createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials: { token }, ...extra });
const { instance_id } = documented.input;
const redislogUrl = `https://dcs.cn-south-1.myhuaweicloud.com/v2/${documented.projectId}/instances/${instance_id}/redislog`;
const listed = operations.listRedislog.responses["200"].example;

/** Run-log entries shaped like the sheet's constructed cluster page. */
const entry = (n: number): RunlogItem => ({
  id: `3ea6ce21-048e-447a-83c3-3fb004b8843${n}`,
  file_name: `redis_192.168.0.17_2024-05-0${n}.log`,
  group_name: "group-1",
  replication_ip: "192.168.0.17",
  status: "succeed",
  time: `2024-05-0${n}`,
});

/** Answers listRedislog by `offset`/`limit` from `entries`, as the API documents; 204 once past the end. */
function serveEntries(entries: RunlogItem[], { totalNum = true } = {}) {
  server.use(
    http.get(/\/redislog$/, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const offset = Number(query.get("offset") ?? 0);
      const page = entries.slice(offset, offset + Number(query.get("limit") ?? 10));
      if (page.length === 0) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json({ ...(totalNum && { total_num: entries.length }), file_list: page });
    }),
  );
}

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};
const queries = () => requests.map((request) => new URL(request.url).search);

describe("createRedislog", () => {
  it("sends the documented request, no body, and resolves with nothing on the 204", async () => {
    server.use(...handlers);
    const dcs = createHuaweiDcsClient({ region: documented.region, projectId: documented.projectId, credentials });
    const input = { instance_id, query_time: 3, replication_id: "8a1f5e2c-3b7d-4c9e-a0f1-2d3e4f5a6b7c" } as const;

    await expect(dcs.createRedislog(input)).resolves.toBeUndefined();
    const sent = await snapshot(requests[0]!);
    expect([sent.method, sent.url, sent.hasBody]).toEqual([
      "POST",
      `${redislogUrl}?query_time=3&log_type=run&replication_id=8a1f5e2c-3b7d-4c9e-a0f1-2d3e4f5a6b7c`,
      false,
    ]);
    expect(sent.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HUAWEITESTAK00000000, /);
  });

  it("sends only what is given (the default of query_time is the service's) and accepts a 200 without a body", async () => {
    server.use(http.post(/\/redislog$/, () => new HttpResponse(null, { status: 200 })));
    await expect(dcs().createRedislog({ instance_id })).resolves.toBeUndefined();
    expect(queries()).toEqual(["?log_type=run"]);
  });

  it("passes the documented 400 on as an ApiError with its code", async () => {
    server.use(...createHandlers({ status: 400 }));
    const error = await dcs()
      .createRedislog({ instance_id, query_time: 1 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "DCS.4800", message: expect.stringContaining("Invalid logType.") });
  });

  it.each([
    [{ instance_id, query_time: 2 }, "query_time", 'createRedislog: "query_time" must be one of 0, 1, 3, 7 (got 2)'],
    [{ instance_id, query_time: 8 }, "query_time", 'createRedislog: "query_time" must be one of 0, 1, 3, 7 (got 8)'],
    [{ instance_id, log_type: "slow" }, "log_type", 'createRedislog: "log_type" must be one of "run" (got "slow")'],
    [{ instance_id, replication_id: "" }, "replication_id", 'createRedislog: "replication_id" must be at least 1 characters long (got "")'],
  ])("refuses %j before any request", async (input, parameter, message) => {
    const error = await dcs()
      .createRedislog(input as unknown as CreateRedislogInput)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect([(error as InvalidParameterError).parameter, (error as Error).message]).toEqual([parameter, message]);
    expect(requests).toHaveLength(0);
  });
});

describe("listRedislog", () => {
  it("sends log_type=run by default and resolves to the documented page", async () => {
    server.use(...handlers);
    expect(await dcs().listRedislog({ instance_id, offset: 1, limit: 10 })).toEqual(listed);
    const sent = await snapshot(requests[0]!);
    expect([sent.method, sent.url, sent.headers["x-auth-token"]]).toEqual(["GET", `${redislogUrl}?offset=1&limit=10&log_type=run`, token]);
  });

  it("a 204 (no run logs) resolves to {}", async () => {
    server.use(http.get(/\/redislog$/, () => new HttpResponse(null, { status: 204 })));
    expect(await dcs().listRedislog({ instance_id })).toEqual({});
  });

  it.each([
    [{ instance_id, limit: 0 }, "limit", 'listRedislog: "limit" must be >= 1 (got 0)'],
    [{ instance_id, limit: 1001 }, "limit", 'listRedislog: "limit" must be <= 1000 (got 1001)'],
    [{ instance_id, offset: -1 }, "offset", 'listRedislog: "offset" must be >= 0 (got -1)'],
    [{ instance_id, log_type: "slow" }, "log_type", 'listRedislog: "log_type" must be one of "run" (got "slow")'],
  ])("refuses %j before any request", async (input, parameter, message) => {
    const error = await dcs()
      .listRedislog(input as unknown as ListRedislogInput)
      .catch((caught: unknown) => caught);
    expect([(error as InvalidParameterError).parameter, (error as Error).message]).toEqual([parameter, message]);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(requests).toHaveLength(0);
  });
});

describe("paginateListRedislog", () => {
  it("walks a listing that spans several pages, moving the offset by what each page returned", async () => {
    const entries = [1, 2, 3, 4, 5].map(entry);
    serveEntries(entries);
    expect(await collect(dcs().paginateListRedislog({ instance_id, limit: 2 }))).toEqual(entries);
    expect(queries()).toEqual(["?offset=0&limit=2&log_type=run", "?offset=2&limit=2&log_type=run", "?offset=4&limit=2&log_type=run"]);
  });

  it("starts at the input's offset and sends the documented page size 10 by default", async () => {
    serveEntries([1, 2, 3].map(entry));
    expect(await collect(dcs().paginateListRedislog({ instance_id, offset: 1 }))).toEqual([2, 3].map(entry));
    expect(queries()).toEqual(["?offset=1&limit=10&log_type=run"]);
  });

  it("without total_num: stops after a page shorter than the page size", async () => {
    serveEntries([1, 2, 3].map(entry), { totalNum: false });
    expect(await collect(dcs().paginateListRedislog({ instance_id, limit: 2 }))).toHaveLength(3);
    expect(queries()).toHaveLength(2);
  });

  it("without total_num and a last page that is full: ends at the 204 that follows", async () => {
    serveEntries([1, 2].map(entry), { totalNum: false });
    expect(await collect(dcs().paginateListRedislog({ instance_id, limit: 2 }))).toHaveLength(2);
    expect(queries()).toHaveLength(2);
  });

  it.each([
    ["a 204", () => new HttpResponse(null, { status: 204 })],
    ["total_num 0", () => HttpResponse.json({ total_num: 0, file_list: [] })],
    ["no file_list", () => HttpResponse.json({ total_num: 0 })],
  ])("an empty listing (%s): no items, one request", async (_, answer) => {
    server.use(http.get(/\/redislog$/, answer));
    expect(await collect(dcs().paginateListRedislog({ instance_id }))).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it("a page that repeats (the offset ignored) ends with PaginationError, nothing yielded twice", async () => {
    server.use(http.get(/\/redislog$/, () => HttpResponse.json({ total_num: 3, file_list: [entry(1), entry(2)] })));
    const seen: RunlogItem[] = [];
    const walk = async () => {
      for await (const item of dcs().paginateListRedislog({ instance_id, limit: 2 })) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(PaginationError);
    expect(seen).toEqual([entry(1), entry(2)]);
    expect(requests).toHaveLength(2);
  });

  it("an answer whose file_list is not a list is an InvalidResponseError", async () => {
    server.use(http.get(/\/redislog$/, () => HttpResponse.json({ total_num: 1, file_list: "x" })));
    await expect(collect(dcs().paginateListRedislog({ instance_id }))).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("the mocks' documented page (total_num 1) is one page", async () => {
    server.use(...handlers);
    expect(await collect(dcs().paginateListRedislog({ instance_id }))).toEqual(listed.file_list);
    expect(requests).toHaveLength(1);
  });

  it("the mocks shape a listing of several pages from the request's offset, and an empty one", async () => {
    const entries = [1, 2, 3].map(entry);
    server.use(
      ...createHandlers({
        answers: {
          listRedislog: ({ input }) => {
            const page = entries.slice(Number(input.offset), Number(input.offset) + Number(input.limit));
            return page.length > 0 ? { body: { total_num: entries.length, file_list: page } } : { status: 204, body: null };
          },
        },
      }),
    );
    expect(await collect(dcs().paginateListRedislog({ instance_id, limit: 2 }))).toEqual(entries);
    expect(await collect(dcs().paginateListRedislog({ instance_id, offset: 3 }))).toEqual([]);
    expect(queries()).toEqual(["?offset=0&limit=2&log_type=run", "?offset=2&limit=2&log_type=run", "?offset=3&limit=10&log_type=run"]);
  });

  it("break stops requesting", async () => {
    serveEntries([1, 2, 3, 4].map(entry));
    for await (const item of dcs().paginateListRedislog({ instance_id, limit: 2 })) {
      expect(item).toEqual(entry(1));
      break;
    }
    expect(requests).toHaveLength(1);
  });
});
