import { describe, expect, it } from 'vitest';
import { AppError, COMMAND_DEFS, CommandSchema, applyCommand, applyNewCommand, invertCommand, type Command, type CommandType } from '../../../shared/commands';
import { createEmptyWorkshop, groupsDone, visibleCards, withoutHiddenCards } from '../../../shared/logic';
import { CURRENT_SCHEMA_VERSION, defaultGroups, type Workshop } from '../../../shared/model';
import { migrateWorkshop } from '../../../shared/model/migrations';
import { referenceData } from '../../../electron/services/reference';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

/*
 * The room's core (issue 12): groups seeded per dimension, the migration of version 1 files, what a
 * group may send (access.group), and the facilitator's hide / merge / lock / proposal commands.
 */

const run = (w: Workshop, c: unknown): Workshop => applyNewCommand(w, CommandSchema.parse(c), LATER);
const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('no such item');
  return item;
};

const demo = demoWorkshop();
const [dimA, dimB] = demo.dimensionSet.dimensions;
if (!dimA || !dimB) throw new Error('the demo needs two dimensions');
const groupA = `kelompok-${dimA.id}`;
const groupB = `kelompok-${dimB.id}`;

/** Which group access a command meets: the reason code, or null when the group may send it. */
const groupReason = (w: Workshop, groupId: string, c: Command): string | null => {
  const rule = COMMAND_DEFS[c.type as CommandType].access.group as ((w: Workshop, g: string, c: Command) => { reason: string } | null) | null;
  return rule ? (rule(w, groupId, c)?.reason ?? null) : 'not-for-groups';
};
const cmd = (c: unknown): Command => CommandSchema.parse(c);

const swot = (id: string, dimensionId: string, groupId: string | null, extra: object = {}) => ({ id, dimensionId, quadrant: 'S', text: `Kartu ${id}`, groupId, ...extra });
const proposal = (id: string, groupId: string, dimensionId: string, extra: object = {}) => ({ id, groupId, dimensionId, name: `Usulan ${id}`, ...extra });

/** The demo with a card of each group and of the facilitator, and a proposal of group A. */
const room = (): Workshop =>
  [
    { type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupA) },
    { type: 'upsertSwotItem', item: swot('kartu-b', dimB.id, groupB) },
    { type: 'upsertSwotItem', item: swot('kartu-f', dimA.id, null) },
    { type: 'upsertProposal', item: proposal('usul-a', groupA, dimA.id, { elementId: first(dimA.elements).id }) },
  ].reduce(run, demo);

describe('groups as data', () => {
  it('a new workshop has one group per dimension, "Kelompok <dimension>"', () => {
    expect(demo.groups.map((g) => g.name)).toEqual(demo.dimensionSet.dimensions.map((d) => `Kelompok ${d.nameId}`));
    expect(demo.room).toEqual({ locks: [], done: [], shareAcrossGroups: false });
    expect(demo.proposals).toEqual([]);
  });

  it('a version 1 file is migrated: groups seeded from its dimensions, an empty room and inbox', () => {
    const made = createEmptyWorkshop({ id: 'lama', title: 'Bimtek Lama', regionName: 'Kota Lama', regionKind: 'kota', startYear: 2026, now: '2025-05-20T08:00:00.000Z', reference: referenceData() });
    const { groups: _g, room: _r, proposals: _p, ...v1 } = { ...made, schemaVersion: 1 };
    const result = migrateWorkshop(JSON.parse(JSON.stringify(v1)));
    if ('newerVersion' in result) throw new Error('expected a migration');
    expect(result.migrated).toBe(true);
    expect(result.workshop.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.workshop.groups).toEqual(defaultGroups(made.dimensionSet));
    expect(result.workshop.groups.length).toBe(made.dimensionSet.dimensions.length);
    expect(result.workshop.room).toEqual({ locks: [], done: [], shareAcrossGroups: false });
  });

  it('renaming and adding groups; a group with cards is removed only with cascade, its cards staying as the facilitator\'s', () => {
    let w = room();
    w = run(w, { type: 'upsertGroup', item: { id: groupA, name: 'Kelompok Satu', dimensionId: dimA.id } });
    expect(w.groups.find((g) => g.id === groupA)?.name).toBe('Kelompok Satu');
    expect(() => run(w, { type: 'removeGroup', id: groupA })).toThrow(expect.objectContaining({ code: 'conflict', reason: 'item.stillReferenced' }) as Error);
    const after = run(w, { type: 'removeGroup', id: groupA, cascade: true });
    expect(after.swotItems.find((s) => s.id === 'kartu-a')?.groupId).toBeNull();
    expect(after.proposals.some((p) => p.id === 'usul-a')).toBe(false);
    expect(applyCommand(after, cmd(invertCommand(w, cmd({ type: 'removeGroup', id: groupA, cascade: true }))), LATER).swotItems).toEqual(w.swotItems);
    expect(() => run(w, { type: 'upsertGroup', item: { id: 'kel-x', name: 'X', dimensionId: 'tidak-ada' } })).toThrow(AppError);
  });
});

