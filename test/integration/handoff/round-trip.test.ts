import { afterEach, describe, expect, it } from 'vitest';
import { applyAll, open, prepareRoom, program, redraft, refusal, removeTempDirs, startServices, textOf, type Room, type Services } from './fixture';

/*
 * The facilitator exports a package for one OPD; the OPD head opens it in their own app, drafts,
 * and sends a return package; the facilitator previews and merges it.
 */

interface Desk {
  facilitator: Services;
  opdHead: Services;
  room: Room;
  facilitatorDir: string;
}

const desks: Desk[] = [];

const setUp = async (): Promise<Desk> => {
  const f = await startServices('fasilitator');
  const o = await startServices('kepala-opd');
  const desk = { facilitator: f.services, opdHead: o.services, room: await prepareRoom(f.services), facilitatorDir: f.dataDir };
  desks.push(desk);
  return desk;
};

afterEach(async () => {
  for (const desk of desks.splice(0)) {
    await desk.facilitator.close();
    await desk.opdHead.close();
  }
  await removeTempDirs();
});

/** The OPD head opens the package and redrafts their first section; returns the return package text. */
const draftAndReturn = async (desk: Desk, text: string, authorName = 'Rina Kusuma'): Promise<string> => {
  const exported = await desk.facilitator.handlers['handoff.export']({ workshopId: desk.room.workshopId, opdId: desk.room.opdA.id });
  const opened = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
  const local = await open(desk.opdHead, opened.workshop.id);
  const mine = local.sections.find((s) => s.id === desk.room.sectionA);
  if (!mine) throw new Error('section missing from the copy');
  await applyAll(desk.opdHead, local.id, [{ type: 'upsertSection', item: redraft(mine, text) }]);
  return (await desk.opdHead.handlers['handoff.exportReturn']({ workshopId: local.id, authorName })).text;
};

