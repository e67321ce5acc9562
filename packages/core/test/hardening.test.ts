// Regressions found by the hardening campaign (tests/hardening), pinned here with in-process fakes.
import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { AbortError, ApiError, ConnectionError, InvalidParameterError, InvalidResponseError } from "../src/errors.js";
import type { ClientOptions } from "../src/options.js";
import { waitUntil } from "../src/waiter.js";
import { createLink, dcsClient } from "./fixtures.js";

const dcs = (options: Partial<ClientOptions>) => dcsClient({ maxRetries: 0, ...options });

/** A response whose body sends `first` and then breaks off, as a reset connection does. */
const brokenBody = (status: number, first: string) =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(first));
        controller.error(new TypeError("terminated", { cause: new Error("other side closed") }));
      },
    }),
    { status, headers: { "content-type": "application/json" } },
  );

describe("a body that breaks off mid-read", () => {
  it.each([200, 503])("is a ConnectionError (HTTP %i), retried like one", async (status) => {
    vi.spyOn(Math, "random").mockReturnValueOnce(0);
    let calls = 0;
    const fetch = async () => {
      calls++;
      return brokenBody(status, '{"link": "htt');
    };
    const error = await dcs({ fetch, maxRetries: 1 })
      .call(createLink, { instance_id: "i", id: "l" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toContain("other side closed");
    expect((error as ConnectionError).attempts).toBe(2);
    expect(calls).toBe(2);
  });

  it("while a 2xx that arrives whole is not mistaken for one", async () => {
    const result = await dcs({ fetch: async () => new Response('{"link": "x"}') }).call(createLink, { instance_id: "i", id: "l" });
    expect(result).toEqual({ link: "x" });
  });
});

describe("header checks", () => {
  const secret = "SECRET-header-value";
  it.each([`${secret}\u0000x`, `${secret}\r\nX-Injected: 1`, `${secret}日`])(
    "refuses a header value fetch would echo (%j), without showing it",
    async (value) => {
      const created = (() => {
        try {
          return dcs({ headers: { "X-Security-Token": value } });
        } catch (error) {
          return error;
        }
      })();
      expect(created).toBeInstanceOf(InvalidParameterError);
      expect(String(created)).not.toContain(secret);
      const error = await dcs({ fetch: async () => new Response("{}") })
        .call(createLink, { instance_id: "i", id: "l" }, { headers: { "X-Security-Token": value } })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(String(error)).not.toContain(secret);
    },
  );

  it("refuses an invalid header name", () => {
    expect(() => dcs({ headers: { "X Bad": "v" } })).toThrow(InvalidParameterError);
  });

  it("keeps accepting what fetch accepts: surrounding whitespace, Latin-1", async () => {
    let seen: Request | undefined;
    const fetch = async (request: RequestInfo | URL) => {
      seen = request as Request;
      return new Response("{}");
    };
    await dcs({ fetch, headers: { "X-A": " padded\n", "X-B": "caf\u00e9" } }).call(createLink, { instance_id: "i", id: "l" });
    expect(seen!.headers.get("x-a")).toBe("padded");
    expect(seen!.headers.get("x-b")).toBe("caf\u00e9");
  });
});

describe("waitUntil option checks", () => {
  it.each([
    ["maxWaitMs", Number.NaN],
    ["maxWaitMs", -1],
    ["maxWaitMs", Infinity],
    ["minDelayMs", Number.NaN],
    ["minDelayMs", -5],
    ["maxDelayMs", Number.NaN],
    ["maxDelayMs", 2 ** 31],
  ])("rejects %s = %s before polling", async (name, value) => {
    let polls = 0;
    const error = await waitUntil({ poll: async () => ++polls, state: () => "retry", [name]: value }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe(name);
    expect(polls).toBe(0);
  });
});

describe("credentials echoed back", () => {
  const token = "TOKEN-secret-echoed-1234";
  const secretAccessKey = "SK-secret-echoed-5678";
  const securityToken = "ST-secret-echoed-9012";
  const renderings = (error: unknown) => [String(error), inspect(error, { depth: 10 }), JSON.stringify(error), (error as Error).stack ?? ""];
  const call = (options: Partial<ClientOptions>) =>
    dcs(options)
      .call(createLink, { instance_id: "i", id: "l" })
      .catch((caught: unknown) => caught);

  it("by the server, in error_msg, the body and a header: masked in the ApiError", async () => {
    const fetch = async () =>
      Response.json({ error_code: "APIGW.0301", error_msg: `token ${token} expired`, echo: { seen: [token] } }, { status: 401, headers: { "x-echo": token } });
    const error = (await call({ fetch, credentials: { token } })) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toContain("token [REDACTED] expired");
    expect(error.body).toEqual({ error_code: "APIGW.0301", error_msg: "token [REDACTED] expired", echo: { seen: ["[REDACTED]"] } });
    expect(error.headers["x-echo"]).toBe("[REDACTED]");
    for (const text of renderings(error)) expect(text).not.toContain(token);
  });

  it("by the server, in a 2xx that is not JSON: masked in the InvalidResponseError", async () => {
    const fetch = async () => new Response(`{"sk": "${secretAccessKey}", "st": "${securityToken}"`);
    const error = await call({ fetch, credentials: { accessKeyId: "AK", secretAccessKey, securityToken } });
    expect(error).toBeInstanceOf(InvalidResponseError);
    for (const text of renderings(error)) for (const secret of [secretAccessKey, securityToken]) expect(text).not.toContain(secret);
  });

  it("by a fetch, in its error and the error's cause: masked in the ConnectionError", async () => {
    const fetch = async () => {
      throw new TypeError(`refused ${token}`, { cause: new Error(`header x-auth-token was ${token}`) });
    };
    const error = await call({ fetch, credentials: { token } });
    expect(error).toBeInstanceOf(ConnectionError);
    for (const text of renderings(error)) expect(text).not.toContain(token);
  });
});

describe("credential checks", () => {
  it.each([{ token: "tok-日本" }, { accessKeyId: "AK-é€", secretAccessKey: "sk" }, { accessKeyId: "AK", secretAccessKey: "sk", securityToken: "st-😀" }])(
    "refuses a credential fetch could not send (%j) when the client is created",
    (credentials) => {
      expect(() => dcs({ credentials })).toThrow(InvalidParameterError);
    },
  );

  it("still accepts a secret key beyond Latin-1: it is only an HMAC key", () => {
    expect(() => dcs({ credentials: { accessKeyId: "AK", secretAccessKey: "sk-日本" } })).not.toThrow();
  });
});

describe("the caller's signal", () => {
  it("keeps no listener after calls that succeed, fail or time out (a long-lived signal must not pile them up)", async () => {
    const controller = new AbortController();
    const answers = [() => new Response("{}"), () => new Response("", { status: 503 }), () => new Promise<Response>(() => {})];
    for (const answer of answers) {
      await dcs({ fetch: async () => answer(), timeoutMs: 20 })
        .call(createLink, { instance_id: "i", id: "l" }, { signal: controller.signal })
        .catch(() => undefined);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    }
  });

  it("still aborts the attempt in flight", async () => {
    const controller = new AbortController();
    const fetch = (input: RequestInfo | URL) =>
      new Promise<Response>((_, reject) => (input as Request).signal.addEventListener("abort", () => reject(new Error("aborted"))));
    const pending = dcs({ fetch })
      .call(createLink, { instance_id: "i", id: "l" }, { signal: controller.signal })
      .catch((error: unknown) => error);
    controller.abort("stop");
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("stop");
  });
});

describe("a hostile error body nested thousands deep", () => {
  it("can still be rendered: String, util.inspect and JSON.stringify do not throw", async () => {
    const body = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
    const error = await dcs({ fetch: async () => new Response(body, { status: 500 }) })
      .call(createLink, { instance_id: "i", id: "l" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(() => [String(error), inspect(error), JSON.stringify(error)]).not.toThrow();
    expect(JSON.stringify(error)).toContain("[too deep]");
  });
});

describe("a logger that throws", () => {
  it("changes neither a result nor an error, nor the retries", async () => {
    const logger = () => {
      throw new Error("log sink closed");
    };
    const ok = await dcs({ logger, fetch: async () => new Response('{"link": "x"}') }).call(createLink, { instance_id: "i", id: "l" });
    expect(ok).toEqual({ link: "x" });
    let calls = 0;
    const fetch = async () => (++calls === 1 ? new Response("", { status: 503, headers: { "retry-after": "0" } }) : new Response('{"link": "y"}'));
    expect(await dcs({ logger, fetch, maxRetries: 1 }).call(createLink, { instance_id: "i", id: "l" })).toEqual({ link: "y" });
    expect(calls).toBe(2);
  });
});
