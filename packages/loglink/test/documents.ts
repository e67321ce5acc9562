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
