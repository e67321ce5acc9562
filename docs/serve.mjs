#!/usr/bin/env node
// `pnpm docs:serve`: serves docs/dist on http://127.0.0.1:8080 (PORT to change it). The pages also
// open from the file system, but there browsers refuse the API reference's icon sprite.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  // The source documents are UTF-8 text (some in Chinese); the spec is YAML.
  ".txt": "text/plain; charset=utf-8",
  ".yaml": "text/plain; charset=utf-8",
};

/** Serves the files under `dir` on 127.0.0.1 (port 0: any free one); GET and HEAD only. */
export async function serveSite(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    let file = path.join(root, pathname);
    if (file.endsWith(path.sep)) file = path.join(file, "index.html");
    const inside = file === root || file.startsWith(root + path.sep);
    if (!inside || !(request.method === "GET" || request.method === "HEAD") || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "dist");
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new Error("docs/dist has no site yet: run `pnpm run docs` first");
  const site = await serveSite(dir, Number(process.env.PORT ?? 8080));
  console.log(`docs: ${site.url} (Ctrl-C to stop)`);
}
