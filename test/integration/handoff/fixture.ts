import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Actor, Command } from '../../../shared/commands';
import { NarrativeSectionSchema, ProgramSchema, richDocFromText, type NarrativeSection, type Program, type Workshop } from '../../../shared/model';
import { createServices, type CreateServicesOptions, type Services } from '../../../electron/services/index';

export type { Services };

/** Snapshots are rewritten only on flush or close, so the files show exactly what was acknowledged. */
export const NO_AUTOSAVE = { debounceMs: 3_600_000, maxWaitMs: 3_600_000 } as const;

const folders: string[] = [];

export const tempDir = async (label: string): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `masterplan-${label}-`));
  folders.push(dir);
  return dir;
};

export const removeTempDirs = async (): Promise<void> => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
};

export const startServices = async (label: string, options: Partial<CreateServicesOptions> = {}): Promise<{ services: Services; dataDir: string }> => {
  const dataDir = await tempDir(label);
  const services = await createServices({ dataDir, mode: 'web', seedDemo: false, autosave: NO_AUTOSAVE, logError: () => undefined, ...options });
  return { services, dataDir };
};

/** A Bimtek workshop where two OPDs each own sections and lead a program. */
export interface Room {
  workshopId: string;
  opdA: { id: string; abbreviation: string; name: string };
  opdB: { id: string; abbreviation: string; name: string };
  /** Owned by OPD A. */
  sectionA: string;
  sectionA2: string;
  /** Owned by OPD B. */
  sectionB: string;
  /** Led by OPD A. */
  programA: string;
  /** Led by OPD B. */
  programB: string;
}

export const section = (id: string, title: string, ownerOpdId: string | null, text = ''): NarrativeSection =>
  NarrativeSectionSchema.parse({ id, outlineKey: `bab-${id}`, title, ownerOpdId, content: richDocFromText(text) });

export const program = (w: Workshop, id: string, code: string, leadOpdId: string | null, name = `Program ${code}`): Program => {
  const dimension = w.dimensionSet.dimensions[0];
  const element = dimension?.elements[0];
  if (!dimension || !element) throw new Error('workshop has no dimension');
  return ProgramSchema.parse({ id, code, dimensionId: dimension.id, elementId: element.id, name, leadOpdId, years: [w.horizon.startYear] });
};

export const open = async (services: Services, workshopId: string): Promise<Workshop> => (await services.handlers['workshop.open']({ workshopId })).workshop;

/** Applies commands as the facilitator, one after the other at the current revision. */
export const applyAll = async (services: Services, workshopId: string, commands: Command[], actor?: Actor): Promise<number> => {
  let revision = (await open(services, workshopId)).revision;
  for (const command of commands) {
    revision = (await services.handlers['workshop.apply']({ workshopId, baseRevision: revision, command, ...(actor ? { actor } : {}) })).revision;
  }
  return revision;
};

export const prepareRoom = async (services: Services, title = 'Bimtek Masterplan Kota Sukamaju'): Promise<Room> => {
  const created = await services.handlers['workshops.create']({ title, regionName: 'Kota Sukamaju', regionKind: 'kota', startYear: 2026 });
  const w = await open(services, created.id);
  const [first, second] = w.opds;
  if (!first || !second) throw new Error('workshop has fewer than two OPDs');
  const opdA = { id: first.id, abbreviation: first.abbreviation, name: first.name };
  const opdB = { id: second.id, abbreviation: second.abbreviation, name: second.name };
  await applyAll(services, created.id, [
    { type: 'upsertSection', item: section('bab-layanan', 'Layanan Publik Digital', opdA.id, 'Draf awal layanan publik.') },
    { type: 'upsertSection', item: section('bab-data', 'Tata Kelola Data', opdA.id, 'Draf awal tata kelola data.') },
    { type: 'upsertSection', item: section('bab-ekonomi', 'Ekonomi Daerah', opdB.id, 'Draf awal ekonomi.') },
    { type: 'upsertSection', item: section('bab-umum', 'Pendahuluan', null, 'Pendahuluan umum.') },
    { type: 'upsertProgram', item: program(w, 'prog-a', 'SG-01', opdA.id, 'Satu Data Kota') },
    { type: 'upsertProgram', item: program(w, 'prog-b', 'SG-02', opdB.id, 'Pasar Digital') },
  ]);
  return { workshopId: created.id, opdA, opdB, sectionA: 'bab-layanan', sectionA2: 'bab-data', sectionB: 'bab-ekonomi', programA: 'prog-a', programB: 'prog-b' };
};

/** The section edited to carry `text`. */
export const redraft = (s: NarrativeSection, text: string): NarrativeSection => ({ ...s, content: richDocFromText(text) });

export const textOf = (s: NarrativeSection | undefined): string =>
  (s?.content.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join('')).join('\n');

/** Every file under a folder with its size, modification time and content hash: equal before and after means nothing was written. */
export const fingerprint = async (dir: string): Promise<Record<string, string>> => {
  const result: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        result[`${path.relative(dir, full)}/`] = 'dir';
        await walk(full);
      } else {
        const [info, bytes] = await Promise.all([stat(full), readFile(full)]);
        result[path.relative(dir, full)] = `${info.size} ${info.mtimeMs} ${createHash('sha256').update(bytes).digest('hex')}`;
      }
    }
  };
  await walk(dir);
  return result;
};

/** The error a call was refused with. */
export const refusal = async (call: Promise<unknown>): Promise<{ code: string; message: string }> => {
  try {
    await call;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected the call to be refused');
};
