// The built command line, run as a child process the way a user or CI job runs it.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
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
function loglink(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8", cwd }, (error, stdout, stderr) =>
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
    expect(await loglink(["-v"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
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
    // From the instance id alone: the listed log carries its links, so they are used as they are.
    const link = await onlyLink("jdcloud-rds");
    expect(link).toMatchObject({ provider: "jdcloud-rds", fileName: "mysql-slowlog-20200108_1054.log", sizeBytes: 198 });
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
    expect(link).toMatchObject({ provider: "huawei-dcs", fileName: "redis_192.168.0.142_2021-04-16.log" });
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
    for (const [provider, size, shown] of [
      ["jdcloud-rds", 198, "198 B"],
      ["otc-rds", 16 * 1024, "16 KiB"], // the example's "0" is "not reported"
      ["huawei-dcs", 16 * 1024, "16 KiB"],
      ["huawei-audit", 928 * 1024, "928 KiB"],
    ] as const) {
      const directory = join(out, provider);
      const run = await loglink(["download", provider, "--mock", "--out", directory]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const files = await readdir(directory);
      expect(files).toHaveLength(1);
      const saved = await stat(join(directory, files[0]!));
      expect(saved.size).toBe(size);
      expect(run.stdout).toBe(`saved ${join(directory, files[0]!)} (${shown})\n`);
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
    // did you mean: commands, providers, options
    [["link", "otc-rds"], {}, /^error: unknown command "link"; did you mean links\? — see loglink --help$/],
    [["--verison"], {}, /^error: unknown option "--verison"; did you mean --version\? — see loglink --help$/],
    [["otc-rds"], {}, /^error: "otc-rds" is a provider; say what to do with it: loglink links otc-rds — see loglink --help$/],
    [["links", "otc"], {}, /^error: unknown provider "otc"; did you mean otc-rds\? \(one of .*\) — see loglink links --help$/],
    [["download", "huawei-dsc"], {}, /unknown provider "huawei-dsc"; did you mean huawei-dcs\?/],
    [["links", "otc-rds", "--instanceid", "x"], {}, /^error: unknown option --instanceid; did you mean --instance_id\? — see loglink links otc-rds --help$/],
    [["links", "otc-rds", "--mock", "--regoin", "eu-de"], {}, /unknown option --regoin; did you mean --region\?/],
    [["links", "otc-rds", "--mock", "--start-time", "x"], {}, /--start-time is not a parameter of otc-rds — see loglink links otc-rds --help$/],
    // one value per flag, never empty
    [
      ["links", "otc-rds", "--mock", "--region", "eu-de", "--region", "eu-nl"],
      {},
      /^error: --region and --region were both given, with different values; give it once — see loglink links otc-rds --help$/,
    ],
    [["links", "otc-rds", "--mock", "--instance_id", "a", "--instance-id", "b"], {}, /--instance_id and --instance-id were both given, with different values/],
    [["links", "otc-rds", "--mock", "--region", ""], {}, /^error: --region is empty: give it a value or leave it out — see loglink links otc-rds --help$/],
    [["links", "otc-rds", "--mock", "--project-id="], {}, /--project-id is empty/],
    [["links", "otc-rds", "--mock", "--region"], {}, /^error: --region needs a value/],
    [["links", "otc-rds", "--mock=yes"], {}, /^error: --mock takes no value/],
    // steering
    [["links", "otc-rds", "--mock", "--timeout", "0"], {}, /--timeout is in seconds, a positive number \(e\.g\. 30\), not "0"/],
    [["links", "otc-rds", "--mock", "--timeout", "soon"], {}, /--timeout is in seconds/],
    [["links", "otc-rds", "--mock", "--retries", "-1"], {}, /--retries is a whole number from 0 to 99, not "-1"/],
    [["links", "otc-rds", "--mock", "--endpoint", "http://127.0.0.1:9"], {}, /--mock and --endpoint exclude each other/],
    [["links", "huawei-dcs", "--mock", "--cloud", "otc"], {}, /--cloud reads OpenStack's clouds\.yaml, which only otc-rds uses/],
    [["links", "aws-rds"], {}, /unknown provider "aws-rds" \(one of jdcloud-rds, otc-rds, huawei-dcs, huawei-audit\) — see loglink links --help/],
    [["links"], {}, /which provider\? one of jdcloud-rds/],
    [["links", "otc-rds", "--nope"], {}, /^error: unknown option --nope — see loglink links otc-rds --help$/],
    [["links", "otc-rds", "--mock", "--logId", "x"], {}, /--logId is not a parameter of otc-rds — see loglink links otc-rds --help$/],
    [["links", "otc-rds"], credentials, /otc-rds needs --instance_id — see loglink links otc-rds --help/],
    [
      ["links", "huawei-dcs"],
      { HUAWEICLOUD_SDK_AK: "a", HUAWEICLOUD_SDK_SK: "s", HUAWEICLOUD_SDK_PROJECT_ID: "p" },
      /huawei-dcs needs --instance_id — see loglink links huawei-dcs --help/,
    ],
    [
      ["links", "huawei-dcs", "--instance-id", "i", "--id", "x"],
      { HUAWEICLOUD_SDK_AK: "a", HUAWEICLOUD_SDK_SK: "s" },
      /huawei-dcs needs a project id: --project-id or HUAWEICLOUD_SDK_PROJECT_ID/,
    ],
    [
      ["links", "otc-rds", "--instance_id", "3d39c18788b54a919bab633874c159dfin03"],
      { OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
      /no credentials for otc-rds: --access-key\/--secret-key or OS_ACCESS_KEY\/OS_SECRET_KEY or OS_TOKEN, or --cloud\/OS_CLOUD \(clouds\.yaml\), or try --mock/,
    ],
    [
      ["links", "jdcloud-rds", "--instanceId", "i", "--logId", "l", "--seconds", "60"],
      { JDCLOUD_ACCESS_KEY: "a", JDCLOUD_SECRET_KEY: "s" },
      /jdcloud-rds needs --region, any of its region ids \(e\.g\. cn-north-1\)/,
    ],
    [["links", "jdcloud-rds", "--mock", "--seconds", "soon"], {}, /--seconds must be a whole number, not "soon"/],
    [["links", "jdcloud-rds", "--mock", "--seconds", "0"], {}, /seconds must be an integer from 1 to 86400 \(got 0\) — check --seconds/],
    [["links", "otc-rds", "--mock", "--instance-id", "a/b"], {}, /"instance_id" must not contain "\/" or "\\" \(got "a\/b"\) — check --instance_id/],
    [
      ["links", "otc-rds", "--instance_id", "3d39c18788b54a919bab633874c159dfin03", "--access-key", "AKONLY"],
      { OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
      /an access key needs its secret key, and the other way round/,
    ],
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
    in03: () => [
      200,
      {
        status: "finish",
        list: [{ file_name: "old.log", status: "success", file_size: "0", file_link: "****.com:443/old.log?AWSAccessKeyId=K&Expires=1589530200&Signature=S" }],
      },
    ],
    in04: (at) => [200, { status: "FINISH", list: [fileItem(at, "fresh.log", fileBody.length)] }],
    in05: (at) => [200, { status: "FINISH", list: [fileItem(at, "short.log", fileBody.length + 100)] }],
    in06: () => [200, { status: "FAILED", list: [] }],
    in07: (at) => [200, { status: "FINISH", list: [fileItem(at, "stall.log", 2 * fileBody.length)] }],
    // Three files, the second of which the storage refuses.
    in12: (at) => [
      200,
      { status: "FINISH", list: [fileItem(at, "one.log", fileBody.length), fileItem(at, "missing.log", 10), fileItem(at, "three.log", fileBody.length)] },
    ],
    // A gateway that echoes the credential it refused: the CLI still must not print it.
    in08: () => [401, { error_code: "APIGW.0307", error_msg: `The token ${received.at(-1)?.["x-auth-token"]} must be updated.` }],
    // The export task: CREATING at the first call, FINISH from the second on.
    in09: (at) => (polls++ === 0 ? [200, { status: "CREATING", list: [] }] : [200, { status: "FINISH", list: [fileItem(at, "waited.log", fileBody.length)] }]),
    in10: () => [502, { error_code: "APIGW.0202", error_msg: "Bad gateway" }],
    in11: (at) => [200, { status: "FINISH", list: [fileItem(at, "forbidden.log", fileBody.length)] }],
  };
  let polls = 0;
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
      if (request.url!.startsWith("/files/forbidden.log")) {
        response.writeHead(403, "Forbidden").end();
      } else if (request.url!.startsWith("/files/stall.log")) {
        // Half of the file, then nothing: only an interrupt ends this download.
        response.writeHead(200, { "content-length": 2 * fileBody.length }).write(fileBody, () => server.emit("stalled"));
      } else if (request.url!.startsWith("/files/missing.log")) {
        response.writeHead(404, { "content-type": "application/xml" }).end("<Error><Code>NoSuchKey</Code></Error>");
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
    // The hint names where this run's credentials came from: the flag and the variable.
    expectOneLineError(run, 1, /HTTP 401 .*APIGW\.0301.* \(1 attempt\) — check the credentials \(--secret-key and OS_ACCESS_KEY \(from the environment\)\)$/);
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
      loglink([
        "links",
        "otc-rds",
        ...flags,
        "--instance_id",
        instance("in02"),
        "--access-key",
        "AKTEMP",
        "--secret-key",
        secretKey,
        "--security-token",
        securityToken,
      ]),
      loglink(["links", "otc-rds", ...flags, "--access-key", "AKTEMP", "--secret-key", secretKey, "--security-token", securityToken]),
      loglink(
        ["download", "otc-rds", ...flags, "--instance_id", instance("in04"), "--out", out, "--secret-key", secretKey, "--security-token", securityToken],
        { OS_ACCESS_KEY: "AKTEMP" },
      ),
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
  }, 60_000);

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
    expectOneLineError(run, 1, /ECONNREFUSED.* \(3 attempts\) — check the network, the region \(--region\) and --endpoint$/);
    expect(run.stderr).not.toContain(secret);
    // OTC's export is waited for; an endpoint that cannot be reached still fails at the first call.
    const otc = await loglink(
      ["links", "otc-rds", "--endpoint", `http://127.0.0.1:${port}`, "--instance_id", "3d39c18788b54a919bab633874c159dfin03", "--secret-key", secret],
      { OS_ACCESS_KEY: "AKEXAMPLE", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
    );
    expectOneLineError(
      otc,
      1,
      /^error: POST http:\/\/127\.0\.0\.1:\d+\/v3\/.*\/errorlog-download: fetch failed: connect ECONNREFUSED .* \(3 attempts\) — check the network, the region \(--region\) and --endpoint$/,
    );
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

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("%s mid-download: exit 130, nothing partial kept, the next run starts afresh", async (signal) => {
    const child = spawn(
      process.execPath,
      [bin, "download", "otc-rds", "--endpoint", origin, "--instance_id", "3d39c18788b54a919bab633874c159dfin07", "--out", out],
      {
        env: { PATH: process.env.PATH ?? "", OS_AUTH_TOKEN: "token", OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663" },
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    await once(server, "stalled");
    // The partial file exists while the download runs…
    expect((await readdir(out)).some((name) => name.startsWith(".stall.log.") && name.endsWith(".part"))).toBe(true);
    child.kill(signal);
    const [code] = await once(child, "exit");
    expect(code).toBe(130);
    expect(stderr).toBe("error: interrupted; nothing partial was kept\n");
    // …and is gone once the process has exited: no orphan.
    expect(await readdir(out)).toEqual([]);
  });

  it("an existing file is refused by default, replaced with --clobber, kept with --skip-existing", async () => {
    await writeFile(join(out, "fresh.log"), "mine\n");
    const refused = await otc("download", "in04", "--out", out);
    expectOneLineError(refused, 1, /fresh\.log exists/);
    expect(await readFile(join(out, "fresh.log"), "utf8")).toBe("mine\n");
    const skipped = await otc("download", "in04", "--out", out, "--skip-existing");
    expect(skipped).toEqual({ code: 0, stdout: `skipped ${join(out, "fresh.log")}: exists (5 B)\n`, stderr: "" });
    expect(await readFile(join(out, "fresh.log"), "utf8")).toBe("mine\n");
    const replaced = await otc("download", "in04", "--out", out, "--clobber");
    expect(replaced).toEqual({ code: 0, stdout: `saved ${join(out, "fresh.log")} (1.9 KiB)\n`, stderr: "" });
    expect(await readFile(join(out, "fresh.log"), "utf8")).toBe(fileBody);
    expect(await readdir(out)).toEqual(["fresh.log"]);
  });

  it("several files, one refused by the storage: the others saved, a line each, exit 1 naming the failure", async () => {
    const run = await otc("download", "in12", "--out", out, "--concurrency", "2");
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").sort()).toEqual(["", `saved ${join(out, "one.log")} (1.9 KiB)`, `saved ${join(out, "three.log")} (1.9 KiB)`]);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^failed .*missing\.log: download of .* failed: HTTP 404/),
      expect.stringMatching(/^error: 1 of 3 files failed; the first: .*HTTP 404/),
    ]);
    expect(run.stderr).not.toContain("Signature=S");
    expect((await readdir(out)).sort()).toEqual(["one.log", "three.log"]);
  });

  it("--json: one JSON line per file on stdout, failures included", async () => {
    const run = await otc("download", "in12", "--out", out, "--json", "--connections", "2");
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(
      expect.arrayContaining([
        { status: "saved", path: join(out, "one.log"), fileName: "one.log", sizeBytes: fileBody.length },
        { status: "saved", path: join(out, "three.log"), fileName: "three.log", sizeBytes: fileBody.length },
        {
          status: "failed",
          path: join(out, "missing.log"),
          fileName: "missing.log",
          error: { name: "DownloadError", message: expect.stringMatching(/HTTP 404/) },
        },
      ]),
    );
  });

  it.each([
    [["--concurrency", "0"], /--concurrency must be a whole number from 1 to 64, not "0"/],
    [["--connections", "17"], /--connections must be a whole number from 1 to 16, not "17"/],
    [["--clobber", "--skip-existing"], /--clobber and --skip-existing exclude each other/],
  ])("bad download flags %j: usage error before any request", async (flags, line) => {
    received.length = 0;
    expectOneLineError(await otc("download", "in04", "--out", out, ...flags), 2, line);
    expect(received).toEqual([]);
  });

  it("size mismatch: both sizes, nothing saved", async () => {
    const run = await otc("download", "in05", "--out", out);
    expectOneLineError(run, 1, new RegExp(`expected ${fileBody.length + 100} bytes, received ${fileBody.length}; nothing was saved`));
    expect(await readdir(out)).toEqual([]);
  });

  it("waiting for the export shows progress on stderr, then the file", async () => {
    polls = 0;
    const run = await otc("download", "in09", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^waiting for the export: FINISH, \d+ s\n$/);
    expect(run.stdout).toBe(`saved ${join(out, "waited.log")} (1.9 KiB)\n`);
    expect(polls).toBe(2);
  }, 20_000);

  it("--debug and LOGLINK_DEBUG=1: one redacted line per attempt with method, URL, status, time, attempt and request id", async () => {
    for (const [flags, env] of [
      [["--debug"], {}],
      [[], { LOGLINK_DEBUG: "1" }],
    ] as const) {
      const run = await loglink(
        ["links", "otc-rds", "--endpoint", origin, "--instance_id", "3d39c18788b54a919bab633874c159dfin10", "--retries", "1", ...flags],
        {
          OS_ACCESS_KEY: "AKEXAMPLE",
          OS_SECRET_KEY: secret,
          OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663",
          ...env,
        },
      );
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      for (const [index, line] of lines.slice(0, 2).entries()) {
        expect(line).toMatch(
          new RegExp(
            `^debug: otc-rds POST ${origin}/v3/0483b6b16e954cb88930a360d2c4e663/instances/3d39c18788b54a919bab633874c159dfin10/errorlog-download -> 502 \\(\\d+ ms, attempt ${index + 1}\\), request id req-123$`,
          ),
        );
      }
      expect(run.stderr).not.toContain(secret);
    }
    // Without either, nothing but the error line.
    const quiet = await otc("links", "in10", "--retries", "0");
    expect(quiet.stderr.trimEnd().split("\n")).toHaveLength(1);
  }, 30_000);

  it("HTTP 502: the code, the attempts, and what to do", async () => {
    expectOneLineError(
      await otc("links", "in10", "--retries", "1"),
      1,
      /HTTP 502 .*APIGW\.0202: Bad gateway \(request id req-123\) \(2 attempts\) — the provider's server failed: try again later, or with more --retries$/,
    );
  });

  it("the storage host refusing a link (403) is not blamed on the region or endpoint", async () => {
    const run = await otc("download", "in11", "--out", out);
    expectOneLineError(
      run,
      1,
      /HTTP 403 Forbidden — 127\.0\.0\.1:\d+ refused the link: it may have expired or be valid only inside the provider's network; run the command again for fresh links$/,
    );
    expect(await readdir(out)).toEqual([]);
  });

  it("a folder that cannot be written: the folder and why, no raw error code", async () => {
    const file = join(out, "a-file");
    await writeFile(file, "");
    const run = await otc("download", "in04", "--out", join(file, "logs"));
    expectOneLineError(
      run,
      1,
      /^error: cannot save into .*a-file\/logs: a part of the path is not a folder — choose another folder with --out, or make this one writable$/,
    );
    expect(run.stderr).not.toMatch(/ENOTDIR|\.part/);
  });

  it("a region from OS_REGION_NAME: the hint names the variable", async () => {
    const run = await loglink(["links", "otc-rds", "--instance_id", "3d39c18788b54a919bab633874c159dfin03", "--retries", "0", "--timeout", "5"], {
      OS_ACCESS_KEY: "AKEXAMPLE",
      OS_SECRET_KEY: secret,
      OS_PROJECT_ID: "0483b6b16e954cb88930a360d2c4e663",
      // Not region-id syntax: a region id in no table would be tried on the provider's newest host.
      OS_REGION_NAME: "EU_XX",
    });
    expectOneLineError(run, 2, /EU_XX.* — check OS_REGION_NAME \(from the environment\)$/);
  });

  it("OpenStack's clouds.yaml (OS_CLOUD, --cloud): credentials, project and region; secure.yaml overrides", async () => {
    const home = join(out, "home");
    await mkdir(join(home, ".config", "openstack"), { recursive: true });
    await writeFile(
      join(home, ".config", "openstack", "clouds.yaml"),
      [
        "clouds:",
        "  otc:",
        "    region_name: eu-de",
        "    auth:",
        "      ak: AKFROMCLOUDS",
        "      sk: placeholder",
        "      project_id: 0483b6b16e954cb88930a360d2c4e663",
        "  other:",
        "    auth: {}",
        "",
      ].join("\n"),
    );
    await writeFile(join(home, ".config", "openstack", "secure.yaml"), ["clouds:", "  otc:", "    auth:", `      sk: ${secret}`, ""].join("\n"));
    received.length = 0;
    const args = ["links", "otc-rds", "--endpoint", origin, "--instance_id", "3d39c18788b54a919bab633874c159dfin04", "--json"];
    const run = await loglink(args, { HOME: home, OS_CLOUD: "otc" }, out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(received.at(-1)?.authorization).toMatch(/^SDK-HMAC-SHA256 Access=AKFROMCLOUDS, /);
    expect(received.at(-1)?.["x-project-id"]).toBe("0483b6b16e954cb88930a360d2c4e663");
    // --cloud names another entry, and ./clouds.yaml comes before the one in the home folder.
    await writeFile(
      join(out, "clouds.yaml"),
      "clouds:\n  local:\n    auth:\n      token: TOKENFROMLOCALFILE\n      project_id: 0483b6b16e954cb88930a360d2c4e663\n",
    );
    const local = await loglink([...args, "--cloud", "local"], { HOME: home }, out);
    expect(local.code).toBe(0);
    expect(received.at(-1)?.["x-auth-token"]).toBe("TOKENFROMLOCALFILE");
    const missing = await loglink([...args, "--cloud", "nope"], { HOME: home }, out);
    expectOneLineError(missing, 2, /clouds\.yaml has no cloud "nope"; it has local — see loglink links otc-rds --help$/);
  });
});
