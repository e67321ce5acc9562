// Builds the site as `pnpm docs` does and reads it as a person would: in headless Chromium, over a
// 127.0.0.1 server. Screenshots of each page go to docs/screenshots/ (not committed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, readPackageExports, readProviders } from "../build.mjs";
import { serveSite } from "../serve.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const screenshots = fileURLToPath(new URL("../screenshots/", import.meta.url));
const providers = readProviders();
const packageExports = readPackageExports();
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const maxPages = 1_000; // the crawl's bound; the site has ~150 pages

let out: string;
let site: { url: string; close: () => Promise<unknown> };
let browser: Browser;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "loglink-docs-"));
  await buildSite(out);
  site = await serveSite(out);
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  fs.rmSync(screenshots, { recursive: true, force: true });
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Everything that went wrong while the page loaded and rendered. */
  problems: string[];
}

/** A browser tab that records console errors, page errors, failed and off-site requests into `problems`. */
async function newTab(): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const tab: Opened = { page, problems: [] };
  page.on("console", (message) => {
    if (message.type() === "error") tab.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => tab.problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => tab.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) tab.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Nothing may be loaded from anywhere but the site: the docs work offline.
  await page.route(
    (url) => url.protocol.startsWith("http") && !url.href.startsWith(site.url),
    (route) => {
      tab.problems.push(`request off the site: ${route.request().url()}`);
      return route.abort();
    },
  );
  return tab;
}

async function visit(tab: Opened, pagePath: string) {
  const response = await tab.page.goto(new URL(pagePath, site.url).href);
  expect(response?.status(), pagePath).toBe(200);
}

/** Opens a page of the site (path relative to its root) in a new tab. */
async function open(pagePath: string): Promise<Opened> {
  const tab = await newTab();
  await visit(tab, pagePath);
  return tab;
}

interface Link {
  /** as written in the page */
  written: string;
  /** absolute */
  resolved: string;
}

/** Every link on the page, and every element id (or anchor name) a fragment could point at. */
async function linksAndAnchors(page: Page): Promise<{ links: Link[]; anchors: string[] }> {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll("a[href]")].map((a) => ({ written: a.getAttribute("href") ?? "", resolved: (a as HTMLAnchorElement).href })),
    anchors: [...document.querySelectorAll("[id], a[name]")].map((element) => element.id || element.getAttribute("name") || ""),
  }));
}

/** Loads a provider page at a Redoc route (`#/…`) and returns what Redoc shows there, once it shows a heading (h1 for the API, h2 for a tag or an operation). */
async function redocRoute(page: Page, url: string): Promise<string> {
  await page.goto("about:blank"); // a fresh load: Redoc renders the route as a reader who opens the link sees it
  await page.goto(url);
  await page.locator("#redoc h1, #redoc h2").first().waitFor({ timeout: 30_000 });
  return page.locator("#redoc").innerText();
}

const notFound = "No page at this address"; // Redoc's page for a route it does not have

/**
 * Follows a provider page's Redoc routes as a reader clicks through its menu, from `#/`: each
 * route with what it shows, and every link seen on the way.
 */
async function readRedocRoutes(page: Page, pageUrl: string): Promise<{ routes: Map<string, string>; links: Link[] }> {
  const routes = new Map<string, string>();
  const links: Link[] = [];
  const queue = ["#/"];
  while (queue.length > 0 && routes.size < 200) {
    const route = queue.shift() as string;
    if (routes.has(route)) continue;
    routes.set(route, await redocRoute(page, pageUrl + route));
    for (const link of (await linksAndAnchors(page)).links) {
      const url = new URL(link.resolved);
      // `#/log/op#log/op/request` is a place inside the route `#/log/op`.
      if (url.href.startsWith(pageUrl) && url.hash.startsWith("#/")) queue.push(url.hash.replace(/(.)#.*$/, "$1"));
      else links.push(link);
    }
  }
  return { routes, links };
}

async function screenshot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });
}

