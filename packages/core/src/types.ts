// The generated operation metadata (tools/notes/CONTRACTS.md §2) and type helpers for providers.
import type { MetadataBearer } from "./response.js";

/** The JSON Schema keywords of a parameter that the runtime checks (`format` and `default` are informational). */
export interface ParameterSchema {
  /** `array` only for JD Cloud's `filters`-style lists of objects, flattened on the query string */
  type?: "string" | "integer" | "number" | "boolean" | "array";
  enum?: readonly (string | number | boolean)[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
}

/** One input of an operation and where it goes; `in: "body"` is a property of the JSON body. */
export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "body";
  required: boolean;
  schema: ParameterSchema;
  /** the first sentence of the spec's description (the command line's help) */
  description?: string;
  /** the spec's first example value */
  example?: unknown;
}

/** What the runtime needs to know about an operation; generated into `operations.ts`. */
export interface OperationSpec {
  operationId: string;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
  /** The full path template, e.g. `/v2/{project_id}/instances/{instance_id}/redislog/{id}/links`. */
  path: string;
  parameters: readonly ParameterSpec[];
  /** True when a JSON body is sent, built from the `in: "body"` parameters. */
  body: boolean;
  /** The first documented example per status code. */
  responses: Readonly<Record<string, { example: unknown }>>;
}

/** A server of the spec: an origin, with `{region}` (and any other variable) to fill. */
export interface ServerSpec {
  url: string;
  variables?: Readonly<Record<string, { default: string; enum?: readonly string[] }>>;
  /** the provider's newest host family: it also takes a region id that no `enum` lists (spec `x-loglink-region-fallback`) */
  regionFallback?: boolean;
}

type Present<T> = [NonNullable<T>] extends [never] ? {} : NonNullable<T>;
type Parameters<Op, In extends string> = Op extends { parameters: { [K in In]?: infer P } } ? Present<P> : {};
// An optional request body makes every body property optional.
type JsonBody<Op> = Op extends { requestBody?: infer R }
  ? Present<R> extends { content: { "application/json": infer B } }
    ? Op extends { requestBody: unknown }
      ? B
      : Partial<B>
    : {}
  : {};

/**
 * The flattened input of an openapi-typescript `operations[...]` entry: path, query and header
 * parameters and JSON body properties in one object, minus the names the client fills (`Filled`,
 * e.g. `"project_id"`).
 */
export type OperationInput<Op, Filled extends string = never> = Omit<
  Parameters<Op, "path"> & Parameters<Op, "query"> & Parameters<Op, "header"> & JsonBody<Op>,
  Filled
>;

/** The JSON body of an openapi-typescript operation's 200 response, with the call's `$metadata`. */
export type SuccessBody<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } } ? B & MetadataBearer : never;
