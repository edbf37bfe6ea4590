import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { createWorkshop, namesIn, programCommand, refusal, removeTempFolders, snapshotFile, startServices, tempDataDir, workshopsDir } from './fixture';

afterEach(removeTempFolders);

const R0 = '20260501T080000000Z_r0_interval';

/**
 * A workshop whose history holds its revision-0 snapshot (as the previous app version took it on
 * the first edit) and whose log holds 25 programs added after it.
 */
const workshopWith25Later = async (dataDir: string): Promise<string> => {
  const services = await startServices(dataDir);
  const { id } = await createWorkshop(services, 'Bimtek Kabupaten Riwayat');
  await services.close();
  await mkdir(path.join(dataDir, 'history', id), { recursive: true });
  await copyFile(snapshotFile(dataDir, id), path.join(dataDir, 'history', id, `${R0}.json`));
  const again = await startServices(dataDir);
  const { workshop } = await again.handlers['workshop.open']({ workshopId: id });
  for (let n = 1; n <= 25; n += 1) await again.handlers['workshop.apply']({ workshopId: id, baseRevision: n - 1, command: programCommand(workshop, n) });
  await again.close();
  return id;
};

/** Every file under the data folder with its bytes. */
const allFiles = async (dir: string): Promise<Map<string, string>> => {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return files;
};

describe('restoring a history snapshot', () => {
  it('previews the snapshot with the 25 later changes, restores it as one undoable revision, and with replay brings all 25 back', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWith25Later(dataDir);
    const services = await startServices(dataDir);

    const preview = await services.handlers['workshop.previewSnapshot']({ workshopId: id, snapshotId: R0 });
    expect(preview).toMatchObject({ snapshot: { id: R0, revision: 0 }, currentRevision: 25, laterChanges: 25 });
    expect(preview.workshop.programs).toEqual([]);

    const plain = await services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: R0, replayLater: false });
    expect(plain).toMatchObject({ workshop: { revision: 26, programs: [] }, canUndo: true });
    // Undo brings the 25 programs back: the restore was one step.
    await services.handlers['workshop.undo']({ workshopId: id, baseRevision: 26 });
    expect((await services.handlers['workshop.open']({ workshopId: id })).workshop.programs).toHaveLength(25);

    const replayed = await services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: R0, replayLater: true });
    expect(replayed.workshop.revision).toBe(28);
    expect(replayed.workshop.programs.map((p) => p.id)).toEqual(Array.from({ length: 25 }, (_, i) => `program-${i + 1}`));
    const [entry] = (await services.handlers['workshop.log']({ workshopId: id, limit: 1 })).entries;
    expect(entry!.command).toMatchObject({ type: 'restoreSnapshot' });
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: id });
    expect(snapshots.map((s) => s.reason)).toContain('Hasil pemulihan snapshot beserta perubahan sesudahnya');
    await services.close();

    // After a restart the restore is still one undo step.
    const again = await startServices(dataDir);
    const opened = await again.handlers['workshop.open']({ workshopId: id });
    expect(opened).toMatchObject({ workshop: { revision: 28 }, canUndo: true, notices: [] });
    const undone = await again.handlers['workshop.undo']({ workshopId: id, baseRevision: 28 });
    expect(undone.applied.type).toBe('restoreSnapshot');
    expect((await again.handlers['workshop.open']({ workshopId: id })).workshop.programs).toHaveLength(25);
    await again.close();
  });

  it('is the only way in for restore commands: workshop.apply refuses one', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWith25Later(dataDir);
    const services = await startServices(dataDir);
    const { dispatch } = await import('../../../shared/contract');
    const refused = await refusal(dispatch(services.handlers, 'workshop.apply', { workshopId: id, baseRevision: 25, command: { type: 'restoreSnapshot', snapshotId: R0 } }));
    expect(refused.code).toBe('invalid_input');
    await services.close();
  });

  it('brings back a workshop whose snapshot and .bak are both unusable, from a history snapshot with its later changes', async () => {
    const dataDir = await tempDataDir();
    const id = await workshopWith25Later(dataDir);
    await rm(snapshotFile(dataDir, id));
    await writeFile(`${snapshotFile(dataDir, id)}.bak`, '{"schemaVersion":1');

    const services = await startServices(dataDir);
    const { damaged } = await services.handlers['workshops.list']({});
    expect(damaged).toEqual([expect.objectContaining({ workshopId: id, backupAvailable: false, historySnapshots: expect.arrayContaining([expect.objectContaining({ id: R0, revision: 0 })]) })]);
    const preview = await services.handlers['workshop.previewSnapshot']({ workshopId: id, snapshotId: R0 });
    expect(preview).toMatchObject({ currentRevision: null, laterChanges: 25 });

    const restored = await services.handlers['workshop.restoreSnapshot']({ workshopId: id, snapshotId: R0, replayLater: true });
    expect(restored.workshop.revision).toBe(25);
    expect(restored.workshop.programs).toHaveLength(25);
    expect(await services.handlers['workshops.list']({})).toMatchObject({ workshops: [{ id, programCount: 25 }], damaged: [] });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 25, command: { type: 'renameWorkshop', title: 'Dipulihkan dari riwayat' } });
    await services.close();

    const again = await startServices(dataDir);
    expect((await again.handlers['workshop.open']({ workshopId: id })).workshop).toMatchObject({ title: 'Dipulihkan dari riwayat', revision: 26 });
    await again.close();
  });
});

