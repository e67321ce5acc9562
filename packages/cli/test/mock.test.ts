// The mock server of --mock and demo: node:http on 127.0.0.1, every operation of every provider.
import type { OperationSpec } from "@loglink/core";
import { type DownloadLink, providers } from "loglink";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, redate, startMockServer } from "../src/mock.js";
import { providerSpecs } from "../src/parameters.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer(providers);
});
afterAll(() => mock.close());

/** The operation's path with every `{parameter}` filled and encoded as a client sends it. */
const pathOf = (operation: OperationSpec) => operation.path.replace(/\{[^}]+\}/g, "x1").replace(/:/g, "%3A");

describe("startMockServer", () => {
  it("listens on 127.0.0.1 only, at a random port", () => {
    expect(mock.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  const every = providers.flatMap((provider) =>
    Object.values(providerSpecs[provider].operations).map((operation) => [provider, operation.operationId, operation] as const),
  );
  it.each(every)("%s %s: its documented success status and example, re-dated", async (_provider, _id, operation) => {
    const response = await fetch(`${mock.origin}${pathOf(operation)}`, { method: operation.method, ...(operation.body && { body: "{}" }) });
    const status = Object.keys(operation.responses).find((code) => code.startsWith("2"))!;
    expect(response.status).toBe(Number(status));
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const example = operation.responses[status]!.example;
    const text = await response.text();
    if (example === null) expect(text).toBe("");
    else expect(JSON.parse(text)).toEqual(JSON.parse(redate(JSON.stringify(example), new Date())));
  });

  it("answers anything else with 404", async () => {
    const response = await fetch(`${mock.origin}/v1/nothing/here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "the mock serves no GET /v1/nothing/here" });
  });

  it("serves a generated file for each link, of its size (16 KiB when unknown), keeping the link's query", async () => {
    const links = [
      { provider: "huawei-audit", url: "https://obs.example.com/a/audit.log?Expires=1&Signature=s", fileName: "audit.log", sizeBytes: 1000, raw: {} },
      { provider: "huawei-dcs", url: "https://bucketxxxxx.{obs_endpoint}:443/xxxxx/redis.log?AWSAccessKeyId=xxxxx", fileName: "redis.log", raw: {} },
    ] as DownloadLink[];
    const served = mock.serveFiles(links);
    expect(served.map((link) => link.url)).toEqual([
      expect.stringMatching(new RegExp(`^${mock.origin}/files/\\d+/audit\\.log\\?Expires=1&Signature=s$`)),
      expect.stringMatching(new RegExp(`^${mock.origin}/files/\\d+/redis\\.log\\?AWSAccessKeyId=xxxxx$`)),
    ]);
    const bodies = await Promise.all(served.map(async (link) => (await fetch(link.url)).text()));
    expect(bodies.map((body) => body.length)).toEqual([1000, 16 * 1024]);
    expect(bodies[0]).toMatch(/^2024-01-01 00:00:01 UTC \[mock\] huawei-audit audit\.log: line 1/);
  });
});
