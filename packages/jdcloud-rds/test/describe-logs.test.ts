import { expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { operations } from "../src/generated/operations.js";
import {
  ApiError,
  createJdcloudRdsClient,
  type DescribeLogsInput,
  InvalidParameterError,
  InvalidResponseError,
  PaginationError,
  type RdsLogFile,
} from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { credentials, snapshot, useMsw } from "./support.js";

const { server, requests } = useMsw();
afterEach(() => vi.restoreAllMocks());

const rds = () => createJdcloudRdsClient({ region: "cn-north-1", credentials });
const instanceId = "mysql-k67q8n46si";
// The sheet's documented request, as the SDKs send it.
const documentedUrl = "https://rds.jdcloud-api.com/v1/regions/cn-north-1/instances/mysql-k67q8n46si/log%3AdescribeLogs";
const documentedPage = operations.describeLogs.responses["200"].example;

const log = (n: number): RdsLogFile => ({
  id: `33083536-e9d8-463d-8f10-49b98d13a4${String(n).padStart(2, "0")}`,
  name: `mysql-slowlog-20200108_10${String(n).padStart(2, "0")}.log`,
  sizeByte: 100 + n,
  lastModified: "2020-01-08T10:54:28",
});

/** Answers describeLogs by `pageNumber`/`pageSize` from `logs`; past the end, the last page (older docs). */
function serveLogs(logs: RdsLogFile[], { listName = "logs", totalCount = true } = {}) {
  server.use(
    http.get(/log(?:%3A|:)describeLogs$/, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const size = Number(query.get("pageSize") ?? 100);
      const lastPage = Math.max(1, Math.ceil(logs.length / size));
      const number = Math.min(Number(query.get("pageNumber") ?? 1), lastPage);
      const page = logs.slice((number - 1) * size, number * size);
      return HttpResponse.json({ requestId: `r${number}`, result: { [listName]: page, ...(totalCount && { totalCount: logs.length }) } });
    }),
  );
}
const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};
const queries = () => requests.map((request) => new URL(request.url).search);

describe("describeLogs", () => {
  it("sends the documented request, signed, and resolves to the documented page", async () => {
    server.use(...handlers);
    expect(await rds().describeLogs({ instanceId })).toEqual(documentedPage);

    const sent = await snapshot(requests[0]!);
    expect([sent.method, sent.url, sent.hasBody]).toEqual(["GET", documentedUrl, false]);
    expect(sent.headers.authorization).toBe(expectedJdcloudAuthorization(sent, credentials.accessKeyId, credentials.secretAccessKey, "cn-north-1", "rds"));
  });

  it("encodes filters exactly as jdcloud-sdk-js (the sheet's constructed query), and signs them", async () => {
    server.use(...handlers);
    await rds().describeLogs({
      instanceId,
      pageNumber: 1,
      pageSize: 10,
      filters: [{ operator: "eq", values: ["SLOW_LOG"], name: "logType" }],
    });
    const sent = await snapshot(requests[0]!);
    expect(sent.url).toBe(`${documentedUrl}?pageNumber=1&pageSize=10&filters.1.name=logType&filters.1.values.1=SLOW_LOG&filters.1.operator=eq`);
    expect(sent.headers.authorization).toBe(expectedJdcloudAuthorization(sent, credentials.accessKeyId, credentials.secretAccessKey, "cn-north-1", "rds"));
  });

  it("numbers several filters and values from 1, operator only when given", async () => {
    server.use(...handlers);
    await rds().describeLogs({
      instanceId,
      filters: [
        { name: "logType", values: ["SLOW_LOG", "ERROR_LOG"] },
        { name: "a b", values: ["x+y"], operator: "eq" },
      ],
    });
    expect(queries()).toEqual([
      "?filters.1.name=logType&filters.1.values.1=SLOW_LOG&filters.1.values.2=ERROR_LOG&filters.2.name=a%20b&filters.2.values.1=x%2By&filters.2.operator=eq",
    ]);
  });

  it("takes regionId per call over the client's region", async () => {
    server.use(...handlers);
    await rds().describeLogs({ regionId: "cn-east-2", instanceId });
    expect(requests[0]!.url).toBe(documentedUrl.replace("cn-north-1", "cn-east-2"));
  });

  it("passes the sheet's constructed 404 on as an ApiError with JD's status code", async () => {
    server.use(...createHandlers({ status: 404 }));
    const error = await rds()
      .describeLogs({ instanceId })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: "NOT_FOUND", requestId: "c0ns7ruc7edexamp1e0000000000000b" });
  });

  it.each([
    [{ instanceId, pageSize: 9 }, "pageSize", 'describeLogs: "pageSize" must be >= 10 (got 9)'],
    [{ instanceId, pageSize: 101 }, "pageSize", 'describeLogs: "pageSize" must be <= 100 (got 101)'],
    [{ instanceId, pageNumber: -2 }, "pageNumber", 'describeLogs: "pageNumber" must be >= -1 (got -2)'],
    [{ instanceId, filters: { name: "logType" } }, "filters", 'describeLogs: "filters" must be an array (got {"name":"logType"})'],
    [{ instanceId, filters: [{ name: "logType", values: [] }] }, "filters", 'describeLogs: "filters[0].values" must be a non-empty list of strings'],
    [{ instanceId, filters: [{ name: "logType", values: "SLOW_LOG" }] }, "filters", 'describeLogs: "filters[0].values" must be a non-empty list of strings'],
    [{ instanceId, filters: [{ values: ["x"] }] }, "filters", 'describeLogs: "filters[0].name" must be a non-empty string'],
    [
      { instanceId, filters: [{ name: "logType", values: ["x"], op: "eq" }] },
      "filters",
      'describeLogs: "filters[0]" has unknown field(s) op (known: name, values, operator)',
    ],
    [{ instanceId, filters: [null] }, "filters", 'describeLogs: "filters[0]" must be an object { name, values, operator? }'],
  ])("refuses %j before any request", async (input, parameter, message) => {
    const error = await rds()
      .describeLogs(input as unknown as DescribeLogsInput)
      .catch((caught: unknown) => caught);
    expect([(error as InvalidParameterError).parameter, (error as Error).message]).toEqual([parameter, message]);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(requests).toHaveLength(0);
  });
});

