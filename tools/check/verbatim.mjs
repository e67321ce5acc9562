// What a spec says it keeps verbatim must still be the document's: an example or code sample marked
// `x-verbatim: source/<file>` must appear in that document (examples as parsed JSON, code samples as
// text), a fenced block introduced as "verbatim" in a description must appear in one of the spec's
// documents, and anything whose summary or label says "verbatim" must name its document.
import { isDeepStrictEqual } from "node:util";

export const VERBATIM = "x-verbatim";

/** Every JSON object written in `text` (nested ones too), parsed. */
export function jsonObjectsIn(text) {
  const found = [];
  for (let start = text.indexOf("{"); start !== -1; start = text.indexOf("{", start + 1)) {
    const end = closingBrace(text, start);
    if (end === -1) continue;
    try {
      found.push(JSON.parse(text.slice(start, end + 1)));
    } catch {
      // Braces in prose or templates (`{project_id}`): not JSON.
    }
  }
  return found;
}

// The index of the `}` that closes the `{` at `start`, skipping braces inside JSON strings; -1 if none.
function closingBrace(text, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Text with each line trimmed and blank lines dropped: indentation is the document format's, not the quote's. */
const lines = (text) =>
  text
    .replaceAll("\r\n", "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");

const saysVerbatim = (text) => typeof text === "string" && /\bverbatim\b/i.test(text);

/** Yields every object of the spec with the JSON-pointer-like place it is at. */
function* walk(node, where = "") {
  if (!node || typeof node !== "object") return;
  yield [where, node];
  for (const [key, value] of Object.entries(node)) yield* walk(value, where ? `${where} › ${key}` : key);
}

// Fenced blocks in a description whose introducing line (the last non-blank one before the fence) says "verbatim".
function* verbatimBlocks(description) {
  const text = description.replaceAll("\r\n", "\n");
  const fence = /^[ \t]*```[^\n]*\n([\s\S]*?)^[ \t]*```[ \t]*$/gm;
  for (const match of text.matchAll(fence)) {
    const before = text.slice(0, match.index).trimEnd().split("\n").at(-1) ?? "";
    if (saysVerbatim(before)) yield match[1];
  }
}

/**
 * Problems with what `spec` says it keeps verbatim; `documents` maps each recorded `file`
 * (`source/<name>`) to its text.
 */
export function verbatimProblems(spec, documents) {
  const problems = [];
  const documentText = (where, file) => {
    const text = documents.get(file);
    if (text === undefined) problems.push(`${where}: ${VERBATIM} names ${JSON.stringify(file)}, which is not one of x-source-documents`);
    return text;
  };
  const { "x-source-documents": _documents, ...described } = spec;
  for (const [where, node] of walk(described)) {
    const isExample = "value" in node && ("summary" in node || VERBATIM in node);
    const isCodeSample = typeof node.source === "string" && typeof node.lang === "string";
    if (isExample || isCodeSample) {
      const file = node[VERBATIM];
      if (file === undefined) {
        if (saysVerbatim(node.summary) || saysVerbatim(node.label)) {
          problems.push(`${where} says it is verbatim but names no document (add ${VERBATIM}: source/<file>)`);
        }
        continue;
      }
      const text = documentText(where, file);
      if (text === undefined) continue;
      if (isExample && !jsonObjectsIn(text).some((candidate) => isDeepStrictEqual(candidate, node.value))) {
        problems.push(`${where} is marked verbatim from ${file}, but no JSON example there equals it: re-copy it from the document`);
      }
      if (isCodeSample && !lines(text).includes(lines(node.source))) {
        problems.push(`${where} is marked verbatim from ${file}, but the document has no such text: re-copy it from the document`);
      }
    }
    if (typeof node.description === "string") {
      for (const block of verbatimBlocks(node.description)) {
        if (![...documents.values()].some((text) => lines(text).includes(lines(block)))) {
          problems.push(`${where}/description quotes as verbatim a block that none of x-source-documents contains: ${lines(block).slice(0, 80)}…`);
        }
      }
    }
  }
  return problems;
}
