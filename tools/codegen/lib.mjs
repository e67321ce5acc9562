// Builds every generated file of one provider package from its spec, in memory, so that
// `generate` can write them and `check` can compare them with what is committed.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const providers = ["jdcloud-rds", "otc-rds", "huawei-dcs", "huawei-audit"];

export const specPath = (provider) => path.join(root, "specs", provider, "openapi.yaml");
export const generatedDir = (provider) => path.join(root, "packages", provider, "src", "generated");

export async function readSpec(provider) {
  return parse(await fs.readFile(specPath(provider), "utf8"));
}

/** The keywords of a parameter schema that the runtime validates. */
const VALIDATED_KEYWORDS = [
  "type",
  "enum",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "default",
];

function resolveRef(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    if (!current.$ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((value, key) => value?.[key], spec);
    if (current === undefined) throw new Error(`unresolved $ref ${[...seen].at(-1)}`);
  }
  return current;
}

function pick(schema) {
  return Object.fromEntries(VALIDATED_KEYWORDS.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]]));
}

function firstExample(spec, media) {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first === undefined ? undefined : resolveRef(spec, first).value;
}

/**
 * The first sentence of a description, before any `loglink decision:` (the whole text reaches
 * editors through schema.ts; this short form is for the command line's help).
 */
export function firstSentence(description) {
  const text = String(description ?? "")
    .split("loglink decision:")[0]
    .replace(/\s+/g, " ")
    .trim();
  return /^.*?[.!?](?=\s+[A-Z(]|$)/.exec(text)?.[0] ?? text;
}

/** The parameter's first example: its own `example`/`examples`, else its schema's. */
function parameterExample(spec, parameter, schema) {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first !== undefined) return resolveRef(spec, first).value;
  return schema.examples?.[0] ?? schema.example;
}

/** A parameter for operations.ts: where it goes, its validated schema, and its summary and example. */
function describeParameter(spec, parameter, location, required, schema) {
  const description = firstSentence(parameter.description ?? schema.description);
  const example = parameterExample(spec, parameter, schema);
  return {
    name: parameter.name,
    in: location,
    required,
    schema: pick(schema),
    ...(description && { description }),
    ...(example !== undefined && { example }),
  };
}

function describeOperation(spec, pathTemplate, method, pathItem, operation) {
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((p) => resolveRef(spec, p))
    .map((p) => describeParameter(spec, p, p.in, Boolean(p.required), resolveRef(spec, p.schema ?? {})));
  const body = resolveRef(spec, operation.requestBody)?.content?.["application/json"];
  if (body) {
    const schema = resolveRef(spec, body.schema ?? {});
    if (schema.type !== "object") throw new Error(`${operation.operationId}: request body must be an object schema`);
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      parameters.push(describeParameter(spec, { name }, "body", required.has(name), resolveRef(spec, property)));
    }
  }
  const responses = Object.fromEntries(
    Object.entries(operation.responses ?? {}).map(([status, response]) => {
      const media = resolveRef(spec, response).content?.["application/json"];
      return [status, { example: firstExample(spec, media) ?? null }];
    }),
  );
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path: pathTemplate,
    parameters,
    body: Boolean(body),
    responses,
  };
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Marks the server that takes a region id no `enum` lists: the provider's newest host family. */
export const REGION_FALLBACK = "x-loglink-region-fallback";

// The marker only means something once, on a server whose host has a `{region}` to fill.
function checkRegionFallback(provider, servers) {
  const marked = servers.filter((server) => server[REGION_FALLBACK] !== undefined);
  for (const server of marked) {
    if (server[REGION_FALLBACK] !== true) throw new Error(`${provider}: ${REGION_FALLBACK} must be true (${server.url})`);
    if (!server.variables?.region || !server.url.includes("{region}")) {
      throw new Error(`${provider}: ${REGION_FALLBACK} is only for a server with a {region} variable (${server.url})`);
    }
  }
  if (marked.length > 1) throw new Error(`${provider}: ${REGION_FALLBACK} is set on ${marked.length} servers; one at most`);
}

function operationsModule(provider, spec) {
  const operations = {};
  for (const [pathTemplate, rawItem] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolveRef(spec, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${pathTemplate}: operationId is required`);
      operations[operation.operationId] = describeOperation(spec, pathTemplate, method, pathItem, operation);
    }
  }
  const servers = (spec.servers ?? []).map(({ url, variables, [REGION_FALLBACK]: regionFallback }) => ({
    url,
    ...(variables && {
      variables: Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, { default: v.default, ...(v.enum && { enum: v.enum }) }])),
    }),
    ...(regionFallback === true && { regionFallback: true }),
  }));
  checkRegionFallback(provider, spec.servers ?? []);
  const json = (value) => JSON.stringify(value, null, 2);
  return `${header(provider)}
import type { OperationSpec, ServerSpec } from "@loglink/core";

/** What the runtime needs to know about each operation: method, path and where each input goes. */
export const operations = ${json(operations)} as const satisfies Record<string, OperationSpec>;

/**
 * The API's hosts: \`{region}\` is replaced by the client's region. \`regionFallback\` marks the host
 * family that also takes a region id no \`enum\` lists yet.
 */
export const servers = ${json(servers)} as const satisfies readonly ServerSpec[];
`;
}

function header(provider) {
  return `/**
 * generated — do not edit. Produced by tools/codegen from specs/${provider}/openapi.yaml;
 * run \`pnpm generate\` after changing the spec.
 */`;
}

/** Returns { [fileName]: contents } for the provider's src/generated/ folder. */
export async function buildFiles(provider) {
  const spec = await readSpec(provider);
  const ast = await openapiTS(pathToFileURL(specPath(provider)), { alphabetize: false });
  const schema = `${header(provider)}\n${astToString(ast)}`;
  return {
    "schema.ts": schema,
    "operations.ts": operationsModule(provider, spec),
  };
}
