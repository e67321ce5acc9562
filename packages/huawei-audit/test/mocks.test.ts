import { describe, expect, it } from "vitest";
import type { AuditLogFile } from "../src/index.js";
import { createHandlers, handlers } from "../src/mocks.js";
import { client, documented, END_TIME, INSTANCE_ID, START_TIME, useMsw } from "./support.js";

const { server } = useMsw();
const input = { instance_id: INSTANCE_ID, start_time: START_TIME, end_time: END_TIME };
const file = (index: number): AuditLogFile => ({ ...documented.files[0], name: `file-${index}` });

describe("@loglink/huawei-audit/mocks", () => {
  it("handlers answer the documented example (one file)", async () => {
    server.use(...handlers);
    expect(await client({ region: "cn-north-4" }).listAuditLogDownloadLink(input)).toEqual(documented);
  });

  it("pages chosen from the request's last_file_name and limit drive the paginator", async () => {
    const all = [1, 2, 3, 4, 5].map(file);
    const asked: (string | undefined)[] = [];
    server.use(
      ...createHandlers({
        answers: {
          listAuditLogDownloadLink: ({ input: query }) => {
            asked.push(query.last_file_name);
            const start = query.last_file_name === undefined ? 0 : all.findIndex((item) => item.name === query.last_file_name) + 1;
            return { body: { files: all.slice(start, start + Number(query.limit)) } };
          },
        },
      }),
    );
    const seen: AuditLogFile[] = [];
    for await (const item of client({ region: "cn-north-4" }).paginateAuditLogDownloadLink({ ...input, limit: 2 })) seen.push(item);
    expect(seen).toEqual(all);
    expect(asked).toEqual([undefined, "file-2", "file-4"]);
  });
});
