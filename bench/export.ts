import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildMasterplanDocument } from '../shared/document';
import { DEFAULT_CHROMIUM, drawDiagrams } from '../electron/services/export/mermaid-chromium';
import { plainPng } from '../electron/services/export/png';
import { buildDemoWorkshop } from '../electron/services/reference';
import type { ExportRunResult } from './export-run';
import { buildLargeWorkshop } from './large-workshop';
import { formatBytes, percentile, row, scratchDir, type BenchRow } from './measure';

/*
 * The Word export (issue 4's figures): building the masterplan document and writing the .docx to a buffer,
 * headless, for generated workshops of 50, 200 and 800 programs (bench/large-workshop.ts), with the diagrams as
 * given: one fixed set of pictures drawn beforehand, so drawing is not timed here. Each size runs in a child process
 * of its own (bench/export-run.ts), so its peak memory is its own. The writer lays the pages out to write the page
 * numbers of the table of contents; a second pass without that layout shows what it costs. Then, separately, the
 * time to draw the demo's diagrams in headless Chromium, as `npm run export` does.
 * Target: 800 programs under 2 s on a 2-core machine, growing linearly. Wall times suffer when the machine is
 * shared; the CPU time beside them does not. Measures, asserts nothing.
 * BENCH_EXPORT_SIZES (e.g. "50,200") and BENCH_EXPORT_RUNS (default 3) shorten it.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env['BENCH_EXPORT_SIZES'] ?? '50,200,800').split(',').map(Number).filter((n) => n > 0);
const RUNS = Number(process.env['BENCH_EXPORT_RUNS'] ?? 3);
const NOW = '2025-11-20T09:00:00.000Z';
const run = promisify(execFile);

interface PictureFile {
  id: string;
  pngBase64: string;
  width: number;
  height: number;
}

const chromiumPath = (): string => process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;

/** The pictures every size is given: the demo's diagrams drawn in Chromium, or plain PNGs of their sizes without it. */
const givenPictures = async (): Promise<{ pictures: PictureFile[]; drawn: boolean }> => {
  const ids = buildMasterplanDocument(buildLargeWorkshop(50), { draft: true }).diagrams.map((d) => d.id);
  if (existsSync(chromiumPath())) {
    const demo = buildMasterplanDocument(buildDemoWorkshop('bench-diagram', NOW), { draft: true });
    const { pictures } = await drawDiagrams(demo.diagrams, chromiumPath());
    if (ids.every((id) => pictures[id])) {
      return { pictures: ids.map((id) => ({ id, pngBase64: Buffer.from(pictures[id]!.png).toString('base64'), width: pictures[id]!.width, height: pictures[id]!.height })), drawn: true };
    }
  }
  return { pictures: ids.map((id) => ({ id, pngBase64: plainPng(1640, 680, 0xeeeeee).toString('base64'), width: 820, height: 340 })), drawn: false };
};

const exportSize = async (programs: number, runs: number, pictures: string, layout: boolean): Promise<ExportRunResult> => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'export-run.ts'), String(programs), String(runs), pictures, layout ? 'layout' : 'no-layout'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 60 * 60 * 1000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ExportRunResult;
};

const cpu50 = (r: ExportRunResult): number => percentile(r.cpu, 50);

/** CPU time each program added since the size before costs: constant when the export grows linearly. */
const perAddedProgram = (r: ExportRunResult, before: ExportRunResult): number => (cpu50(r) - cpu50(before)) / (r.programs - before.programs);

/**
 * Rows of one size. Growth is judged on CPU time, which the machine's other work barely moves: the CPU each program
 * added since the size before costs, and how that compares with the step before it (×1.00 is linear).
 */
const exportRows = (results: readonly ExportRunResult[], index: number): BenchRow[] => {
  const r = results[index]!;
  const before = results[index - 1];
  const earlier = results[index - 2];
  const size = `${r.programs} programs`;
  const label = r.pages ? 'export' : 'export without page layout';
  const added = before ? `; +${perAddedProgram(r, before).toFixed(1)} ms CPU per program added since ${before.programs}` : '';
  const growth = before && earlier ? ` (×${(perAddedProgram(r, before) / perAddedProgram(before, earlier)).toFixed(2)} the step before)` : '';
  return [
    row(`${label}: document model + .docx`, size, r.total, `CPU p50 ${cpu50(r).toFixed(0)} ms${added}${growth}; ${formatBytes(r.docxBytes)}`),
    row('  of which: document model', size, r.build),
    row('  of which: .docx (Word writer)', size, r.write, `peak RSS ${formatBytes(r.peakRss)} (idle ${formatBytes(r.baselineRss)}), heap ≤ ${formatBytes(r.peakHeap)}`),
  ];
};

const diagramRows = async (): Promise<BenchRow[]> => {
  if (!existsSync(chromiumPath())) return [row('diagrams in Chromium', 'skipped', [Number.NaN], `no Chromium at ${chromiumPath()}`)];
  const demo = buildMasterplanDocument(buildDemoWorkshop('bench-diagram', NOW), { draft: true });
  const large = buildMasterplanDocument(buildLargeWorkshop(800), { draft: true });
  const time = async (specs: typeof demo.diagrams, runs: number): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i += 1) {
      const start = performance.now();
      const { failures } = await drawDiagrams(specs, chromiumPath());
      if (Object.keys(failures).length > 0) throw new Error(`Diagram gagal digambar: ${JSON.stringify(failures)}`);
      if (i > 0) samples.push(performance.now() - start);
    }
    return samples;
  };
  const demoSamples = await time(demo.diagrams, RUNS);
  const largeSamples = await time(large.diagrams, Math.min(RUNS, 2));
  const each = (samples: number[], count: number) => `${(percentile(samples, 50) / count).toFixed(0)} ms per diagram, Chromium start included`;
  return [
    row(`diagrams in Chromium (demo: ${demo.diagrams.length})`, 'demo workshop', demoSamples, each(demoSamples, demo.diagrams.length)),
    row(`diagrams in Chromium (${large.diagrams.length}, Gantts of ~133 bars)`, '800 programs', largeSamples, each(largeSamples, large.diagrams.length)),
  ];
};

export const benchExport = async (): Promise<BenchRow[]> => {
  const scratch = await scratchDir();
  try {
    const given = await givenPictures();
    const picturesPath = path.join(scratch.dir, 'pictures.json');
    await writeFile(picturesPath, JSON.stringify(given.pictures));
    console.log(`Gambar diagram "apa adanya": ${given.pictures.length} PNG ${given.drawn ? 'digambar Chromium dari lokakarya demo' : 'polos (Chromium tidak ada)'}.`);
    const withLayout: ExportRunResult[] = [];
    const withoutLayout: ExportRunResult[] = [];
    for (const programs of SIZES) {
      console.log(`Ekspor ${programs} program…`);
      withLayout.push(await exportSize(programs, RUNS, picturesPath, true));
      withoutLayout.push(await exportSize(programs, RUNS, picturesPath, false));
    }
    return [...withLayout.flatMap((_, i) => exportRows(withLayout, i)), ...withoutLayout.flatMap((_, i) => exportRows(withoutLayout, i)), ...(await diagramRows())];
  } finally {
    await scratch.remove();
  }
};
