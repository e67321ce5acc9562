import { httpStatusOf, type OperationContext, PaginationError, progressOf } from "./errors.js";
import { abortError } from "./retry.js";

/** Options of `paginate`; `provider`, `operation` and `input` are named in its PaginationError. */
export interface PaginateOptions<Page, Item, Cursor> extends OperationContext {
  /** fetches one page; `cursor` is undefined for the first */
  fetchPage: (cursor: Cursor | undefined, signal: AbortSignal | undefined) => Promise<Page>;
  /** the page's items */
  items: (page: Page) => Item[];
  /** the cursor of the next page, or undefined after the last */
  nextCursor: (page: Page, items: Item[]) => Cursor | undefined;
  /** stops paging at once */
  signal?: AbortSignal;
}

/**
 * Iterates the items of page after page until an empty page or no next cursor. A page is fetched
 * only when the consumer asks for more, so `break` stops requesting; a cursor seen before, or a
 * page with the same items as the one before (an API ignoring an offset or page number), throws
 * PaginationError instead of looping forever or yielding the same items twice, naming the provider,
 * operation and input ids given, the last page's HTTP status, the time spent and the pages fetched
 * (`attempts`).
 */
export async function* paginate<Page, Item, Cursor>(options: PaginateOptions<Page, Item, Cursor>): AsyncGenerator<Item, void, undefined> {
  const { fetchPage, signal } = options;
  const seen = new Set<string>();
  let cursor: Cursor | undefined;
  let previousItems: string | undefined;
  // The body runs at the consumer's first next(): the time the first page is asked for.
  const started = Date.now();
  for (let pages = 1; ; pages++) {
    if (signal?.aborted) throw abortError(signal);
    const page = await fetchPage(cursor, signal);
    const stuck = (repeatedPage: boolean) =>
      new PaginationError(cursor, {
        ...progressOf(options),
        lastStatus: httpStatusOf(page),
        elapsedMs: Date.now() - started,
        attempts: pages,
        repeatedPage,
      });
    const items = options.items(page);
    const itemsKey = items.length > 0 ? JSON.stringify(items) : undefined;
    if (itemsKey !== undefined && itemsKey === previousItems) throw stuck(true);
    previousItems = itemsKey;
    yield* items;
    if (items.length === 0) return;
    cursor = options.nextCursor(page, items);
    if (cursor === undefined) return;
    const key = JSON.stringify(cursor);
    if (seen.has(key)) throw stuck(false);
    seen.add(key);
  }
}