describe("paginateDescribeLogs", () => {
  it("walks a listing that spans several pages, sending the page size", async () => {
    const logs = Array.from({ length: 25 }, (_, i) => log(i));
    serveLogs(logs);
    expect(await collect(rds().paginateDescribeLogs({ instanceId, pageSize: 10 }))).toEqual(logs);
    expect(queries()).toEqual(["?pageNumber=1&pageSize=10", "?pageNumber=2&pageSize=10", "?pageNumber=3&pageSize=10"]);
  });

  it("stops once totalCount is covered, though the API would answer past it with the last page", async () => {
    const logs = Array.from({ length: 20 }, (_, i) => log(i));
    serveLogs(logs);
    expect(await collect(rds().paginateDescribeLogs({ instanceId, pageSize: 10 }))).toHaveLength(20);
    expect(requests).toHaveLength(2);
  });

  it("counts what arrived against totalCount: a server serving fewer per page than asked loses nothing", async () => {
    const logs = Array.from({ length: 5 }, (_, i) => log(i));
    server.use(
      http.get(/describeLogs$/, ({ request }) => {
        const number = Number(new URL(request.url).searchParams.get("pageNumber"));
        return HttpResponse.json({ result: { logs: logs.slice((number - 1) * 2, number * 2), totalCount: 5 } });
      }),
    );
    expect(await collect(rds().paginateDescribeLogs({ instanceId }))).toEqual(logs);
    expect(requests).toHaveLength(3);
  });

  it("sends 100 per page by default, and reads the older edition's dbInstances", async () => {
    serveLogs([log(1), log(2)], { listName: "dbInstances" });
    expect(await collect(rds().paginateDescribeLogs({ instanceId }))).toEqual([log(1), log(2)]);
    expect(queries()).toEqual(["?pageNumber=1&pageSize=100"]);
  });

  it("without totalCount: a full last page is followed by the repeated last page, which ends it with PaginationError", async () => {
    serveLogs(
      Array.from({ length: 20 }, (_, i) => log(i)),
      { totalCount: false },
    );
    const seen: RdsLogFile[] = [];
    const walk = async () => {
      for await (const item of rds().paginateDescribeLogs({ instanceId, pageSize: 10 })) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(PaginationError);
    expect(seen).toHaveLength(20);
    expect(new Set(seen.map((file) => file.id)).size).toBe(20);
  });

  it("without totalCount: stops after a short page", async () => {
    serveLogs(
      Array.from({ length: 15 }, (_, i) => log(i)),
      { totalCount: false },
    );
    expect(await collect(rds().paginateDescribeLogs({ instanceId, pageSize: 10 }))).toHaveLength(15);
    expect(requests).toHaveLength(2);
  });

  it("pageNumber -1 (everything at once) is one request", async () => {
    server.use(http.get(/describeLogs$/, () => HttpResponse.json({ result: { logs: [log(1), log(2)], totalCount: 500 } })));
    expect(await collect(rds().paginateDescribeLogs({ instanceId, pageNumber: -1 }))).toHaveLength(2);
    expect(queries()).toEqual(["?pageNumber=-1&pageSize=100"]);
  });

  it("keeps the filters on every page", async () => {
    serveLogs(Array.from({ length: 12 }, (_, i) => log(i)));
    await collect(rds().paginateDescribeLogs({ instanceId, pageSize: 10, filters: [{ name: "logType", values: ["SLOW_LOG"] }] }));
    expect(queries()).toEqual([
      "?pageNumber=1&pageSize=10&filters.1.name=logType&filters.1.values.1=SLOW_LOG",
      "?pageNumber=2&pageSize=10&filters.1.name=logType&filters.1.values.1=SLOW_LOG",
    ]);
  });

  it.each([
    ["no logs", { requestId: "r", result: { logs: [], totalCount: 0 } }],
    ["no result", { requestId: "r" }],
  ])("an empty listing (%s): no items, one request", async (_, body) => {
    server.use(http.get(/describeLogs$/, () => HttpResponse.json(body)));
    expect(await collect(rds().paginateDescribeLogs({ instanceId }))).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it("an answer whose logs is not a list is an InvalidResponseError", async () => {
    server.use(http.get(/describeLogs$/, () => HttpResponse.json({ result: { logs: { id: "x" }, totalCount: 1 } })));
    await expect(collect(rds().paginateDescribeLogs({ instanceId }))).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("the mocks' documented page (totalCount 1) is one page", async () => {
    server.use(...handlers);
    expect(await collect(rds().paginateDescribeLogs({ instanceId }))).toEqual(documentedPage.result.logs);
    expect(requests).toHaveLength(1);
  });
});
