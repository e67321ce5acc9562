import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { operations } from "../src/generated/operations.js";
import { AbortError, ApiError, type AuditLogFile, InvalidResponseError, PaginationError } from "../src/index.js";
import { client, documented, END_TIME, INSTANCE_ID, LAST_FILE_NAME, START_TIME, useMsw } from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID, start_time: START_TIME, end_time: END_TIME };
const [documentedFile] = documented.files;

/** The document's file, renamed so the names sort like the service's (dictionary order). */
const file = (n: number): AuditLogFile => ({
  ...documentedFile,
  name: documentedFile.name.replace("20230706023359", `202307060${String(n).padStart(5, "0")}`),
});

/** Serves the page for each `last_file_name` ("" = first page); records every query string. */
function pages(byCursor: Record<string, AuditLogFile[] | (() => Response)>) {
  const queries: string[] = [];
  server.use(
    http.get("*", ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.search);
      const page = byCursor[url.searchParams.get("last_file_name") ?? ""];
      if (page === undefined) throw new Error(`unexpected page ${url.search}`);
      return typeof page === "function" ? page() : HttpResponse.json({ files: page });
    }),
  );
  return queries;
}
const timeQuery = "&start_time=2023-07-24T09%3A27%3A00%2B0800&end_time=2023-07-25T15%3A00%3A14%2B0800";
const query = (limit: number, cursor?: AuditLogFile) => `?${cursor ? `last_file_name=${cursor.name}&` : ""}limit=${limit}${timeQuery}`;

