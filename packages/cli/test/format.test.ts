import type { DownloadLink } from "loglink";
import { describe, expect, it } from "vitest";
import { elide, formatBytes, formatLinks, formatProgress, formatRelative, formatTable, shortLink, wrapCommand } from "../src/format.js";
import { localName } from "../src/main.js";
import { generatedLog, redate } from "../src/mock.js";

const now = new Date("2024-05-01T12:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("formatBytes", () => {
  it("uses binary units, one decimal below ten", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(928 * 1024)).toBe("928 KiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5.0 GiB");
  });
});

describe("formatRelative", () => {
  it("says how far in whole units, rounded toward now", () => {
    expect(formatRelative(later(3599), now)).toBe("in 59 minutes");
    expect(formatRelative(later(3600), now)).toBe("in 1 hour");
    expect(formatRelative(later(30), now)).toBe("in 30 seconds");
    expect(formatRelative(later(-2 * 86400), now)).toBe("2 days ago");
    expect(formatRelative(new Date("2020-01-08T04:13:19Z"), now)).toBe("4 years ago");
  });
});

describe("formatTable", () => {
  it("pads every column but the last", () => {
    expect(formatTable(["A", "LONG HEADER", "C"], [["wide cell", "x", "last"]])).toBe(["A          LONG HEADER  C", "wide cell  x            last"].join("\n"));
  });
});

describe("formatLinks", () => {
  const link = (fields: Partial<DownloadLink>) => ({ provider: "huawei-dcs", url: "https://h/f", raw: {}, ...fields }) as DownloadLink;

  it("shows name, human size, relative expiry and the link; - where unknown", () => {
    const table = formatLinks(
      [link({ fileName: "a.log", sizeBytes: 950272, expiresAt: later(3600), url: "https://h/a.log" }), link({ expiresAt: later(-60) })],
      now,
    );
    expect(table.split("\n")).toEqual([
      "NAME   SIZE     EXPIRES               LINK",
      "a.log  928 KiB  in 1 hour             https://h/a.log",
      "-      -        expired 1 minute ago  https://h/f",
    ]);
  });
});

describe("compact output (the demo)", () => {
  it("elide keeps both ends", () => {
    expect(elide("abcdefghij", 10)).toBe("abcdefghij");
    expect(elide("abcdefghijk", 7)).toBe("abc…ijk");
    expect(elide("abcdefghijk", 6)).toBe("abc…jk");
  });

  it("shortLink keeps the host, then the file if there is room, and hides the query", () => {
    const jdcloud =
      "http://s3.cn-north-1.jcloudcs.com/jddbpgsql/f7a5d144/logupload/c30fc69d/postgresql-20200108_1100.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200108T031319Z";
    expect(shortLink(jdcloud, 200)).toBe(jdcloud);
    expect(shortLink(jdcloud, 80)).toBe("http://s3.cn-north-1.jcloudcs.com/…/postgresql-20200108_1100.log?…");
    expect(shortLink(jdcloud, 40)).toBe("http://s3.cn-north-1.jcloudcs.com/…?…");
    expect(shortLink(jdcloud, 30)).toHaveLength(30);
    expect(shortLink("https://h.example.com/only-one-segment.log?Expires=1", 45)).toBe("https://h.example.com/only-one-segment.log?…");
    expect(shortLink("https://h.example.com/only-one-segment.log", 30)).toBe("https://h.example.com/…");
  });

  it("formatLinks with compact fits names and links into the width", () => {
    const name = "20230706023359_669a94abef9f4979b2dfba92f48f4042in07_b051c8f7b98f4deeaf88ba97c8daba9dno07_SQLAudit_903bdbb6";
    const table = formatLinks(
      [
        {
          provider: "huawei-audit",
          url: `https://obs.example.com/bucket/a/b/${name}?Signature=${"x".repeat(200)}`,
          fileName: name,
          sizeBytes: 950272,
          raw: {},
        } as DownloadLink,
      ],
      now,
      { compact: 100 },
    );
    const lines = table.split("\n");
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/^20230706023359_669a\S*…\S*_SQLAudit_903bdbb6 +928 KiB +- +https:\/\/obs\.example\.\S*\/…\?…$/);
    // Without compact, nothing is shortened.
    expect(formatLinks([{ provider: "huawei-audit", url: "https://h/f", fileName: name, raw: {} } as DownloadLink], now)).toContain(name);
  });

  it("wrapCommand breaks between words and continues with a backslash", () => {
    const words = ["loglink", "download", "otc-rds", "--mock", "--project-id 0483b6b16e954cb88930a360d2c4e663", "--out $OUT/otc-rds"];
    expect(wrapCommand(words, 200)).toBe(words.join(" "));
    expect(wrapCommand(words, 60).split("\n")).toEqual([
      "loglink download otc-rds --mock \\",
      "    --project-id 0483b6b16e954cb88930a360d2c4e663 \\",
      "    --out $OUT/otc-rds",
    ]);
  });
});

