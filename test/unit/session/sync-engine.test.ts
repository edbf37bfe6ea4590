import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../shared/commands';
import { ApiError } from '../../../renderer/src/api/api-error';
import { SyncDriver, type SyncTransport } from '../../../renderer/src/session/sync-driver';
import { initialSyncState, keepMine, run, type HeldConflict, type SyncEvent } from '../../../renderer/src/session/sync-engine';
import type { PendingWrite } from '../../../renderer/src/session/pending-queue';

/*
 * The facilitator's window keeps typing while another window, a participant or a dropped connection
 * gets in the way: the engine never drops what was typed.
 */

const kecamatan = (n: number): Command => ({ type: 'setRegionProfile', patch: { kecamatanCount: n } });
const provinsi = (name: string): Command => ({ type: 'setRegionProfile', patch: { province: name } });
const edit = (command: Command): SyncEvent => ({ type: 'edit', write: { kind: 'apply', command } });

const program = { id: 'prog-1', code: 'SG-01', name: 'Satu Data', description: 'Awal' };
const conflictOnName: SyncEvent = {
  type: 'conflict',
  detail: { revision: 7, target: 'Program:prog-1', keys: ['Program:prog-1#name'], theirs: { ...program, name: 'Nama mereka', description: 'Deskripsi baru mereka' }, yours: { ...program, name: 'Nama saya' } },
};
const upsertMine = { type: 'upsertProgram', item: { ...program, name: 'Nama saya' } } as unknown as Command;

describe('sync engine (pure)', () => {
  const cases: { what: string; events: SyncEvent[]; queue: number; sends: number[]; conflicts: number; refreshes: number; waiting: string }[] = [
    { what: 'an edit before the workshop is loaded waits, then goes with the loaded revision', events: [edit(kecamatan(34)), { type: 'loaded', revision: 3 }], queue: 1, sends: [3], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'two edits go one at a time, the second on the first one’s revision', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), edit(provinsi('Jawa Tengah')), { type: 'acked', revision: 5 }], queue: 1, sends: [3, 5], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'acknowledged edits leave the queue', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), { type: 'acked', revision: 4 }], queue: 0, sends: [3], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'a base the store no longer knows keeps every edit and loads again, then sends them', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), edit(provinsi('Bali')), { type: 'stale' }, { type: 'loaded', revision: 9 }], queue: 2, sends: [3, 9], conflicts: 0, refreshes: 1, waiting: 'none' },
    { what: 'a true conflict holds the edit with both versions and the rest goes on after the reload', events: [{ type: 'loaded', revision: 3 }, edit(upsertMine), edit(kecamatan(34)), conflictOnName, { type: 'loaded', revision: 7 }], queue: 1, sends: [3, 7], conflicts: 1, refreshes: 1, waiting: 'none' },
    { what: 'a dropped connection keeps the edit and waits to retry', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), { type: 'failed' }], queue: 1, sends: [3], conflicts: 0, refreshes: 0, waiting: 'retry' },
    { what: 'the retry sends it again', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), { type: 'failed' }, { type: 'retry' }], queue: 1, sends: [3, 3], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'a live update from elsewhere moves the base on while nothing is on the way', events: [{ type: 'loaded', revision: 3 }, { type: 'live', revision: 4 }, edit(kecamatan(34))], queue: 1, sends: [4], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'a live update while a write is on the way waits for its answer', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), { type: 'live', revision: 4 }, { type: 'acked', revision: 5 }, edit(provinsi('Bali'))], queue: 1, sends: [3, 5], conflicts: 0, refreshes: 0, waiting: 'none' },
    { what: 'a write a workshop rule refuses leaves the queue (the user is told) and the next goes', events: [{ type: 'loaded', revision: 3 }, edit(kecamatan(34)), edit(provinsi('Bali')), { type: 'refused' }], queue: 1, sends: [3, 3], conflicts: 0, refreshes: 0, waiting: 'none' },
  ];

  it.each(cases)('$what', ({ events, queue, sends, conflicts, refreshes, waiting }) => {
    const { state, effects } = run(initialSyncState, events);
    expect(state.queue).toHaveLength(queue);
    expect(effects.flatMap((e) => (e.type === 'send' ? [e.baseRevision] : []))).toEqual(sends);
    expect(state.conflicts).toHaveLength(conflicts);
    expect(effects.filter((e) => e.type === 'refresh')).toHaveLength(refreshes);
    expect(state.waiting).toBe(waiting);
  });

  it('shows both versions of a held conflict; "take theirs" drops mine, "keep mine" sends my field over theirs', () => {
    const held = run(initialSyncState, [{ type: 'loaded', revision: 3 }, edit(upsertMine), conflictOnName, { type: 'loaded', revision: 7 }]).state;
    const [conflict] = held.conflicts;
    expect(conflict).toMatchObject({ keys: ['Program:prog-1#name'], theirs: { name: 'Nama mereka' }, yours: { name: 'Nama saya' } });

    const theirs = run(held, [{ type: 'resolve', id: conflict!.id, choice: 'theirs' }]);
    expect(theirs.state.conflicts).toEqual([]);
    expect(theirs.effects).toEqual([]);

    const mine = run(held, [{ type: 'resolve', id: conflict!.id, choice: 'mine' }]);
    expect(mine.state.conflicts).toEqual([]);
    const [send] = mine.effects;
    expect(send).toMatchObject({ type: 'send', baseRevision: 7 });
    // My name over their newer description: nothing of theirs is lost either.
    expect(send?.type === 'send' && send.write.kind === 'apply' && send.write.command).toMatchObject({ item: { name: 'Nama saya', description: 'Deskripsi baru mereka' } });
  });

  it('keeps a patched part’s command as it is when resolving with mine', () => {
    const conflict: HeldConflict = { id: 1, command: kecamatan(34), revision: 5, target: 'region', keys: ['region#kecamatanCount'], theirs: { kecamatanCount: 35 }, yours: { kecamatanCount: 34 } };
    expect(keepMine(conflict)).toEqual(kecamatan(34));
  });
});

