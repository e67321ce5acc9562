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
    await expect(walk()).rejects.toBeInstanceOf(PaginationError);
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
    expect((error as Error).message).toBe('paginate: the API returned the cursor "c1" twice; stopping instead of looping');
    expect(seen).toEqual(["a", "b", "c"]);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("compares object cursors by value", async () => {
    const fetchPage = vi.fn(async (_cursor: { offset: number } | undefined) => ({ files: ["x"] }));
    const error = await collect(
      paginate({ fetchPage, items: (page: Page) => page.files, nextCursor: () => ({ offset: 10 }) }),
    ).catch((caught: unknown) => caught);
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
