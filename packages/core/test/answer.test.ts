// What a call's answer carries ($metadata) and how much of an answer is read (maxResponseBytes).

import { useMsw } from "@loglink/test-support/msw";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, InvalidParameterError, InvalidResponseError } from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { createLink, dcsClient, jdClient, updateLogUrl } from "./fixtures.js";

const { server } = useMsw();
const input = { instance_id: "i", id: "l" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("$metadata", () => {
  it("tells status, request id, attempts and the time waited between them", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    server.use(
      http.all("*", () => HttpResponse.json({ error_code: "DCS.5000", error_msg: "busy" }, { status: 503 }), { once: true }),
      http.all("*", () => HttpResponse.json({ link: "https://x" }, { headers: { "X-Request-Id": "req-42" } })),
    );
    const answer = await dcsClient().call(createLink, input);
    // The first backoff is uniform in [0, 500 ms): 250 ms at random() = 0.5.
    expect(answer.$metadata).toEqual({ httpStatusCode: 200, requestId: "req-42", attempts: 2, totalRetryDelayMs: 250 });
  });

  it("takes the request id from the body when no header has one", async () => {
    server.use(http.all("*", () => HttpResponse.json({ requestId: "jd-req-1", result: {} })));
    const answer = await jdClient().call(updateLogUrl, { instanceId: "i", logId: "l", seconds: 60 });
    expect(answer.$metadata).toEqual({ httpStatusCode: 200, requestId: "jd-req-1", attempts: 1, totalRetryDelayMs: 0 });
  });

  it("is not enumerable: JSON, spreads, keys and equality see only the body", async () => {
    server.use(http.all("*", () => HttpResponse.json({ link: "https://x" })));
    const answer = await dcsClient().call<{ link: string }>(createLink, input);
    expect(answer.$metadata.requestId).toBeUndefined();
    expect(Object.keys(answer)).toEqual(["link"]);
    expect(JSON.stringify(answer)).toBe('{"link":"https://x"}');
    expect({ ...answer }).toStrictEqual({ link: "https://x" });
    expect(Object.getOwnPropertyDescriptor(answer, "$metadata")).toMatchObject({ enumerable: false, writable: false });
  });
});

/** A fetch answering with a body of endless 1 KiB chunks; counts the chunks pulled and whether it was cancelled. */
function endlessAnswer(status: number, headers: Record<string, string> = {}) {
  const state = { pulled: 0, cancelled: false };
  const fetch = vi.fn(async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded, so a client that never stops reading fails the test instead of hanging it.
        if (state.pulled++ >= 10_000) return controller.close();
        controller.enqueue(new Uint8Array(1024).fill(0x61));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return new Response(body, { status, headers: { "content-type": "application/json", ...headers } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, state };
}

describe("maxResponseBytes", () => {
  const client = (options: Partial<ClientOptions>) => dcsClient({ maxRetries: 0, ...options });

  it("refuses a 2xx answer whose Content-Length is above the bound without reading it", async () => {
    const { fetch, state } = endlessAnswer(200, { "content-length": String(20 * 1024) });
    const error = await client({ fetch, maxResponseBytes: 16 * 1024 })
      .call(createLink, input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toBe(
      "huawei-dcs createRedislogDownloadLink: HTTP 200 response is larger than 16384 bytes (maxResponseBytes)",
    );
    expect(state.pulled).toBeLessThanOrEqual(1); // a stream may pull its first chunk ahead
    expect(state.cancelled).toBe(true);
  });

  it("stops reading a 2xx answer without Content-Length once it passes the bound", async () => {
    const { fetch, state } = endlessAnswer(200);
    const error = await client({ fetch, maxResponseBytes: 16 * 1024 })
      .call(createLink, input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).body).toHaveLength(1000);
    expect(state.pulled).toBeLessThanOrEqual(18);
    expect(state.cancelled).toBe(true);
  });

  it("keeps the beginning of a huge error page in ApiError.body, truncated", async () => {
    const { fetch, state } = endlessAnswer(502);
    const error = await client({ fetch, maxResponseBytes: 16 * 1024 })
      .call(createLink, input)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).body).toBe(`${"a".repeat(1000)}…[truncated: more than 16384 bytes in all]`);
    expect(state.pulled).toBeLessThanOrEqual(18);
    expect(state.cancelled).toBe(true);
  });

  it("reads answers up to the bound, 8 MiB by default", async () => {
    const link = "x".repeat(1024 * 1024);
    server.use(http.all("*", () => HttpResponse.json({ link })));
    await expect(client({}).call(createLink, input)).resolves.toEqual({ link });
    await expect(client({ maxResponseBytes: 1024 * 1024 }).call(createLink, input)).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects maxResponseBytes %s", (maxResponseBytes) => {
    expect(() => client({ maxResponseBytes })).toThrowError(expect.objectContaining({ name: "InvalidParameterError", parameter: "maxResponseBytes" }));
    expect(InvalidParameterError).toBeDefined();
  });
});