async function collect(iterable: AsyncIterable<AuditLogFile>) {
  const files: AuditLogFile[] = [];
  for await (const item of iterable) files.push(item);
  return files;
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("paginateAuditLogDownloadLink", () => {
  it("yields every file, page after page, with last_file_name = the previous page's last name", async () => {
    const queries = pages({ "": [file(1), file(2)], [file(2).name!]: [file(3), file(4)], [file(4).name!]: [file(5)] });
    const files = await collect(client().paginateAuditLogDownloadLink({ ...input, limit: 2 }));
    expect(files).toEqual([file(1), file(2), file(3), file(4), file(5)]);
    // Ends on the short page: no fourth request.
    expect(queries).toEqual([query(2), query(2, file(2)), query(2, file(4))]);
  });

  it("ends on an empty page (or one without files) after full pages", async () => {
    const queries = pages({ "": [file(1), file(2)], [file(2).name!]: () => HttpResponse.json({}) });
    expect(await collect(client().paginateAuditLogDownloadLink({ ...input, limit: 2 }))).toEqual([file(1), file(2)]);
    expect(queries).toHaveLength(2);
  });

  it("yields nothing for an empty first page", async () => {
    const queries = pages({ "": [] });
    expect(await collect(client().paginateAuditLogDownloadLink(input))).toEqual([]);
    expect(queries).toEqual([query(10)]);
  });

  it("sends the documented default limit of 10 when none is given, so a short page is recognisable", async () => {
    const tenFiles = Array.from({ length: 10 }, (_, i) => file(i + 1));
    const queries = pages({ "": tenFiles, [file(10).name!]: [file(11)] });
    expect(await collect(client().paginateAuditLogDownloadLink(input))).toEqual([...tenFiles, file(11)]);
    expect(queries).toEqual([query(10), query(10, file(10))]);
    const limit = operations.listAuditLogDownloadLink.parameters.find((parameter) => parameter.name === "limit")!.schema;
    expect(limit).toEqual({ type: "integer", minimum: 1, maximum: 50, default: 10 });
  });

  it("resumes after the input's own last_file_name", async () => {
    const queries = pages({ [LAST_FILE_NAME]: [file(1)], [file(1).name!]: [] });
    expect(await collect(client().paginateAuditLogDownloadLink({ ...input, last_file_name: LAST_FILE_NAME, limit: 1 }))).toEqual([file(1)]);
    expect(queries).toEqual([`?last_file_name=${LAST_FILE_NAME}&limit=1${timeQuery}`, query(1, file(1))]);
  });

  it("stops requesting when the loop breaks early", async () => {
    const queries = pages({ "": [file(1), file(2)], [file(2).name!]: [file(3)] });
    const seen: AuditLogFile[] = [];
    for await (const item of client().paginateAuditLogDownloadLink({ ...input, limit: 2 })) {
      seen.push(item);
      break;
    }
    expect(seen).toEqual([file(1)]);
    expect(queries).toEqual([query(2)]);
  });

  it("throws PaginationError when a page repeats a cursor instead of looping", async () => {
    const queries = pages({ "": [file(1), file(2)], [file(2).name!]: [file(3), file(2)] });
    const seen: AuditLogFile[] = [];
    const error = await (async () => {
      for await (const item of client().paginateAuditLogDownloadLink({ ...input, limit: 2 })) seen.push(item);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).cursor).toBe(file(2).name);
    // It names the provider, the operation, the input's ids and the pages fetched.
    expect(error).toMatchObject({
      provider: "huawei-audit",
      operation: "listAuditLogDownloadLink",
      ids: { instance_id: input.instance_id },
      attempts: 2,
    });
    expect((error as PaginationError).message).toMatch(
      new RegExp(
        `^huawei-audit listAuditLogDownloadLink \\(instance_id ${input.instance_id}\\): the API returned the cursor "${file(2).name}" twice; stopping instead of looping \\(2 pages in \\d+\\.\\d s`,
      ),
    );
    expect(seen).toEqual([file(1), file(2), file(3), file(2)]);
    expect(queries).toHaveLength(2);
  });

  it("throws InvalidResponseError when a full page's last file has no name to continue after", async () => {
    // The models require name; the paginator must not trust that.
    const { name: _name, ...nameless } = file(2);
    const queries = pages({ "": [file(1), nameless as AuditLogFile] });
    const error = await collect(client().paginateAuditLogDownloadLink({ ...input, limit: 2 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toBe("huawei-audit listAuditLogDownloadLink: a full page's last file has no name to continue after");
    expect(queries).toHaveLength(1);
  });

  it("passes the call options to every page and retries a page's transient failure", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const headers: (string | null)[] = [];
    server.events.on("request:start", ({ request }) => void headers.push(request.headers.get("x-language")));
    let failures = 1;
    const queries = pages({
      "": [file(1)],
      [file(1).name!]: () =>
        failures-- > 0 ? HttpResponse.json({ error_code: "TEST.500", error_msg: "m" }, { status: 500 }) : HttpResponse.json({ files: [] }),
    });
    const result = collect(client().paginateAuditLogDownloadLink({ ...input, limit: 1 }, { headers: { "X-Language": "zh-cn" } }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toEqual([file(1)]);
    expect(queries).toEqual([query(1), query(1, file(1)), query(1, file(1))]);
    expect(headers).toEqual(["zh-cn", "zh-cn", "zh-cn"]);
  });

  it("rejects with the page's ApiError after yielding the earlier pages", async () => {
    const badRequest = () => HttpResponse.json({ error_code: "TEST.400", error_msg: "m" }, { status: 400 });
    pages({ "": [file(1)], [file(1).name!]: badRequest });
    const seen: AuditLogFile[] = [];
    const error = await (async () => {
      for await (const item of client().paginateAuditLogDownloadLink({ ...input, limit: 1 })) seen.push(item);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([file(1)]);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "TEST.400" });
  });

  it("stops with AbortError when the signal aborts between pages", async () => {
    const controller = new AbortController();
    const queries = pages({ "": [file(1)], [file(1).name!]: [file(2)] });
    const seen: AuditLogFile[] = [];
    const error = await (async () => {
      for await (const item of client().paginateAuditLogDownloadLink({ ...input, limit: 1 }, { signal: controller.signal })) {
        seen.push(item);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual([file(1)]);
    expect(queries).toEqual([query(1)]);
  });

  it("requests nothing until iterated", async () => {
    const queries = pages({ "": [file(1)] });
    const iterable = client().paginateAuditLogDownloadLink(input);
    await Promise.resolve();
    expect(queries).toEqual([]);
    expect(await collect(iterable)).toEqual([file(1)]);
    expect(queries).toEqual([query(10)]);
  });
});
