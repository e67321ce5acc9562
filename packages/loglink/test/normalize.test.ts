import { describe, expect, it } from "vitest";
import { expiryFromUrl, normalizeHuaweiAudit, normalizeHuaweiDcs, normalizeJdcloudRds, normalizeOtcRds } from "../src/index.js";
import { withScheme } from "../src/normalize.js";
import { examples, expectedLinks } from "./documents.js";

describe("the documents' examples", () => {
  it("JD Cloud (000): the public link, the internal one beside it, expiry from X-Amz-Date + X-Amz-Expires", () => {
    const links = normalizeJdcloudRds(examples.jdcloudRds);
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toEqual(expectedLinks.jdcloudRds);
    expect(link!.raw).toBe(examples.jdcloudRds.result);
    expect(link!.sizeBytes).toBeUndefined();
    expect(link!.updatedAt).toBeUndefined();
  });

  it('OTC (001): a link without a scheme gets https://, size "0" is "not reported", expiry from Expires, time from epoch ms', () => {
    expect(normalizeOtcRds(examples.otcRds)).toEqual([expectedLinks.otcRds]);
  });

  it("DCS English (002): the file name from the link; no expiry, because the link carries none", () => {
    const [link, ...rest] = normalizeHuaweiDcs(examples.huaweiDcsEnglish);
    expect(rest).toEqual([]);
    expect(link).toEqual(expectedLinks.huaweiDcsEnglish);
    expect(link!.expiresAt).toBeUndefined();
  });

  it("DCS Chinese (003): the same link shape without `id`", () => {
    expect(examples.huaweiDcsChinese.id).toBeUndefined();
    expect(normalizeHuaweiDcs(examples.huaweiDcsChinese)).toEqual([
      {
        provider: "huawei-dcs",
        url: "https://bucketxxxxx.obs.cn-north-4.myhuaweicloud.com:443/xxxxx/redis_192.168.x.x_2021-04-16.log?AWSAccessKeyId=xxxxx",
        fileName: "redis_192.168.x.x_2021-04-16.log",
        raw: examples.huaweiDcsChinese,
      },
    ]);
  });

  it("TaurusDB audit (004): KB to bytes, +0800 times, and the malformed link_expired_time gives no expiry", () => {
    const [file] = examples.huaweiAudit.files;
    expect(file.link_expired_time).toBe("2023-07-13T012:30:36+0800");
    const [link] = normalizeHuaweiAudit(examples.huaweiAudit);
    expect(link).toEqual({
      provider: "huawei-audit",
      url: "https://obs.obs.domainname.com/bucketname/userid_instanceid/20230706/SQLAudit/xxxxxx",
      fileName: file.name,
      sizeBytes: 928 * 1024,
      // 2023-07-06T02:43:57+0800
      updatedAt: new Date("2023-07-05T18:43:57.000Z"),
      raw: file,
    });
    expect(link!.expiresAt).toBeUndefined();
  });
});

describe("expiry", () => {
  it("comes from X-Amz-Date + X-Amz-Expires, or Expires in epoch seconds", () => {
    expect(expiryFromUrl("https://h/f?X-Amz-Date=20240229T235959Z&X-Amz-Expires=2")).toEqual(new Date("2024-03-01T00:00:01Z"));
    expect(expiryFromUrl("https://h/f?Expires=1700000000&Signature=x")).toEqual(new Date("2023-11-14T22:13:20Z"));
  });

  it("is absent when the signed query is missing or malformed", () => {
    for (const url of [
      "https://h/f",
      "https://h/f?X-Amz-Date=20240229T235959Z", // no lifetime
      "https://h/f?X-Amz-Date=20230230T000000Z&X-Amz-Expires=60", // 30 February
      "https://h/f?X-Amz-Date=2024-02-29T23:59:59Z&X-Amz-Expires=60",
      "https://h/f?X-Amz-Date=20240229T235959Z&X-Amz-Expires=-5",
      "https://h/f?Expires=soon",
      "https://h/f?Expires=1e9",
      "not a url",
    ]) {
      expect(expiryFromUrl(url), url).toBeUndefined();
    }
  });

  it("prefers the answer's link_expired_time over the link's query", () => {
    const [link] = normalizeHuaweiAudit({
      files: [{ download_link: "https://h/f?Expires=1700000000", link_expired_time: "2023-07-13T12:30:36+0800" }],
    });
    expect(link!.expiresAt).toEqual(new Date("2023-07-13T04:30:36Z"));
  });

  it("falls back to the link's query when the answer's time is malformed", () => {
    const [link] = normalizeHuaweiAudit({
      files: [{ download_link: "https://h/f?Expires=1700000000", link_expired_time: "2023-07-13T012:30:36+0800" }],
    });
    expect(link!.expiresAt).toEqual(new Date("2023-11-14T22:13:20Z"));
  });
});

