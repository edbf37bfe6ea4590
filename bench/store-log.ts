import { copyFile, mkdir, mkdtemp, open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyCommand, invertCommand, type Command } from '../shared/commands';
import type { LogEntry } from '../shared/contract';
import { createEmptyWorkshop } from '../shared/logic';
import type { Workshop } from '../shared/model';
import { createServices } from '../electron/services/index';
import { referenceData } from '../electron/services/reference';
import { encodeLogFile, encodeLogLine } from '../electron/services/store/command-log';
import { formatBytes, percentile, row, timeRuns, type BenchRow } from './measure';

/*
 * The log that no longer only grows:
 * - opening a workshop and listing 50 with 10k and 100k logged edits, with the log rolled at
 *   checkpoints (snapshot + short live log; archived segments unread) against one whole log as before;
 * - bytes logged per typed paragraph in a large section;
 * - acknowledged-edit latency with 8 writers at once.
 */

const text = 'Pemerintah kabupaten memperkuat layanan publik berbasis data dan kolaborasi antar-OPD di seluruh kecamatan. ';
const paragraph = (n: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `${n}. ${text.repeat(3)}` }] });
const section = (paragraphs: number, from = 0): Command => ({
  type: 'upsertSection',
  item: { id: 'bab1-latar', outlineKey: 'bab1-latar-belakang', title: 'Latar Belakang', content: { type: 'doc', content: Array.from({ length: paragraphs }, (_, i) => paragraph(from + i)) }, ownerOpdId: null, status: 'draft' },
});

const baseWorkshop = (id: string): Workshop => {
  const now = new Date().toISOString();
  return createEmptyWorkshop({ id, title: 'Lokakarya uji jejak', regionName: 'Kabupaten Uji', regionKind: 'kabupaten', startYear: 2026, now, reference: referenceData() });
};

/** `count` edits of one section (a rolling window of 2 paragraphs: ~0.8 KB a line, as in the reported 63.6k-entry log), as the session logs them. */
const editsOf = (start: Workshop, count: number): { entries: LogEntry[]; end: Workshop } => {
  let w = start;
  const entries: LogEntry[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < count; i += 1) {
    const command = section(2, i);
    const inverse = invertCommand(w, command);
    w = applyCommand(w, command, at);
    entries.push({ seq: i + 1, revision: w.revision, at, actor: { name: 'Fasilitator', opdId: null }, kind: 'do', command, inverse });
  }
  return { entries, end: w };
};

/** Opens (or lists) in fresh services, as a new start of the app would. `once`: only the first start counts (it rolls a whole log). */
const timeOpen = async (dataDir: string, id: string, once: boolean): Promise<number[]> =>
  timeRuns(
    once ? 1 : 5,
    async () => {
      const services = await createServices({ dataDir, mode: 'web', logError: () => undefined });
      await services.handlers['workshop.open']({ workshopId: id });
      await services.close();
    },
    once ? 0 : 1,
  );

const timeList = async (dataDir: string, once: boolean): Promise<number[]> =>
  timeRuns(
    once ? 1 : 3,
    async () => {
      const services = await createServices({ dataDir, mode: 'web', logError: () => undefined });
      const { workshops } = await services.handlers['workshops.list']({});
      if (workshops.length !== 50) throw new Error(`listed ${workshops.length} workshops`);
      await services.close();
    },
    once ? 0 : 1,
  );

const growthRows = async (dir: string, edits: number): Promise<BenchRow[]> => {
  const { entries } = editsOf(baseWorkshop('w0'), edits);
  const rows: BenchRow[] = [];
  for (const layout of ['rolled', 'whole'] as const) {
    const dataDir = await mkdtemp(path.join(dir, `${layout}-`));
    const workshops = path.join(dataDir, 'workshops');
    await mkdir(workshops, { recursive: true });
    if (layout === 'rolled') {
      // As the checkpoint leaves it: the snapshot near the end, a short live log, older entries archived.
      const tail = entries.slice(-50);
      await writeFile(path.join(workshops, 'w0.json'), JSON.stringify(replayTo(entries.slice(0, -50))));
      await writeFile(path.join(workshops, 'w0.log'), encodeLogFile(tail).bytes);
      await mkdir(path.join(workshops, 'w0.log.d'));
      for (let i = 0; i < entries.length - 50; i += 5000) {
        const part = entries.slice(i, Math.min(i + 5000, entries.length - 50));
        await writeFile(path.join(workshops, 'w0.log.d', `${part[0]!.revision}-${part.at(-1)!.revision}.log`), encodeLogFile(part).bytes);
      }
    } else {
      // Before: one log holding every edit in whole lines, the snapshot at the same revision as above.
      await writeFile(path.join(workshops, 'w0.json'), JSON.stringify(replayTo(entries.slice(0, -50))));
      const handle = await open(path.join(workshops, 'w0.log'), 'w');
      for (let i = 0; i < entries.length; i += 1000) await handle.write(entries.slice(i, i + 1000).map(encodeLogLine).join(''));
      await handle.close();
    }
    const logBytes = (await stat(path.join(workshops, 'w0.log'))).size;
    for (let n = 1; n < 50; n += 1) {
      await copyFile(path.join(workshops, 'w0.json'), path.join(workshops, `w${n}.json`));
      await copyFile(path.join(workshops, 'w0.log'), path.join(workshops, `w${n}.log`));
    }
    const whole = layout === 'whole';
    // A whole log is read in full once: that first start rolls it (as after an update), so only it is timed.
    // w0 is opened first, then the list (its other 49 still whole). Listing 50 whole 100k-edit logs
    // (50 × 213 MB) before any roll takes minutes and gigabytes: not run.
    const opened = await timeOpen(dataDir, 'w0', whole);
    const list = whole && edits > 10_000 ? null : await timeList(dataDir, whole);
    const label = whole ? 'one whole log (before; first start)' : 'log rolled at checkpoints';
    rows.push(row(`open, ${edits / 1000}k logged edits, ${label}`, `live log ${formatBytes(logBytes)}`, opened, whole ? '' : 'target ≤ 200 ms, flat'));
    if (list) rows.push(row(`workshops.list, 50 workshops of ${edits / 1000}k edits, ${label}`, `50 × ${formatBytes(logBytes)}`, list, whole ? '' : 'target ≤ 50 ms (index after 1st start)'));
    if (whole && list) rows.push(row(`workshops.list, 50 workshops of ${edits / 1000}k edits, next start (index)`, '', await timeList(dataDir, false), 'target ≤ 50 ms'));
  }
  return rows;
};

