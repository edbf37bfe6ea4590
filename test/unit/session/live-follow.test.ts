import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { planLiveChange, readLiveChange, settleHeldChanges, type LiveChange } from '../../../renderer/src/session/live-follow';

const WORKSHOP = 'ws-malang';
const rename: Command = { type: 'renameWorkshop', title: 'Bimtek Kabupaten Malang' };
const applied = (revision: number, command: Command | null = rename): LiveChange => ({ kind: 'applied', revision, at: '2025-05-01T02:00:00.000Z', command });

describe('reading a live event of the open workshop', () => {
  it('an acknowledged command from a participant becomes a change at its revision', () => {
    const change = readLiveChange(
      { event: 'applied', id: 8, data: { workshopId: WORKSHOP, revision: 8, at: '2025-05-01T02:00:00.000Z', actor: { name: 'Sari', opdId: 'diskominfo' }, kind: 'do', command: rename } },
      WORKSHOP,
    );
    expect(change).toEqual(applied(8));
  });

  it("another OPD's edit seen by a participant only moves the revision on", () => {
    expect(readLiveChange({ event: 'applied', data: { workshopId: WORKSHOP, revision: 9, at: 'x', command: null } }, WORKSHOP)).toEqual({ kind: 'applied', revision: 9, at: 'x', command: null });
  });

  it('a restore or a merge asks for the workshop to be loaded again', () => {
    expect(readLiveChange({ event: 'reload', data: { workshopId: WORKSHOP, revision: 12 } }, WORKSHOP)).toEqual({ kind: 'reload', revision: 12 });
  });

  it('a command this version cannot read asks for a reload rather than being skipped', () => {
    expect(readLiveChange({ event: 'applied', data: { workshopId: WORKSHOP, revision: 9, command: { type: 'fromTheFuture' } } }, WORKSHOP)).toEqual({ kind: 'reload', revision: 9 });
  });

  it('events of another workshop, the stream opening, and damaged data are not changes', () => {
    expect(readLiveChange({ event: 'applied', data: { workshopId: 'ws-lain', revision: 9, command: rename } }, WORKSHOP)).toBeNull();
    expect(readLiveChange({ event: 'ready', data: { workshopId: WORKSHOP, role: 'facilitator' } }, WORKSHOP)).toBeNull();
    expect(readLiveChange({ event: 'applied', data: { workshopId: WORKSHOP, revision: 'sembilan' } }, WORKSHOP)).toBeNull();
    expect(readLiveChange({ event: 'ended', data: { reason: 'ended' } }, WORKSHOP)).toBeNull();
  });
});

describe('planning a change from elsewhere', () => {
  it('exactly the next revision is applied', () => {
    expect(planLiveChange(applied(6), { confirmedRevision: 5, busy: false })).toBe('apply');
  });

  it('the echo of a command the session already has is ignored, so nothing is applied twice', () => {
    expect(planLiveChange(applied(5), { confirmedRevision: 5, busy: false })).toBe('ignore');
    expect(planLiveChange(applied(3), { confirmedRevision: 5, busy: true })).toBe('ignore');
  });

  it('while its own write is on the way, a newer change may be that write: it waits for the answer', () => {
    expect(planLiveChange(applied(6), { confirmedRevision: 5, busy: true })).toBe('hold');
  });

  it('a skipped revision means events were missed: the workshop is loaded again', () => {
    expect(planLiveChange(applied(8), { confirmedRevision: 5, busy: false })).toBe('reload');
    expect(planLiveChange({ kind: 'reload', revision: 5 }, { confirmedRevision: 5, busy: false })).toBe('reload');
  });
});

describe('sorting the changes held while the own write was on the way', () => {
  it("the facilitator's own write is the next revision: its echo is dropped and later changes wait their turn", () => {
    const settled = settleHeldChanges([applied(7), applied(6)], 5, 6);
    expect(settled).toEqual({ before: [], after: [applied(7)], gap: false });
  });

  it("a participant's write lands after colleagues' saves: those come first, in order", () => {
    const settled = settleHeldChanges([applied(8, null), applied(6), applied(7), applied(9)], 5, 8);
    expect(settled.before.map((c) => c.revision)).toEqual([6, 7]);
    expect(settled.after.map((c) => c.revision)).toEqual([9]);
    expect(settled.gap).toBe(false);
  });

  it('when a change before the own write has not arrived yet, the session must load again', () => {
    expect(settleHeldChanges([applied(7)], 5, 8).gap).toBe(true);
    expect(settleHeldChanges([], 5, 7).gap).toBe(true);
  });

  it('a reload among the held changes asks for loading again', () => {
    expect(settleHeldChanges([{ kind: 'reload', revision: 6 }], 5, 6).gap).toBe(true);
  });

  it('a change the same revision twice (reconnect) counts once', () => {
    expect(settleHeldChanges([applied(6), applied(6), applied(7)], 5, 7)).toEqual({ before: [applied(6)], after: [], gap: false });
  });
});
