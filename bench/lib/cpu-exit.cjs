// Preloaded (node --require) into every cold-start process: at exit, writes the process's CPU time
// (user + system) and its age to stderr as one JSON line. CPU time barely moves when other
// processes load the machine, wall time does.
const started = Date.now() - performance.now();
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n${JSON.stringify({ benchCpuMs: (user + system) / 1000, benchUpMs: Date.now() - started })}\n`);
});
