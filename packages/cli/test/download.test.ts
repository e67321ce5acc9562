import { describe, expect, it } from "vitest";
import { formatTotal } from "../src/download.js";
import { downloadSettings } from "../src/download-flags.js";

describe("downloadSettings", () => {
  it("defaults: 4 files at a time, one connection each, existing files refused", () => {
    expect(downloadSettings({})).toEqual({ concurrency: 4, connections: 1, ifExists: "error", json: false });
  });

  it("reads the flags", () => {
    expect(downloadSettings({ concurrency: "8", connections: "16", clobber: true, json: true })).toEqual({
      concurrency: 8,
      connections: 16,
      ifExists: "overwrite",
      json: true,
    });
    expect(downloadSettings({ "skip-existing": true }).ifExists).toBe("skip");
  });

  it.each([
    [{ concurrency: "0" }, /--concurrency must be a whole number from 1 to 64, not "0"/],
    [{ concurrency: "65" }, /--concurrency must be a whole number from 1 to 64/],
    [{ connections: "2.5" }, /--connections must be a whole number from 1 to 16, not "2.5"/],
    [{ clobber: true, "skip-existing": true }, /exclude each other/],
  ])("%j is a usage error", (values, message) => {
    expect(() => downloadSettings(values)).toThrow(message);
  });
});

describe("formatTotal", () => {
  const MiB = 2 ** 20;

  it("files done, the bar, bytes, speed and time left", () => {
    const line = formatTotal({ done: 1, count: 3 }, { receivedBytes: 30 * MiB, totalBytes: 90 * MiB }, 2 * MiB, 100);
    expect(line).toBe("1/3 files  [########----------------]  33%  30 MiB / 90 MiB  2.0 MiB/s  0:30 left");
  });

  it("hours when it takes that long; no time left while the total or the speed is unknown", () => {
    expect(formatTotal({ done: 0, count: 1 }, { receivedBytes: 0, totalBytes: 8 * 1024 * MiB }, MiB, 100)).toMatch(/ 2:16:32 left$/);
    expect(formatTotal({ done: 0, count: 2 }, { receivedBytes: MiB, totalBytes: undefined }, MiB, 100)).toBe("0/2 files  1.0 MiB  1.0 MiB/s");
    expect(formatTotal({ done: 0, count: 2 }, { receivedBytes: MiB, totalBytes: 2 * MiB }, undefined, 100)).not.toMatch(/left|\/s/);
  });

  it("fits the width: the time left goes first, then the speed", () => {
    const progress = { receivedBytes: 300 * MiB, totalBytes: 640 * MiB };
    expect(formatTotal({ done: 10, count: 40 }, progress, 31.5 * MiB, 100)).toMatch(/ {2}32 MiB\/s {2}0:11 left$/);
    const narrower = formatTotal({ done: 10, count: 40 }, progress, 31.5 * MiB, 80);
    expect(narrower).toMatch(/ 640 MiB {2}32 MiB\/s$/);
    expect(narrower.length).toBeLessThanOrEqual(80);
    const narrow = formatTotal({ done: 10, count: 40 }, progress, 31.5 * MiB, 70);
    expect(narrow).toMatch(/ 640 MiB$/);
    expect(narrow.length).toBeLessThanOrEqual(70);
  });
});
