import { AbortError, ApiError, ConnectionError, InvalidParameterError, WaiterError } from "@loglink/core";
import { DownloadError, LinkExpiredError } from "loglink";
import { describe, expect, it } from "vitest";
import { UsageError, describeFailure } from "../src/errors.js";
import { hintsFor } from "../src/providers.js";

const refused = () => {
  const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
  return new ConnectionError("POST http://127.0.0.1:9/v3/p/instances/i/errorlog-download: fetch failed", { cause: new TypeError("fetch failed", { cause }) });
};

describe("describeFailure: one line and the exit status", () => {
  it("bad usage exits 2 and says where help is", () => {
    expect(describeFailure(new UsageError("otc-rds needs --instance_id", "loglink links otc-rds --help"))).toEqual({
      line: "otc-rds needs --instance_id — see loglink links otc-rds --help",
      exitCode: 2,
    });
    expect(describeFailure(new InvalidParameterError("credentials.accessKeyId", "accessKeyId is empty"), hintsFor("huawei-dcs"))).toEqual({
      line: "accessKeyId is empty — check --access-key/--secret-key or HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK",
      exitCode: 2,
    });
  });

  it("an API error keeps its code; 401 and 403 point at the credentials of the provider", () => {
    const error = new ApiError({ status: 403, statusText: "Forbidden", code: "APIGW.0305", message: "The request is forbidden.", provider: "huawei-audit" });
    const { line, exitCode } = describeFailure(error, hintsFor("huawei-audit"));
    expect(exitCode).toBe(1);
    expect(line).toMatch(/403.*APIGW\.0305.* — check the credentials \(--access-key\/--secret-key or HUAWEICLOUD_SDK_AK\/HUAWEICLOUD_SDK_SK\) and the project id$/);
  });

  it("a network failure names the system's reason", () => {
    expect(describeFailure(refused()).line).toMatch(/fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9 — check the network, --region and --endpoint$/);
  });

  it("a waiter that gave up on a failing network says why, and where to look", () => {
    const { line, exitCode } = describeFailure(new WaiterError("deadline", undefined, { cause: refused() }));
    expect(exitCode).toBe(1);
    expect(line).toMatch(/^waiter: the deadline passed.*; last error: .*fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9 — check the network/);
  });

  it("interrupted: 130; expired link and download errors: 1", () => {
    expect(describeFailure(new AbortError("aborted"))).toEqual({ line: "interrupted; nothing partial was kept", exitCode: 130 });
    expect(describeFailure(new LinkExpiredError(new Date("2020-05-15T08:10:00Z"))).line).toMatch(/expired at 2020-05-15T08:10:00\.000Z.* — run the command again$/);
    const mismatch = new DownloadError("https://h/f.log?Signature=abc", { reason: "size-mismatch", expectedBytes: 10, receivedBytes: 5 });
    expect(describeFailure(mismatch)).toEqual({ line: expect.stringMatching(/expected 10 bytes, received 5/), exitCode: 1 });
    expect(describeFailure(mismatch).line).not.toContain("abc");
  });

  it("the first line only, redacted", () => {
    const { line } = describeFailure(new Error("GET https://h/f?X-Amz-Signature=s3cr3t failed\n    at somewhere (file.js:1:1)"));
    expect(line).not.toContain("s3cr3t");
    expect(line).not.toContain("\n");
  });
});
