import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Command } from '../shared/commands';
import type { Program, Workshop } from '../shared/model';
import { createServices } from '../electron/services/index';
import { percentile, row, type BenchRow } from './measure';

/*
 * Many writers on ONE workshop (the room): eight writers edit at once, each sending the revision of
 * its last acknowledged write, which is old by the time the write lands (the others wrote meanwhile).
 * The store's conflict policy (store/conflicts.ts) must apply them all: the spurious-conflict rate
 * is the share of these disjoint writes refused. Two cases: eight different programs, and four
 * programs edited by two writers each in different fields (the three-way merge path).
 */

const WRITERS = 8;
const ROUNDS = 60;

const sentence = 'Program ini memperkuat layanan publik berbasis data dan kolaborasi antar-OPD di seluruh kecamatan. ';

const sharedWorkshopRow = async (dir: string, workshop: Workshop, size: string, label: string, edit: (writer: number, round: number, mine: Program) => Program, programOf: (writer: number) => number): Promise<BenchRow> => {
  const dataDir = await mkdtemp(path.join(dir, 'room-'));
  await mkdir(path.join(dataDir, 'workshops'));
  const id = 'ruang';
  await writeFile(path.join(dataDir, 'workshops', `${id}.json`), JSON.stringify({ ...workshop, id }));
  const services = await createServices({ dataDir, mode: 'web', logError: () => undefined });
  const opened = await services.handlers['workshop.open']({ workshopId: id });
  const samples: number[] = [];
  let refused = 0;
  let staleBases = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      let revision = opened.workshop.revision;
      let mine = opened.workshop.programs[programOf(writer)]!;
      for (let round = 0; round < ROUNDS; round += 1) {
        const command: Command = { type: 'upsertProgram', item: edit(writer, round, mine) };
        const start = performance.now();
        try {
          const applied = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command });
          samples.push(performance.now() - start);
          if (applied.revision > revision + 1) staleBases += 1;
          revision = applied.revision;
          if (applied.applied.type === 'upsertProgram') mine = applied.applied.item;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refused += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }),
  );
  await services.close();
  const total = WRITERS * ROUNDS;
  return {
    ...row(label, size, samples),
    note: `p99 ${percentile(samples, 99).toFixed(2)} ms (target ≤ 20 ms); spurious conflicts ${refused}/${total} = ${((100 * refused) / total).toFixed(1)}%; ${staleBases} writes landed on a base others had moved past`,
  };
};

export const benchStoreConflicts = async (dir: string, workshop: Workshop, size: string): Promise<BenchRow[]> => [
  await sharedWorkshopRow(dir, workshop, size, 'acknowledged edit, 8 writers on disjoint programs of one workshop (stale bases)', (w, r, mine) => ({ ...mine, description: `${sentence.repeat(10)}(penulis ${w}, versi ${r})` }), (w) => w * 7),
  await sharedWorkshopRow(
    dir,
    workshop,
    size,
    'acknowledged edit, 8 writers, 2 per program in different fields (merged)',
    (w, r, mine) => (w % 2 === 0 ? { ...mine, description: `${sentence.repeat(10)}(penulis ${w}, versi ${r})` } : { ...mine, name: `Program penulis ${w} versi ${r}` }),
    (w) => Math.floor(w / 2) * 7,
  ),
];
