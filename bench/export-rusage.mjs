// Preloaded (node --import) into an export process by bench/export.ts: on exit, writes the process's CPU time and
// peak resident memory to the file BENCH_RUSAGE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const target = process.env.BENCH_RUSAGE;
  if (!target) return;
  const usage = process.resourceUsage();
  writeFileSync(target, JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRss: usage.maxRSS * 1024 }));
});