describe("times the provider sends", () => {
  const updatedAt = (updated_time: unknown) =>
    normalizeHuaweiAudit({ files: [{ download_link: "https://h/f", updated_time: updated_time as string }] })[0]!.updatedAt;

  it("accept offsets with or without a colon, Z and fractions", () => {
    expect(updatedAt("2023-07-06T02:43:57-0130")).toEqual(new Date("2023-07-06T04:13:57Z"));
    expect(updatedAt("2023-07-06T02:43:57+08:00")).toEqual(new Date("2023-07-05T18:43:57Z"));
    expect(updatedAt("2023-07-06T02:43:57.5Z")).toEqual(new Date("2023-07-06T02:43:57.500Z"));
  });

  it("are absent, never an exception or an Invalid Date, when malformed", () => {
    for (const value of [
      "2023-07-13T012:30:36+0800",
      "2023-02-30T00:00:00+0800",
      "2023-07-06T24:00:00+0800",
      "2023-07-06T02:43:57+0860",
      "2023-07-06 02:43:57",
      "2023-07-06T02:43:57",
      "",
      null,
      42,
      {},
    ]) {
      expect(updatedAt(value), String(value)).toBeUndefined();
    }
    const otc = (update_at: unknown) => normalizeOtcRds({ list: [{ file_link: "h/f", update_at: update_at as number }] })[0]!.updatedAt;
    for (const value of [-1, 1.5, 9e15, "1589529991385", null]) expect(otc(value), String(value)).toBeUndefined();
  });
});

describe("sizes", () => {
  const otcSize = (file_size: unknown) => normalizeOtcRds({ list: [{ file_link: "h/f", file_size: file_size as string }] })[0]!.sizeBytes;
  const auditSize = (size: unknown) => normalizeHuaweiAudit({ files: [{ download_link: "h/f", size: size as number }] })[0]!.sizeBytes;

  it("are bytes: OTC's strings as they are, the audit log's kilobytes × 1024 (numbers or numeric strings)", () => {
    expect(otcSize("1048576")).toBe(1048576);
    expect(auditSize(1)).toBe(1024);
    expect(auditSize("2")).toBe(2048);
  });

  it("are absent when not a non-negative number, or too large to be exact", () => {
    expect(auditSize(1e308)).toBeUndefined();
    expect(otcSize("1" + "0".repeat(20))).toBeUndefined();
    for (const value of ["12abc", "", " 1", "-5", -5, Number.NaN, null, undefined]) {
      expect(otcSize(value), String(value)).toBeUndefined();
      expect(auditSize(value), String(value)).toBeUndefined();
    }
  });
});

describe("links", () => {
  it("get https:// only when they have no scheme", () => {
    expect(withScheme("****.com:443/f?x=1")).toBe("https://****.com:443/f?x=1");
    expect(withScheme("http://h/f")).toBe("http://h/f");
    expect(withScheme("HTTPS://h/f")).toBe("HTTPS://h/f");
  });

  it("JD Cloud: the internal link stands in when it is the only one", () => {
    const [link] = normalizeJdcloudRds({ result: { internalURL: "http://internal/x/a.log" } });
    expect(link).toMatchObject({ url: "http://internal/x/a.log", internalUrl: "http://internal/x/a.log", fileName: "a.log" });
  });

  it("OTC: failed items (any case) and items without a link are left out", () => {
    const links = normalizeOtcRds({
      list: [
        { file_link: "h/ok", status: "SUCCESS" },
        { file_link: "h/failed", status: "FAILED" },
        { file_link: "h/failed-lower", status: "failed" },
        { status: "SUCCESS" },
        { file_link: "", status: "SUCCESS" },
      ],
    });
    expect(links.map((link) => link.url)).toEqual(["https://h/ok"]);
  });

  it("OTC: an entry still exporting (no file_size, file_link or update_at, as in OTC's slow-log document) gives no link; a linked entry of another status does", () => {
    const links = normalizeOtcRds({
      list: [
        { workflow_id: "w", file_name: "f_exporting", status: "EXPORTING", create_at: 1637140301659 },
        // Huawei's sibling extended-log API names a finished file FINISH, not SUCCESS.
        { workflow_id: "w", file_name: "f_done", status: "FINISH", file_link: "h/f_done", create_at: 1637140315066 },
      ],
    });
    expect(links).toEqual([expect.objectContaining({ url: "https://h/f_done", fileName: "f_done", sizeBytes: undefined, updatedAt: undefined })]);
  });

  it("an answer without items gives no links", () => {
    expect(normalizeJdcloudRds({})).toEqual([]);
    expect(normalizeJdcloudRds({ result: {} })).toEqual([]);
    expect(normalizeOtcRds({ list: null as never })).toEqual([]);
    expect(normalizeHuaweiDcs({ id: "x" })).toEqual([]);
    expect(normalizeHuaweiAudit({ files: "nope" as never })).toEqual([]);
  });

  it("the file name comes from the link's last path segment, decoded, when the answer has none", () => {
    const [link] = normalizeHuaweiAudit({ files: [{ download_link: "https://h/dir/slow%20query.log?Expires=1" }] });
    expect(link!.fileName).toBe("slow query.log");
    const [bare] = normalizeHuaweiDcs({ link: "https://h/" });
    expect(bare!.fileName).toBeUndefined();
  });
});
