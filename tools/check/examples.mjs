// Validates every example in an OpenAPI 3.1 document against the schema it illustrates.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SPEC_ID = "loglink:spec";

function deref(spec, node) {
  while (node && typeof node.$ref === "string") {
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((value, key) => value?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  }
  return node;
}

/** Yields [where, schema, example] for examples on parameters, request bodies and responses. */
function* examplesOf(spec) {
  const fromMedia = function* (where, media) {
    if (!media?.schema) return;
    if (media.example !== undefined) yield [`${where} example`, media.schema, media.example];
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      const value = deref(spec, example).value;
      if (value !== undefined) yield [`${where} example "${name}"`, media.schema, value];
    }
  };
  for (const [pathTemplate, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== "object" || !operation.responses) continue;
      const at = `${method.toUpperCase()} ${pathTemplate}`;
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = deref(spec, raw);
        const schema = parameter.schema;
        if (!schema) continue;
        const values = [
          ...(parameter.example !== undefined ? [parameter.example] : []),
          ...Object.values(parameter.examples ?? {}).map((e) => deref(spec, e).value),
          ...(deref(spec, schema).examples ?? []),
          ...(deref(spec, schema).default !== undefined ? [deref(spec, schema).default] : []),
        ];
        for (const value of values) yield [`${at} parameter ${parameter.name} example ${JSON.stringify(value)}`, schema, value];
      }
      const body = deref(spec, operation.requestBody);
      for (const [type, media] of Object.entries(body?.content ?? {})) yield* fromMedia(`${at} request body (${type})`, media);
      for (const [status, raw] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries(deref(spec, raw).content ?? {})) {
          yield* fromMedia(`${at} response ${status} (${type})`, media);
        }
      }
    }
  }
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    for (const value of schema.examples ?? []) yield [`components.schemas.${name} example`, { $ref: `#/components/schemas/${name}` }, value];
  }
}

/** Returns a list of human-readable failures (empty when every example validates). */
export function validateExamples(spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components ?? {} });
  const failures = [];
  let count = 0;
  for (const [where, schema, value] of examplesOf(spec)) {
    count++;
    const validate = ajv.compile({ ...rebase(schema) });
    if (!validate(value)) {
      failures.push(`${where} does not match its schema: ${ajv.errorsText(validate.errors)}`);
    }
  }
  if (count === 0) failures.push("no examples found to validate");
  return failures;
}

// Local refs (#/components/...) point into the spec document registered under SPEC_ID.
function rebase(node) {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${SPEC_ID}${v}` : rebase(v)]),
  );
}
