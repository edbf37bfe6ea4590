import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/index';
import { createWorkshop, namesIn, refusal, removeTempFolders, revisionOnDisk, snapshotFile, startServices, tempDataDir } from './fixture';

afterEach(removeTempFolders);

/** History every two edits, so a handful of renames leaves a few snapshots. */
const EVERY_TWO = { history: { everyRevisions: 2, intervalMs: 3_600_000, keep: 30 } };

/** Renames the workshop to "Judul 1" … "Judul n". */
const renameTimes = async (services: Services, id: string, n: number): Promise<void> => {
  for (let i = 1; i <= n; i += 1) await services.handlers['workshop.apply']({ workshopId: id, baseRevision: i - 1, command: { type: 'renameWorkshop', title: `Judul ${i}` } });
};

describe('history snapshots', () => {
  it('are taken while editing, from the background snapshot writes, newest first, with a plain reason', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, EVERY_TWO);
    const { id } = await createWorkshop(services);
    for (let i = 1; i <= 5; i += 1) {
      await services.handlers['workshop.apply']({ workshopId: id, baseRevision: i - 1, command: { type: 'renameWorkshop', title: `Judul ${i}` } });
      await services.handlers['workshop.flush']({ workshopId: id });
    }
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.revision)).toEqual([5, 3, 1]);
    expect(new Set(snapshots.map((s) => s.reason))).toEqual(new Set(['Simpanan berkala otomatis']));
    // The same bytes as the snapshot written then.
    const newest = await readFile(path.join(dataDir, 'history', id, `${snapshots[0]!.id}.json`), 'utf8');
    expect(newest).toBe(await readFile(snapshotFile(dataDir, id), 'utf8'));
    await services.close();
  });

  it('never write on the acknowledged path: a due snapshot waits for the next background write, and requests coalesce', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, { history: { everyRevisions: 1, intervalMs: 3_600_000, keep: 30 } });
    const { id } = await createWorkshop(services);
    await renameTimes(services, id, 5);
    // Every edit was due, none was written: the snapshot file is still at revision 0 (no autosave in these tests).
    expect(await namesIn(path.join(dataDir, 'history', id))).toEqual([]);
    await services.handlers['workshop.flush']({ workshopId: id });
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.revision)).toEqual([5]);
    await services.close();
  });

  it('keep only the newest ones', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, { history: { everyRevisions: 1, intervalMs: 3_600_000, keep: 3 } });
    const { id } = await createWorkshop(services);
    for (let i = 1; i <= 8; i += 1) {
      await services.handlers['workshop.apply']({ workshopId: id, baseRevision: i - 1, command: { type: 'renameWorkshop', title: `Judul ${i}` } });
      await services.handlers['workshop.flush']({ workshopId: id });
    }
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.revision)).toEqual([8, 7, 6]);
    await services.close();
  });

  it('restoring one saves the current state first and is a new revision that undo takes back', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, EVERY_TWO);
    const { id } = await createWorkshop(services);
    for (let i = 1; i <= 5; i += 1) {
      await services.handlers['workshop.apply']({ workshopId: id, baseRevision: i - 1, command: { type: 'renameWorkshop', title: `Judul ${i}` } });
      await services.handlers['workshop.flush']({ workshopId: id });
    }
    const atThree = (await services.handlers['workshop.history']({ workshopId: id })).snapshots.find((s) => s.revision === 3)!;

    const restored = await services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: atThree.id, replayLater: false });
    expect(restored).toMatchObject({ workshop: { title: 'Judul 3', revision: 6 }, readOnly: false, canUndo: true, canRedo: false });
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots[0]).toMatchObject({ revision: 5, reason: 'Sebelum memulihkan snapshot' });
    const last = (await services.handlers['workshop.log']({ workshopId: id, limit: 1 })).entries[0]!;
    expect(last).toMatchObject({ revision: 6, kind: 'do', command: { type: 'restoreSnapshot', snapshotId: atThree.id }, inverse: { type: 'restoreSnapshot', snapshotId: snapshots[0]!.id } });
    // Written in full at once: the next open replays nothing.
    expect(await revisionOnDisk(dataDir, id)).toBe(6);

    const undone = await services.handlers['workshop.undo']({ workshopId: id, baseRevision: 6 });
    expect(undone).toMatchObject({ revision: 7, applied: { type: 'restoreSnapshot' }, canRedo: true });
    expect((await services.handlers['workshop.open']({ workshopId: id })).workshop.title).toBe('Judul 5');
    await services.handlers['workshop.redo']({ workshopId: id, baseRevision: 7 });
    const applied = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 8, command: { type: 'renameWorkshop', title: 'Sesudah pemulihan' } });
    expect(applied).toMatchObject({ revision: 9, canUndo: true });
    await services.close();

    const again = await startServices(dataDir);
    const reopened = await again.handlers['workshop.open']({ workshopId: id });
    expect(reopened).toMatchObject({ workshop: { title: 'Sesudah pemulihan', revision: 9 }, notices: [], canUndo: true });
    await again.handlers['workshop.undo']({ workshopId: id, baseRevision: 9 });
    const back = await again.handlers['workshop.undo']({ workshopId: id, baseRevision: 10 });
    expect(back.applied).toMatchObject({ type: 'restoreSnapshot' });
    expect((await again.handlers['workshop.open']({ workshopId: id })).workshop).toMatchObject({ title: 'Judul 5', revision: 11 });
    // The log was not set aside: one log, the whole story in it.
    expect((await namesIn(path.join(dataDir, 'history', id))).filter((n) => n.endsWith('_log.log'))).toHaveLength(0);
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
    const listed = (await again.handlers['workshops.list']({})).damaged;
    expect(listed).toEqual([expect.objectContaining({ workshopId: id, backupAvailable: false, historySnapshots: [expect.objectContaining({ revision: 3 })] })]);
    const restored = await again.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: listed[0]!.historySnapshots[0]!.id, replayLater: false });
    expect(restored.workshop).toMatchObject({ title: 'Judul 3', revision: 3 });
    expect((await again.handlers['workshops.list']({})).damaged).toEqual([]);
    await again.close();
  });

  it('an unknown snapshot is refused', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    expect((await refusal(services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: '20990101T000000000Z_r1_interval', replayLater: false }))).code).toBe('not_found');
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