describe('what a group may send', () => {
  const w = room();

  it('a card in its own dimension, carrying its own id: yes; elsewhere, or as another group, or hidden: no', () => {
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, groupA) }))).toBeNull();
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimB.id, groupA) }))).toBe('room.otherDimension');
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, null) }))).toBe('room.cardGroupMismatch');
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, groupB) }))).toBe('room.cardGroupMismatch');
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, groupA, { hidden: true }) }))).toBe('room.facilitatorOnly');
    expect(groupReason(w, 'kelompok-tidak-ada', cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, 'kelompok-tidak-ada') }))).toBe('room.groupUnknown');
  });

  it('edits and removes only its own cards, never the facilitator\'s, another group\'s or a hidden one', () => {
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupA, { text: 'Diubah' }) }))).toBeNull();
    expect(groupReason(w, groupA, cmd({ type: 'upsertSwotItem', item: swot('kartu-f', dimA.id, groupA) }))).toBe('room.notYourCard');
    expect(groupReason(w, groupA, cmd({ type: 'removeSwotItem', id: 'kartu-b' }))).toBe('room.notYourCard');
    expect(groupReason(w, groupA, cmd({ type: 'removeSwotItem', id: 'kartu-f' }))).toBe('room.notYourCard');
    expect(groupReason(w, groupA, cmd({ type: 'removeSwotItem', id: 'kartu-a' }))).toBeNull();
    expect(groupReason(w, groupA, cmd({ type: 'removeSwotItem', id: 'kartu-a', cascade: true }))).toBe('room.cardInUse');
    const hidden = run(w, { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true });
    expect(groupReason(hidden, groupA, cmd({ type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupA, { text: 'Lagi' }) }))).toBe('room.notYourCard');
    expect(groupReason(hidden, groupA, cmd({ type: 'removeSwotItem', id: 'kartu-a' }))).toBe('room.notYourCard');
  });

  it('nothing on a locked worksheet; other worksheets stay open', () => {
    const locked = run(w, { type: 'setWorksheetLock', worksheet: 'swot', locked: true });
    expect(groupReason(locked, groupA, cmd({ type: 'upsertSwotItem', item: swot('baru', dimA.id, groupA) }))).toBe('room.worksheetLocked');
    expect(groupReason(locked, groupA, cmd({ type: 'upsertIssue', item: { id: 'isu-baru', dimensionId: dimA.id, kind: 'permasalahan', text: 'Isu', groupId: groupA } }))).toBeNull();
    expect(groupReason(locked, groupA, cmd({ type: 'upsertGapAnalysis', item: { id: 'gap-baru', dimensionId: dimA.id, gap: 'Kesenjangan', groupId: groupA } }))).toBeNull();
  });

  it('proposals of its own group and dimension, new ones only, not when "usulan" is locked', () => {
    expect(groupReason(w, groupA, cmd({ type: 'upsertProposal', item: proposal('usul-baru', groupA, dimA.id) }))).toBeNull();
    expect(groupReason(w, groupA, cmd({ type: 'upsertProposal', item: proposal('usul-baru', groupA, dimB.id) }))).toBe('room.otherDimension');
    expect(groupReason(w, groupB, cmd({ type: 'upsertProposal', item: proposal('usul-a', groupB, dimB.id) }))).toBe('room.notYourProposal');
    expect(groupReason(w, groupA, cmd({ type: 'upsertProposal', item: proposal('usul-baru', groupA, dimA.id, { status: 'diterima' }) }))).toBe('room.facilitatorOnly');
    expect(groupReason(w, groupB, cmd({ type: 'removeProposal', id: 'usul-a' }))).toBe('room.notYourProposal');
    const declined = run(w, { type: 'declineProposal', proposalId: 'usul-a', reason: 'Sudah ada' });
    expect(groupReason(declined, groupA, cmd({ type: 'removeProposal', id: 'usul-a' }))).toBe('room.proposalDecided');
    const locked = run(w, { type: 'setWorksheetLock', worksheet: 'usulan', locked: true });
    expect(groupReason(locked, groupA, cmd({ type: 'upsertProposal', item: proposal('usul-baru', groupA, dimA.id) }))).toBe('room.worksheetLocked');
  });

  it('its own "Selesai" only; the facilitator\'s commands never', () => {
    expect(groupReason(w, groupA, cmd({ type: 'setGroupDone', groupId: groupA, worksheet: 'swot', done: true }))).toBeNull();
    expect(groupReason(w, groupA, cmd({ type: 'setGroupDone', groupId: groupB, worksheet: 'swot', done: true }))).toBe('room.notYourGroup');
    for (const c of [
      { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true },
      { type: 'setWorksheetLock', worksheet: 'swot', locked: false },
      { type: 'acceptProposal', proposalId: 'usul-a', programId: 'p-baru' },
      { type: 'upsertTowsStrategy', item: { id: 't', dimensionId: dimA.id, kind: 'SO', text: 'x' } },
      { type: 'upsertProgram', item: first(w.programs) },
      { type: 'upsertGroup', item: { id: groupA, name: 'Ganti', dimensionId: dimA.id } },
    ]) {
      expect(groupReason(w, groupA, cmd(c))).toBe('not-for-groups');
    }
  });
});

