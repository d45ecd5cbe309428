// Loaded with `node --import` into a process being measured: at exit, writes the CPU time the process used
// (user + system, seconds) to standard error as `cpu-seconds <n>`, so a benchmark can report texts per CPU-second,
// which a busy shared machine changes far less than wall-clock time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-seconds ${((user + system) / 1e6).toFixed(3)}\n`);
});
