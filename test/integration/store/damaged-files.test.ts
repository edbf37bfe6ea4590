import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/index';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/workshop';
import {
  createWorkshop,
  expectSameBytes,
  namesIn,
  programCommand,
  refusal,
  removeTempFolders,
  snapshotFile,
  startServices,
  tempDataDir,
  workshopsDir,
} from './fixture';

afterEach(removeTempFolders);

/** A workshop with three programs, closed cleanly: its .bak is the first version, its log holds every edit. */
const workshopWithHistory = async (dataDir: string): Promise<string> => {
  const services = await startServices(dataDir);
  const { id } = await createWorkshop(services, 'Bimtek Kota Sukamaju');
  const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
  for (const n of [1, 2, 3]) await services.handlers['workshop.apply']({ workshopId: id, baseRevision: n - 1, command: programCommand(workshop, n) });
  await services.close();
  return id;
};

const damagedCopies = async (dataDir: string, id: string): Promise<string[]> =>
  (await namesIn(workshopsDir(dataDir))).filter((name) => name.startsWith(`${id}.json.damaged-`));

const validJson = async (dataDir: string, id: string): Promise<string> => readFile(snapshotFile(dataDir, id), 'utf8');

const SPOILERS: Record<string, (valid: string) => string> = {
  'not JSON at all': () => 'ini bukan berkas lokakarya',
  'cut short while saving': (valid) => valid.slice(0, Math.floor(valid.length / 2)),
  'empty': () => '',
  'JSON that does not validate': (valid) => JSON.stringify({ ...(JSON.parse(valid) as object), revision: -5, title: '' }),
};

describe('a damaged workshop file', () => {
  for (const [kind, spoil] of Object.entries(SPOILERS)) {
    it(`(${kind}) is moved aside byte for byte, listed with a plain reason, and restored from .bak with every logged edit`, async () => {
      const dataDir = await tempDataDir();
      const id = await workshopWithHistory(dataDir);
      const bad = spoil(await validJson(dataDir, id));
      await writeFile(snapshotFile(dataDir, id), bad);

      let services: Services = await startServices(dataDir);
      const listed = await services.handlers['workshops.list']({});
      expect(listed.workshops).toEqual([]);
      expect(listed.damaged).toEqual([{ workshopId: id, file: expect.stringMatching(new RegExp(`^${id}\\.json\\.damaged-`)), reason: expect.any(String), backupAvailable: true, historySnapshots: expect.any(Array) }]);
      expect(listed.damaged[0]!.reason.length).toBeGreaterThan(10);

      const [aside] = await damagedCopies(dataDir, id);
      expect(aside).toBe(listed.damaged[0]!.file);
      expectSameBytes(await readFile(path.join(workshopsDir(dataDir), aside!)), Buffer.from(bad));

      expect((await refusal(services.handlers['workshop.open']({ workshopId: id }))).code).toBe('damaged');
      await services.close();

      // Nothing overwrote the damaged copy on the way out, and a restart still reports it.
      services = await startServices(dataDir);
      expect((await services.handlers['workshops.list']({})).damaged).toHaveLength(1);
      const restored = await services.handlers['workshops.restoreBackup']({ workshopId: id });
      expect(restored).toMatchObject({ id, status: 'ok', revision: 3, programCount: 3 });
      const opened = await services.handlers['workshop.open']({ workshopId: id });
      expect(opened.notices.map((n) => n.kind)).toEqual(['recovered-from-backup']);
      expect(opened.notices[0]!.message).toContain('revisi 0');
      expect(opened.workshop.programs).toHaveLength(3);
      expect(opened.canUndo).toBe(true);
      expect(await services.handlers['workshops.list']({})).toMatchObject({ workshops: [{ id }], damaged: [] });
      expectSameBytes(await readFile(path.join(workshopsDir(dataDir), aside!)), Buffer.from(bad));
      await services.close();
    });
  }

  it('without a usable .bak is listed as such, and restoring from backup is refused', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    await services.close();
    await writeFile(snapshotFile(dataDir, id), '{"schemaVersion":1,"id":');

    const again = await startServices(dataDir);
    const { damaged } = await again.handlers['workshops.list']({});
    expect(damaged).toEqual([expect.objectContaining({ workshopId: id, backupAvailable: false })]);
    expect((await refusal(again.handlers['workshops.restoreBackup']({ workshopId: id }))).code).toBe('not_found');
    await again.close();
  });

  it('restoring a healthy workshop from backup is refused', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWithHistory(dataDir);
    const services = await startServices(dataDir);
    expect((await refusal(services.handlers['workshops.restoreBackup']({ workshopId: id }))).code).toBe('conflict');
    await services.close();
  });

  it('can be moved to the trash like any workshop', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWithHistory(dataDir);
    await writeFile(snapshotFile(dataDir, id), '');
    const services = await startServices(dataDir);
    expect((await services.handlers['workshops.list']({})).damaged).toHaveLength(1);
    await services.handlers['workshops.delete']({ workshopId: id });
    // The list also names the demo workshop (none here, in a fresh data folder).
    expect(await services.handlers['workshops.list']({})).toEqual({ workshops: [], damaged: [], demoWorkshopId: null });
    expect((await services.handlers['workshops.trash']({})).entries).toEqual([expect.objectContaining({ id, title: 'Bimtek Kota Sukamaju' })]);
    await services.close();
  });
});