describe("formatProgress", () => {
  it("draws a bar against the known size", () => {
    expect(formatProgress("a.log", { receivedBytes: 512, totalBytes: 1024 }, 80)).toBe("a.log  [############------------]  50%  512 B / 1.0 KiB");
    expect(formatProgress("a.log", { receivedBytes: 2048, totalBytes: 1024 }, 80)).toContain("[########################] 100%");
  });

  it("shows only the bytes when the size is unknown or zero", () => {
    expect(formatProgress("a.log", { receivedBytes: 4096, totalBytes: undefined }, 80)).toBe("a.log  4.0 KiB");
    expect(formatProgress("a.log", { receivedBytes: 0, totalBytes: 0 }, 80)).toBe("a.log  0 B");
  });

  it("shortens the name so that the line fits the terminal", () => {
    const name = "20230706023359_669a94abef9f4979b2dfba92f48f4042in07_SQLAudit_903bdbb6";
    const line = formatProgress(name, { receivedBytes: 512, totalBytes: 1024 }, 60);
    expect(line).toBe("202307060…  [############------------]  50%  512 B / 1.0 KiB");
    expect(line.length).toBe(60);
  });
});

describe("localName", () => {
  const named = (fileName: string | undefined) => localName({ provider: "otc-rds", url: "https://h/", fileName, raw: {} }, 2);

  it("keeps a plain file name", () => expect(named("postgresql-20200108_1100.log")).toBe("postgresql-20200108_1100.log"));

  it("never leaves --out: separators and leading dots go", () => {
    expect(named("../../etc/passwd")).toBe("_.._etc_passwd");
    expect(named("..")).toBe("otc-rds-3.log");
    expect(named("a\\b\nc")).toBe("a_b_c");
    expect(named(undefined)).toBe("otc-rds-3.log");
  });
});

describe("mock mode", () => {
  it("re-dates signed links to now, keeping X-Amz-Expires, and nothing else", () => {
    const answer = JSON.stringify({
      url: "http://s3/x.log?X-Amz-Date=20200108T031319Z&X-Amz-Expires=3600&X-Amz-Signature=",
      otc: "h/y?AWSAccessKeyId=K&Expires=1589530200&Signature=S",
      create_at: 1589529991385,
    });
    expect(JSON.parse(redate(answer, now))).toEqual({
      url: "http://s3/x.log?X-Amz-Date=20240501T120000Z&X-Amz-Expires=3600&X-Amz-Signature=",
      otc: `h/y?AWSAccessKeyId=K&Expires=${now.getTime() / 1000 + 3600}&Signature=S`,
      create_at: 1589529991385,
    });
  });

  it("generates a log file of exactly the announced size", () => {
    const link = { provider: "huawei-audit", url: "https://h/f", fileName: "audit", raw: {} } as DownloadLink;
    for (const size of [0, 1, 100, 950272]) expect(generatedLog(link, size).length).toBe(size);
    expect(new TextDecoder().decode(generatedLog(link, 200))).toMatch(/^2024-01-01 00:00:01 UTC \[mock\] huawei-audit audit: line 1/);
  });
});
