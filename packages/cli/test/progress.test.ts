// The progress lines are drawn only on a terminal: main() in this process, with stderr made a TTY.
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { main } from "../src/main.js";

let out: string;
let stderr: string;
let stdout: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "loglink-progress-"));
  stderr = "";
  stdout = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
});
afterEach(async () => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(process.stderr, "isTTY");
  Reflect.deleteProperty(process.stderr, "columns");
  await rm(out, { recursive: true, force: true });
});

it("on a terminal: a line per active file and a total line, redrawn in place on stderr and cleared at the end; the saved line on stdout", async () => {
  Object.assign(process.stderr, { isTTY: true, columns: 100 });
  expect(await main(["download", "huawei-audit", "--mock", "--out", out])).toBe(0);
  const lines = stderr
    .split("\r\x1b[2K")
    .slice(1)
    .map((piece) => piece.split("\n")[0]!);
  const fileLines = lines.filter((line) => !line.includes(" files "));
  const totalLines = lines.filter((line) => line.includes(" files "));
  expect(fileLines.length).toBeGreaterThanOrEqual(1); // the in-process mock may send the file in one chunk
  for (const line of fileLines) expect(line).toMatch(/^20230706023359_669a94ab\S*… +\[[#-]{24}\] +\d+% +\S+ \S+ \/ 928 KiB$/);
  expect(totalLines.at(-1)).toMatch(/^1\/1 files +\[#{24}\] 100% +928 KiB \/ 928 KiB/);
  expect(lines.every((line) => line.length <= 99)).toBe(true);
  expect(stderr.endsWith("\r\x1b[J")).toBe(true); // the progress lines do not stay behind
  const [file] = await readdir(out);
  expect((await stat(join(out, file!))).size).toBe(928 * 1024);
  expect(stdout).toBe(`saved ${join(out, file!)} (928 KiB)\n`);
});

it("not on a terminal: no bar, only the saved line", async () => {
  Object.assign(process.stderr, { isTTY: false });
  expect(await main(["download", "huawei-audit", "--mock", "--out", out])).toBe(0);
  expect(stderr).toBe("");
  expect(stdout).toMatch(/^saved .* \(928 KiB\)\n$/);
});
