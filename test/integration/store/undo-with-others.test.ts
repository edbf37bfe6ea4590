import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createServices, type Services } from '../../../electron/services/index';
import { applyAll, NO_AUTOSAVE, open, redraft, refusal, startServices, textOf } from '../handoff/fixture';
import { call, join, openClassroom, removeTempDirs, type Classroom, type Joined } from '../share/fixture';

/*
 * The facilitator's Ctrl+Z takes back only the facilitator's own changes. OPD heads drafting on the
 * room's network, and merged hand-off packages, are not on the facilitator's undo stack, do not
 * clear its redo, and are never wiped out by undoing or redoing an older version of their item.
 */

let c: Classroom;
let rina: Joined;
const extra: Services[] = [];

beforeEach(async () => {
  c = await openClassroom();
  rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
});

afterEach(async () => {
  for (const services of extra.splice(0)) await services.close();
  await c.stop();
  await removeTempDirs();
});

const workshop = (services: Services = c.services): Promise<Workshop> => open(services, c.room.workshopId);
const sectionText = async (services: Services = c.services): Promise<string> => textOf((await workshop(services)).sections.find((s) => s.id === c.room.sectionA));

/** The facilitator's own change, through the contract as the app's window sends it. */
const facilitatorDoes = async (command: Command, services: Services = c.services): Promise<void> => {
  await applyAll(services, c.room.workshopId, [command]);
};
const facilitatorDrafts = async (text: string): Promise<void> => {
  const mine = (await workshop()).sections.find((s) => s.id === c.room.sectionA);
  if (!mine) throw new Error('no section');
  await facilitatorDoes({ type: 'upsertSection', item: redraft(mine, text) });
};

/** Rina saves her OPD's section from her browser on the room's network. */
const rinaDrafts = async (text: string): Promise<void> => {
  const view = (await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, rina.token)).body.workshop;
  const mine = view.sections.find((s) => s.id === c.room.sectionA);
  if (!mine) throw new Error('no section');
  const saved = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: view.revision, command: { type: 'upsertSection', item: redraft(mine, text) } }, rina.token);
  expect(saved.status).toBe(200);
};

const undo = async (services: Services = c.services) => services.handlers['workshop.undo']({ workshopId: c.room.workshopId, baseRevision: (await workshop(services)).revision });
const redo = async (services: Services = c.services) => services.handlers['workshop.redo']({ workshopId: c.room.workshopId, baseRevision: (await workshop(services)).revision });

