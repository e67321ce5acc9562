#!/usr/bin/env node
// A throwaway npm registry on 127.0.0.1 for release rehearsals: it accepts `npm publish` for the
// packages it owns (ours: `loglink` and `@loglink/*`), serves their packuments and tarballs, and
// passes every other request through to the upstream registry, the way verdaccio's "uplink" does.
// npm and pnpm talk to it as to any registry: `changeset publish` publishes to it, a plain
// `npm install` installs from it. Our names are never looked up upstream, so an unrelated public
// package of the same name cannot stand in for ours.
//
//   node tools/release/registry.mjs [--port 4873]      # then, in another shell:
//   npm_config_registry=http://127.0.0.1:4873/ pnpm release
//   (pnpm publish wants a token for the registry even though this one ignores it:
//    npm config set //127.0.0.1:4873/:_authToken=rehearsal --location=user, or a temp userconfig)
import http from "node:http";
import https from "node:https";
import { pathToFileURL } from "node:url";

/** Our package names: published here, never fetched upstream. */
export const isOwnPackage = (name) => name === "loglink" || name.startsWith("@loglink/");

const PACKAGE_PATH = /^\/((?:@[^/]+\/)?[^/@][^/]*)(?:\/-\/([^/]+\.tgz))?$/;

/**
 * Starts the registry. `upstream` is the registry everything else comes from (the one npm is
 * configured with; https://registry.npmjs.org/ by default).
 * Resolves to { url, close(), packuments, requests } — `requests` logs `local`/`upstream` hits.
 */
export async function startRegistry({ upstream = "https://registry.npmjs.org/", port = 0, own = isOwnPackage } = {}) {
  const upstreamUrl = new URL(upstream.endsWith("/") ? upstream : `${upstream}/`);
  /** @type {Map<string, { name: string, "dist-tags": Record<string, string>, versions: Record<string, any>, time: Record<string, string> }>} */
  const packuments = new Map();
  /** @type {Map<string, Buffer>} "<name>/-/<file>" → tarball bytes */
  const tarballs = new Map();
  const requests = [];
  let base = "";

  const send = (res, status, body) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    res.end(json);
  };

  async function publish(name, req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const doc = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (doc.name !== name) return send(res, 400, { error: `body names ${doc.name}, URL names ${name}` });
    const packument = packuments.get(name) ?? { name, "dist-tags": {}, versions: {}, time: {} };
    for (const [version, manifest] of Object.entries(doc.versions ?? {})) {
      if (packument.versions[version]) return send(res, 403, { error: `cannot publish over ${name}@${version}` });
      const file = `${name.split("/").pop()}-${version}.tgz`;
      const attachment = Object.values(doc._attachments ?? {})[0];
      if (!attachment?.data) return send(res, 400, { error: "no tarball attached" });
      tarballs.set(`${name}/-/${file}`, Buffer.from(attachment.data, "base64"));
      packument.versions[version] = { ...manifest, dist: { ...manifest.dist, tarball: `${base}${name}/-/${file}` } };
      packument.time[version] = new Date().toISOString();
    }
    Object.assign(packument["dist-tags"], doc["dist-tags"]);
    packuments.set(name, packument);
    send(res, 201, { ok: true, id: name });
  }

  function proxy(req, res) {
    const target = new URL(req.url.replace(/^\//, ""), upstreamUrl);
    const headers = Object.fromEntries(
      ["accept", "accept-encoding", "user-agent", "npm-command", "pnpm-command"].filter((h) => req.headers[h]).map((h) => [h, req.headers[h]]),
    );
    const client = target.protocol === "http:" ? http : https;
    const upstreamReq = client.request(target, { method: req.method, headers }, (upstreamRes) => {
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
      upstreamRes.pipe(res);
    });
    upstreamReq.on("error", (error) => {
      if (!res.headersSent) send(res, 502, { error: `upstream ${target.host}: ${error.message}` });
      else res.destroy(error);
    });
    upstreamReq.end();
  }

  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const match = PACKAGE_PATH.exec(pathname);
    const name = match?.[1];
    if (!name || !own(name)) {
      requests.push({ method: req.method, path: pathname, served: "upstream" });
      if (req.method === "GET" || req.method === "HEAD") return proxy(req, res);
      return send(res, 405, { error: `${req.method} ${pathname}: this registry only accepts publishes of its own packages` });
    }
    requests.push({ method: req.method, path: pathname, served: "local" });
    if (req.method === "PUT" && !match[2]) {
      publish(name, req, res).catch((error) => send(res, 400, { error: error.message }));
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, { error: `${req.method} not supported` });
    if (match[2]) {
      const bytes = tarballs.get(`${name}/-/${match[2]}`);
      if (!bytes) return send(res, 404, { error: "not_found" });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      return res.end(req.method === "HEAD" ? undefined : bytes);
    }
    const packument = packuments.get(name);
    return packument ? send(res, 200, packument) : send(res, 404, { error: "not_found" });
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: base,
    packuments,
    tarballs,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const portFlag = process.argv.indexOf("--port");
  const registry = await startRegistry({
    port: portFlag === -1 ? 4873 : Number(process.argv[portFlag + 1]),
    upstream: process.env.LOGLINK_UPSTREAM_REGISTRY ?? "https://registry.npmjs.org/",
  });
  console.log(`registry on ${registry.url} (our packages local, everything else from upstream); Ctrl-C stops it`);
}
