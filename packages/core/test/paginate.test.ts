import { describe, expect, it, vi } from "vitest";
import { AbortError, PaginationError } from "../src/errors.js";
import { paginate } from "../src/paginate.js";

type Page = { files: string[]; next?: string };

/** Pages keyed by the cursor that fetches them (`""` for the first). */
function pages(book: Record<string, Page>) {
  return vi.fn(async (cursor: string | undefined, _signal: AbortSignal | undefined) => {
    const page = book[cursor ?? ""];
    if (!page) throw new Error(`no page for ${cursor}`);
    return page;
  });
}
const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};
const options = (fetchPage: ReturnType<typeof pages>) => ({
  fetchPage,
  items: (page: Page) => page.files,
  nextCursor: (page: Page) => page.next,
});

describe("paginate", () => {
  it("follows the cursor page after page", async () => {
    const fetchPage = pages({ "": { files: ["a", "b"], next: "c1" }, c1: { files: ["c"], next: "c2" }, c2: { files: ["d"] } });
    expect(await collect(paginate(options(fetchPage)))).toEqual(["a", "b", "c", "d"]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, "c1", "c2"]);
  });

  it("throws PaginationError, yielding nothing twice, when a page repeats the one before under a new cursor", async () => {
    // An API ignoring the offset answers the first page again.
    const fetchPage = pages({ "": { files: ["a", "b"], next: "2" }, "2": { files: ["a", "b"], next: "4" } });
    const seen: string[] = [];
    const walk = async () => {
      for await (const item of paginate(options(fetchPage))) seen.push(item);
    };
    const error = await walk().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(
      /^paginate: the API answered the cursor "2" with the same items as the page before; stopping instead of repeating them \(2 pages in \d+\.\d s\)$/,
    );
    expect(seen).toEqual(["a", "b"]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("stops at an empty page even if it carries a cursor", async () => {
    const fetchPage = pages({ "": { files: ["a"], next: "c1" }, c1: { files: [], next: "c2" } });
    expect(await collect(paginate(options(fetchPage)))).toEqual(["a"]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("passes the last items to nextCursor (last-file-name cursors)", async () => {
    const fetchPage = pages({ "": { files: ["a", "b"] }, b: { files: ["c"] } });
    const items = await collect(
      paginate({ fetchPage, items: (page: Page) => page.files, nextCursor: (_page, files) => (files.length === 2 ? files.at(-1) : undefined) }),
    );
    expect(items).toEqual(["a", "b", "c"]);
  });

  it("requests nothing more after an early break", async () => {
    const fetchPage = pages({ "": { files: ["a", "b"], next: "c1" }, c1: { files: ["c"], next: "c2" }, c2: { files: ["d"] } });
    const seen: string[] = [];
    for await (const item of paginate(options(fetchPage))) {
      seen.push(item);
      if (item === "c") break;
    }
    expect(seen).toEqual(["a", "b", "c"]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("throws PaginationError on a repeated cursor instead of looping", async () => {
    const fetchPage = pages({ "": { files: ["a"], next: "c1" }, c1: { files: ["b"], next: "c2" }, c2: { files: ["c"], next: "c1" } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(options(fetchPage))) seen.push(item);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).cursor).toBe("c1");
    expect((error as Error).message).toMatch(/^paginate: the API returned the cursor "c1" twice; stopping instead of looping \(3 pages in \d+\.\d s\)$/);
    expect((error as PaginationError).attempts).toBe(3);
    expect(seen).toEqual(["a", "b", "c"]);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("names the provider, operation, input ids, last page's HTTP status, time spent and pages in its PaginationError", async () => {
    vi.useFakeTimers();
    try {
      const page = (files: string[], next: string) => Object.defineProperty({ files, next }, "$metadata", { value: { httpStatusCode: 200 } });
      const book: Record<string, Page> = { "": page(["a"], "c1"), c1: page(["b"], "c1") };
      const fetchPage = vi.fn(async (cursor: string | undefined) => {
        vi.advanceTimersByTime(750); // each page takes 0.75 s
        return book[cursor ?? ""]!;
      });
      const input = { instance_id: "669a94abef9f4979b2dfba92f48f4042in07", node_id: "n1", start_time: "2023-07-24T09:27:00+0800" };
      const context = { provider: "huawei-audit", operation: "listAuditLogDownloadLink", input };
      const error = (await collect(paginate({ ...options(fetchPage), ...context })).catch((caught: unknown) => caught)) as PaginationError;
      expect(error.message).toBe(
        'huawei-audit listAuditLogDownloadLink (instance_id 669a94abef9f4979b2dfba92f48f4042in07, node_id n1): the API returned the cursor "c1" twice; stopping instead of looping (2 pages in 1.5 s, last status HTTP 200)',
      );
      expect(error).toMatchObject({
        cursor: "c1",
        provider: "huawei-audit",
        operation: "listAuditLogDownloadLink",
        ids: { instance_id: "669a94abef9f4979b2dfba92f48f4042in07", node_id: "n1" },
        lastStatus: "HTTP 200",
        elapsedMs: 1500,
        attempts: 2,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("compares object cursors by value", async () => {
    const fetchPage = vi.fn(async (_cursor: { offset: number } | undefined) => ({ files: ["x"] }));
    const error = await collect(paginate({ fetchPage, items: (page: Page) => page.files, nextCursor: () => ({ offset: 10 }) })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("stops with AbortError when the signal aborts between pages, and passes it to fetchPage", async () => {
    const controller = new AbortController();
    const fetchPage = pages({ "": { files: ["a"], next: "c1" }, c1: { files: ["b"] } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate({ ...options(fetchPage), signal: controller.signal })) {
        seen.push(item);
        controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual(["a"]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(fetchPage).toHaveBeenCalledWith(undefined, controller.signal);
  });
});