describe('the facilitator’s undo while OPD heads draft on the room’s network', () => {
  it('Ctrl+Z takes back the facilitator’s own last change, not the participant’s save that came after it', async () => {
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    await rinaDrafts('Draf Rina.');
    const undone = await undo();
    expect(undone.applied).toMatchObject({ type: 'renameWorkshop', title: 'Bimtek Masterplan Kota Sukamaju' });
    expect(await sectionText()).toBe('Draf Rina.');
    expect((await workshop()).title).toBe('Bimtek Masterplan Kota Sukamaju');
  });

  it('a participant’s save does not clear the facilitator’s redo', async () => {
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    expect((await undo()).canRedo).toBe(true);
    await rinaDrafts('Draf Rina.');
    expect((await c.services.handlers['workshop.open']({ workshopId: c.room.workshopId })).canRedo).toBe(true);
    const redone = await redo();
    expect(redone.applied).toMatchObject({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    expect(redone.canRedo).toBe(false);
    expect(await sectionText()).toBe('Draf Rina.');
  });

  it('undoing a change to a section a participant saved afterwards is refused and writes nothing; the next undo goes on to the change before', async () => {
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    await facilitatorDrafts('Catatan fasilitator.');
    await rinaDrafts('Draf Rina di atas catatan fasilitator.');
    const before = await workshop();

    const refused = await refusal(undo());
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe('Bagian naskah ini sudah diubah oleh Rina Kusuma setelahnya; pembatalan tidak dapat dilakukan agar perubahannya tidak hilang.');
    expect((await workshop()).revision).toBe(before.revision);
    expect(await sectionText()).toBe('Draf Rina di atas catatan fasilitator.');

    const next = await undo();
    expect(next.applied).toMatchObject({ type: 'renameWorkshop', title: 'Bimtek Masterplan Kota Sukamaju' });
    expect(await sectionText()).toBe('Draf Rina di atas catatan fasilitator.');
  });

  it('redoing a change to a section a participant saved after the undo is refused', async () => {
    await facilitatorDrafts('Catatan fasilitator.');
    await undo();
    await rinaDrafts('Draf Rina.');
    const refused = await refusal(redo());
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'Bagian naskah ini sudah diubah oleh Rina Kusuma setelahnya; pengulangan tidak dapat dilakukan agar perubahannya tidak hilang.',
    });
    expect(await sectionText()).toBe('Draf Rina.');
    expect(await refusal(redo())).toMatchObject({ code: 'nothing_to_redo' });
  });

  it('after a restart the stacks read from the log say the same: the overtaken change is still refused, redo still offered', async () => {
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    await facilitatorDrafts('Catatan fasilitator.');
    await facilitatorDoes({ type: 'setPlanHorizon', horizon: { ...(await workshop()).horizon, startYear: 2027 } });
    await rinaDrafts('Draf Rina.');
    expect((await undo()).applied).toMatchObject({ type: 'setPlanHorizon' });
    await c.services.flushAll();

    const again = await createServices({ dataDir: c.dataDir, mode: 'web', autosave: NO_AUTOSAVE, logError: () => undefined });
    extra.push(again);
    expect(await refusal(undo(again))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Rina Kusuma/) });
    expect((await undo(again)).applied).toMatchObject({ type: 'renameWorkshop', title: 'Bimtek Masterplan Kota Sukamaju' });
    expect(await sectionText(again)).toBe('Draf Rina.');
    expect((await redo(again)).applied).toMatchObject({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    expect((await redo(again)).applied).toMatchObject({ type: 'setPlanHorizon' });
  });

  it('a step refused and an undo after it read back from the log leave the same stacks (the refused step stays gone)', async () => {
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    await facilitatorDrafts('Catatan fasilitator.');
    await rinaDrafts('Draf Rina.');
    await refusal(undo());
    await undo();
    await c.services.flushAll();

    const again = await createServices({ dataDir: c.dataDir, mode: 'web', autosave: NO_AUTOSAVE, logError: () => undefined });
    extra.push(again);
    expect((await redo(again)).applied).toMatchObject({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    expect(await refusal(redo(again))).toMatchObject({ code: 'nothing_to_redo' });
    // Below the rename: the room's preparation (the last program added), never Rina's save.
    expect((await undo(again)).applied).toMatchObject({ type: 'renameWorkshop' });
    expect((await undo(again)).applied).toMatchObject({ type: 'removeProgram', id: c.room.programB });
    expect(await sectionText(again)).toBe('Draf Rina.');
  });
});

describe('the facilitator’s undo after merging an OPD’s hand-off package', () => {
  it('the merged changes are not undone by Ctrl+Z, and the facilitator’s change they overtook is refused', async () => {
    const { services: opdHead } = await startServices('kepala-opd');
    extra.push(opdHead);
    await facilitatorDoes({ type: 'renameWorkshop', title: 'Masterplan Kota Sukamaju 2026–2030' });
    await facilitatorDrafts('Catatan fasilitator sebelum paket.');

    const exported = await c.services.handlers['handoff.export']({ workshopId: c.room.workshopId, opdId: c.room.opdA.id });
    const copy = (await opdHead.handlers['handoff.openPackage']({ package: exported.text })).workshop;
    const inCopy = (await open(opdHead, copy.id)).sections.find((s) => s.id === c.room.sectionA);
    if (!inCopy) throw new Error('no section in the copy');
    await applyAll(opdHead, copy.id, [{ type: 'upsertSection', item: redraft(inCopy, 'Draf dari paket OPD.') }]);
    // In their own copy the OPD head's drafting is theirs to undo.
    expect((await opdHead.handlers['workshop.open']({ workshopId: copy.id })).canUndo).toBe(true);
    const returned = (await opdHead.handlers['handoff.exportReturn']({ workshopId: copy.id, authorName: 'Rina Kusuma' })).text;

    const merged = await c.services.handlers['handoff.merge']({ workshopId: c.room.workshopId, package: returned, resolutions: {} });
    expect(merged.applied).toBeGreaterThan(0);
    expect(await sectionText()).toBe('Draf dari paket OPD.');

    const refused = await refusal(undo());
    expect(refused).toMatchObject({
      code: 'conflict',
      message: `Bagian naskah ini sudah diubah oleh ${merged.actor.name} setelahnya; pembatalan tidak dapat dilakukan agar perubahannya tidak hilang.`,
    });
    expect((await undo()).applied).toMatchObject({ type: 'renameWorkshop' });
    expect(await sectionText()).toBe('Draf dari paket OPD.');
  });
});