describe('a workshop written by a newer version of the app', () => {
  it('opens read-only, refuses edits, and is never rewritten', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWithHistory(dataDir);
    const future = JSON.stringify({ ...(JSON.parse(await validJson(dataDir, id)) as object), schemaVersion: CURRENT_SCHEMA_VERSION + 1, newField: { kept: true } });
    await writeFile(snapshotFile(dataDir, id), future);
    const before = await namesIn(workshopsDir(dataDir));

    const services = await startServices(dataDir, { autosave: { debounceMs: 0, maxWaitMs: 0 } });
    const { workshops, damaged } = await services.handlers['workshops.list']({});
    expect(damaged).toEqual([]);
    expect(workshops).toEqual([expect.objectContaining({ id, status: 'read-only', programCount: 3 })]);

    const opened = await services.handlers['workshop.open']({ workshopId: id });
    expect(opened.readOnly).toBe(true);
    expect(opened.notices.map((n) => n.kind)).toEqual(['read-only-newer-version']);
    expect(opened.workshop.programs).toHaveLength(3);
    const revision = opened.workshop.revision;
    expect((await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: { type: 'renameWorkshop', title: 'Ubah' } }))).code).toBe('read_only');
    expect((await refusal(services.handlers['workshop.undo']({ workshopId: id, baseRevision: revision }))).code).toBe('read_only');
    expect((await refusal(services.handlers['workshop.redo']({ workshopId: id, baseRevision: revision }))).code).toBe('read_only');
    expect((await refusal(services.handlers['workshops.rename']({ workshopId: id, title: 'Ubah' }))).code).toBe('read_only');
    await services.handlers['workshop.flush']({ workshopId: id });
    await services.close();

    expect(await readFile(snapshotFile(dataDir, id), 'utf8')).toBe(future);
    expect(await namesIn(workshopsDir(dataDir))).toEqual(before);
  });

  it('that this version cannot read at all is still listed read-only and explained on open', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services, 'Dari Masa Depan');
    await services.close();
    const future = JSON.stringify({ schemaVersion: 7, id, title: 'Dari Masa Depan', regions: ['baru'] });
    await writeFile(snapshotFile(dataDir, id), future);

    const again = await startServices(dataDir);
    expect((await again.handlers['workshops.list']({})).workshops).toEqual([expect.objectContaining({ id, title: 'Dari Masa Depan', status: 'read-only' })]);
    const refused = await refusal(again.handlers['workshop.open']({ workshopId: id }));
    expect(refused.code).toBe('read_only');
    expect(refused.message).toContain('versi 7');
    await again.close();
    expect(await readFile(snapshotFile(dataDir, id), 'utf8')).toBe(future);
  });
});

describe('the command log', () => {
  it('ignores a torn last line (keeping its bytes aside) and goes on appending after the last whole line', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir);
    const { id } = await createWorkshop(first);
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Satu' } });
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { type: 'renameWorkshop', title: 'Dua' } });
    const torn = '{"sum":"0123456789abcdef0123456789abcdef01234567","entry":{"seq":3,"revision":3,"at":"2026-';
    await appendFile(path.join(workshopsDir(dataDir), `${id}.log`), torn);

    const second = await startServices(dataDir);
    const opened = await second.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop).toMatchObject({ title: 'Dua', revision: 2 });
    expect(opened.notices.map((n) => n.kind)).toEqual(['log-tail-ignored']);
    const aside = (await namesIn(workshopsDir(dataDir))).find((name) => name.startsWith(`${id}.log.torn-`));
    expect(await readFile(path.join(workshopsDir(dataDir), aside!), 'utf8')).toBe(torn);
    await second.handlers['workshop.apply']({ workshopId: id, baseRevision: 2, command: { type: 'renameWorkshop', title: 'Tiga' } });

    const third = await startServices(dataDir);
    const reopened = await third.handlers['workshop.open']({ workshopId: id });
    expect(reopened.workshop).toMatchObject({ title: 'Tiga', revision: 3 });
    expect(reopened.notices).toEqual([]);
    await third.close();
  });

  it('ignores a last line whose checksum does not match', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir);
    const { id } = await createWorkshop(first);
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Satu' } });
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { type: 'renameWorkshop', title: 'Dua' } });
    const logFile = path.join(workshopsDir(dataDir), `${id}.log`);
    const text = await readFile(logFile, 'utf8');
    await writeFile(logFile, text.replace('"title":"Dua"', '"title":"Diubah"'));

    const second = await startServices(dataDir);
    const opened = await second.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop).toMatchObject({ title: 'Satu', revision: 1 });
    expect(opened.notices.map((n) => n.kind)).toEqual(['log-tail-ignored']);
    await second.close();
  });
});
