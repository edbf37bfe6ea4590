import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line of a bench table. */
export interface BenchRow {
  what: string;
  size: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  note?: string;
}

export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
};

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Times `runs` sequential calls of `fn` (after `warmup` untimed ones), in milliseconds.
 * `pauseMs` waits (untimed) between calls, like a person typing, so background work can run.
 */
export const timeRuns = async (runs: number, fn: (i: number) => unknown, warmup = 3, pauseMs = 0): Promise<number[]> => {
  for (let i = 0; i < warmup; i += 1) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (pauseMs > 0) await pause(pauseMs);
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
};

export const row = (what: string, size: string, samples: readonly number[], note?: string): BenchRow => ({
  what,
  size,
  runs: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
  ...(note ? { note } : {}),
});

export const formatBytes = (bytes: number): string => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`);

/** Prints rows as an aligned text table. */
export const printTable = (title: string, rows: readonly BenchRow[]): void => {
  const header = ['measurement', 'size', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'note'];
  const cells = rows.map((r) => [r.what, r.size, String(r.runs), r.p50.toFixed(2), r.p95.toFixed(2), r.max.toFixed(2), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (values: readonly string[]) => values.map((v, i) => (i >= 2 && i <= 5 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
};

/**
 * A scratch folder on the same disk as the project (`.bench/`, git-ignored), because fsync
 * costs depend on the disk; BENCH_DIR overrides it.
 */
export const scratchDir = async (): Promise<{ dir: string; remove: () => Promise<void> }> => {
  const base = process.env.BENCH_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.bench');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, 'run-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
};
