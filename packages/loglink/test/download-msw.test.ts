// `loglink --mock` and `loglink demo` serve the files through msw: download must stay interceptable.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { download } from "../src/node.js";

const body = new TextEncoder().encode("2024-01-01 00:00:00 UTC [mock] a line of log\n".repeat(1000));
const server = setupServer(
  http.get("https://obs.example.com/bucket/a.log", () => new HttpResponse(new Blob([body]).stream(), { headers: { "content-length": String(body.length) } })),
  http.get("http://s3.example.com/moved.log", () => new HttpResponse(null, { status: 302, headers: { location: "https://obs.example.com/bucket/a.log" } })),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("msw answers the download (http and https, through a redirect): nothing reaches the network", async () => {
  const dir = await mkdtemp(join(tmpdir(), "loglink-msw-"));
  try {
    const destination = join(dir, "a.log");
    const link = { url: "http://s3.example.com/moved.log?Expires=4102444800&Signature=abc", sizeBytes: body.length };
    expect(await download(link, destination)).toEqual({ path: destination, sizeBytes: body.length, skipped: false });
    expect(new Uint8Array(await readFile(destination))).toEqual(body);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
