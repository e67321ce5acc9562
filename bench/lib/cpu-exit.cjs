// Preloaded (node --require) into every cold-start process: at exit, writes the process's CPU time
// (user + system) to stderr as one JSON line. CPU time barely moves when other processes load the
// machine, wall time does.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n${JSON.stringify({ benchCpuMs: (user + system) / 1000 })}\n`);
});