describe('sync driver on a fake store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A store at revision `revision` that another window writes to in between; answers as the real one does. */
  const fakeStore = (script: ((write: PendingWrite, base: number) => { revision: number } | Error)[]) => {
    const sent: { write: PendingWrite; base: number }[] = [];
    let revision = 10;
    const transport: SyncTransport = {
      send: async (write, base) => {
        sent.push({ write, base });
        const answer = script.shift()?.(write, base) ?? { revision: ++revision };
        if (answer instanceof ApiError && typeof answer.detail === 'object' && answer.detail !== null && 'revision' in answer.detail) revision = Number(answer.detail.revision);
        if (answer instanceof Error) throw answer;
        revision = answer.revision;
        return answer;
      },
      reload: async () => ({ revision }),
    };
    return { transport, sent };
  };

  it('retries after a dropped connection (2 s later) and nothing typed is lost', async () => {
    const store = fakeStore([() => new ApiError('network', 'Tidak dapat terhubung')]);
    const driver = new SyncDriver(store.transport);
    driver.dispatch({ type: 'loaded', revision: 10 });
    driver.dispatch(edit(kecamatan(34)));
    await vi.advanceTimersByTimeAsync(0);
    expect(driver.state).toMatchObject({ waiting: 'retry', queue: [{ write: { command: kecamatan(34) } }] });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(store.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.sent).toHaveLength(2);
    expect(driver.state.queue).toEqual([]);
  });

  it('holds a conflict from a 409 with both versions, reloads, and sends the next edit on the new revision', async () => {
    const conflict = new ApiError('conflict', 'Orang lain sudah mengubah', 'baseRevision', 'edit.conflict');
    conflict.detail = { revision: 12, target: 'Program:prog-1', keys: ['Program:prog-1#name'], item: { ...program, name: 'Nama mereka' }, yours: { ...program, name: 'Nama saya' } };
    const store = fakeStore([() => conflict, () => ({ revision: 13 })]);
    const driver = new SyncDriver(store.transport);
    driver.dispatch({ type: 'loaded', revision: 10 });
    driver.dispatch(edit(upsertMine));
    driver.dispatch(edit(kecamatan(34)));
    await vi.advanceTimersByTimeAsync(0);
    expect(driver.state.conflicts).toMatchObject([{ keys: ['Program:prog-1#name'], theirs: { name: 'Nama mereka' }, yours: { name: 'Nama saya' } }]);
    expect(store.sent.map((s) => s.base)).toEqual([10, 12]);
    expect(driver.state.queue).toEqual([]);
  });
});
