// The loopback API the runtimes talk to (127.0.0.1 only). It verifies every request's token or
// AK/SK signature with the independent verifier of @loglink/test-support and refuses a wrong one
// with 401; it answers with the providers' own mocks (the documents' examples), except where a
// check needs more: OTC's export still CREATING once per runtime, the audit list's second (empty)
// page, a 404, and an echo of the header a raw middleware adds. It also serves the file
// `download()` fetches and, for Chromium, the checks' page (same origin: no CORS in the way).
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handlers as auditHandlers } from "@loglink/huawei-audit/mocks";
import { handlers as dcsHandlers } from "@loglink/huawei-dcs/mocks";
import { handlers as jdcloudHandlers } from "@loglink/jdcloud-rds/mocks";
import { handlers as otcHandlers, createHandlers as otcHandlersFor } from "@loglink/otc-rds/mocks";
import { expectedHuaweiAuthorization, expectedJdcloudAuthorization } from "@loglink/test-support/verifier";
import { getResponse } from "msw";
import { ACCESS_KEY, FILE_PATH, IDS, TOKEN } from "../checks/fixtures.mjs";

export interface ApiServer {
  readonly origin: string;
  /** the bytes served at FILE_PATH, and their sha256 (hex) */
  readonly file: { bytes: Buffer; sha256: string };
  /** every request whose credentials were right: the runtime that sent it, and its path and query */
  readonly requests: { runtime: string; method: string; target: string }[];
  /** serves `html` at /browser/ and `script` at /browser/checks.js */
  servePage(html: string, script: string): void;
  close(): Promise<void>;
}

const JD_PATH = /^\/v1\/regions\/([^/]+)\//;

/** The request as the verifier wants it: only the headers the client says it signed. */
function signedParts(request: { method: string; url: string; headers: Record<string, string>; body: string }) {
  const names = /SignedHeaders=([^,\s]+)/.exec(request.headers.authorization ?? "")?.[1]?.split(";") ?? [];
  return { ...request, headers: Object.fromEntries(names.map((name) => [name, request.headers[name] ?? ""])) };
}

/** Why the request's credentials are wrong, or undefined when they are right. */
function refusal(request: { method: string; url: string; headers: Record<string, string>; body: string }): string | undefined {
  const { authorization, "x-auth-token": token } = request.headers;
  if (token !== undefined) return token === TOKEN ? undefined : "wrong X-Auth-Token";
  if (!authorization) return "no Authorization and no X-Auth-Token";
  const jd = JD_PATH.exec(new URL(request.url).pathname);
  const parts = signedParts(request);
  const expected = jd
    ? expectedJdcloudAuthorization(parts, ACCESS_KEY.accessKeyId, ACCESS_KEY.secretAccessKey, decodeURIComponent(jd[1]!), "rds")
    : expectedHuaweiAuthorization(parts, ACCESS_KEY.accessKeyId, ACCESS_KEY.secretAccessKey);
  if (authorization !== expected) return `signature mismatch: got ${authorization}, expected ${expected}`;
  const mustSign = jd ? ["host", "x-jdcloud-date", "x-jdcloud-nonce"] : ["host", "x-sdk-date"];
  const unsigned = mustSign.filter((name) => !(name in parts.headers));
  return unsigned.length ? `not signed: ${unsigned.join(", ")}` : undefined;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers }).end(text);
}

export async function startApiServer(): Promise<ApiServer> {
  // 256 KiB of varied bytes: more than one socket read, not a repetition a bug could fake
  const bytes = Buffer.alloc(256 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  const file = { bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
  const requests: ApiServer["requests"] = [];
  const waited = new Set<string>();
  let page: { html: string; script: string } | undefined;
  const mocks = [...jdcloudHandlers, ...otcHandlers, ...dcsHandlers, ...auditHandlers];
  const notFound = otcHandlersFor({ status: 404 });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    if (request.method === "GET" && url.pathname === FILE_PATH) {
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length }).end(bytes);
      return;
    }
    if (request.method === "GET" && url.pathname.startsWith("/browser/") && page) {
      const script = url.pathname === "/browser/checks.js";
      response.writeHead(200, { "content-type": script ? "text/javascript" : "text/html" }).end(script ? page.script : page.html);
      return;
    }
    if (request.method === "GET" && url.pathname === "/favicon.ico") {
      response.writeHead(404).end();
      return;
    }

    const body = await readBody(request);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : (value ?? "");
    const received = { method: request.method ?? "GET", url: url.href, headers, body: body.toString("utf8") };
    const runtime = headers["x-loglink-runtime"] ?? "(unnamed)";
    const problem = refusal(received);
    if (problem) {
      sendJson(response, 401, { error_code: "APIGW.0301", error_msg: `runtime matrix server: ${problem}` });
      return;
    }
    requests.push({ runtime, method: received.method, target: `${url.pathname}${url.search}` });
    const echo: Record<string, string> = headers["x-loglink-check"] ? { "x-loglink-check-seen": headers["x-loglink-check"] } : {};

    if (url.pathname.includes(`/instances/${IDS.otc.waitInstanceId}/`) && !waited.has(runtime)) {
      waited.add(runtime);
      sendJson(response, 200, { list: [], status: "CREATING", count: 0 });
      return;
    }
    if (url.pathname.includes("/auditlog/") && url.searchParams.has("last_file_name")) {
      sendJson(response, 200, { files: [] });
      return;
    }
    const missing = url.pathname.includes(`/instances/${IDS.otc.missingInstanceId}/`);
    const mockRequest = new Request(received.url, {
      method: received.method,
      headers: request.headers as Record<string, string>,
      body: body.length ? new Uint8Array(body) : undefined,
    });
    const answer = await getResponse(missing ? notFound : mocks, mockRequest);
    if (!answer) {
      sendJson(response, 404, { error_code: "RUNTIMES.404", error_msg: `runtime matrix server: no mock answers ${received.method} ${url.pathname}` });
      return;
    }
    const answerBody = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...echo, "content-length": String(answerBody.length) }).end(answerBody);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error_code: "RUNTIMES.500", error_msg: String(error) });
      else response.destroy();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    file,
    requests,
    servePage(html, script) {
      page = { html, script };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
