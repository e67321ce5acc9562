import { AbortError, ApiError, ConnectionError, InvalidParameterError, TimeoutError, WaiterError } from "@loglink/core";
import { DownloadError, LinkExpiredError } from "loglink";
import { describe, expect, it } from "vitest";
import { describeFailure, type FailureContext } from "../src/errors.js";
import { UsageError } from "../src/usage.js";

const refused = () => {
  const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
  return new ConnectionError("POST http://127.0.0.1:9/v3/p/instances/i/errorlog-download: fetch failed", { cause: new TypeError("fetch failed", { cause }) });
};
const attempted = <E extends Error>(error: E, attempts: number) => Object.assign(error, { attempts });

const otc: FailureContext = {
  region: "--region",
  projectId: "--project-id or OS_PROJECT_ID",
  credentials: "--access-key/--secret-key or OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN",
};
// The same run, with the region read from the environment.
const otcEnvRegion: FailureContext = { ...otc, region: "OS_REGION_NAME (from the environment)" };

describe("describeFailure: one line ending in a fix for its cause, and the exit status", () => {
  it("bad usage exits 2 and says where help is", () => {
    expect(describeFailure(new UsageError("otc-rds needs --instance_id", "loglink links otc-rds --help"))).toEqual({
      line: "otc-rds needs --instance_id — see loglink links otc-rds --help",
      exitCode: 2,
    });
    expect(describeFailure(new InvalidParameterError("credentials.accessKeyId", "accessKeyId is empty"), otc)).toEqual({
      line: "accessKeyId is empty — check --access-key/--secret-key or OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN",
      exitCode: 2,
    });
  });

  it("a bad region names where the value came from: the flag, or the environment variable", () => {
    const error = new InvalidParameterError("region", 'unknown region "eu-xx"');
    expect(describeFailure(error, otc).line).toBe('unknown region "eu-xx" — check --region');
    expect(describeFailure(error, otcEnvRegion).line).toBe('unknown region "eu-xx" — check OS_REGION_NAME (from the environment)');
    expect(describeFailure(new InvalidParameterError("regionId", "bad"), otcEnvRegion).line).toBe("bad — check OS_REGION_NAME (from the environment)");
  });

  it("an API error keeps its code, says how many attempts, and fits the hint to the status", () => {
    const api = (status: number, attempts = 1) =>
      describeFailure(attempted(new ApiError({ status, code: "X.1", message: "m", provider: "otc-rds", operation: "downloadErrorlog" }), attempts), otc);
    expect(api(401)).toEqual({
      line: "otc-rds downloadErrorlog: HTTP 401 X.1: m (1 attempt) — check the credentials (--access-key/--secret-key or OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN)",
      exitCode: 1,
    });
    expect(api(403).line).toMatch(/ — check the credentials \(.*\), the project id and the account's permissions$/);
    expect(api(404).line).toMatch(/ — check the ids you passed and the region \(--region\)$/);
    expect(api(429, 3).line).toMatch(/\(3 attempts\) — the provider limits the request rate: wait a minute and run the command again$/);
    expect(api(500, 3).line).toMatch(/HTTP 500 X\.1: m \(3 attempts\) — the provider's server failed: try again later, or with more --retries$/);
    expect(api(502, 3).line).toMatch(/HTTP 502 .*\(3 attempts\) — the provider's server failed/);
    expect(api(400).line).toMatch(/ — check the values you passed against `--help`$/);
  });

  it("the API host unreachable: the network, the region's source and --endpoint; a timeout: --timeout", () => {
    expect(describeFailure(attempted(refused(), 3), otcEnvRegion).line).toMatch(
      /fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9 \(3 attempts\) — check the network, the region \(OS_REGION_NAME \(from the environment\)\) and --endpoint$/,
    );
    expect(describeFailure(attempted(new TimeoutError("POST https://h/p: no complete response within 30000 ms"), 3), otc).line).toMatch(
      /\(3 attempts\) — raise --timeout, or check the network, the region \(--region\) and --endpoint$/,
    );
  });

  it("the storage host failing is not the API's: no --region/--endpoint advice", () => {
    const downloading = { ...otc, downloadingTo: "logs" };
    const cut = new ConnectionError("download of https://obs.eu-de.example.com/b/f.log?Signature=abc failed after 10 bytes: socket hang up");
    const { line } = describeFailure(cut, downloading);
    expect(line).toMatch(/ — check the network to obs\.eu-de\.example\.com \(the provider's storage; --region and --endpoint do not choose it\)$/);
    expect(line).not.toContain("abc");
    const refusedLink = new DownloadError("https://obs.eu-de.example.com/b/f.log?Signature=abc", { reason: "status", status: 403, statusText: "Forbidden" });
    expect(describeFailure(refusedLink, downloading).line).toMatch(
      /HTTP 403 Forbidden — obs\.eu-de\.example\.com refused the link: it may have expired or be valid only inside the provider's network; run the command again for fresh links$/,
    );
    const broken = new DownloadError("https://obs.eu-de.example.com/b/f.log", { reason: "status", status: 502 });
    expect(describeFailure(broken, downloading).line).toMatch(
      / — obs\.eu-de\.example\.com \(the provider's storage, not its API\) failed: run the command again later$/,
    );
  });

  it("an unwritable folder: the folder and the reason in words, not EACCES on a hidden temporary file", () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'logs/.f.log.1b2c.part'"), { code: "EACCES", path: "logs/.f.log.1b2c.part" });
    const { line, exitCode } = describeFailure(error, { ...otc, downloadingTo: "logs" });
    expect(exitCode).toBe(1);
    expect(line).toBe("cannot save into logs: permission denied — choose another folder with --out, or make this one writable");
    const readOnly = Object.assign(new Error("EROFS"), { code: "EROFS", path: "/mnt/ro/x" });
    expect(describeFailure(readOnly, otc).line).toBe(
      "cannot save into /mnt/ro: the file system is read-only — choose another folder with --out, or make this one writable",
    );
  });

  it("a waiter that gave up on a failing network says why, and where to look", () => {
    const { line, exitCode } = describeFailure(new WaiterError("deadline", undefined, { cause: refused() }), otc);
    expect(exitCode).toBe(1);
    expect(line).toMatch(
      /^waiter: the deadline passed.*; last error: .*fetch failed: connect ECONNREFUSED 127\.0\.0\.1:9 — check the network, the region \(--region\) and --endpoint$/,
    );
  });

  it("interrupted: 130; expired link and size mismatch: 1, each with its fix", () => {
    expect(describeFailure(new AbortError("aborted"))).toEqual({ line: "interrupted; nothing partial was kept", exitCode: 130 });
    expect(describeFailure(new LinkExpiredError(new Date("2020-05-15T08:10:00Z"))).line).toMatch(
      /expired at 2020-05-15T08:10:00\.000Z.* — run the command again for fresh links$/,
    );
    const mismatch = new DownloadError("https://h/f.log?Signature=abc", { reason: "size-mismatch", expectedBytes: 10, receivedBytes: 5 });
    expect(describeFailure(mismatch)).toEqual({
      line: expect.stringMatching(/expected 10 bytes, received 5.* — the transfer was cut short or changed: run the command again$/),
      exitCode: 1,
    });
    expect(describeFailure(mismatch).line).not.toContain("abc");
  });

  it("anything else: the first line only, redacted, and still a way forward", () => {
    const { line } = describeFailure(new Error("GET https://h/f?X-Amz-Signature=s3cr3t failed\n    at somewhere (file.js:1:1)"));
    expect(line).not.toContain("s3cr3t");
    expect(line).not.toContain("\n");
    expect(line).toMatch(/ — run the command again with --debug; if it persists, report it$/);
  });
});
