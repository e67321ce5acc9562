// The built command line, run as a child process the way a user or CI job runs it.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `loglink …` with only `env` (and PATH) in its environment. */
function loglink(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** A failure is one line on stderr, nothing on stdout, no stack trace. */
function expectOneLineError(run: Run, code: number, line: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^error: /);
  expect(run.stderr).not.toMatch(/\(\S+:\d+:\d+\)|file:\/\/|node:internal/); // no stack frame
  expect(run.stderr.trimEnd()).toMatch(line);
}

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "loglink-cli-"));
  return () => rm(out, { recursive: true, force: true });
});

describe("help and version", () => {
  it("--help lists the commands and providers", async () => {
    const run = await loglink(["--help"]);
    expect(run.code).toBe(0);
    for (const text of ["loglink links <provider>", "loglink download <provider>", "loglink demo", "jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"]) {
      expect(run.stdout).toContain(text);
    }
  });

  it("each command has --help; with a provider, only its parameters and environment variables", async () => {
    const links = await loglink(["links", "--help"]);
    expect(links.code).toBe(0);
    for (const text of ["--json", "--logId", "--start_time", "JDCLOUD_ACCESS_KEY", "OS_ACCESS_KEY", "HUAWEICLOUD_SDK_AK"]) {
      expect(links.stdout).toContain(text);
    }
    const otc = await loglink(["download", "otc-rds", "--help"]);
    expect(otc.code).toBe(0);
    expect(otc.stdout).toContain("--instance_id, --instance-id");
    expect(otc.stdout).toContain("OS_AUTH_TOKEN");
    expect(otc.stdout).toContain("--out <dir>");
    expect(otc.stdout).not.toContain("--logId");
    expect(otc.stdout).not.toContain("HUAWEICLOUD_SDK_AK");
    expect((await loglink(["demo", "-h"])).stdout).toContain("Usage: loglink demo [--out DIR]");
    const download = await loglink(["download", "--help"]);
    expect(download.code).toBe(0);
    expect(download.stdout).toContain("Usage: loglink download <provider> [options]");
    expect(download.stdout).toContain("--out <dir>");
    const audit = await loglink(["links", "huawei-audit", "-h"]);
    expect(audit.stdout).toContain("--start_time, --start-time");
    expect(audit.stdout).toContain("HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_SECURITY_TOKEN, HUAWEICLOUD_SDK_PROJECT_ID");
    expect(audit.stderr).toBe("");
  });

  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(await loglink(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("no command prints the help on stderr and exits 2", async () => {
    const run = await loglink([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage");
  });
});

describe("--mock: every provider from its document's example", () => {
  const started = Date.now();
  /** `links <provider> --mock --json`, which lists the example's one link. */
  const onlyLink = async (provider: string) => {
    const run = await loglink(["links", provider, "--mock", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [link, ...rest] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    return link!;
  };
  // Re-dated links expire an hour after they were issued, during this test.
  const expectFreshExpiry = (expiresAt: unknown) => {
    const time = Date.parse(expiresAt as string);
    expect(time).toBeGreaterThan(started + 3_590_000);
    expect(time).toBeLessThanOrEqual(Date.now() + 3_600_000);
  };

  it("jdcloud-rds", async () => {
    const link = await onlyLink("jdcloud-rds");
    expect(link).toMatchObject({ provider: "jdcloud-rds", fileName: "postgresql-20200108_1100.log" });
    expect(link.url).toMatch(/^http:\/\/s3\.cn-north-1\.jcloudcs\.com\/jddbpgsql\/.*X-Amz-Expires=3600/);
    expect(link.internalUrl).toBe(link.url); // the example's two links are the same
    expectFreshExpiry(link.expiresAt);
  });

  it("otc-rds", async () => {
    const link = await onlyLink("otc-rds");
    // The example's file_size "0" means "not reported" (the spec's decision): no size in the JSON.
    expect(link).toMatchObject({ provider: "otc-rds", updatedAt: "2020-05-15T08:06:31.385Z" });
    expect(link).not.toHaveProperty("sizeBytes");
    expect(link.url).toMatch(/^https:\/\/\*\*\*\*\.com:443\/054bc9c1f680d55c1f36c006e5a9f67b_errorlog_download_20200515080614589\?/);
    expectFreshExpiry(link.expiresAt);
  });

  it("huawei-dcs: no expiry, as the link carries none", async () => {
    const link = await onlyLink("huawei-dcs");
    expect(link).toMatchObject({ provider: "huawei-dcs", fileName: "redis_192.168.x.x_2021-04-16.log" });
    expect(link).not.toHaveProperty("expiresAt");
  });

  it("huawei-audit: KB to bytes, the malformed expiry absent", async () => {
    const link = await onlyLink("huawei-audit");
    expect(link).toMatchObject({ provider: "huawei-audit", sizeBytes: 928 * 1024, updatedAt: "2023-07-05T18:43:57.000Z" });
    expect(link).not.toHaveProperty("expiresAt");
    expect(link.raw).toMatchObject({ link_expired_time: "2023-07-13T012:30:36+0800" });
  });

  it("prints a table by default", async () => {
    const run = await loglink(["links", "huawei-audit", "--mock"]);
    expect(run.code).toBe(0);
    const [header, row, ...rest] = run.stdout.trimEnd().split("\n");
    expect(rest).toEqual([]);
    expect(header).toMatch(/^NAME +SIZE +EXPIRES +LINK$/);
    expect(row!.split(/ {2,}/)).toEqual([
      "20230706023359_669a94abef9f4979b2dfba92f48f4042in07_b051c8f7b98f4deeaf88ba97c8daba9dno07_SQLAudit_903bdbb6-1ba5-11ee-8b97-fa163ef0f8c2",
      "928 KiB",
      "-",
      "https://obs.obs.domainname.com/bucketname/userid_instanceid/20230706/SQLAudit/xxxxxx",
    ]);
  });

  it("download saves each provider's generated files, of the announced size where there is one (16 KiB otherwise)", async () => {
    for (const [provider, size] of [
      ["jdcloud-rds", 16 * 1024],
      ["otc-rds", 16 * 1024], // the example's "0" is "not reported"
      ["huawei-dcs", 16 * 1024],
      ["huawei-audit", 928 * 1024],
    ] as const) {
      const directory = join(out, provider);
      const run = await loglink(["download", provider, "--mock", "--out", directory]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const files = await readdir(directory);
      expect(files).toHaveLength(1);
      const saved = await stat(join(directory, files[0]!));
      expect(saved.size).toBe(size);
      expect(run.stdout).toBe(`saved ${join(directory, files[0]!)} (${size / 1024} KiB)\n`);
      expect(await readFile(join(directory, files[0]!), "utf8")).toContain(`[mock] ${provider} ${files[0]}: line 1,`);
    }
  });
});

describe("demo", () => {
  it("runs all four providers into --out and exits 0", async () => {
    const run = await loglink(["demo", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const provider of ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"]) {
      expect(run.stdout).toContain(`$ loglink download ${provider} --mock `);
      expect(await readdir(join(out, provider))).toHaveLength(1);
    }
    expect(run.stdout).toContain(`4 files from 4 providers in ${out}`);
  });

  it("without --out writes into a new temporary directory, which it names", async () => {
    const run = await loglink(["demo"]);
    expect(run.code).toBe(0);
    const directory = /files from 4 providers in (\S+) /.exec(run.stdout)?.[1];
    expect(directory).toBeDefined();
    expect((await readdir(directory!)).sort()).toEqual(["huawei-audit", "huawei-dcs", "jdcloud-rds", "otc-rds"]);
    await rm(directory!, { recursive: true });
  });
});

describe("bad usage: exit 2 with one actionable line", () => {
  const credentials = { OS_ACCESS_KEY: "AKEXAMPLE", OS_SECRET_KEY: "secret-example", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" };

  it.each([
    [["frobnicate"], {}, /^error: unknown command "frobnicate" — see loglink --help$/],
    [["links", "aws-rds"], {}, /unknown provider "aws-rds"; one of jdcloud-rds, otc-rds, huawei-dcs, huawei-audit — see loglink links --help/],
    [["links"], {}, /which provider\? one of jdcloud-rds/],
    [["links", "otc-rds", "--nope"], {}, /Unknown option '--nope' — see loglink links --help/],
    [["links", "otc-rds", "--mock", "--logId", "x"], {}, /--logId is not a parameter of otc-rds — see loglink links otc-rds --help/],
    [["links", "otc-rds"], credentials, /otc-rds needs --instance_id — see loglink links otc-rds --help/],
    [["links", "huawei-dcs"], { HUAWEICLOUD_SDK_AK: "a", HUAWEICLOUD_SDK_SK: "s", HUAWEICLOUD_SDK_PROJECT_ID: "p" }, /huawei-dcs needs --instance_id, --id/],
    [["links", "huawei-dcs", "--instance-id", "i", "--id", "x"], { HUAWEICLOUD_SDK_AK: "a", HUAWEICLOUD_SDK_SK: "s" }, /huawei-dcs needs a project id: --project-id or HUAWEICLOUD_SDK_PROJECT_ID/],
    [
      ["links", "otc-rds", "--instance_id", "3d39c18788b54a919bab633874c159dfin03"],
      { OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
      /no credentials for otc-rds: --access-key\/--secret-key or OS_ACCESS_KEY\/OS_SECRET_KEY or OS_AUTH_TOKEN, or try --mock/,
    ],
    [["links", "jdcloud-rds", "--instanceId", "i", "--logId", "l", "--seconds", "60"], { JDCLOUD_ACCESS_KEY: "a", JDCLOUD_SECRET_KEY: "s" }, /jdcloud-rds needs --region \(e\.g\. cn-north-1\)/],
    [["links", "jdcloud-rds", "--mock", "--seconds", "soon"], {}, /--seconds must be a whole number, not "soon"/],
    [["links", "jdcloud-rds", "--mock", "--seconds", "0"], {}, /"seconds" must be >= 1 \(got 0\) — check --seconds/],
    [["links", "otc-rds", "--mock", "--instance-id", "a/b"], {}, /"instance_id" must not contain "\/" or "\\" \(got "a\/b"\) — check --instance_id/],
    [["links", "otc-rds", "--instance_id", "3d39c18788b54a919bab633874c159dfin03", "--access-key", "AKONLY"], { OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" }, /an access key needs its secret key/],
  ])("%j", async (args, env, line) => {
    expectOneLineError(await loglink(args as string[], env as Record<string, string>), 2, line);
  });
});

describe("against a live (local) API: failures exit 1 with one line, the secret never shown", () => {
  // Stands in for rds.eu-de.otc.t-systems.com and its file host: the instance id picks the answer.
  let server: Server;
  let origin: string;
  const fileBody = "2024-05-01 12:00:00 UTC LOG: checkpoint starting\n".repeat(40);
  const answers: Record<string, (origin: string) => [number, unknown]> = {
    in01: () => [401, { error_code: "APIGW.0301", error_msg: "Incorrect IAM authentication information: verify aksk signature fail" }],
    in02: () => [404, { error_code: "DBS.200045", error_msg: "The DB instance does not exist." }],
    // The document's example as it is: its link expired in 2020.
    in03: () => [200, { status: "finish", list: [{ file_name: "old.log", status: "success", file_size: "0", file_link: "****.com:443/old.log?AWSAccessKeyId=K&Expires=1589530200&Signature=S" }] }],
    in04: (at) => [200, { status: "FINISH", list: [fileItem(at, "fresh.log", fileBody.length)] }],
    in05: (at) => [200, { status: "FINISH", list: [fileItem(at, "short.log", fileBody.length + 100)] }],
    in06: () => [200, { status: "FAILED", list: [] }],
    in07: (at) => [200, { status: "FINISH", list: [fileItem(at, "stall.log", 2 * fileBody.length)] }],
    // A gateway that echoes the credential it refused: the CLI still must not print it.
    in08: () => [401, { error_code: "APIGW.0307", error_msg: `The token ${received.at(-1)?.["x-auth-token"]} must be updated.` }],
  };
  // The headers of each API request, to check that a secret the test looks for was really sent.
  const received: Record<string, string | string[] | undefined>[] = [];
  const fileItem = (at: string, name: string, size: number) => ({
    file_name: name,
    status: "SUCCESS",
    file_size: String(size),
    file_link: `${at}/files/${name}?AWSAccessKeyId=K&Expires=${Math.floor(Date.now() / 1000) + 600}&Signature=S`,
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      const instance = /\/instances\/[0-9a-f]{32}(in\d\d)\/errorlog-download$/.exec(request.url!)?.[1];
      if (request.url!.startsWith("/files/stall.log")) {
        // Half of the file, then nothing: only an interrupt ends this download.
        response.writeHead(200, { "content-length": 2 * fileBody.length }).write(fileBody, () => server.emit("stalled"));
      } else if (request.url!.startsWith("/files/")) {
        response.writeHead(200, { "content-type": "text/plain" }).end(fileBody);
      } else if (instance && answers[instance]) {
        received.push(request.headers);
        const [status, body] = answers[instance]!(origin);
        response.writeHead(status, { "content-type": "application/json", "x-request-id": "req-123" }).end(JSON.stringify(body));
      } else {
        response.writeHead(500).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  const secret = "TOPSECRETVALUE42";
  const otc = (command: string, instance: string, ...more: string[]) =>
    loglink([command, "otc-rds", "--endpoint", origin, "--instance_id", `3d39c18788b54a919bab633874c159df${instance}`, "--secret-key", secret, ...more], {
      OS_ACCESS_KEY: "AKEXAMPLE",
      OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663",
    });

  it("auth failure: the API's code and where the credentials come from", async () => {
    const run = await otc("links", "in01");
    expectOneLineError(run, 1, /HTTP 401 .*APIGW\.0301.* — check the credentials \(--access-key\/--secret-key or OS_ACCESS_KEY\/OS_SECRET_KEY or OS_AUTH_TOKEN\)/);
    expect(run.stderr).toContain("request id req-123");
    expect(run.stderr).not.toContain(secret);
  });

  it("a secret given by flag is never shown, even when the API echoes it back", async () => {
    const token = "MIIZkQYJKoZIhvcNAQcCoIIZgjCCGX4CAQExDTALBglghkgBZQMEAgEwgX-TOKEN";
    const securityToken = "gQpjbi1ub3J0aC00jYNxfS-SECURITY-TOKEN";
    const secretKey = "Wm9NQ0ZQ5mYzSECRETKEY";
    received.length = 0;
    const instance = (suffix: string) => `3d39c18788b54a919bab633874c159df${suffix}`;
    const flags = ["--endpoint", origin, "--project-id", "0483b6b16e954cb88930a360d2c4e663"];
    // In parallel: seven runs one after the other take too long on a busy machine.
    const runs = await Promise.all([
      // an IAM token, echoed in the API's 401 message
      loglink(["links", "otc-rds", ...flags, "--instance_id", instance("in08"), "--token", token]),
      // the same as --token=…
      loglink(["links", "otc-rds", ...flags, "--instance_id", instance("in08"), `--token=${token}`]),
      // from the environment
      loglink(["links", "otc-rds", ...flags, "--instance_id", instance("in08")], { OS_AUTH_TOKEN: token }),
      // temporary access keys: an API error, a usage error, and a download
      loglink(["links", "otc-rds", ...flags, "--instance_id", instance("in02"), "--access-key", "AKTEMP", "--secret-key", secretKey, "--security-token", securityToken]),
      loglink(["links", "otc-rds", ...flags, "--access-key", "AKTEMP", "--secret-key", secretKey, "--security-token", securityToken]),
      loglink(["download", "otc-rds", ...flags, "--instance_id", instance("in04"), "--out", out, "--secret-key", secretKey, "--security-token", securityToken], { OS_ACCESS_KEY: "AKTEMP" }),
      loglink(["links", "otc-rds", ...flags, "--instance_id", instance("in04"), "--json", "--token", token]),
    ]);
    expect(received.map((headers) => headers["x-auth-token"] ?? headers["x-security-token"]).sort()).toEqual(
      [token, token, token, securityToken, securityToken, token].sort(),
    );
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1, 1, 2, 0, 0]);
    expect(runs[0]!.stderr).toMatch(/^error: .*APIGW\.0307: The token \[REDACTED\] must be updated/);
    for (const run of runs) {
      for (const secret of [token, securityToken, secretKey]) {
        expect(run.stdout).not.toContain(secret);
        expect(run.stderr).not.toContain(secret);
      }
    }
  }, 20_000);

  it("API error: its code", async () => {
    expectOneLineError(await otc("links", "in02"), 1, /HTTP 404 .*DBS\.200045: The DB instance does not exist\. .* — check the ids you passed/);
  });

  it("the export failed: the waiter says so", async () => {
    expectOneLineError(await otc("links", "in06"), 1, /waiter: the resource reached a failed state — try again later/);
  });

  it("network failure: where to look", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const run = await loglink(
      ["links", "huawei-dcs", "--endpoint", `http://127.0.0.1:${port}`, "--instance_id", "i-1", "--id", "log-1", "--secret-key", secret],
      { HUAWEICLOUD_SDK_AK: "AKEXAMPLE", HUAWEICLOUD_SDK_PROJECT_ID: "0524e839a54847039e9b2b46e8aa788a" },
    );
    expectOneLineError(run, 1, /ECONNREFUSED.* — check the network, --region and --endpoint/);
    expect(run.stderr).not.toContain(secret);
    // OTC's export is waited for; an endpoint that cannot be reached still fails at the first call.
    const otc = await loglink(
      ["links", "otc-rds", "--endpoint", `http://127.0.0.1:${port}`, "--instance_id", "3d39c18788b54a919bab633874c159dfin03", "--secret-key", secret],
      { OS_ACCESS_KEY: "AKEXAMPLE", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
    );
    expectOneLineError(otc, 1, /^error: POST http:\/\/127\.0\.0\.1:\d+\/v3\/.*\/errorlog-download: fetch failed: connect ECONNREFUSED .* — check the network, --region and --endpoint$/);
    expect(otc.stderr).not.toContain(secret);
  }, 30_000); // two retries with backoff, twice

  it("expired link: refused with its expiry, nothing saved", async () => {
    const run = await otc("download", "in03", "--out", out);
    expectOneLineError(run, 1, /the download link expired at 2020-05-15T08:10:00\.000Z; ask the provider for a new link — run the command again/);
    expect(await readdir(out)).toEqual([]);
  });

  it("a real download: links as JSON, then the file", async () => {
    const links = await otc("links", "in04", "--json");
    expect(links.code).toBe(0);
    expect(JSON.parse(links.stdout)).toMatchObject([{ provider: "otc-rds", fileName: "fresh.log", sizeBytes: fileBody.length }]);
    const run = await otc("download", "in04", "--out", out);
    expect(run).toEqual({ code: 0, stdout: `saved ${join(out, "fresh.log")} (1.9 KiB)\n`, stderr: "" });
    expect(await readFile(join(out, "fresh.log"), "utf8")).toBe(fileBody);
  });

  it("Ctrl-C mid-download: exit 130, nothing partial kept", async () => {
    const child = spawn(process.execPath, [bin, "download", "otc-rds", "--endpoint", origin, "--instance_id", "3d39c18788b54a919bab633874c159dfin07", "--out", out], {
      env: { PATH: process.env.PATH ?? "", OS_AUTH_TOKEN: "token", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    await once(server, "stalled");
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(130);
    expect(stderr).toBe("error: interrupted; nothing partial was kept\n");
    expect(await readdir(out)).toEqual([]);
  });

  it("size mismatch: both sizes, nothing saved", async () => {
    const run = await otc("download", "in05", "--out", out);
    expectOneLineError(run, 1, new RegExp(`expected ${fileBody.length + 100} bytes, received ${fileBody.length}; nothing was saved`));
    expect(await readdir(out)).toEqual([]);
  });
});
