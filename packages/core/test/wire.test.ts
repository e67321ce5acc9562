// What reaches a real HTTP server on loopback (no msw): the bytes and framing fetch puts on the
// wire for a signed JSON body, and a signature an independent verifier accepts.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JD_AKSK, jdClient, updateLogUrl } from "./fixtures.js";

const received: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    response.writeHead(200, { "content-type": "application/json", "x-jdcloud-request-id": "wire-1" });
    response.end('{"requestId":"wire-1","result":{"publicURL":"https://x"}}');
  });
});
let origin = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("on the wire", () => {
  it("sends a signed JSON body with its Content-Length, not chunked", async () => {
    const answer = await jdClient({ endpoint: origin }).call(updateLogUrl, { instanceId: "mysql-1", logId: "log-1", seconds: 300 });
    expect(answer.$metadata.requestId).toBe("wire-1");
    const [request] = received;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v1/regions/cn-north-1/instances/mysql-1/log/log-1%3AupdateLogDownloadURLInternal");
    expect(request!.body).toBe('{"seconds":300}');
    expect(request!.headers["content-length"]).toBe("15");
    expect(request!.headers["transfer-encoding"]).toBeUndefined();
    // The server checks the headers the signature names; fetch adds others (connection, accept-encoding…).
    const authorization = String(request!.headers.authorization);
    const signed = /SignedHeaders=([^,]+)/.exec(authorization)![1]!.split(";");
    expect(signed).toEqual(["accept", "content-type", "host", "x-jdcloud-date", "x-jdcloud-nonce"]);
    const headers = Object.fromEntries(signed.map((name) => [name, String(request!.headers[name])]));
    expect(authorization).toBe(
      expectedJdcloudAuthorization(
        { method: "POST", url: `${origin}${request!.url}`, headers, body: request!.body },
        JD_AKSK.accessKeyId,
        JD_AKSK.secretAccessKey,
        "cn-north-1",
        "rds",
      ),
    );
  });
});
