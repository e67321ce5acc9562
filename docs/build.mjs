#!/usr/bin/env node
// `pnpm run docs`: builds the documentation site into docs/dist (or the folder given as the first
// argument) from the specs and the packages' sources. Nothing is fetched, neither at build time nor
// when a page is viewed, and the packages need no build first.
//
//   index.html                    home page (src/home.md)
//   providers/<p>.html            the provider's OpenAPI spec rendered by Redoc (`redocly build-docs`)
//   providers/<p>/openapi.yaml    that spec, and providers/<p>/source/*: the documents it transcribes
//   api/                          the TypeScript API reference of every package export (TypeDoc)
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Marked } from "marked";
import * as typedoc from "typedoc";
import YAML from "yaml";

const docsDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(docsDir);
const template = (name) => fs.readFileSync(path.join(docsDir, "src", name), "utf8");

/**
 * Every provider with a spec in specs/: its id (= folder and package suffix), short title, the
 * spec's operations, its source documents and how many `loglink decision:` notes it records.
 */
export function readProviders() {
  return fs
    .readdirSync(path.join(root, "specs"))
    .filter((id) => fs.existsSync(path.join(root, "specs", id, "openapi.yaml")))
    .sort()
    .map((id) => {
      const text = fs.readFileSync(path.join(root, "specs", id, "openapi.yaml"), "utf8");
      const spec = YAML.parse(text);
      const operations = Object.entries(spec.paths ?? {}).flatMap(([urlPath, item]) =>
        Object.entries(item)
          .filter(([, operation]) => typeof operation?.operationId === "string")
          .map(([method, operation]) => ({ operationId: operation.operationId, method, path: urlPath, summary: operation.summary ?? "" })),
      );
      return {
        id,
        packageName: `@loglink/${id}`,
        title: spec.info.title,
        // "Huawei Cloud DCS — Redis log download link (…)" → "Huawei Cloud DCS"
        name: spec.info.title.split(" — ")[0],
        summary: spec.info.summary ?? "",
        operations,
        sources: spec["x-source-documents"] ?? [],
        decisions: text.match(/loglink decision/g)?.length ?? 0,
      };
    });
}

/**
 * Each public entry of each package (`@loglink/core`, `@loglink/core/mocks`, `loglink/node`, …)
 * with the source file it is compiled from: every package builds src/<x>.ts into dist/<x>.js.
 */
export function readPackageExports() {
  const entries = [];
  for (const dir of fs.readdirSync(path.join(root, "packages")).sort()) {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "packages", dir, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target?.types !== "string") continue; // ./package.json
      const source = target.types.replace(/^\.\/dist\//, "src/").replace(/\.d\.ts$/, ".ts");
      entries.push({
        name: manifest.name + subpath.slice(1),
        packageName: manifest.name,
        description: manifest.description ?? "",
        source: path.join(root, "packages", dir, source),
      });
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The navigation bar of the home and provider pages; `base` leads from the page to the site root. */
function siteHeader(base, providers, current) {
  const link = (href, label, id) => `<a href="${base}${href}"${id === current ? ' aria-current="page"' : ""}>${escapeHtml(label)}</a>`;
  return [
    '<header class="site-header"><nav>',
    link("index.html", "loglink", "home").replace("<a ", '<a class="site-title" '),
    ...providers.map((provider) => link(`providers/${provider.id}.html`, provider.name, provider.id)),
    link("api/index.html", "API reference", "api"),
    "</nav></header>",
  ].join("\n");
}

async function buildHome(out, providers, exports, apiUrls) {
  const marked = new Marked({
    renderer: {
      // Anchors for the headings, so that sections can be linked.
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        const id = text
          .replace(/<[^>]+>/g, "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
    },
  });
  const providerRows = providers.map(
    (provider) =>
      `| [${provider.name}](providers/${provider.id}.html) | [\`${provider.packageName}\`](${apiUrls.get(provider.packageName)}) | ${provider.operations.map((operation) => `\`${operation.operationId}\``).join(", ")} | ${provider.decisions} |`,
  );
  const exportRows = [...new Set(exports.map((entry) => entry.packageName))].map((packageName) => {
    const [main, ...others] = exports.filter((entry) => entry.packageName === packageName);
    const link = (entry) => `[\`${entry.name}\`](${apiUrls.get(entry.name)})`;
    return `| ${link(main)} | ${others.map(link).join(", ")} | ${main.description} |`;
  });
  const markdown = template("home.md")
    .replace("<!-- environment-variables -->", environmentVariablesTable())
    .replace("<!-- providers -->", ["| API | package | operations | `loglink decision` notes |", "|---|---|---|---|", ...providerRows].join("\n"))
    .replace("<!-- exports -->", ["| package | other entry points | what it is |", "|---|---|---|", ...exportRows].join("\n"));
  const html = template("page.html")
    .replace("<!-- title -->", "loglink — documentation")
    .replace("<!-- header -->", siteHeader("", providers, "home"))
    .replace("<!-- content -->", await marked.parse(markdown));
  fs.writeFileSync(path.join(out, "index.html"), html);
}

async function buildProviderPage(out, providers, provider, apiUrls, scratch) {
  const folder = path.join(out, "providers", provider.id);
  const page = path.join(out, "providers", `${provider.id}.html`);
  fs.cpSync(path.join(root, "specs", provider.id, "source"), path.join(folder, "source"), { recursive: true });
  fs.copyFileSync(path.join(root, "specs", provider.id, "openapi.yaml"), path.join(folder, "openapi.yaml"));
  const sources = provider.sources
    .map((source) => `<a href="${provider.id}/${source.file}">${escapeHtml(source.title)}</a> (${escapeHtml(source.language)})`)
    .join(", ");
  const about = [
    '<aside class="site-about">',
    `<p><strong>Transcribed from</strong> ${sources} — the provider's documents, byte for byte.`,
    `The spec: <a href="${provider.id}/openapi.yaml">openapi.yaml</a>.`,
    `The client: <a href="../${apiUrls.get(provider.packageName)}"><code>${provider.packageName}</code></a>.</p>`,
    `<p>Where the documents disagree, the spec says what loglink decided: ${provider.decisions} notes beginning
    <mark>loglink decision:</mark>, below in the API description and in the parameters and fields they concern.</p>`,
    "</aside>",
  ].join("\n");
  const templateFile = path.join(scratch, `${provider.id}.hbs`);
  fs.writeFileSync(templateFile, template("provider.hbs").replace("<!-- header -->", `${siteHeader("../", providers, provider.id)}\n${about}`));
  await run(path.join(docsDir, "node_modules", ".bin", "redocly"), [
    "build-docs",
    path.join("specs", provider.id, "openapi.yaml"),
    "--output",
    page,
    "--template",
    templateFile,
    "--title",
    `${provider.name} — loglink`,
    // Redoc's script inside the page instead of from a CDN: the page works offline.
    "--inlineBundle",
    // Request and response fields open: their descriptions carry most of the decisions.
    "--openapi.schemasExpansionLevel=all",
  ]);
  // Redoc's "API docs by Redocly" attribution loads its logo from Redocly's CDN; the page shows the
  // name from a data: URL instead, so that viewing it makes no request off the site.
  fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, redoclyLogo));
}

const redoclyLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

/** The TypeDoc reference of every package export; returns each export's page, relative to the site root. */
async function buildApiReference(out, exports) {
  const app = await typedoc.Application.bootstrapWithPlugins({
    name: "loglink API reference",
    entryPoints: exports.map((entry) => entry.source),
    tsconfig: path.join(docsDir, "tsconfig.typedoc.json"),
    // Each package name resolves to its sources: the reference links across packages without a build.
    compilerOptions: { paths: Object.fromEntries(exports.map((entry) => [entry.name, [entry.source]])) },
    readme: "none",
    // openapi-typescript writes the spec's descriptions (loglink decisions included) as @description.
    blockTags: [...typedoc.Configuration.OptionDefaults.blockTags, "@description"],
    navigationLinks: { Home: "@site/index.html" },
    sourceLinkTemplate: `${repositoryUrl()}/blob/{gitRevision}/{path}#L{line}`,
    gitRevision: "main",
    disableGit: true,
    searchInComments: true,
    validation: { notExported: true, invalidLink: true, notDocumented: false },
    logLevel: "Warn",
  });
  const urls = new Map(); // export name → its page, relative to the site root
  app.renderer.on(typedoc.PageEvent.END, (page) => {
    // `@site/` in a link is the site root, relative to the page (TypeDoc writes navigationLinks as given).
    const depth = page.url.split("/").length - 1;
    page.contents = page.contents?.replaceAll('href="@site/', `href="${"../".repeat(depth + 1)}`);
    if (page.model instanceof typedoc.DeclarationReflection && page.model.kind === typedoc.ReflectionKind.Module) {
      urls.set(page.model.name, `api/${page.url}`);
    }
  });
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert the packages (see the errors above)");
  // TypeDoc names a module by its path (core/src/mocks); readers know it by its import specifier.
  const bySource = new Map(exports.map((entry) => [path.normalize(entry.source), entry.name]));
  for (const module of project.children ?? []) {
    const name = bySource.get(path.normalize(module.sources?.[0]?.fullFileName ?? ""));
    if (name === undefined) throw new Error(`TypeDoc module ${module.name} is no package export`);
    module.name = name;
  }
  project.children?.sort((a, b) => (a.name < b.name ? -1 : 1));
  await app.generateDocs(project, out);
  if (app.logger.hasErrors()) throw new Error("TypeDoc reported errors (see above)");
  return urls;
}

/** Builds the whole site into `out` (emptied first). */
export async function buildSite(out) {
  const providers = readProviders();
  const exports = readPackageExports();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "providers"), { recursive: true });
  const apiUrls = await buildApiReference(path.join(out, "api"), exports);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "loglink-docs-"));
  try {
    await Promise.all(providers.map((provider) => buildProviderPage(out, providers, provider, apiUrls, scratch)));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  await buildHome(out, providers, exports, apiUrls);
  fs.copyFileSync(path.join(docsDir, "src", "site.css"), path.join(out, "site.css"));
}

/** Core's table of environment variables, as its README has it (generated from the code; a core test keeps them equal). */
function environmentVariablesTable() {
  const readme = fs.readFileSync(path.join(root, "packages", "core", "README.md"), "utf8");
  const table = readme.match(/<!-- environment-variables:start[^>]*-->\n([\s\S]*?)<!-- environment-variables:end -->/)?.[1];
  if (!table) throw new Error("packages/core/README.md has no environment-variables:start/end table");
  return table.trim();
}

function repositoryUrl() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "packages", "core", "package.json"), "utf8"));
  return manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
}

async function run(command, args) {
  // Telemetry off (Redoc sends none from the built page either), no update check: nothing leaves the machine.
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  try {
    await promisify(execFile)(command, args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed:\n${error.stderr || error.message}`);
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? path.join(docsDir, "dist"));
  await buildSite(out);
  console.log(`docs: ${path.relative(process.cwd(), path.join(out, "index.html")) || "index.html"}`);
}