const replayTo = (entries: readonly LogEntry[]): Workshop => {
  let w = baseWorkshop('w0');
  for (const entry of entries) w = applyCommand(w, entry.command as Command, entry.at);
  return w;
};

/** Bytes the live log grows by when a paragraph is typed into a section of `paragraphs` paragraphs. */
const bytesPerParagraphRow = async (dir: string, paragraphs: number): Promise<BenchRow> => {
  const dataDir = await mkdtemp(path.join(dir, 'typing-'));
  const services = await createServices({ dataDir, mode: 'web', autosave: { debounceMs: 3_600_000, maxWaitMs: 3_600_000 }, logError: () => undefined });
  const { id } = await services.handlers['workshops.create']({ title: 'Uji ketik', regionName: 'Kota Uji', regionKind: 'kota', startYear: 2026 });
  let { revision } = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: section(paragraphs) });
  const log = path.join(dataDir, 'workshops', `${id}.log`);
  const sizes: number[] = [];
  const base = section(paragraphs);
  const item = base.type === 'upsertSection' ? base.item : null;
  for (let typed = 1; typed <= 20; typed += 1) {
    const before = (await stat(log)).size;
    const content = [...item!.content.content];
    content.splice(paragraphs / 2, 0, ...Array.from({ length: typed }, (_, i) => paragraph(100_000 + i)));
    ({ revision } = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: { type: 'upsertSection', item: { ...item!, content: { type: 'doc', content } } } }));
    sizes.push((await stat(log)).size - before);
  }
  await services.close();
  const whole = JSON.stringify(section(paragraphs)).length * 2;
  return { what: 'bytes logged per typed paragraph (autosave of a large section)', size: `section ${formatBytes(whole / 2)}`, runs: sizes.length, p50: percentile(sizes, 50), p95: percentile(sizes, 95), max: Math.max(...sizes), note: `bytes, not ms; before: ~${formatBytes(whole)} per save` };
};

/** Eight facilitators' laptops' worth of writers on one store: each edits its own 5 MB workshop. */
const concurrentRow = async (dir: string, workshop: Workshop, size: string, edit: (w: Workshop, i: number) => Command): Promise<BenchRow> => {
  const dataDir = await mkdtemp(path.join(dir, 'eight-'));
  await mkdir(path.join(dataDir, 'workshops'));
  const ids = Array.from({ length: 8 }, (_, n) => `writer${n}`);
  for (const id of ids) await writeFile(path.join(dataDir, 'workshops', `${id}.json`), JSON.stringify({ ...workshop, id }));
  const services = await createServices({ dataDir, mode: 'web', logError: () => undefined });
  for (const id of ids) await services.handlers['workshop.open']({ workshopId: id });
  const samples: number[] = [];
  await Promise.all(
    ids.map(async (id) => {
      let revision = workshop.revision;
      for (let i = 0; i < 60; i += 1) {
        const start = performance.now();
        ({ revision } = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: edit(workshop, i) }));
        samples.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }),
  );
  await services.close();
  return { ...row('acknowledged edit, 8 writers at once (own workshops)', size, samples), note: `p99 ${percentile(samples, 99).toFixed(2)} ms; target p99 ≤ 20 ms` };
};

export const benchStoreLog = async (dir: string, big: { workshop: Workshop; size: string; edit: (w: Workshop, i: number) => Command }): Promise<BenchRow[]> => [
  ...(await growthRows(dir, 10_000)),
  ...(await growthRows(dir, 100_000)),
  // Near the 500,000-character limit of one rich document.
  await bytesPerParagraphRow(dir, 1_400),
  await concurrentRow(dir, big.workshop, big.size, big.edit),
];
