import { InvalidParameterError } from "./errors.js";
import { CONTROL_CHARACTER, pathValueProblem } from "./serialize.js";
import type { OperationSpec, ParameterSchema, ParameterSpec } from "./types.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SURROGATE = /[\ud800-\udfff]/;
const patterns = /* @__PURE__ */ new Map<string, RegExp>();
// Parameter names per operation, looked up once per operation object.
const namesOf = /* @__PURE__ */ new WeakMap<OperationSpec, Set<string>>();

function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) {
    compiled = new RegExp(source, "u");
    patterns.set(source, compiled);
  }
  return compiled;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function typeProblem(type: ParameterSchema["type"], value: unknown): string | undefined {
  switch (type) {
    case undefined:
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? undefined : "must be a string, number or boolean";
    case "integer":
      return Number.isSafeInteger(value) ? undefined : "must be an integer";
    default:
      return typeof value === type ? undefined : `must be a ${type}`;
  }
}

/** Why `value` (present) breaks `parameter`'s spec, or undefined when it does not. */
function problem({ in: location, required, schema }: ParameterSpec, value: unknown): string | undefined {
  const typeRule = typeProblem(schema.type, value);
  if (typeRule) return typeRule;
  if (schema.enum && !schema.enum.includes(value as string | number | boolean)) {
    return `must be one of ${schema.enum.map(show).join(", ")}`;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "must be a finite number";
    if (schema.minimum !== undefined && value < schema.minimum) return `must be >= ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `must be <= ${schema.maximum}`;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return `must be > ${schema.exclusiveMinimum}`;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return `must be < ${schema.exclusiveMaximum}`;
  }
  if (typeof value === "string") {
    if (required && value === "") return "must not be empty";
    // JSON Schema counts code points: without surrogates, one per UTF-16 unit.
    const surrogates = SURROGATE.test(value);
    if (surrogates && LONE_SURROGATE.test(value)) return "must be well-formed Unicode";
    const length = surrogates ? [...value].length : value.length;
    if (schema.minLength !== undefined && length < schema.minLength) return `must be at least ${schema.minLength} characters long`;
    if (schema.maxLength !== undefined && length > schema.maxLength) return `must be at most ${schema.maxLength} characters long`;
    if (schema.pattern !== undefined && !pattern(schema.pattern).test(value)) return `must match /${schema.pattern}/`;
    if (location === "header") {
      if (CONTROL_CHARACTER.test(value)) return "must not contain control characters";
      // fetch refuses a header value beyond Latin-1 and trims surrounding spaces: neither would be sent as given.
      if (/[^\x00-\xff]/.test(value)) return "must not contain characters beyond Latin-1 (a header cannot carry them)";
      if (value.trim() !== value) return "must not start or end with spaces";
    }
  }
  return location === "path" ? pathValueProblem(String(value)) : undefined;
}

/**
 * Checks `input` against the operation before anything is sent: no unknown keys (typos), required
 * parameters present, types, ranges, lengths, patterns and enums as the spec says, path values
 * that cannot change the request's path (no `/`, `\`, `.`, `..`, control characters or empty value),
 * and header values that can be sent as given (no control characters, nothing beyond Latin-1, no
 * surrounding spaces).
 * Absent optional parameters stay absent: the server applies its own defaults.
 */
export function validateInput(operation: OperationSpec, input: Record<string, unknown>): void {
  const { operationId, parameters } = operation;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InvalidParameterError("input", `${operationId}: the input must be an object`);
  }
  let names = namesOf.get(operation);
  if (!names) namesOf.set(operation, (names = new Set(parameters.map((parameter) => parameter.name))));
  for (const key of Object.keys(input)) {
    if (!names.has(key)) {
      const known = parameters.map((parameter) => parameter.name).join(", ");
      throw new InvalidParameterError(key, `${operationId}: unknown parameter "${key}" (known: ${known})`);
    }
  }
  for (const parameter of parameters) {
    const value = input[parameter.name];
    if (value === undefined) {
      if (parameter.required) throw new InvalidParameterError(parameter.name, `${operationId}: "${parameter.name}" is required`);
      continue;
    }
    const rule = problem(parameter, value);
    if (rule) throw new InvalidParameterError(parameter.name, `${operationId}: "${parameter.name}" ${rule} (got ${show(value)})`);
  }
}
