import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidParameterError } from "../src/index.js";
import { answerEvery, client, documented, END_TIME, INSTANCE_ID, ORIGIN, PATH, useMsw } from "./support.js";

const { server } = useMsw();

/** The query the client sent for one call with this window. */
async function sentWindow(start_time: Date | string, end_time: Date | string) {
  const seen = answerEvery(server, documented);
  await client().listAuditLogDownloadLink({ instance_id: INSTANCE_ID, start_time, end_time });
  const query = new URL(seen[0]!.url).searchParams;
  return [query.get("start_time"), query.get("end_time")];
}

/** The instant a documented `yyyy-mm-ddThh:mm:ss±hhmm` time stands for. */
function instantOf(sent: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-])(\d{2})(\d{2})$/.exec(sent);
  if (!match) throw new Error(`not the documented form: ${sent}`);
  const offsetMs = (match[2] === "-" ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4])) * 60_000;
  return Date.parse(`${match[1]}Z`) - offsetMs;
}

describe("start_time and end_time as users have them", () => {
  it.each([
    ["the documented form, unchanged", "2023-07-24T09:27:00+0800", "2023-07-24T09:27:00+0800"],
    ["an offset with a colon", "2023-07-24T09:27:00+08:00", "2023-07-24T09:27:00+0800"],
    ["a negative offset", "2023-07-24T09:27:00-03:30", "2023-07-24T09:27:00-0330"],
    ["Z as +0000", "2023-07-24T01:27:00Z", "2023-07-24T01:27:00+0000"],
    ["toISOString() output (milliseconds rounded down for the start)", "2023-07-24T01:27:00.999Z", "2023-07-24T01:27:00+0000"],
  ])("sends %s", async (_, given, sent) => {
    expect(await sentWindow(given, END_TIME)).toEqual([sent, END_TIME]);
  });

  it("sends a Date in UTC (+0000), whatever the machine's time zone", async () => {
    expect(await sentWindow(new Date(Date.UTC(2023, 6, 24, 1, 27, 0)), new Date("2023-07-25T07:00:14.000Z"))).toEqual([
      "2023-07-24T01:27:00+0000",
      "2023-07-25T07:00:14+0000",
    ]);
  });

  it("rounds a fraction of a second outward, so the window is never narrower than asked", async () => {
    expect(await sentWindow("2023-07-24T09:27:00.5+08:00", "2023-12-31T23:59:59.001Z")).toEqual(["2023-07-24T09:27:00+0800", "2024-01-01T00:00:00+0000"]);
  });

  it("keeps the instant for any valid time and offset (property)", async () => {
    const seen = answerEvery(server, documented);
    const api = client();
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.boolean(),
        async (date, offsetMinutes, colon) => {
          const whole = Math.floor(date.getTime() / 1000) * 1000;
          // The same instant written as a wall time at that offset.
          const wall = new Date(whole + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const abs = Math.abs(offsetMinutes);
          const offset = `${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${colon ? ":" : ""}${String(abs % 60).padStart(2, "0")}`;
          seen.length = 0;
          await api.listAuditLogDownloadLink({ instance_id: INSTANCE_ID, start_time: `${wall}${offset}`, end_time: new Date(whole) });
          const query = new URL(seen[0]!.url).searchParams;
          const [start, end] = [query.get("start_time")!, query.get("end_time")!];
          expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/);
          expect(start.slice(0, 19)).toBe(wall);
          expect(start.slice(19)).toBe(offset.replace(":", ""));
          expect(instantOf(start)).toBe(whole);
          expect(instantOf(end)).toBe(whole);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ["an impossible month and day", "2023-13-45T09:27:00+0800"],
    ["February 29 of a common year", "2023-02-29T09:27:00+0800"],
    ["hour 24", "2023-07-24T24:00:00+0800"],
    ["a second of 60", "2023-07-24T09:27:60+0800"],
    ["no time zone", "2023-07-24T09:27:00"],
    ["a date only", "2023-07-24"],
    ["a space instead of T", "2023-07-24 09:27:00+0800"],
    ["an offset beyond ±18:00", "2023-07-24T09:27:00+1900"],
    ["offset minutes above 59", "2023-07-24T09:27:00+0860"],
    ["an invalid Date", new Date(Number.NaN)],
  ])("refuses %s before any request", async (_, start_time) => {
    const seen = answerEvery(server, documented);
    const error = await client()
      .listAuditLogDownloadLink({ instance_id: INSTANCE_ID, start_time, end_time: END_TIME })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: "start_time" });
    expect(seen).toEqual([]);
  });

  it("accepts February 29 of a leap year", async () => {
    expect(await sentWindow("2024-02-29T09:27:00+0800", "2024-02-29T10:27:00+0800")).toEqual(["2024-02-29T09:27:00+0800", "2024-02-29T10:27:00+0800"]);
  });

  it("refuses an end_time before start_time, comparing instants across offsets", async () => {
    const seen = answerEvery(server, documented);
    const error = await client()
      // 09:27 at +08:00 is 01:27 UTC; 01:00 UTC is earlier.
      .listAuditLogDownloadLink({ instance_id: INSTANCE_ID, start_time: "2023-07-24T09:27:00+08:00", end_time: "2023-07-24T01:00:00Z" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({
      parameter: "end_time",
      message: 'listAuditLogDownloadLink: "end_time" (2023-07-24T01:00:00+0000) is before "start_time" (2023-07-24T09:27:00+0800)',
    });
    expect(seen).toEqual([]);
  });

  it("accepts a window whose end looks earlier on the clock but is later in time", async () => {
    // 09:27 at +08:00 is 01:27 UTC; 02:00 UTC is later.
    expect(await sentWindow("2023-07-24T09:27:00+08:00", "2023-07-24T02:00:00Z")).toEqual(["2023-07-24T09:27:00+0800", "2023-07-24T02:00:00+0000"]);
  });

  it("converts the window on every page of the paginator", async () => {
    const seen = answerEvery(server, documented);
    const files = [];
    for await (const file of client().paginateAuditLogDownloadLink({
      instance_id: INSTANCE_ID,
      start_time: new Date("2023-07-24T01:27:00Z"),
      end_time: "2023-07-25T15:00:14+08:00",
    })) {
      files.push(file);
    }
    expect(files).toHaveLength(1);
    expect(seen.map((request) => request.url)).toEqual([
      `${ORIGIN}${PATH}?limit=10&start_time=2023-07-24T01%3A27%3A00%2B0000&end_time=2023-07-25T15%3A00%3A14%2B0800`,
    ]);
  });
});
