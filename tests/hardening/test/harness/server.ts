// A real HTTP server on 127.0.0.1 for the attacks: each test sets the handler, every request is
// recorded raw (request target, headers, body), and close() destroys whatever socket is left.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { addSecret } from "./secrets.js";

export interface RecordedRequest {
  method: string;
  /** the request target exactly as sent: path and query, still percent-encoded */
  target: string;
  headers: Record<string, string>;
  body: string;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, recorded: RecordedRequest) => void | Promise<void>;

export interface TestServer {
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** sockets accepted so far that are still open */
  readonly openSockets: Set<Socket>;
  /** answers the requests to come with `handler` */
  handle(handler: Handler): void;
  /** forgets the requests recorded so far */
  reset(): void;
  close(): Promise<void>;
}

export const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers }).end(text);
};

export async function startServer(initial?: Handler): Promise<TestServer> {
  let handler: Handler = initial ?? ((_request, response) => sendJson(response, 200, {}));
  const requests: RecordedRequest[] = [];
  const openSockets = new Set<Socket>();
  // Long request lines are part of the attack; the default 16 KiB limit would answer 431 first.
  const server: Server = createServer({ maxHeaderSize: 1 << 20, keepAliveTimeout: 2_000 }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : (value ?? "");
      const recorded = { method: request.method!, target: request.url!, headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      // Whatever credential reached the wire is a secret the scan looks for.
      const signature = /Signature=([0-9a-f]+)/.exec(headers.authorization ?? "")?.[1];
      if (signature) addSecret(signature);
      Promise.resolve(handler(request, response, recorded)).catch((error: unknown) => {
        response.destroy(error as Error);
      });
    });
  });
  server.on("connection", (socket: Socket) => {
    openSockets.add(socket);
    socket.on("close", () => openSockets.delete(socket));
  });
  server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 });
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    openSockets,
    handle(next) {
      handler = next;
    },
    reset() {
      requests.length = 0;
    },
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      for (const socket of openSockets) socket.destroy();
      await closed;
    },
  };
}

/** Waits (bounded) until `condition` holds; false if it never did within `ms`. */
export async function eventually(condition: () => boolean, ms = 2_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** A port nobody listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
