import { describe, expect, it } from 'vitest';
import { groupView } from '../../../shared/handoff';
import { apply, demo, dimA, dimB, groupA, groupB } from './group-fixtures';

/*
 * A group's view holds, of the program matrix, only the programs its own proposals became or were
 * merged into: its phone names their codes ("Diterima … dengan kode …"), nothing more of the matrix.
 */

const elementA = dimA.elements[0]?.id ?? '';
const elementB = dimB.elements[0]?.id ?? '';
const otherProgram = demo.programs.find((p) => p.dimensionId === dimA.id);

const seeded = [
  { type: 'upsertProposal', item: { id: 'usul-a', groupId: groupA, dimensionId: dimA.id, elementId: elementA, name: 'Usulan A' } },
  { type: 'upsertProposal', item: { id: 'usul-a2', groupId: groupA, dimensionId: dimA.id, name: 'Usulan A2' } },
  { type: 'upsertProposal', item: { id: 'usul-b', groupId: groupB, dimensionId: dimB.id, elementId: elementB, name: 'Usulan B' } },
  { type: 'acceptProposal', proposalId: 'usul-a', programId: 'prog-usul-a' },
  { type: 'acceptProposal', proposalId: 'usul-b', programId: 'prog-usul-b' },
].reduce(apply, demo);

describe("a group's view of the programs", () => {
  it('is empty until a proposal of the group is decided into a program', () => {
    expect(groupView(demo, groupA).programs).toEqual([]);
  });

  it('holds the program its accepted proposal became, and not another group\'s', () => {
    const view = groupView(seeded, groupA);
    expect(view.programs.map((p) => p.id)).toEqual(['prog-usul-a']);
    expect(view.programs[0]?.code).toBe(seeded.programs.find((p) => p.id === 'prog-usul-a')?.code);
    expect(groupView(seeded, groupB).programs.map((p) => p.id)).toEqual(['prog-usul-b']);
  });

  it('holds the program a proposal was merged into', () => {
    if (!otherProgram) throw new Error('the demo needs a program in the first dimension');
    const merged = apply(seeded, { type: 'mergeProposal', proposalId: 'usul-a2', programId: otherProgram.id });
    expect(groupView(merged, groupA).programs.map((p) => p.id).sort()).toEqual(['prog-usul-a', otherProgram.id].sort());
    expect(groupView(merged, groupB).programs.map((p) => p.id)).toEqual(['prog-usul-b']);
  });
});
