import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startHttpFixture, type HttpFixture } from './fixture';

interface Opened {
  workshop: { id: string; title: string; revision: number; region: { name: string; kind: string } };
  readOnly: boolean;
  canUndo: boolean;
}

describe('a facilitator works on a workshop through the browser API', () => {
  let fx: HttpFixture;
  beforeAll(async () => {
    fx = await startHttpFixture();
  });
  afterAll(async () => fx.stop());

  it('creates a workshop, renames it with a command, and opens it again with the new title', async () => {
    const created = await ok<{ id: string; title: string; regionKind: string }>(fx.server, 'workshops.create', {
      title: '  Bimtek Kota Sukamaju  ',
      regionName: 'Kota Sukamaju',
      regionKind: 'kota',
      startYear: 2026,
    });
    expect(created).toMatchObject({ title: 'Bimtek Kota Sukamaju', regionKind: 'kota' });

    const listed = await ok<{ workshops: { id: string }[] }>(fx.server, 'workshops.list', {});
    expect(listed.workshops.map((w) => w.id)).toContain(created.id);

    const first = await ok<Opened>(fx.server, 'workshop.open', { workshopId: created.id });
    expect(first.readOnly).toBe(false);

    const applied = await ok<{ revision: number; applied: { type: string }; canUndo: boolean }>(fx.server, 'workshop.apply', {
      workshopId: created.id,
      baseRevision: first.workshop.revision,
      command: { type: 'renameWorkshop', title: 'Masterplan Smart City Kota Sukamaju' },
    });
    expect(applied).toMatchObject({ revision: first.workshop.revision + 1, applied: { type: 'renameWorkshop' }, canUndo: true });

    const reopened = await ok<Opened>(fx.server, 'workshop.open', { workshopId: created.id });
    expect(reopened.workshop).toMatchObject({ title: 'Masterplan Smart City Kota Sukamaju', revision: applied.revision });

    const undone = await ok<{ revision: number; applied: { type: string; title?: string } }>(fx.server, 'workshop.undo', {
      workshopId: created.id,
      baseRevision: applied.revision,
    });
    expect(undone.applied).toMatchObject({ type: 'renameWorkshop', title: 'Bimtek Kota Sukamaju' });
  });

  it('tells the browser where its data lives and that it runs in web mode', async () => {
    const info = await ok<{ mode: string; dataDir: string }>(fx.server, 'app.info', {});
    expect(info).toMatchObject({ mode: 'web', dataDir: fx.dataDir });
  });
});