describe("the documentation site", () => {
  test("the home page renders, and links every provider page and every package export", async () => {
    const { page, problems } = await open("index.html");
    await expect(page.locator("h1").first().textContent()).resolves.toBe("loglink");
    const hrefs = await page.$$eval("main a[href]", (links) => links.map((link) => link.getAttribute("href")));
    for (const provider of providers) expect(hrefs).toContain(`providers/${provider.id}.html`);
    const mainText = await page.locator("main").innerText();
    for (const entry of packageExports) expect(mainText).toContain(entry.name);
    for (const section of ["Install one provider", "Authenticate", "The facade", "The command line", "Testing with the mocks"]) {
      expect(mainText).toContain(section);
    }
    await screenshot(page, "home", true);
    expect(problems).toEqual([]);
    await page.close();
  });

  describe.each(providers)("the $id page", (provider) => {
    test("renders the spec, every operation, the loglink decisions and links to the source documents", async () => {
      const pageUrl = new URL(`providers/${provider.id}.html`, site.url).href;
      const { page, problems } = await newTab();
      const { routes } = await readRedocRoutes(page, pageUrl);
      for (const [route, text] of routes) expect(text, route).not.toContain(notFound);

      const home = routes.get("#/") ?? "";
      expect(home).toContain(provider.title);
      // The API description's own list of contradictions is shown whole; more notes sit in the operations' parameters and fields.
      // Counted once each, by their first words: a note can appear on two routes (a tag's and its operation's).
      const visibleDecisions = new Set([...routes.values()].flatMap((text) => text.match(/loglink decision:?\s*.{0,60}/g) ?? [])).size;
      expect(home).toMatch(/loglink decision/);
      console.log(
        `${provider.id}: ${routes.size} Redoc routes; ${visibleDecisions} distinct loglink decisions shown without a click (the spec has ${provider.decisions})`,
      );
      await redocRoute(page, `${pageUrl}#/`);
      await screenshot(page, `provider-${provider.id}`);

      expect(provider.operations.length).toBeGreaterThan(0);
      for (const operation of provider.operations) {
        const shown = [...routes].find(([, text]) => text.includes(operation.summary) && text.includes(operation.path));
        expect(shown, `${operation.operationId}: "${operation.summary}" ${operation.path}`).toBeDefined();
        await redocRoute(page, pageUrl + (shown?.[0] ?? "#/"));
        await screenshot(page, `provider-${provider.id}-${operation.operationId}`);
      }

      for (const source of provider.sources) {
        const link = page.locator(`.site-about a[href="${provider.id}/${source.file}"]`);
        await expect(link.count()).resolves.toBe(1);
        // Byte for byte the document in the repository.
        const served = Buffer.from(await (await fetch(new URL(`providers/${provider.id}/${source.file}`, site.url))).arrayBuffer());
        expect(served.equals(fs.readFileSync(path.join(root, "specs", provider.id, source.file)))).toBe(true);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  test("the API reference documents every package export, the error classes, waiters and paginators", async () => {
    const { page, problems } = await open("api/index.html");
    await screenshot(page, "api-index");
    const modules = await page.$$eval(".tsd-panel a, .tsd-index-link, .tsd-member-summary-name a, a", (links) => links.map((link) => link.textContent?.trim()));
    for (const entry of packageExports) expect(modules).toContain(entry.name);
    await page.close();
    expect(problems).toEqual([]);

    const core = await open("api/modules/_loglink_core.html");
    const coreText = await core.page.locator("main, .col-content").first().innerText();
    const names = ["LogLinkError", "ApiError", "NotFoundError", "RateLimitError", "ConnectionError", "TimeoutError", "AbortError", "InvalidParameterError"];
    for (const name of [...names, "WaiterError", "PaginationError", "paginate", "waitUntil", "environmentVariables", "credentialsFromEnvironment"]) {
      expect(coreText).toContain(name);
    }
    await core.page.close();

    const apiError = await open("api/classes/_loglink_core.ApiError.html");
    const apiErrorText = await apiError.page.locator(".col-content").innerText();
    for (const field of ["status", "code", "requestId", "provider"]) expect(apiErrorText).toContain(field);
    await screenshot(apiError.page, "api-ApiError");
    await apiError.page.close();

    // The waiter and the paginator, on the clients that have them.
    for (const [client, method] of [
      ["_loglink_otc-rds.OtcRdsClient", "waitForErrorlogDownload"],
      ["_loglink_huawei-audit.HuaweiAuditClient", "paginateAuditLogDownloadLink"],
    ]) {
      const opened = await open(`api/interfaces/${client}.html`);
      await expect(opened.page.locator(".col-content").innerText()).resolves.toContain(method);
      await screenshot(opened.page, `api-${client}`);
      expect(opened.problems).toEqual([]);
      await opened.page.close();
    }
    expect([...core.problems, ...apiError.problems]).toEqual([]);
  });

  test("every internal link resolves, and no page logs an error or loads anything from elsewhere", { timeout: 900_000 }, async () => {
    const visited = new Set<string>();
    const queue = ["index.html"];
    const anchors = new Map<string, Set<string>>(); // page → its element ids and anchor names
    const fragments: { from: string; target: string; fragment: string }[] = [];
    const broken: string[] = [];
    const problems: string[] = [];
    let redocRoutes = 0;
    // One tab for the whole crawl: a new one per page costs a renderer process each.
    const tab = await newTab();
    while (queue.length > 0 && visited.size < maxPages) {
      const pagePath = queue.shift() as string;
      if (visited.has(pagePath)) continue;
      visited.add(pagePath);
      if (!pagePath.endsWith(".html")) {
        const response = await fetch(new URL(pagePath, site.url), { method: "HEAD" });
        if (response.status !== 200) broken.push(`${pagePath}: HTTP ${response.status}`);
        continue;
      }
      tab.problems = [];
      let links: Link[];
      if (providers.some((provider) => pagePath === `providers/${provider.id}.html`)) {
        const read = await readRedocRoutes(tab.page, new URL(pagePath, site.url).href);
        for (const [route, text] of read.routes) if (text.includes(notFound)) broken.push(`${pagePath}${route}: ${notFound}`);
        redocRoutes += read.routes.size;
        links = read.links;
      } else {
        await visit(tab, pagePath);
        const read = await linksAndAnchors(tab.page);
        anchors.set(pagePath, new Set(read.anchors));
        links = read.links;
      }
      for (const { written, resolved } of links) {
        if (!resolved.startsWith(site.url)) continue; // elsewhere on the web: not ours to check here
        const url = new URL(resolved);
        const target = decodeURIComponent(url.pathname.slice(1));
        if (url.hash.startsWith("#/")) {
          // A Redoc route from another page.
          if ((await redocRoute(tab.page, url.href)).includes(notFound)) broken.push(`${pagePath}: ${written}: ${notFound}`);
        } else if (url.hash.length > 1) {
          fragments.push({ from: pagePath, target, fragment: decodeURIComponent(url.hash.slice(1)) });
        }
        if (!visited.has(target)) queue.push(target);
      }
      problems.push(...tab.problems.map((problem) => `${pagePath}: ${problem}`));
    }
    await tab.page.close();
    for (const { from, target, fragment } of fragments) {
      if (!anchors.get(target)?.has(fragment)) broken.push(`${from}: ${target}#${fragment} has no such anchor`);
    }
    console.log(`crawled ${visited.size} pages and files, and ${redocRoutes} Redoc routes; checked ${fragments.length} links to anchors`);
    expect(visited.size).toBeLessThan(maxPages);
    // The crawl reached every provider page and every package export's reference from the home page.
    for (const provider of providers) expect(visited).toContain(`providers/${provider.id}.html`);
    expect(visited).toContain("api/index.html");
    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
  });
});
