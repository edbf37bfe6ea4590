import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildMasterplanDocument } from '../shared/document';
import { ExportDocxInputSchema } from '../shared/contract/export';
import type { Workshop } from '../shared/model';
import { clearExportCache } from '../electron/services/export/export-cache';
import { exportMasterplanDocx } from '../electron/services/export/export-service';
import { DEFAULT_CHROMIUM, drawDiagrams } from '../electron/services/export/mermaid-chromium';
import type { WorkshopStore } from '../electron/services/store/workshop-store';
import { plainPng } from '../electron/services/export/png';
import { buildDemoWorkshop } from '../electron/services/reference';
import type { ExportRunResult } from './export-run';
import { masterplanHtml } from './export-pandoc';
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
 *
 * First, issue 14's figures ("And fast"), at 800 programs:
 * - the whole `npm run export` process without diagrams (node scripts/export.mjs on the prebuilt out/export, what
 *   npm runs; npm's own start is shown once beside it): target ≤ 1.0 s; its peak RSS (≤ 250 MiB); its growth from
 *   50 to 800 programs (≤ 2×);
 * - its ratio to Pandoc writing the same content (the document model as HTML, bench/export-pandoc.ts) as a .docx,
 *   when pandoc is installed (target ≤ 0.25);
 * - export.docx warm in the server (the revision's model and layout cached, diagrams as tables): p50 ≤ 0.35 s; and
 *   with a new revision each time, for comparison;
 * - a re-export with the server's diagram pictures cached (unchanged sources: nothing is drawn): ≤ +0.1 s over the
 *   warm export without diagrams; the first export's drawing time beside it. Only when Chromium is installed.
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

interface ProcessRun {
  wall: number;
  cpu: number;
  maxRss: number;
}

const MIB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MIB).toFixed(0)} MiB`;

/** One `npm run export` as npm runs it (node scripts/export.mjs), without diagrams: wall time, CPU and peak RSS. */
const exportProcess = async (workshopFile: string, out: string, rusage: string): Promise<ProcessRun> => {
  const start = performance.now();
  await run(process.execPath, ['--import', path.join(ROOT, 'bench', 'export-rusage.mjs'), path.join(ROOT, 'scripts', 'export.mjs'), '--workshop', workshopFile, '--out', out, '--no-diagrams'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RUSAGE: rusage },
    timeout: 10 * 60 * 1000,
  });
  const wall = performance.now() - start;
  const usage = JSON.parse(await readFile(rusage, 'utf8')) as { cpu: number; maxRss: number };
  return { wall, ...usage };
};

const which = async (command: string): Promise<string | null> => {
  try {
    const { stdout } = await run('sh', ['-c', `command -v ${command}`]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
};

/** A store holding one workshop, as the server's store would give it to export.docx. */
const storeOf = (holder: { workshop: Workshop }): WorkshopStore => ({ open: async () => ({ workshop: holder.workshop }) }) as unknown as WorkshopStore;

const timeIt = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

/** Wall time of a call in this process, and the CPU time the process spent meanwhile (steadier on a shared machine). */
const cpuSamples: number[] = [];
const timeInProcess = async (fn: () => Promise<unknown>): Promise<number> => {
  const cpu = process.cpuUsage();
  const wall = await timeIt(fn);
  const used = process.cpuUsage(cpu);
  cpuSamples.push((used.user + used.system) / 1000);
  return wall;
};

/** The CPU p50 of the calls timed since the last call of this, as a note. */
const cpuNote = (): string => {
  const note = `CPU p50 ${percentile(cpuSamples, 50).toFixed(0)} ms`;
  cpuSamples.length = 0;
  return note;
};

/** Issue 14's figures (see the comment at the top). */
const issueRows = async (dir: string): Promise<BenchRow[]> => {
  const runs = Math.max(3, RUNS);
  const files: Record<number, string> = {};
  for (const programs of [50, 800]) {
    files[programs] = path.join(dir, `workshop-${programs}.json`);
    await writeFile(files[programs], JSON.stringify(buildLargeWorkshop(programs)));
  }
  const out = path.join(dir, 'out.docx');
  const rusage = path.join(dir, 'rusage.json');
  // Builds out/export when it is missing or stale, untimed.
  await exportProcess(files[50]!, out, rusage);
  const processRuns: Record<number, ProcessRun[]> = { 50: [], 800: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const programs of [50, 800]) processRuns[programs]!.push(await exportProcess(files[programs]!, out, rusage));
  }
  const p50 = (list: readonly ProcessRun[], key: keyof ProcessRun): number => percentile(list.map((r) => r[key]), 50);
  const large = processRuns[800]!;
  const small = processRuns[50]!;
  const npmStart = await timeIt(() => run('npm', ['run', '--silent', 'env'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }));
  const rows: BenchRow[] = [
    row('npm run export, whole process, no diagrams (target ≤ 1000 ms)', '800 programs', large.map((r) => r.wall), `node scripts/export.mjs; CPU p50 ${p50(large, 'cpu').toFixed(0)} ms; npm's own start adds ~${npmStart.toFixed(0)} ms`),
    row('  peak RSS (target ≤ 250 MiB)', '800 programs', large.map((r) => r.maxRss / MIB), `MiB, not ms: p50 ${mib(p50(large, 'maxRss'))}; at 50 programs ${mib(p50(small, 'maxRss'))}`),
    row('  the same at 50 programs', '50 programs', small.map((r) => r.wall), `CPU p50 ${p50(small, 'cpu').toFixed(0)} ms`),
    row('  growth 50 → 800 (target ≤ 2×)', '800 / 50', [p50(large, 'wall') / p50(small, 'wall')], `×, not ms: wall ×${(p50(large, 'wall') / p50(small, 'wall')).toFixed(2)}, CPU ×${(p50(large, 'cpu') / p50(small, 'cpu')).toFixed(2)}`),
  ];

  const pandoc = await which('pandoc');
  if (pandoc) {
    const html = path.join(dir, 'masterplan.html');
    await writeFile(html, masterplanHtml(buildMasterplanDocument(buildLargeWorkshop(800), { draft: true })));
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i += 1) {
      // bash's time reports the CPU time pandoc used (user + system), as the preload does for the app.
      const command = `TIMEFORMAT='%U %S'; time "$0" -f html -t docx -o "$1" "$2"`;
      const start = performance.now();
      const { stderr } = await run('bash', ['-c', command, pandoc, path.join(dir, 'pandoc.docx'), html], { timeout: 10 * 60 * 1000 });
      samples.push(performance.now() - start);
      const [user = Number.NaN, system = Number.NaN] = stderr.trim().split('\n').pop()?.split(' ').map(Number) ?? [];
      cpu.push((user + system) * 1000);
    }
    const wallRatio = p50(large, 'wall') / percentile(samples, 50);
    const cpuRatio = p50(large, 'cpu') / percentile(cpu, 50);
    rows.push(
      row('pandoc -f html -t docx, same content', '800 programs', samples, `CPU p50 ${percentile(cpu, 50).toFixed(0)} ms; app / pandoc: wall ${wallRatio.toFixed(2)}, CPU ${cpuRatio.toFixed(2)} (target ≤ 0.25)`),
    );
  } else rows.push(row('pandoc, same content', 'skipped', [Number.NaN], 'pandoc not installed (apt-get install -y pandoc)'));

  // In the server: export.docx of a stored workshop, the pictures not given (as scripts and the browser call it).
  const holder = { workshop: buildLargeWorkshop(800) };
  const store = storeOf(holder);
  const input = ExportDocxInputSchema.parse({ workshopId: holder.workshop.id, draft: true });
  const chromium = process.env['CHROMIUM_PATH'];
  process.env['CHROMIUM_PATH'] = path.join(dir, 'no-chromium');
  const silent = console.warn;
  console.warn = () => undefined;
  try {
    clearExportCache();
    for (let i = 0; i < 2; i += 1) await exportMasterplanDocx(store, input);
    const warm: number[] = [];
    for (let i = 0; i < Math.max(5, runs); i += 1) warm.push(await timeInProcess(() => exportMasterplanDocx(store, input)));
    const warmCpu = percentile(cpuSamples, 50);
    rows.push(row('export.docx warm in the server, same revision (target ≤ 350 ms)', '800 programs', warm, `${cpuNote()}; model and page layout cached; diagrams as tables`));
    const revisions: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      holder.workshop = { ...holder.workshop, revision: holder.workshop.revision + 1 };
      revisions.push(await timeInProcess(() => exportMasterplanDocx(store, input)));
    }
    rows.push(row('  after a change (new revision each time)', '800 programs', revisions, `${cpuNote()}; model and layout made again`));
    if (chromium === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = chromium;
    if (existsSync(chromiumPath())) {
      clearExportCache();
      const first = await timeIt(() => exportMasterplanDocx(store, input));
      const again: number[] = [];
      for (let i = 0; i < runs; i += 1) again.push(await timeInProcess(() => exportMasterplanDocx(store, input)));
      const extra = percentile(again, 50) - percentile(warm, 50);
      const extraCpu = percentile(cpuSamples, 50) - warmCpu;
      rows.push(
        row(
          '  re-export, diagrams unchanged (target ≤ +100 ms)',
          '800 programs',
          again,
          `${cpuNote()}; +${extra.toFixed(0)} ms wall, +${extraCpu.toFixed(0)} ms CPU over no diagrams (the pictures' bytes); nothing drawn; the first export drew them in ${first.toFixed(0)} ms`,
        ),
      );
    } else rows.push(row('  re-export with diagrams', 'skipped', [Number.NaN], `no Chromium at ${chromiumPath()}`));
  } finally {
    console.warn = silent;
    if (chromium === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = chromium;
  }
  return rows;
};

export const benchExport = async (): Promise<BenchRow[]> => {
  const scratch = await scratchDir();
  try {
    console.log('Angka issue 14 (800 program)…');
    const issue = await issueRows(scratch.dir);
    if (process.env['BENCH_EXPORT_DETAIL'] === '0') return issue;
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
    return [...issue, ...withLayout.flatMap((_, i) => exportRows(withLayout, i)), ...withoutLayout.flatMap((_, i) => exportRows(withoutLayout, i)), ...(await diagramRows())];
  } finally {
    await scratch.remove();
  }
};