describe('an OPD head drafts their sections offline from a hand-off package', () => {
  it('the package carries only the OPD’s sections and programs, with the vision and dimensions as context', async () => {
    const desk = await setUp();
    const { room } = desk;
    const exported = await desk.facilitator.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    expect(exported.fileName).toMatch(/^paket-opd-.+\.paketopd$/);
    expect(exported.summary).toMatchObject({ kind: 'untuk-opd', workshopId: room.workshopId, opd: { id: room.opdA.id }, sections: 2, programs: 1 });

    const opened = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
    expect(opened.reopened).toBe(false);
    const copy = await open(desk.opdHead, opened.workshop.id);
    expect(copy.title).toContain(room.opdA.abbreviation);
    expect(copy.sections.map((s) => s.id).sort()).toEqual([room.sectionA2, room.sectionA].sort());
    expect(copy.programs.map((p) => p.id)).toEqual([room.programA]);
    expect(copy.dimensionSet.dimensions.length).toBeGreaterThan(0);

    const origin = await desk.opdHead.handlers['handoff.localCopy']({ workshopId: copy.id });
    expect(origin.copy).toMatchObject({ workshopId: room.workshopId, opd: { id: room.opdA.id } });

    const again = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
    expect(again).toMatchObject({ reopened: true, workshop: { id: copy.id } });
  });

  it('in their copy the OPD head can change only their own sections and programs', async () => {
    const desk = await setUp();
    const exported = await desk.facilitator.handlers['handoff.export']({ workshopId: desk.room.workshopId, opdId: desk.room.opdA.id });
    const { workshop } = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
    const copy = await open(desk.opdHead, workshop.id);
    const refused = await refusal(
      desk.opdHead.handlers['workshop.apply']({ workshopId: copy.id, baseRevision: copy.revision, command: { type: 'setVision', vision: { ...copy.vision, keywords: ['diubah'] } } }),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/bagian naskah dan program milik OPD/);
    expect((await open(desk.opdHead, copy.id)).revision).toBe(copy.revision);

    const mine = copy.sections[0];
    if (!mine) throw new Error('no section');
    await applyAll(desk.opdHead, copy.id, [{ type: 'upsertSection', item: redraft(mine, 'Draf kepala OPD.') }]);
    expect(textOf((await open(desk.opdHead, copy.id)).sections[0])).toBe('Draf kepala OPD.');
  });

  it('a change whose item the facilitator did not touch merges directly, logged under the OPD head’s name after a snapshot', async () => {
    const desk = await setUp();
    const { room } = desk;
    const returned = await draftAndReturn(desk, 'Layanan publik terpadu berbasis aplikasi tunggal.');

    const preview = await desk.facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: returned });
    expect(preview.counts).toEqual({ clean: 1, conflict: 0, same: 0, refused: 0 });
    expect(preview.changes[0]).toMatchObject({ collection: 'section', itemId: room.sectionA, kind: 'update', status: 'clean', problem: null });
    expect(preview.author.name).toBe('Rina Kusuma');

    const before = await open(desk.facilitator, room.workshopId);
    const merged = await desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: {} });
    expect(merged).toMatchObject({ revision: before.revision + 1, applied: 1, kept: 0, actor: { name: `Rina Kusuma (${room.opdA.abbreviation})`, opdId: room.opdA.id } });
    expect(merged.snapshotId).not.toBeNull();

    const after = await open(desk.facilitator, room.workshopId);
    expect(textOf(after.sections.find((s) => s.id === room.sectionA))).toBe('Layanan publik terpadu berbasis aplikasi tunggal.');
    const { entries } = await desk.facilitator.handlers['workshop.log']({ workshopId: room.workshopId, limit: 1 });
    expect(entries[0]).toMatchObject({ actor: { name: `Rina Kusuma (${room.opdA.abbreviation})`, opdId: room.opdA.id }, command: { type: 'upsertSection' } });
    const { snapshots } = await desk.facilitator.handlers['workshop.history']({ workshopId: room.workshopId });
    expect(snapshots).toContainEqual(expect.objectContaining({ id: merged.snapshotId, revision: before.revision, reason: 'Sebelum menggabungkan paket OPD' }));
  });

  it('when the facilitator changed the same section meanwhile, both versions are shown and the OPD’s version can be chosen', async () => {
    const desk = await setUp();
    const { room } = desk;
    const returned = await draftAndReturn(desk, 'Versi kepala OPD.');
    const current = (await open(desk.facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionA);
    if (!current) throw new Error('no section');
    await applyAll(desk.facilitator, room.workshopId, [{ type: 'upsertSection', item: redraft(current, 'Versi fasilitator.') }]);

    const preview = await desk.facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: returned });
    expect(preview.counts.conflict).toBe(1);
    const conflict = preview.changes.find((c) => c.itemId === room.sectionA);
    expect(conflict?.status).toBe('conflict');
    if (conflict?.collection !== 'section') throw new Error('expected a section change');
    expect(textOf(conflict.ours ?? undefined)).toBe('Versi fasilitator.');
    expect(textOf(conflict.theirs ?? undefined)).toBe('Versi kepala OPD.');
    expect(textOf(conflict.base ?? undefined)).toBe('Draf awal layanan publik.');

    const undecided = await refusal(desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: {} }));
    expect(undecided.code).toBe('conflict');
    expect(undecided.message).toMatch(/belum diputuskan/);

    await desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: { [room.sectionA]: 'theirs' } });
    expect(textOf((await open(desk.facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionA))).toBe('Versi kepala OPD.');
  });

  it('the facilitator can keep their own version of a conflict while the clean changes still apply', async () => {
    const desk = await setUp();
    const { room } = desk;
    const exported = await desk.facilitator.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    const { workshop } = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
    const copy = await open(desk.opdHead, workshop.id);
    const [first, second] = [copy.sections.find((s) => s.id === room.sectionA), copy.sections.find((s) => s.id === room.sectionA2)];
    if (!first || !second) throw new Error('sections missing');
    await applyAll(desk.opdHead, copy.id, [
      { type: 'upsertSection', item: redraft(first, 'OPD: layanan.') },
      { type: 'upsertSection', item: redraft(second, 'OPD: data.') },
    ]);
    const returned = (await desk.opdHead.handlers['handoff.exportReturn']({ workshopId: copy.id, authorName: 'Rina Kusuma' })).text;

    const ours = (await open(desk.facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionA);
    if (!ours) throw new Error('no section');
    await applyAll(desk.facilitator, room.workshopId, [{ type: 'upsertSection', item: redraft(ours, 'Fasilitator: layanan.') }]);

    const merged = await desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: { [room.sectionA]: 'ours' } });
    expect(merged).toMatchObject({ applied: 1, kept: 1 });
    const after = await open(desk.facilitator, room.workshopId);
    expect(textOf(after.sections.find((s) => s.id === room.sectionA))).toBe('Fasilitator: layanan.');
    expect(textOf(after.sections.find((s) => s.id === room.sectionA2))).toBe('OPD: data.');
  });

  it('a conflict can be settled with a combined version written by the facilitator', async () => {
    const desk = await setUp();
    const { room } = desk;
    const returned = await draftAndReturn(desk, 'Versi kepala OPD.');
    const ours = (await open(desk.facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionA);
    if (!ours) throw new Error('no section');
    await applyAll(desk.facilitator, room.workshopId, [{ type: 'upsertSection', item: redraft(ours, 'Versi fasilitator.') }]);
    const combined = redraft(ours, 'Versi fasilitator.\nVersi kepala OPD.');
    await desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: { [room.sectionA]: combined } });
    expect(textOf((await open(desk.facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionA))).toBe('Versi fasilitator.\nVersi kepala OPD.');
  });

  it('a program the OPD head adds comes back as an addition; one whose code is taken is shown with the problem and not merged', async () => {
    const desk = await setUp();
    const { room } = desk;
    const exported = await desk.facilitator.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    const { workshop } = await desk.opdHead.handlers['handoff.openPackage']({ package: exported.text });
    const copy = await open(desk.opdHead, workshop.id);
    await applyAll(desk.opdHead, copy.id, [
      { type: 'upsertProgram', item: program(copy, 'prog-baru', 'SG-07', room.opdA.id, 'Dasbor Kinerja') },
      { type: 'upsertProgram', item: program(copy, 'prog-bentrok', 'SG-02', room.opdA.id, 'Kode sudah dipakai OPD lain') },
    ]);
    const returned = (await desk.opdHead.handlers['handoff.exportReturn']({ workshopId: copy.id, authorName: 'Rina Kusuma' })).text;

    const preview = await desk.facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: returned });
    expect(preview.changes.find((c) => c.itemId === 'prog-baru')).toMatchObject({ kind: 'add', status: 'clean', problem: null });
    expect(preview.changes.find((c) => c.itemId === 'prog-bentrok')?.problem).toMatch(/SG-02 sudah dipakai/);

    const before = await open(desk.facilitator, room.workshopId);
    const failed = await refusal(desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: {} }));
    expect(failed.message).toMatch(/SG-02 sudah dipakai.*Tidak ada yang diubah/);
    expect((await open(desk.facilitator, room.workshopId)).revision).toBe(before.revision);

    const merged = await desk.facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: returned, resolutions: { 'prog-bentrok': 'ours' } });
    expect(merged).toMatchObject({ applied: 1, kept: 1 });
    expect((await open(desk.facilitator, room.workshopId)).programs.map((p) => p.id)).toContain('prog-baru');
  });
});
