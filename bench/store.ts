import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { applyCommand, type Command } from '../shared/commands';
import { createEmptyWorkshop } from '../shared/logic';
import { ProgramSchema, planEndYear, type Program, type Workshop } from '../shared/model';
import { validateWorkshopDocument } from '../shared/model/migrations';
import { createServices, type CreateServicesOptions } from '../electron/services/index';
import { referenceData } from '../electron/services/reference';
import { CommandLog } from '../electron/services/store/command-log';
import { writeFileDurably } from '../electron/services/store/durable-fs';
import { DurableJsonAdapter } from '../electron/services/store/durable-json-adapter';
import { formatBytes, row, scratchDir, timeRuns, type BenchRow } from './measure';
import { benchStoreConflicts } from './store-conflicts';
import { benchStoreLog } from './store-log';

/*
 * The store's costs at workshop sizes a long Bimtek can reach:
 * - a durable full-snapshot rewrite (what autosave does in the background),
 * - an acknowledged edit (`workshop.apply`: reducer + one fsynced log line),
 * - the pure reducer alone.
 * Target: an acknowledged edit stays at p95 ≤ 30 ms for a 5 MB workshop.
 */

const SIZES = [1_000_000, 5_000_000];
const TARGET = 'target p95 ≤ 30 ms';

const sentence = 'Program ini memperkuat layanan publik berbasis data dan kolaborasi antar-OPD di seluruh kecamatan. ';

const bigProgram = (w: Workshop, n: number): Program => {
  const dimension = w.dimensionSet.dimensions[n % w.dimensionSet.dimensions.length]!;
  const element = dimension.elements[n % dimension.elements.length]!;
  const years = Array.from({ length: w.horizon.years }, (_, i) => w.horizon.startYear + i).filter((y) => y <= planEndYear(w.horizon));
  return ProgramSchema.parse({
    id: `prog-${n}`,
    code: `${dimension.code}-${n}`,
    dimensionId: dimension.id,
    elementId: element.id,
    name: `Program pengembangan layanan cerdas nomor ${n}`,
    description: sentence.repeat(12),
    innovationDescription: sentence.repeat(3),
    output: sentence,
    outcome: sentence,
    indicators: [1, 2].map((k) => ({ id: `ind-${n}-${k}`, name: `Indikator ${k}`, unit: '%', baseline: '10', targets: years.map((year) => ({ year, value: String(20 + k) })) })),
    years,
    budget: years.map((year) => ({ year, amount: 250_000_000 })),
  });
};

/** A valid workshop grown with programs until its JSON reaches `bytes`. */
const workshopOfSize = (bytes: number): Workshop => {
  const now = new Date().toISOString();
  let w = createEmptyWorkshop({ id: `bench${bytes}`, title: 'Lokakarya uji kinerja', regionName: 'Kabupaten Uji', regionKind: 'kabupaten', startYear: 2026, now, reference: referenceData() });
  const perProgram = JSON.stringify(bigProgram(w, 0)).length;
  let n = 0;
  while (JSON.stringify(w).length < bytes) {
    const batch = Math.max(1, Math.ceil((bytes - JSON.stringify(w).length) / perProgram));
    for (let i = 0; i < batch; i += 1) w = applyCommand(w, { type: 'upsertProgram', item: bigProgram(w, ++n) }, now);
  }
  return validateWorkshopDocument({ ...w, revision: 0 });
};

/** An edit a facilitator makes all the time: rewording one program's description. */
const editCommand = (w: Workshop, i: number): Command => {
  const program = w.programs[Math.abs(i) % w.programs.length]!;
  return { type: 'upsertProgram', item: { ...program, description: `${sentence.repeat(10)}(versi ${i})` } };
};

const snapshotRows = async (dir: string, w: Workshop, size: string): Promise<BenchRow[]> => {
  const runs = w.programs.length > 1000 ? 20 : 40;
  const stringify = await timeRuns(runs, () => JSON.stringify(w));
  const db = new Low<Workshop>(new DurableJsonAdapter<Workshop>(path.join(dir, `snapshot-${w.id}.json`), validateWorkshopDocument), w);
  const save = await timeRuns(runs, async (i) => {
    db.data = { ...w, revision: i + 10 };
    await db.write();
  });
  return [row('JSON.stringify of the workshop', size, stringify), row('durable full-snapshot save (tmp+fsync+bak+rename)', size, save, 'runs in the background')];
};

const applyRows = async (dir: string, w: Workshop, size: string, label: string, autosave: CreateServicesOptions['autosave'], pauseMs: number): Promise<BenchRow> => {
  const dataDir = await mkdtemp(path.join(dir, 'data-'));
  await mkdir(path.join(dataDir, 'workshops'));
  await writeFileDurably(path.join(dataDir, 'workshops', `${w.id}.json`), JSON.stringify(w));
  const services = await createServices({ dataDir, mode: 'web', ...(autosave ? { autosave } : {}) });
  const opened = await services.handlers['workshop.open']({ workshopId: w.id });
  let revision = opened.workshop.revision;
  const samples = await timeRuns(
    200,
    async (i) => {
      ({ revision } = await services.handlers['workshop.apply']({ workshopId: w.id, baseRevision: revision, command: editCommand(w, i) }));
    },
    3,
    pauseMs,
  );
  await services.close();
  return row(label, size, samples, TARGET);
};

const pureApplyRow = async (w: Workshop, size: string): Promise<BenchRow> => {
  const at = new Date().toISOString();
  const samples = await timeRuns(500, (i) => applyCommand(w, editCommand(w, i), at), 20);
  return row('applyCommand (pure reducer, upsertProgram)', size, samples);
};

const logAppendRow = async (dir: string): Promise<BenchRow> => {
  const log = new CommandLog(path.join(dir, 'append.log'), 0);
  const command: Command = { type: 'setRegionProfile', patch: { description: sentence.repeat(9) } };
  const samples = await timeRuns(300, (i) =>
    log.append({ seq: i + 10, revision: i + 10, at: new Date().toISOString(), actor: { name: 'Fasilitator', opdId: null }, kind: 'do', command, inverse: command }),
  );
  await log.close();
  return row('log append + fdatasync alone', '~2 KB line', samples);
};

export const benchStore = async (): Promise<BenchRow[]> => {
  const scratch = await scratchDir();
  try {
    const rows: BenchRow[] = [await logAppendRow(scratch.dir)];
    for (const target of SIZES) {
      const w = workshopOfSize(target);
      const size = `${formatBytes(JSON.stringify(w).length)} (${w.programs.length} prog.)`;
      rows.push(await pureApplyRow(w, size));
      rows.push(...(await snapshotRows(scratch.dir, w, size)));
      rows.push(await applyRows(scratch.dir, w, size, 'acknowledged edit (workshop.apply), back to back', undefined, 0));
      // Edits every ~5 ms while the snapshot is rewritten at least every 50 ms: the worst overlap.
      rows.push(await applyRows(scratch.dir, w, size, 'acknowledged edit, snapshot rewrites alongside', { debounceMs: 10, maxWaitMs: 50 }, 5));
      if (target === 5_000_000) rows.push(...(await benchStoreLog(scratch.dir, { workshop: w, size, edit: editCommand })));
      if (target === 5_000_000) rows.push(...(await benchStoreConflicts(scratch.dir, w, size)));
    }
    return rows;
  } finally {
    await scratch.remove();
  }
};
