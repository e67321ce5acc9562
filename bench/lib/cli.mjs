// The command line's budgets (issue 14): `npm install @loglink/cli` (every provider included) at
// most 10 packages and 1.5 MB, and its start-up: `loglink --help` at most 40 ms and
// `loglink links … --mock` at most 80 ms over a bare `node -e ""` (wall, median, same run).
// Measured on the CLI as a user gets it: published with the release command to the release
// rehearsal's throwaway registry and installed from it with plain npm into a fresh project.
import { join } from "node:path";
import { createProject, installedCopies, installedFootprint, npmInstall, run, startRehearsal } from "../../tools/release/lib.mjs";
import { stats } from "./util.mjs";

const KB = 1000;
export const CLI_BUDGETS = { packages: 10, installBytes: 1500 * KB, helpOverBareMs: 40, mockOverBareMs: 80 };

/** The start-up variants, each a node command line run in the consumer project. */
const variants = (bin) => ({
  'node -e "" (bare)': ["-e", ""],
  "loglink --help": [bin, "--help"],
  "loglink links otc-rds --mock": [bin, "links", "otc-rds", "--mock"],
});

/** { install: { packages, bytes, files, names }, startup: { [variant]: { wall, overBare } } } */
export async function measureCli(rounds, log) {
  const rehearsal = await startRehearsal({ prefix: "loglink-bench-cli-" });
  try {
    const { code, stdout, stderr } = rehearsal.publish;
    if (code !== 0) throw new Error(`changeset publish to the throwaway registry failed:\n${stderr || stdout}`);
    const dir = createProject(join(rehearsal.tmp, "cli"));
    await npmInstall(dir, ["@loglink/cli"], rehearsal.env);
    const names = installedCopies(dir)
      .map(({ name }) => name)
      .sort();
    const install = { packages: names.length, ...installedFootprint(dir), names };
    log(`installed @loglink/cli: ${install.packages} packages, ${install.bytes} bytes`);

    const startup = await measureCliStartup(dir, rounds);
    log(`cli start-up: ${rounds} rounds`);
    return { install, startup };
  } finally {
    // A late write into the temp folder (npm's cache) can make its removal fail: keep the figures.
    await rehearsal.close().catch((error) => log(`could not remove the rehearsal's temp folder: ${error.message}`));
  }
}

/** Start-up of the CLI installed in `dir`: { [variant]: { wall, overBare } }, rounds interleaved. */
export async function measureCliStartup(dir, rounds) {
  const list = variants(join(dir, "node_modules", "@loglink", "cli", "dist", "bin.js"));
  const times = Object.fromEntries(Object.keys(list).map((name) => [name, []]));
  const once = async (name) => {
    const result = await run(process.execPath, list[name], { cwd: dir, timeout: 30_000 });
    if (result.code !== 0) throw new Error(`${name} failed: ${result.stderr.trim().split("\n")[0]}`);
    return result.ms;
  };
  for (const name of Object.keys(list)) await once(name); // warm the file system cache
  for (let round = 0; round < rounds; round++) {
    // A different order each round, so no variant always runs right after another.
    const order = Object.keys(list).sort(() => Math.random() - 0.5);
    for (const name of order) times[name].push(await once(name));
  }
  const bare = times['node -e "" (bare)'];
  return Object.fromEntries(
    Object.entries(times).map(([name, values]) => [name, { wall: stats(values), overBare: stats(values.map((value, i) => value - bare[i])) }]),
  );
}

const ms = (value) => `${value.toFixed(1)} ms`;

/** The report's rows (bench/lib/report.mjs's shape) for `measureCli`'s result. */
export function cliRows(result) {
  if (!result) return [];
  const section = "7. command line (issue 14)";
  const { install, startup } = result;
  const rows = [
    {
      section,
      name: "npm install @loglink/cli",
      value: `${install.packages} packages, ${(install.bytes / KB / KB).toFixed(2)} MB, ${install.files} files`,
      compare: install.names.join(", "),
      budget: `≤ ${CLI_BUDGETS.packages} packages, ≤ 1.5 MB`,
      pass: install.packages <= CLI_BUDGETS.packages && install.bytes <= CLI_BUDGETS.installBytes,
    },
  ];
  for (const [name, budget] of [
    ["loglink --help", CLI_BUDGETS.helpOverBareMs],
    ["loglink links otc-rds --mock", CLI_BUDGETS.mockOverBareMs],
  ]) {
    const { wall, overBare } = startup[name];
    rows.push({
      section,
      name: `${name}: start-up over bare node (wall, median)`,
      value: ms(overBare.median),
      compare: `wall ${ms(wall.median)}; bare node ${ms(startup['node -e "" (bare)'].wall.median)}; ${overBare.n} rounds`,
      budget: `≤ ${budget} ms`,
      pass: overBare.median <= budget,
    });
  }
  return rows;
}
