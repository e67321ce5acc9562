import { describe, expect, it } from "vitest";
import { ApiError } from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { client, creating, finished, INSTANCE_ID, useMsw } from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID };

describe("@loglink/otc-rds/mocks", () => {
  it("handlers answer the documented example (status finish, one link)", async () => {
    server.use(...handlers);
    expect(await client({ region: "eu-de" }).downloadErrorlog(input)).toEqual(finished);
  });

  it("createHandlers({ status: 404 }) answers the documented DBS.200045", async () => {
    server.use(...createHandlers({ status: 404 }));
    const error = (await client({ region: "eu-de", maxRetries: 0 })
      .downloadErrorlog(input)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code]).toEqual([404, "DBS.200045"]);
  });

  it("answers chosen per call and per instance: an export that is CREATING first, then finished", async () => {
    const polls = new Map<string, number>();
    server.use(
      ...createHandlers({
        answers: {
          downloadErrorlog: ({ input: { instance_id } }) => {
            const count = (polls.get(instance_id!) ?? 0) + 1;
            polls.set(instance_id!, count);
            return { body: count === 1 ? creating : finished };
          },
        },
      }),
    );
    const otc = client({ region: "eu-de" });
    expect((await otc.downloadErrorlog(input)).status).toBe("CREATING");
    expect(await otc.downloadErrorlog(input)).toEqual(finished);
    expect((await otc.downloadErrorlog({ instance_id: "aaaabbbbccccddddeeeeffff00001111in03" })).status).toBe("CREATING");
  });

  it("instantRetries: the documented 500 is retried at once, up to maxRetries, and then thrown", async () => {
    let calls = 0;
    server.use(...createHandlers({ instantRetries: true, answers: { downloadErrorlog: () => (calls++, { status: 500 }) } }));
    const error = (await client({ region: "eu-de", maxRetries: 2 })
      .downloadErrorlog(input)
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.attempts, calls, error.headers["retry-after"]]).toEqual([500, 3, 3, "0"]);
  });
});
