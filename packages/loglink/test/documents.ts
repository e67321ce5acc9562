// The provider documents' own example answers, read from specs/<provider>/source/ (byte copies of
// the documents) so that the tests follow the documents, not a transcription of them.
import { readFileSync } from "node:fs";

const source = (path: string) => readFileSync(new URL(`../../../specs/${path}`, import.meta.url), "utf8");

/** The JSON object that starts at the first `{` after `marker` in `text`. */
function jsonAfter(text: string, marker: string): unknown {
  const start = text.indexOf("{", text.indexOf(marker));
  if (text.indexOf(marker) < 0 || start < 0) throw new Error(`no JSON after ${JSON.stringify(marker)}`);
  let depth = 0;
  let inString = false;
  // Braces inside strings (DCS's `{obs_endpoint}` host) do not count.
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "{") depth++;
    else if (character === "}" && --depth === 0) return JSON.parse(text.slice(start, index + 1));
  }
  throw new Error(`unterminated JSON after ${JSON.stringify(marker)}`);
}

export const examples = {
  jdcloudRds: jsonAfter(source("jdcloud-rds/source/000_43644ab5a5920e4b.txt"), "## Return Example"),
  otcRds: jsonAfter(source("otc-rds/source/001_073ebb5954cb14d0.txt"), "Example normal response"),
  huaweiDcsEnglish: jsonAfter(source("huawei-dcs/source/002_094596846b5c092b.txt"), "Example Responses"),
  huaweiDcsChinese: jsonAfter(source("huawei-dcs/source/003_2bd456e0c309778c.txt"), "## 响应示例"),
  huaweiAudit: jsonAfter(source("huawei-audit/source/004_2489ab52183c1411.txt"), "Example Response"),
} as Record<string, any>;

/**
 * The DownloadLink each example answer normalises to, worked out by hand from the documents, for
 * the normaliser's tests and the facade's alike.
 */
export const expectedLinks = {
  jdcloudRds: {
    provider: "jdcloud-rds",
    url: examples.jdcloudRds.result.publicURL,
    internalUrl: examples.jdcloudRds.result.internalURL,
    fileName: "postgresql-20200108_1100.log",
    // 20200108T031319Z + 3600 s
    expiresAt: new Date("2020-01-08T04:13:19.000Z"),
    raw: examples.jdcloudRds.result,
  },
  otcRds: {
    provider: "otc-rds",
    url: `https://${examples.otcRds.list[0].file_link}`,
    fileName: "054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589",
    // the example's file_size "0" means "not reported"
    sizeBytes: undefined,
    // Expires=1589530200
    expiresAt: new Date("2020-05-15T08:10:00.000Z"),
    // update_at 1589529991385
    updatedAt: new Date("2020-05-15T08:06:31.385Z"),
    raw: examples.otcRds.list[0],
  },
  huaweiDcsEnglish: {
    provider: "huawei-dcs",
    url: "https://bucketxxxxx.{obs_endpoint}:443/xxxxx/redis_192.168.x.x_2021-04-16.log?AWSAccessKeyId=xxxxx",
    fileName: "redis_192.168.x.x_2021-04-16.log",
    raw: examples.huaweiDcsEnglish,
  },
} as const;
