// Reading the command line's words: options by name (with aliases), each at most once with one
// non-empty value, unknown names answered with the nearest known one.
import { parseArgs } from "node:util";
import { UsageError } from "./usage.js";

/** The edit distance of `a` and `b`, counting a swap of neighbours as one edit. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known word `word` most likely means: the only one it begins (`otc` → `otc-rds`), or the
 * nearest within a third of its length (`link` → `links`, `--instanceid` → `--instance_id`).
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const prefixed = known.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  if (lower.length >= 2 && prefixed.length === 1) return prefixed[0];
  const normal = (text: string) => text.toLowerCase().replace(/[-_]/g, "");
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3));
  for (const candidate of known) {
    const d = normal(candidate) === normal(word) ? 0 : distance(lower, candidate.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** ` (did you mean "x"?)` or nothing. */
export const didYouMean = (word: string, known: readonly string[]): string => {
  const match = nearest(word, known);
  return match ? `; did you mean ${match}?` : "";
};

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** the name the value is stored under (an alias's canonical name); defaults to the option's own */
  key?: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean>;
  positionals: string[];
}

/**
 * Parses `argv` against `options`. A usage error for: an unknown option (with the nearest known
 * one), a string option without a value or with an empty one, a value given to a boolean option,
 * and the same option (or two spellings of it) given twice with different values.
 */
export function parseOptions(
  argv: string[],
  options: Readonly<Record<string, OptionSpec>>,
  help: string,
  /** the option names an unknown one is compared with (defaults to every option's) */
  suggestions: readonly string[] = Object.keys(options),
): ParsedArgs {
  const config = Object.fromEntries(Object.entries(options).map(([name, { type, short }]) => [name, { type, ...(short && { short }) }]));
  // Not strict: this function reports unknown and malformed options itself, with better words.
  const { tokens } = parseArgs({ args: argv, options: config, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean> = {};
  const givenAs: Record<string, string> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const spelled = token.rawName;
    const option = options[token.name];
    if (!option) {
      const names = suggestions.map((name) => `--${name}`);
      throw new UsageError(`unknown option ${spelled}${didYouMean(`--${token.name}`, names)}`, help);
    }
    let value: string | boolean;
    if (option.type === "boolean") {
      if (token.inlineValue) throw new UsageError(`${spelled} takes no value`, help);
      value = true;
    } else {
      if (token.value === undefined) throw new UsageError(`${spelled} needs a value`, help);
      if (token.value.trim() === "") throw new UsageError(`${spelled} is empty: give it a value or leave it out`, help);
      value = token.value;
    }
    const key = option.key ?? token.name;
    if (key in values && values[key] !== value) {
      throw new UsageError(`${givenAs[key]} and ${spelled} were both given, with different values; give it once`, help);
    }
    values[key] = value;
    givenAs[key] = spelled;
  }
  return { values, positionals };
}
