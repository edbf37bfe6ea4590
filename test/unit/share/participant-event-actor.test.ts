import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { participantEvent } from '../../../electron/services/share/live-events';
import type { FeedEvent } from '../../../electron/services/share/live-feed';

/*
 * A card another group wrote reaches an OPD's phone as context, but who wrote it stays with the
 * facilitator: a participant is told the writer only when it is the facilitator or their own OPD or group.
 */

const card: Command = { type: 'upsertIssue', item: { id: 'isu-1', dimensionId: 'dim-1', kind: 'permasalahan', text: 'Sinyal lemah di desa', rpjmdIssue: '', groupId: 'kelompok-dim-1' } } as Command;
const inverse: Command = { type: 'removeIssue', id: 'isu-1' } as Command;
const applied = (actor: Extract<FeedEvent, { type: 'applied' }>['actor']): FeedEvent => ({ type: 'applied', workshopId: 'ws', revision: 7, at: '2026-12-06T08:00:00.000Z', actor, kind: 'do', command: card, inverse });

const groupAudience = (groupId: string) => ({ kind: 'group' as const, group: { groupId, dimensionId: 'dim-1', shareAcrossGroups: false } });

describe('who made a change, as a participant is told', () => {
  it("an OPD's phone gets another group's card without its writer's name", () => {
    const event = participantEvent(applied({ name: 'Peserta 75', opdId: null, groupId: 'kelompok-dim-1' }), { kind: 'opd', opdId: 'opd-dinkes' });
    expect(event.data['command']).toEqual(card);
    expect(event.data).not.toHaveProperty('actor');
    expect(JSON.stringify(event)).not.toContain('Peserta 75');
  });

  it('a member of the same group is told who of them wrote it', () => {
    const event = participantEvent(applied({ name: 'Peserta 75', opdId: null, groupId: 'kelompok-dim-1' }), groupAudience('kelompok-dim-1'));
    expect(event.data['actor']).toMatchObject({ name: 'Peserta 75' });
  });

  it("the facilitator's change names the facilitator; another OPD's participant stays unnamed", () => {
    expect(participantEvent(applied({ name: 'Fasilitator', opdId: null }), { kind: 'opd', opdId: 'opd-dinkes' }).data['actor']).toMatchObject({ name: 'Fasilitator' });
    const fromOtherOpd = participantEvent(applied({ name: 'Budi', opdId: 'opd-bappeda' }), { kind: 'opd', opdId: 'opd-dinkes' });
    expect(fromOtherOpd.data).not.toHaveProperty('actor');
    expect(participantEvent(applied({ name: 'Budi', opdId: 'opd-bappeda' }), { kind: 'opd', opdId: 'opd-bappeda' }).data['actor']).toMatchObject({ name: 'Budi' });
  });
});