describe("the facilitator's room commands", () => {
  it('hides a card and shows it again; visibleCards and groupsDone read the room', () => {
    let w = run(room(), { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true });
    expect(visibleCards(w.swotItems).some((s) => s.id === 'kartu-a')).toBe(false);
    expect(withoutHiddenCards(w).swotItems.length).toBe(w.swotItems.length - 1);
    w = run(w, { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: false });
    expect(w.swotItems.find((s) => s.id === 'kartu-a')).not.toHaveProperty('hidden');
    w = run(w, { type: 'setGroupDone', groupId: groupB, worksheet: 'swot', done: true });
    w = run(w, { type: 'setGroupDone', groupId: groupA, worksheet: 'swot', done: true });
    expect(groupsDone(w, 'swot').map((g) => g.id)).toEqual([groupA, groupB]);
    expect(groupsDone(w, 'isu')).toEqual([]);
  });

  it('merges duplicate issues: the programs pointing at the merged one point at the kept one, one undo brings all back', () => {
    let w = room();
    const [keep, dup] = [first(w.issues), w.issues.find((i) => i.id !== first(w.issues).id && i.dimensionId === first(w.issues).dimensionId)];
    if (!dup) throw new Error('no duplicate');
    const target = first(w.programs);
    w = run(w, { type: 'upsertProgram', item: { ...target, issueIds: [dup.id] } });
    const merge = cmd({ type: 'mergeCards', card: 'issue', keepId: keep.id, mergeIds: [dup.id] });
    const after = applyNewCommand(w, merge, LATER);
    expect(after.issues.some((i) => i.id === dup.id)).toBe(false);
    expect(after.programs.find((p) => p.id === target.id)?.issueIds).toEqual([keep.id]);
    const back = applyCommand(after, cmd(invertCommand(w, merge)), LATER);
    expect(back.issues).toEqual(w.issues);
    expect(back.programs).toEqual(w.programs);
    const otherDimension = w.issues.find((i) => i.dimensionId !== keep.dimensionId);
    if (otherDimension) expect(() => run(w, { type: 'mergeCards', card: 'issue', keepId: keep.id, mergeIds: [otherDimension.id] })).toThrow(expect.objectContaining({ reason: 'room.mergeOtherDimension' }) as Error);
  });

  it('accepts a proposal as one step: a program with the next free code; undo takes the program back and the proposal is new again', () => {
    const w = room();
    const accept = cmd({ type: 'acceptProposal', proposalId: 'usul-a', programId: 'prog-usul-a', leadOpdId: first(w.opds).id });
    const after = applyNewCommand(w, accept, LATER);
    const made = after.programs.find((p) => p.id === 'prog-usul-a');
    const element = first(dimA.elements);
    const prefix = `${dimA.code}-${element.code}-`;
    const highest = Math.max(0, ...w.programs.filter((p) => p.code.startsWith(prefix)).map((p) => Number(p.code.slice(prefix.length))));
    expect(made).toMatchObject({ name: 'Usulan usul-a', dimensionId: dimA.id, elementId: element.id, code: `${prefix}${String(highest + 1).padStart(2, '0')}`, leadOpdId: first(w.opds).id });
    expect(after.proposals.find((p) => p.id === 'usul-a')).toMatchObject({ status: 'diterima', programId: 'prog-usul-a' });
    expect(() => applyNewCommand(after, cmd({ type: 'declineProposal', proposalId: 'usul-a', reason: 'x' }), LATER)).toThrow(expect.objectContaining({ reason: 'room.proposalDecided' }) as Error);
    const back = applyCommand(after, cmd(invertCommand(w, accept)), LATER);
    expect(back.programs).toEqual(w.programs);
    expect(back.proposals).toEqual(w.proposals);
  });

  it('a proposal without an element needs one to be accepted; merging adds its issues to the program', () => {
    let w = run(room(), { type: 'upsertProposal', item: proposal('usul-2', groupA, dimA.id, { issueIds: [first(demo.issues).id] }) });
    expect(() => run(w, { type: 'acceptProposal', proposalId: 'usul-2', programId: 'p2' })).toThrow(expect.objectContaining({ reason: 'room.proposalNeedsElement' }) as Error);
    const target = w.programs.find((p) => !p.issueIds.includes(first(demo.issues).id));
    if (!target) throw new Error('no program without that issue');
    w = run(w, { type: 'mergeProposal', proposalId: 'usul-2', programId: target.id });
    expect(w.programs.find((p) => p.id === target.id)?.issueIds).toContain(first(demo.issues).id);
    expect(w.proposals.find((p) => p.id === 'usul-2')).toMatchObject({ status: 'digabung', programId: target.id });
  });
});
