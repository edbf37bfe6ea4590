import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, LogEntrySchema } from '../../../shared/contract';
import { WorkshopSchema } from '../../../shared/model';
import { startServer } from '../../../electron/server/index';
import { createWorkshop, programCommand, refusal, removeTempFolders, revisionOnDisk, startServices, tempDataDir } from './fixture';

afterEach(removeTempFolders);

describe('edits', () => {
  it('an acknowledged edit survives a crash before the snapshot is rewritten (the log is replayed)', async () => {
    const dataDir = await tempDataDir();
    const crashed = await startServices(dataDir);
    const { id } = await createWorkshop(crashed);
    const { workshop } = await crashed.handlers['workshop.open']({ workshopId: id });
    let revision = workshop.revision;
    for (const n of [1, 2, 3]) {
      ({ revision } = await crashed.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: programCommand(workshop, n) }));
    }
    await crashed.handlers['workshop.apply']({
      workshopId: id,
      baseRevision: revision,
      command: { type: 'setRegionProfile', patch: { province: 'Jawa Timur' } },
      actor: { name: 'Bu Rina', opdId: null },
    });
    // The first services are dropped without flush or close, like a process that was killed.
    expect(await revisionOnDisk(dataDir, id)).toBe(0);

    const restarted = await startServices(dataDir);
    const reopened = await restarted.handlers['workshop.open']({ workshopId: id });
    expect(reopened.workshop.revision).toBe(4);
    expect(reopened.workshop.programs.map((p) => p.code)).toEqual(['SG-01', 'SG-02', 'SG-03']);
    expect(reopened.workshop.region.province).toBe('Jawa Timur');
    expect(reopened.notices).toEqual([]);
    expect(WorkshopSchema.safeParse(reopened.workshop).success).toBe(true);

    const { entries } = await restarted.handlers['workshop.log']({ workshopId: id, limit: 2 });
    expect(entries.map((e) => [e.seq, e.revision, e.kind, e.command.type, e.actor.name])).toEqual([
      [3, 3, 'do', 'upsertProgram', 'Fasilitator'],
      [4, 4, 'do', 'setRegionProfile', 'Bu Rina'],
    ]);
    expect(entries[1]!.inverse).toEqual({ type: 'setRegionProfile', patch: { province: '' } });

    await restarted.close();
    expect(await revisionOnDisk(dataDir, id)).toBe(4);
  });

  it('writes one checksummed JSON line per acknowledged edit', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Judul Baru' } });
    const lines = (await readFile(path.join(dataDir, 'workshops', `${id}.log`), 'utf8')).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const line = JSON.parse(lines[0]!) as { sum: string; entry: unknown };
    expect(line.sum).toMatch(/^[0-9a-f]{40}$/);
    expect(LogEntrySchema.parse(line.entry)).toMatchObject({ seq: 1, revision: 1, kind: 'do', command: { type: 'renameWorkshop', title: 'Judul Baru' } });
    await services.close();
  });

  it('undo and redo work across a restart, because they are derived from the log', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir);
    const { id } = await createWorkshop(first, 'Judul Awal');
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Judul Kedua' } });
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { type: 'renameWorkshop', title: 'Judul Ketiga' } });
    const undone = await first.handlers['workshop.undo']({ workshopId: id, baseRevision: 2 });
    expect(undone).toEqual({ revision: 3, applied: { type: 'renameWorkshop', title: 'Judul Kedua' }, canUndo: true, canRedo: true });

    const second = await startServices(dataDir);
    const opened = await second.handlers['workshop.open']({ workshopId: id });
    expect(opened).toMatchObject({ workshop: { title: 'Judul Kedua', revision: 3 }, canUndo: true, canRedo: true });
    const redone = await second.handlers['workshop.redo']({ workshopId: id, baseRevision: 3 });
    expect(redone).toEqual({ revision: 4, applied: { type: 'renameWorkshop', title: 'Judul Ketiga' }, canUndo: true, canRedo: false });
    await second.handlers['workshop.undo']({ workshopId: id, baseRevision: 4 });
    const last = await second.handlers['workshop.undo']({ workshopId: id, baseRevision: 5 });
    expect(last).toMatchObject({ applied: { title: 'Judul Awal' }, canUndo: false, canRedo: true });
    expect((await refusal(second.handlers['workshop.undo']({ workshopId: id, baseRevision: 6 }))).code).toBe('nothing_to_undo');

    const third = await startServices(dataDir);
    const reopened = await third.handlers['workshop.open']({ workshopId: id });
    expect(reopened).toMatchObject({ workshop: { title: 'Judul Awal', revision: 6 }, canUndo: false, canRedo: true });
    // A new edit after undo clears what could be redone.
    const edited = await third.handlers['workshop.apply']({ workshopId: id, baseRevision: 6, command: { type: 'renameWorkshop', title: 'Cabang Baru' } });
    expect(edited).toMatchObject({ canUndo: true, canRedo: false });
    expect((await refusal(third.handlers['workshop.redo']({ workshopId: id, baseRevision: 7 }))).code).toBe('nothing_to_redo');
    await third.close();
  });

  it('an edit of the same field someone changed after its base revision is refused as a conflict (HTTP 409, both versions) and changes nothing', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services, 'Judul Awal');
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Laptop A' } });

    const stale = await refusal(dispatch(services.handlers, 'workshop.apply', { workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Laptop B' } }));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('title');

    const server = await startServer({ services, port: 0, staticDir: null, logError: () => undefined });
    try {
      const response = await fetch(`${server.url}/api/workshop.apply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Laptop B' } }),
      });
      expect(response.status).toBe(409);
      const body = (await response.json()) as { error: { code: string; reason: string }; current: { keys: string[]; item: unknown; yours: unknown } };
      expect(body.error).toMatchObject({ code: 'conflict', reason: 'edit.conflict' });
      expect(body.current).toMatchObject({ keys: ['title'], item: 'Laptop A', yours: 'Laptop B' });
    } finally {
      await server.close();
    }
    expect((await services.handlers['workshop.open']({ workshopId: id })).workshop).toMatchObject({ title: 'Laptop A', revision: 1 });
    await services.close();
  });

  it('a command that breaks a workshop rule is refused and not logged', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 1) });
    const clash = programCommand(workshop, 1);
    if (clash.type !== 'upsertProgram') throw new Error('unexpected');
    const refused = await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { ...clash, item: { ...clash.item, id: 'other' } } }));
    expect(refused.code).toBe('invalid_input');
    expect((await services.handlers['workshop.log']({ workshopId: id, limit: 100 })).entries).toHaveLength(1);
    await services.close();
  });

  it('concurrent edits on one workshop are applied one at a time: exactly one of two racing edits wins', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const results = await Promise.allSettled(
      ['Laptop A', 'Laptop B'].map((title) => services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['conflict']);
    await services.close();
  });

  it('flush writes the full snapshot now and reports its revision', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Disimpan' } });
    expect(await revisionOnDisk(dataDir, id)).toBe(0);
    expect(await services.handlers['workshop.flush']({ workshopId: id })).toEqual({ revision: 1 });
    expect(await revisionOnDisk(dataDir, id)).toBe(1);
    await services.close();
  });

  it('rewrites the snapshot in the background after a quiet moment', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir, { autosave: { debounceMs: 10, maxWaitMs: 50 } });
    const { id } = await createWorkshop(services);
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Otomatis' } });
    await expect.poll(() => revisionOnDisk(dataDir, id), { timeout: 30_000 }).toBe(1);
    await services.close();
  });
});
