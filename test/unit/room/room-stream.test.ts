import { describe, expect, it } from 'vitest';
import { CommandSchema, applyCommand, applyNewCommand, invertCommand, type Command } from '../../../shared/commands';
import { RELOAD, commandForGroup, commandForParticipant, groupAudience, groupView, participantView, roomCommandForOpd } from '../../../shared/handoff';
import type { Workshop } from '../../../shared/model';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

/*
 * What the room's commands look like from a group's and an OPD participant's view: the live stream
 * never carries another group's card or proposal, and what a view cannot follow arrives as a reload.
 */

const demo = demoWorkshop();
const [dimA, dimB] = demo.dimensionSet.dimensions;
if (!dimA || !dimB) throw new Error('the demo needs two dimensions');
const groupA = `kelompok-${dimA.id}`;
const groupB = `kelompok-${dimB.id}`;
const swot = (id: string, dimensionId: string, groupId: string | null, extra: object = {}) => ({ id, dimensionId, quadrant: 'S', text: `Kartu ${id}`, groupId, ...extra });

/** Applies a command as the store does and returns it with its inverse and the workshop after. */
const step = (w: Workshop, raw: unknown): { command: Command; inverse: Command; after: Workshop } => {
  const command = CommandSchema.parse(raw);
  return { command, inverse: CommandSchema.parse(invertCommand(w, command)), after: applyNewCommand(w, command, LATER) };
};

const seeded = [
  { type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupA) },
  { type: 'upsertSwotItem', item: swot('kartu-b', dimB.id, groupB) },
  { type: 'upsertSwotItem', item: swot('kartu-f', dimA.id, null) },
  { type: 'upsertProposal', item: { id: 'usul-a', groupId: groupA, dimensionId: dimA.id, name: 'Usulan A' } },
].reduce((w, c) => step(w, c).after, demo);

describe("a group's stream", () => {
  const audienceA = groupAudience(seeded, groupA);

  it('carries its own cards and the facilitator\'s of its dimension, never another group\'s', () => {
    expect(commandForGroup(step(seeded, { type: 'upsertSwotItem', item: swot('kartu-a2', dimA.id, groupA) }).command, step(seeded, { type: 'upsertSwotItem', item: swot('kartu-a2', dimA.id, groupA) }).inverse, audienceA)).toMatchObject({ type: 'upsertSwotItem' });
    const theirs = step(seeded, { type: 'upsertSwotItem', item: swot('kartu-b2', dimB.id, groupB) });
    expect(commandForGroup(theirs.command, theirs.inverse, audienceA)).toBeNull();
    const removed = step(seeded, { type: 'removeSwotItem', id: 'kartu-b' });
    expect(commandForGroup(removed.command, removed.inverse, audienceA)).toBeNull();
    const facilitator = step(seeded, { type: 'upsertSwotItem', item: swot('kartu-f', dimA.id, null, { text: 'Diubah' }) });
    expect(commandForGroup(facilitator.command, facilitator.inverse, audienceA)).toEqual(facilitator.command);
    // Moved to another group by the facilitator: it leaves A's view.
    const moved = step(seeded, { type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupB) });
    expect(commandForGroup(moved.command, moved.inverse, audienceA)).toEqual({ type: 'removeSwotItem', id: 'kartu-a' });
  });

  it('its own proposals only; a decision arrives as the proposal\'s new state; hiding, merging and sharing reload', () => {
    const decline = step(seeded, { type: 'declineProposal', proposalId: 'usul-a', reason: 'Sudah ada' });
    expect(commandForGroup(decline.command, decline.inverse, audienceA)).toMatchObject({ type: 'upsertProposal', item: { id: 'usul-a', status: 'ditolak', reason: 'Sudah ada' } });
    expect(commandForGroup(decline.command, decline.inverse, groupAudience(seeded, groupB))).toBeNull();
    const hide = step(seeded, { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true });
    expect(commandForGroup(hide.command, hide.inverse, audienceA)).toBe(RELOAD);
    const sharing = step(seeded, { type: 'setRoomSharing', shareAcrossGroups: true });
    expect(commandForGroup(sharing.command, sharing.inverse, audienceA)).toBe(RELOAD);
    const program = step(seeded, { type: 'upsertProgram', item: seeded.programs[0] });
    expect(commandForGroup(program.command, program.inverse, audienceA)).toBeNull();
  });

  it('applied to the group\'s view, what the stream carries gives the view of the workshop after', () => {
    let view = groupView(seeded, groupA);
    let w = seeded;
    for (const raw of [
      { type: 'upsertSwotItem', item: swot('kartu-a3', dimA.id, groupA) },
      { type: 'upsertSwotItem', item: swot('kartu-b3', dimB.id, groupB) },
      { type: 'removeSwotItem', id: 'kartu-a3' },
      { type: 'declineProposal', proposalId: 'usul-a', reason: 'Tidak' },
      { type: 'setGroupDone', groupId: groupA, worksheet: 'swot', done: true },
    ]) {
      const s = step(w, raw);
      const shown = commandForGroup(s.command, s.inverse, groupAudience(w, groupA));
      if (shown === RELOAD) throw new Error('unexpected reload');
      // Live changes are applied as the session applies them (the rules for new commands are the server's).
      if (shown) view = applyCommand(view, shown, LATER);
      w = s.after;
    }
    const expected = groupView(w, groupA);
    expect({ swot: view.swotItems, proposals: view.proposals, room: view.room }).toEqual({ swot: expected.swotItems, proposals: expected.proposals, room: expected.room });
  });
});

describe('a program removed from under a decided proposal', () => {
  it("reloads the group whose proposal it was, and no one else's", () => {
    const elementId = dimA.elements[0]?.id;
    if (!elementId) throw new Error('the demo dimension needs an element');
    const accepted = step(seeded, { type: 'acceptProposal', proposalId: 'usul-a', programId: 'prog-usul-a', elementId });
    const removed = step(accepted.after, { type: 'removeProgram', id: 'prog-usul-a', cascade: true });
    expect(removed.after.proposals.find((p) => p.id === 'usul-a')?.programId).toBeNull();
    expect(commandForGroup(removed.command, removed.inverse, groupAudience(removed.after, groupA))).toBe(RELOAD);
    expect(commandForGroup(removed.command, removed.inverse, groupAudience(removed.after, groupB))).toBeNull();
  });
});

describe("an OPD participant's stream", () => {
  it('drops hidden cards and every proposal; hiding reloads', () => {
    const hidden = step(seeded, { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true });
    expect(roomCommandForOpd(hidden.command, hidden.inverse, 'dpmptsp')).toBe(RELOAD);
    expect(participantView(hidden.after, 'dpmptsp').swotItems.some((s) => s.id === 'kartu-a')).toBe(false);
    const editHidden = step(hidden.after, { type: 'upsertSwotItem', item: swot('kartu-a', dimA.id, groupA, { hidden: true, text: 'Diam-diam' }) });
    expect(commandForParticipant(editHidden.command, editHidden.inverse, 'dpmptsp')).toBeNull();
    const proposal = step(seeded, { type: 'upsertProposal', item: { id: 'usul-x', groupId: groupB, dimensionId: dimB.id, name: 'X' } });
    expect(commandForParticipant(proposal.command, proposal.inverse, 'dpmptsp')).toBeNull();
    expect(participantView(proposal.after, 'dpmptsp').proposals).toEqual([]);
  });
});
