import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/index';
import { createWorkshop, namesIn, refusal, removeTempFolders, snapshotFile, startServices, tempDataDir } from './fixture';

afterEach(removeTempFolders);

/** History every two edits, so a handful of renames leaves a few snapshots. */
const EVERY_TWO = { history: { everyRevisions: 2, intervalMs: 3_600_000, keep: 30 } };

/** Renames the workshop to "Judul 1" … "Judul n". */
const renameTimes = async (services: Services, id: string, n: number): Promise<void> => {
  for (let i = 1; i <= n; i += 1) await services.handlers['workshop.apply']({ workshopId: id, baseRevision: i - 1, command: { type: 'renameWorkshop', title: `Judul ${i}` } });
};

describe('history snapshots', () => {
  it('are taken while editing, newest first, with a plain reason', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, EVERY_TWO);
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 5);
    await services.flushAll();
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.revision)).toEqual([4, 2, 0]);
    expect(new Set(snapshots.map((s) => s.reason))).toEqual(new Set(['Simpanan berkala otomatis']));
    await services.close();
  });

  it('keep only the newest ones', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, { history: { everyRevisions: 1, intervalMs: 3_600_000, keep: 3 } });
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 8);
    await services.flushAll();
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.revision)).toEqual([7, 6, 5]);
    await services.close();
  });

  it('restoring one saves the current state first, moves on to a new revision, and starts a fresh log', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, EVERY_TWO);
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 5);
    await services.flushAll();
    const atTwo = (await services.handlers['workshop.history']({ workshopId: id })).snapshots.find((s) => s.revision === 2)!;

    const restored = await services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: atTwo.id });
    expect(restored).toMatchObject({ workshop: { title: 'Judul 2', revision: 6 }, readOnly: false, canUndo: false, canRedo: false });
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots[0]).toMatchObject({ revision: 5, reason: 'Sebelum memulihkan snapshot' });
    expect((await services.handlers['workshop.log']({ workshopId: id, limit: 100 })).entries).toEqual([]);
    const applied = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 6, command: { type: 'renameWorkshop', title: 'Sesudah pemulihan' } });
    expect(applied).toMatchObject({ revision: 7, canUndo: true });

    const again = await startServices(dataDir);
    const reopened = await again.handlers['workshop.open']({ workshopId: id });
    expect(reopened).toMatchObject({ workshop: { title: 'Sesudah pemulihan', revision: 7 }, notices: [], canUndo: true });
    // The earlier log is kept in the history folder as the audit trail of that period.
    expect((await namesIn(path.join(dataDir, 'history', id))).filter((n) => n.endsWith('_log.log'))).toHaveLength(1);
    await again.close();
  });

  it('can bring back a workshop whose file and backup are both damaged', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, EVERY_TWO);
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 3);
    await services.close();
    await writeFile(snapshotFile(dataDir, id), '{');
    await rm(`${snapshotFile(dataDir, id)}.bak`, { force: true });

    const again = await startServices(dataDir);
    expect((await again.handlers['workshops.list']({})).damaged).toEqual([expect.objectContaining({ workshopId: id, backupAvailable: false })]);
    const [newest] = (await again.handlers['workshop.history']({ workshopId: id })).snapshots;
    const restored = await again.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: newest!.id });
    expect(restored.workshop).toMatchObject({ title: 'Judul 2', revision: 2 });
    expect((await again.handlers['workshops.list']({})).damaged).toEqual([]);
    await again.close();
  });

  it('an unknown snapshot is refused', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    expect((await refusal(services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: '20990101T000000000Z_r1_interval' }))).code).toBe('not_found');
    await services.close();
  });
});

describe('a restore interrupted after the new snapshot was written', () => {
  it('does not replay the old log over the restored workshop', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 3);
    await services.close();
    // As if a restore wrote revision 4 and stopped before starting a new log.
    const restored = { ...(JSON.parse(await readFile(snapshotFile(dataDir, id), 'utf8')) as object), title: 'Dipulihkan', revision: 4 };
    await writeFile(snapshotFile(dataDir, id), JSON.stringify(restored));

    const again = await startServices(dataDir);
    const opened = await again.handlers['workshop.open']({ workshopId: id });
    expect(opened).toMatchObject({ workshop: { title: 'Dipulihkan', revision: 4 }, canUndo: false });
    expect(opened.notices.map((n) => n.kind)).toEqual(['moved-aside']);
    await again.handlers['workshop.apply']({ workshopId: id, baseRevision: 4, command: { type: 'renameWorkshop', title: 'Lanjut' } });
    await again.close();

    const third = await startServices(dataDir);
    expect((await third.handlers['workshop.open']({ workshopId: id })).workshop).toMatchObject({ title: 'Lanjut', revision: 5 });
    await third.close();
  });
});