describe('a rejected command', () => {
  it('writes nothing at all: no log line, no history snapshot, no snapshot rewrite, and is not blamed on the disk', async () => {
    const dataDir = await tempDataDir();
    // History is due at every edit, so a history snapshot would be written if anything were.
    const services = await startServices(dataDir, { history: { everyRevisions: 1, intervalMs: 0, keep: 30 } });
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 1) });
    await services.flushAll();
    const before = await allFiles(dataDir);

    const { dispatch } = await import('../../../shared/contract');
    const program = programCommand(workshop, 2) as Extract<Command, { type: 'upsertProgram' }>;
    const refusals = [
      // Refused at the door: a title far over its limit, a log-only command.
      await refusal(dispatch(services.handlers, 'workshop.apply', { workshopId: id, baseRevision: 1, command: { type: 'renameWorkshop', title: 'x'.repeat(10_000) } })),
      await refusal(dispatch(services.handlers, 'workshop.apply', { workshopId: id, baseRevision: 1, command: { type: 'restoreSnapshot', snapshotId: R0 } })),
      // Refused by the reducer: a program in a dimension that does not exist; a base revision the store never had.
      await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { ...program, item: { ...program.item, dimensionId: 'tidak-ada' } } })),
      await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 9, command: program })),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['invalid_input', 'invalid_input', 'invalid_input', 'stale_revision']);
    for (const refused of refusals) expect(refused.message).not.toContain('disk');
    await services.flushAll();
    expect(await allFiles(dataDir)).toEqual(before);
    await services.close();
  });

  it('that the disk refuses is reported as a disk failure, and its due history snapshot is not written', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, { history: { everyRevisions: 1, intervalMs: 0, keep: 30 } });
    const { id } = await createWorkshop(services);
    await services.handlers['workshop.open']({ workshopId: id });
    // The log cannot be opened for appending: a folder stands where it goes.
    await rm(path.join(workshopsDir(dataDir), `${id}.log`), { force: true });
    await mkdir(path.join(workshopsDir(dataDir), `${id}.log`));

    const refused = await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Tidak tersimpan' } }));
    expect(refused.code).toBe('internal');
    expect(refused.message).toContain('penulisan ke disk gagal (EISDIR)');
    await services.flushAll();
    expect(await namesIn(path.join(dataDir, 'history', id))).toEqual([]);
    expect((await services.handlers['workshop.open']({ workshopId: id })).workshop).toMatchObject({ revision: 0, title: 'Bimtek Masterplan Kota Contoh' });
    await services.close();
  });
});

describe('temp files left by a process killed mid-write', () => {
  it('are removed when the workshop loads; files that are not ours stay', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Satu' } });
    await services.close();
    const historyDir = path.join(dataDir, 'history', id);
    await mkdir(historyDir, { recursive: true });
    const stray = [
      path.join(workshopsDir(dataDir), `${id}.json.tmp`),
      path.join(workshopsDir(dataDir), `${id}.json.bak.tmp`),
      path.join(workshopsDir(dataDir), `${id}.log.torn-20260501T080000000Z.tmp`),
      path.join(historyDir, '20260501T080000000Z_r3_interval.json.tmp'),
    ];
    const notOurs = [path.join(workshopsDir(dataDir), 'catatan-fasilitator.tmp'), path.join(historyDir, 'salinan.json.tmp')];
    for (const file of [...stray, ...notOurs]) await writeFile(file, '{"terpotong":');

    const again = await startServices(dataDir);
    expect((await again.handlers['workshops.list']({})).workshops).toEqual([expect.objectContaining({ id, title: 'Satu' })]);
    expect(await namesIn(workshopsDir(dataDir))).toEqual([`${id}.json`, `${id}.json.bak`, `${id}.json.summary`, `${id}.log`, 'catatan-fasilitator.tmp'].sort());
    expect((await namesIn(historyDir)).filter((name) => name.endsWith('.tmp'))).toEqual(['salinan.json.tmp']);
    await again.close();
  });
});
