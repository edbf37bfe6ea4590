import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Command } from '../../../shared/commands';
import { ProgramSchema, type Workshop, type WorkshopSummary } from '../../../shared/model';
import { createServices, type CreateServicesOptions, type Services } from '../../../electron/services/index';

/** Snapshots are only rewritten when a test flushes or closes: what is on disk is then exactly what the log must carry. */
export const NO_AUTOSAVE = { debounceMs: 3_600_000, maxWaitMs: 3_600_000 } as const;

const folders: string[] = [];

/** A fresh data folder under the OS temp folder, removed by `removeTempFolders`. */
export const tempDataDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-store-'));
  folders.push(dir);
  return dir;
};

export const removeTempFolders = async (): Promise<void> => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
};

/** Real services on a data folder, as `npm run web` starts them (no demo, no background rewrites unless asked). */
export const startServices = (dataDir: string, options: Partial<CreateServicesOptions> = {}): Promise<Services> =>
  createServices({ dataDir, mode: 'web', autosave: NO_AUTOSAVE, logError: () => undefined, ...options });

export const createWorkshop = (services: Services, title = 'Bimtek Masterplan Kota Contoh'): Promise<WorkshopSummary> =>
  services.handlers['workshops.create']({ title, regionName: 'Kota Contoh', regionKind: 'kota', startYear: 2026 });

/** A program row in the workshop's first dimension and element, with a code numbered `n`. */
export const programCommand = (workshop: Workshop, n: number, name = `Program uji ${n}`): Command => {
  const dimension = workshop.dimensionSet.dimensions[0];
  const element = dimension?.elements[0];
  if (!dimension || !element) throw new Error('workshop has no dimension');
  const item = ProgramSchema.parse({ id: `program-${n}`, code: `${dimension.code}-${String(n).padStart(2, '0')}`, dimensionId: dimension.id, elementId: element.id, name });
  return { type: 'upsertProgram', item };
};

/** The error a call was refused with, as it crosses the boundary. */
export const refusal = async (call: Promise<unknown>): Promise<{ code: string; message: string }> => {
  try {
    await call;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected the call to be refused');
};

export const workshopsDir = (dataDir: string): string => path.join(dataDir, 'workshops');
export const snapshotFile = (dataDir: string, id: string): string => path.join(dataDir, 'workshops', `${id}.json`);

export const namesIn = async (dir: string): Promise<string[]> => (await readdir(dir).catch(() => [])).sort();

/** The revision the snapshot file on disk holds (not what the log adds). */
export const revisionOnDisk = async (dataDir: string, id: string): Promise<number> =>
  (JSON.parse(await readFile(snapshotFile(dataDir, id), 'utf8')) as { revision: number }).revision;

export const expectSameBytes = (actual: Uint8Array, expected: Uint8Array): void => {
  expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
};
