import { existsSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeWorkbook } from '../electron/services/excel/workbook-writer';
import { readSheetRows } from '../electron/services/excel/sheet-rows';
import { BUILT_WORKER_FILE } from '../electron/services/excel/sheet-worker-runner';
import { planProgramImport } from '../shared/logic/program-import';
import { buildWorkbook } from '../shared/workbook';
import { manyCellsSheet, sheetBomb, workbookWithSheet } from '../test/integration/excel/bombs';
import { buildLargeWorkshop } from './large-workshop';
import { formatBytes, row, type BenchRow } from './measure';

/*
 * The program import against files built to exhaust the app (issue 10): the time to refuse a 2 MB
 * workbook whose sheet unpacks to 440 MB (from its table of contents), the same sheet behind a
 * directory that declares 40 KB (stopped in the reading worker), a truthful 210,000-cell sheet
 * (counted in the worker before ExcelJS) and a 3 MB CSV of separators; then an 800-program
 * Matriks Program workbook read and planned as an import. For each: this process's peak RSS growth
 * during the runs and the longest event-loop delay (what every other request would have waited).
 * Each row's first call is untimed, so the reading worker (kept 30 s between files) is warm; run under
 * tsx it loads TypeScript through tsx. The last row, when `out/main` has been built, starts the built
 * worker afresh for every file, as the desktop app does after an idle spell. Measures, asserts nothing.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NOW = '2025-11-20T09:00:00.000Z';

/** Times `runs` calls of `fn` while sampling RSS and the event loop; the note carries both. */
const measure = async (what: string, size: string, runs: number, fn: () => Promise<unknown>): Promise<BenchRow> => {
  await fn().catch(() => undefined);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  loop.enable();
  const samples: number[] = [];
  let outcome = '';
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    outcome = await fn().then(
      () => 'diterima',
      (error: unknown) => `ditolak: ${error instanceof Error ? error.message.slice(0, 48) : String(error)}…`,
    );
    samples.push(performance.now() - start);
  }
  loop.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  const note = `RSS +${formatBytes(peak - baseline)} (peak ${formatBytes(peak)}), max loop delay ${(loop.max / 1e6).toFixed(0)} ms; ${outcome}`;
  return row(what, size, samples, note);
};

/** The built worker (out/main/excel-sheet-worker.js) as the desktop app starts it, reading one workbook. */
const readWithBuiltWorker = (file: string, bytes: Buffer): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } });
    worker.once('message', (reply: { ok: boolean; message?: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply);
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
    worker.postMessage({ fileName: 'matriks-800.xlsx', bytes: new Uint8Array(bytes) });
  });

export const benchExcelImport = async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  const bomb = workbookWithSheet('Matriks Program', sheetBomb(440));
  rows.push(await measure('tolak bom zip (daftar isi)', `${formatBytes(bomb.length)} → 440 MB`, 20, () => readSheetRows('bom.xlsx', bomb)));
  const liar = workbookWithSheet('Matriks Program', sheetBomb(440, 40 * 1024));
  rows.push(await measure('tolak bom zip berbohong (worker)', `${formatBytes(liar.length)} → 440 MB`, 3, () => readSheetRows('bohong.xlsx', liar)));
  const cells = workbookWithSheet('Matriks Program', manyCellsSheet(5_000, 42));
  rows.push(await measure('tolak 210.000 sel (worker)', formatBytes(cells.length), 3, () => readSheetRows('sel.xlsx', cells)));
  const commas = Buffer.from(`Kode program;Nama program/inovasi\r\n${';'.repeat(3_000_000)}`, 'utf8');
  rows.push(await measure('tolak CSV 3 juta pemisah', formatBytes(commas.length), 5, () => readSheetRows('koma.csv', commas)));

  const workshop = buildLargeWorkshop(800);
  const valid = await writeWorkbook(buildWorkbook(workshop), { creator: 'bench', created: new Date(NOW) });
  let id = 0;
  const importOnce = async (): Promise<void> => {
    const sheetRows = await readSheetRows('matriks-800.xlsx', valid);
    const plan = planProgramImport(workshop, sheetRows, { newId: () => `bench-${(id += 1)}`, nowIso: NOW });
    if (plan.errors.length > 0 || plan.rows !== 800) throw new Error(`rencana impor tak terduga: ${plan.rows} baris, ${plan.errors.length} kesalahan`);
  };
  rows.push(await measure('impor 800 program (worker + rencana)', formatBytes(valid.length), 3, importOnce));
  const built = path.join(ROOT, 'out', 'main', BUILT_WORKER_FILE);
  if (existsSync(built)) rows.push(await measure('baca 800 program, worker build (dingin)', formatBytes(valid.length), 3, () => readWithBuiltWorker(built, valid)));
  return rows;
};
