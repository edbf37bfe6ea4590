import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../shared/model';
import { createWorkshop, namesIn, programCommand, refusal, removeTempFolders, startServices, tempDataDir, workshopsDir } from './fixture';

afterEach(removeTempFolders);

describe('the list of workshops', () => {
  it('lists a new workshop, empty and valid, with its plan starting the year given', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const created = await createWorkshop(services, 'Bimtek Kota Sukamaju');
    expect(created).toMatchObject({ title: 'Bimtek Kota Sukamaju', regionName: 'Kota Contoh', regionKind: 'kota', revision: 0, programCount: 0, status: 'ok' });
    expect(created.id).toMatch(/^[a-z0-9]{12}$/);

    const { workshops, damaged } = await services.handlers['workshops.list']({});
    expect(workshops.map((w) => w.id)).toEqual([created.id]);
    expect(damaged).toEqual([]);
    const opened = await services.handlers['workshop.open']({ workshopId: created.id });
    expect(WorkshopSchema.parse(opened.workshop).horizon.startYear).toBe(2026);
    expect(opened).toMatchObject({ readOnly: false, notices: [], canUndo: false, canRedo: false });
    await services.close();
  });

  it('renames a workshop as an undoable edit that is kept after a restart', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const renamed = await services.handlers['workshops.rename']({ workshopId: id, title: 'Bimtek Kabupaten Baru' });
    expect(renamed).toMatchObject({ title: 'Bimtek Kabupaten Baru', revision: 1 });
    await services.close();

    const again = await startServices(dataDir);
    const opened = await again.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop.title).toBe('Bimtek Kabupaten Baru');
    expect(opened.canUndo).toBe(true);
    await again.close();
  });

  it('duplicates a workshop under a new id, with "(salinan)" in its title and its programs', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services, 'Bimtek Kota Sukamaju');
    const opened = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(opened.workshop, 1) });

    const copy = await services.handlers['workshops.duplicate']({ workshopId: id });
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ title: 'Bimtek Kota Sukamaju (salinan)', programCount: 1, revision: 0 });
    const named = await services.handlers['workshops.duplicate']({ workshopId: id, title: 'Latihan' });
    expect(named.title).toBe('Latihan');
    const { workshops } = await services.handlers['workshops.list']({});
    expect(workshops.map((w) => w.id).sort()).toEqual([id, copy.id, named.id].sort());
    await services.close();
  });

  it('moves a deleted workshop to the trash with its log, and restores it with every edit', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services, 'Bimtek Kota Sukamaju');
    const opened = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(opened.workshop, 1) });

    const { trashId } = await services.handlers['workshops.delete']({ workshopId: id });
    expect((await services.handlers['workshops.list']({})).workshops).toEqual([]);
    expect(await namesIn(workshopsDir(dataDir))).toEqual([]);
    expect((await refusal(services.handlers['workshop.open']({ workshopId: id }))).code).toBe('not_found');
    const { entries } = await services.handlers['workshops.trash']({});
    expect(entries).toEqual([expect.objectContaining({ trashId, id, title: 'Bimtek Kota Sukamaju' })]);

    const restored = await services.handlers['workshops.restore']({ trashId });
    expect(restored).toMatchObject({ id, title: 'Bimtek Kota Sukamaju', programCount: 1, revision: 1, status: 'ok' });
    expect((await services.handlers['workshops.trash']({})).entries).toEqual([]);
    const reopened = await services.handlers['workshop.open']({ workshopId: id });
    expect(reopened.workshop.programs).toHaveLength(1);
    expect(reopened.canUndo).toBe(true);
    await services.close();
  });

  it('refuses unknown workshops and trash entries plainly, and never reads outside the trash', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    expect(await refusal(services.handlers['workshop.open']({ workshopId: 'tidak-ada' }))).toEqual({ code: 'not_found', message: 'Lokakarya tidak ditemukan' });
    expect((await refusal(services.handlers['workshops.delete']({ workshopId: 'tidak-ada' }))).code).toBe('not_found');
    expect((await refusal(services.handlers['workshops.restore']({ trashId: '../workshops' }))).code).toBe('not_found');
    expect((await refusal(services.handlers['workshop.restoreSnapshot']({ workshopId: 'tidak-ada', snapshotId: '../../x', replayLater: false }))).code).toBe('not_found');
    await services.close();
  });

  it('offers the demo workshop on the first launch only, and not again once deleted', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir, { seedDemo: true });
    const { workshops } = await first.handlers['workshops.list']({});
    expect(workshops).toHaveLength(1);
    const demo = workshops[0]!;
    expect(demo.programCount).toBeGreaterThan(0);
    // The home screen marks it "Contoh"; a copy of it is the facilitator's own workshop.
    const copy = await first.handlers['workshops.duplicate']({ workshopId: demo.id, title: 'Salinan demo' });
    const listed = await first.handlers['workshops.list']({});
    expect(listed.demoWorkshopId).toBe(demo.id);
    expect(listed.workshops.map((w) => w.id).sort()).toEqual([demo.id, copy.id].sort());
    await first.handlers['workshops.delete']({ workshopId: demo.id });
    await first.close();

    const second = await startServices(dataDir, { seedDemo: true });
    const afterDelete = await second.handlers['workshops.list']({});
    expect(afterDelete.workshops.map((w) => w.id)).toEqual([copy.id]);
    expect(afterDelete.demoWorkshopId).toBeNull();
    await second.close();
  });

  it('does not add the demo to a data folder that already holds workshops', async () => {
    const dataDir = await tempDataDir();
    const plain = await startServices(dataDir);
    await createWorkshop(plain);
    await plain.close();
    const seeded = await startServices(dataDir, { seedDemo: true });
    const listed = await seeded.handlers['workshops.list']({});
    expect(listed.workshops).toHaveLength(1);
    expect(listed.demoWorkshopId).toBeNull();
    await seeded.close();
  });

  it('takes a workshop file copied in under another name as a workshop of that name', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services, 'Dari Laptop Lain');
    await services.close();
    await copyFile(path.join(workshopsDir(dataDir), `${id}.json`), path.join(workshopsDir(dataDir), 'salinan-laptop-2.json'));

    const again = await startServices(dataDir);
    const { workshops } = await again.handlers['workshops.list']({});
    expect(workshops.map((w) => [w.id, w.title]).sort()).toEqual([[id, 'Dari Laptop Lain'], ['salinan-laptop-2', 'Dari Laptop Lain']].sort());
    await again.handlers['workshop.apply']({ workshopId: 'salinan-laptop-2', baseRevision: 0, command: { type: 'renameWorkshop', title: 'Salinan' } });
    expect((await again.handlers['workshop.open']({ workshopId: id })).workshop.title).toBe('Dari Laptop Lain');
    await again.close();
  });

  it('reports the app version, data folder and mode', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    expect(await services.handlers['app.info']({})).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), dataDir, mode: 'web' });
    await services.close();
  });
});
