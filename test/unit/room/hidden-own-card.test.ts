import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../../shared/commands';
import { RELOAD, commandForGroup, groupAudience, groupView } from '../../../shared/handoff';
import { apply, demo, dimA, groupA, groupB } from './group-fixtures';

/*
 * A card the facilitator hides (issue 12, the Bimtek walkthrough): it used to vanish from its
 * group's phone without a word, so the group typed it again. Its own group still sees it, marked
 * hidden; no other group sees it, nor the facilitator's hidden cards, with or without sharing.
 */

const seeded = [
  { type: 'upsertSwotItem', item: { id: 'kartu-a', dimensionId: dimA.id, quadrant: 'W', text: 'Jaringan desa lemah', groupId: groupA } },
  { type: 'upsertSwotItem', item: { id: 'kartu-a-tampil', dimensionId: dimA.id, quadrant: 'S', text: 'SDM TIK cukup', groupId: groupA } },
  { type: 'upsertIssue', item: { id: 'isu-fasilitator', dimensionId: dimA.id, kind: 'permasalahan', text: 'Catatan fasilitator' } },
  { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true },
  { type: 'hideCard', card: 'issue', id: 'isu-fasilitator', hidden: true },
].reduce(apply, demo);

describe('a hidden card on its group’s phone', () => {
  it('its own group still sees it, marked hidden', () => {
    const view = groupView(seeded, groupA);
    expect(view.swotItems.find((s) => s.id === 'kartu-a')).toMatchObject({ text: 'Jaringan desa lemah', hidden: true });
    expect(view.swotItems.find((s) => s.id === 'kartu-a-tampil')?.hidden).not.toBe(true);
  });

  it('no other group sees it, even with sharing across groups; nobody sees the facilitator’s hidden card', () => {
    expect(groupView(seeded, groupB).swotItems.some((s) => s.id === 'kartu-a')).toBe(false);
    const shared = apply(seeded, { type: 'setRoomSharing', shareAcrossGroups: true });
    expect(groupView(shared, groupB).swotItems.some((s) => s.id === 'kartu-a')).toBe(false);
    expect(groupView(shared, groupB).swotItems.some((s) => s.id === 'kartu-a-tampil')).toBe(true);
    for (const g of [groupA, groupB]) expect(groupView(shared, g).issues.some((i) => i.id === 'isu-fasilitator')).toBe(false);
  });

  it('hiding reloads the group’s view; an edit of the hidden card by the facilitator reaches only its group', () => {
    const hide = CommandSchema.parse({ type: 'hideCard', card: 'swotItem', id: 'kartu-a-tampil', hidden: true });
    expect(commandForGroup(hide, hide, groupAudience(seeded, groupA))).toBe(RELOAD);
    const item = seeded.swotItems.find((s) => s.id === 'kartu-a');
    if (!item) throw new Error('no card');
    const edit = CommandSchema.parse({ type: 'upsertSwotItem', item: { ...item, text: 'Jaringan desa lemah (dirapikan)' } });
    const inverse = CommandSchema.parse({ type: 'upsertSwotItem', item });
    expect(commandForGroup(edit, inverse, groupAudience(seeded, groupA))).toEqual(edit);
    expect(commandForGroup(edit, inverse, groupAudience(seeded, groupB))).toBeNull();
  });
});
