import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import type { Applied, OpenedWorkshop } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import { ApiError } from '../../../renderer/src/api/api-error';
import { canRedo, canUndo, createSyncState, initialSyncState, keepMine, run, type HeldConflict, type SyncEffect, type SyncEvent, type SyncState } from '../../../renderer/src/session/sync-engine';
import { LATER, aProgram, emptyWorkshop } from '../logic/workshop-fixtures';

/*
 * The facilitator's window keeps typing while another window, a participant or a dropped connection
 * gets in the way: the pure engine never drops what was typed. Real workshops, real commands.
 */

const kecamatan = (n: number): Command => ({ type: 'setRegionProfile', patch: { kecamatanCount: n } });
const provinsi = (name: string): Command => ({ type: 'setRegionProfile', patch: { province: name } });
const edit = (command: Command): SyncEvent => ({ type: 'edit', write: { kind: 'apply', command } });

/** The workshop at `revision` (the store's copy), with one program in it. */
const at = (revision: number, changes: Command[] = []): Workshop => {
  let w: Workshop = { ...emptyWorkshop(), programs: [aProgram({ id: 'prog-1', name: 'Satu Data' })] };
  for (const c of changes) w = applyCommand(w, c, LATER);
  return { ...w, revision };
};
const loaded = (workshop: Workshop, extra: Partial<OpenedWorkshop> = {}): SyncEvent => ({ type: 'loaded', opened: { workshop, readOnly: false, notices: [], canUndo: false, canRedo: false, ...extra } });
const acked = (revision: number, applied: Command, more: Partial<Applied> = {}): SyncEvent => ({ type: 'acked', result: { revision, applied, canUndo: true, canRedo: false, ...more }, at: LATER });
const live = (revision: number, command: Command | null): SyncEvent => ({ type: 'live', change: { kind: 'applied', revision, at: LATER, command } });

const upsertMine: Command = { type: 'upsertProgram', item: aProgram({ id: 'prog-1', name: 'Nama saya' }) };
const conflictOnName: SyncEvent = {
  type: 'conflict',
  error: new ApiError('conflict', 'Orang lain sudah mengubah', 'baseRevision', 'edit.conflict'),
  detail: {
    revision: 7,
    target: 'Program:prog-1',
    keys: ['Program:prog-1#name'],
    theirs: aProgram({ id: 'prog-1', name: 'Nama mereka', description: 'Deskripsi baru mereka' }),
    yours: aProgram({ id: 'prog-1', name: 'Nama saya' }),
  },
};

const sends = (effects: SyncEffect[]) => effects.flatMap((e) => (e.type === 'send' ? [e.baseRevision] : []));
const loads = (effects: SyncEffect[]) => effects.filter((e) => e.type === 'load').length;
const sentCommands = (effects: SyncEffect[]) => effects.flatMap((e) => (e.type === 'send' && e.write.kind === 'apply' ? [e.write.command] : []));

describe('sync engine (pure)', () => {
  const cases: { what: string; events: SyncEvent[]; queue: number; sends: number[]; conflicts: number; loads: number; confirmed: number | null; waiting?: 'retry' }[] = [
    { what: 'the first load is asked for, and an edit made meanwhile goes with the loaded revision', events: [{ type: 'load' }, edit(kecamatan(34)), loaded(at(3))], queue: 1, sends: [3], conflicts: 0, loads: 1, confirmed: 3 },
    { what: 'two edits go one at a time, in order, the second on the first one’s revision', events: [loaded(at(3)), edit(kecamatan(34)), edit(provinsi('Jawa Tengah')), acked(4, kecamatan(34))], queue: 1, sends: [3, 4], conflicts: 0, loads: 0, confirmed: 4 },
    { what: 'an acknowledged edit leaves the queue and moves the confirmed copy on', events: [loaded(at(3)), edit(kecamatan(34)), acked(4, kecamatan(34))], queue: 0, sends: [3], conflicts: 0, loads: 0, confirmed: 4 },
    { what: 'a base the store no longer knows keeps every edit, loads again, then sends them on top', events: [loaded(at(3)), edit(kecamatan(34)), edit(provinsi('Bali')), { type: 'stale', error: new ApiError('stale_revision', 'lama') }, loaded(at(9))], queue: 2, sends: [3, 9], conflicts: 0, loads: 1, confirmed: 9 },
    { what: 'a true conflict holds the edit with both versions, loads again, and the rest goes on', events: [loaded(at(3)), edit(upsertMine), edit(kecamatan(34)), conflictOnName, loaded(at(7))], queue: 1, sends: [3, 7], conflicts: 1, loads: 1, confirmed: 7 },
    { what: 'a dropped connection keeps the edit and waits to retry', events: [loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }], queue: 1, sends: [3], conflicts: 0, loads: 0, confirmed: 3, waiting: 'retry' },
    { what: 'the retry sends the same edit again', events: [loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }, { type: 'retry' }], queue: 1, sends: [3, 3], conflicts: 0, loads: 0, confirmed: 3 },
    { what: 'a live change from elsewhere moves the base on while nothing is on the way', events: [loaded(at(3)), live(4, provinsi('Bali')), edit(kecamatan(34))], queue: 1, sends: [4], conflicts: 0, loads: 0, confirmed: 4 },
    { what: 'a live change while a write is on the way waits for its answer, then comes first', events: [loaded(at(3)), edit(kecamatan(34)), live(4, provinsi('Bali')), acked(5, kecamatan(34)), edit(provinsi('NTB'))], queue: 1, sends: [3, 5], conflicts: 0, loads: 0, confirmed: 5 },
    { what: 'the echo of our own write is never applied twice', events: [loaded(at(3)), edit(kecamatan(34)), live(4, kecamatan(34)), acked(4, kecamatan(34)), live(4, kecamatan(34))], queue: 0, sends: [3], conflicts: 0, loads: 0, confirmed: 4 },
    { what: 'a skipped revision loads again, keeping the queue', events: [{ type: 'follow' }, loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }, live(5, provinsi('Bali'))], queue: 1, sends: [3], conflicts: 0, loads: 1, confirmed: 3, waiting: 'retry' },
    { what: 'a load clears a failure: the connection works, the queue goes at once', events: [{ type: 'follow' }, loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }, live(5, provinsi('Bali')), loaded(at(5))], queue: 1, sends: [3, 5], conflicts: 0, loads: 1, confirmed: 5 },
    { what: 'a write a workshop rule refuses leaves the queue (the user is told) and the next goes', events: [loaded(at(3)), edit(kecamatan(34)), edit(provinsi('Bali')), { type: 'refused', error: new ApiError('invalid_input', 'tidak boleh') }], queue: 1, sends: [3, 3], conflicts: 0, loads: 0, confirmed: 3 },
    { what: 'a load asked for while a write is on the way waits for its answer', events: [loaded(at(3)), edit(kecamatan(34)), { type: 'load' }, acked(4, kecamatan(34))], queue: 0, sends: [3], conflicts: 0, loads: 1, confirmed: 4 },
  ];

  it.each(cases)('$what', ({ events, queue, sends: sent, conflicts, loads: loadCount, confirmed, waiting }) => {
    const { state, effects } = run(initialSyncState, events);
    expect(state.queue).toHaveLength(queue);
    expect(sends(effects)).toEqual(sent);
    expect(state.conflicts).toHaveLength(conflicts);
    expect(loads(effects)).toBe(loadCount);
    expect(state.confirmed?.revision ?? null).toBe(confirmed);
    expect(state.failure !== null ? 'retry' : undefined).toBe(waiting);
  });

  it('keeps the queue in the order typed through a stale base, a conflict and a lost connection', () => {
    const typed = [kecamatan(30), provinsi('A'), kecamatan(31), provinsi('B'), kecamatan(32)];
    const { state, effects } = run(initialSyncState, [
      loaded(at(3)),
      ...typed.map(edit),
      { type: 'failed', error: new ApiError('network', 'putus') },
      { type: 'retry' },
      { type: 'stale', error: new ApiError('stale_revision', 'lama') },
      loaded(at(8)),
      acked(9, typed[0]!),
    ]);
    expect(state.queue.map((q) => (q.write.kind === 'apply' ? q.write.command : null))).toEqual(typed.slice(1));
    expect(sentCommands(effects)).toEqual([typed[0], typed[0], typed[0], typed[1]]);
    expect(sends(effects)).toEqual([3, 3, 8, 9]);
  });

  it('applies the changes committed before our write first, in order, and our own answer on top', () => {
    const { state } = run(initialSyncState, [{ type: 'follow' }, loaded(at(3)), edit(kecamatan(34)), live(5, kecamatan(99)), live(4, provinsi('Bali')), acked(6, kecamatan(34))]);
    expect(state.confirmed).toMatchObject({ revision: 6, region: { province: 'Bali', kecamatanCount: 34 } });
    expect(state.held).toEqual([]);
    expect(state.reloadWanted || state.loading).toBe(false);
  });

  it('live changes advance the confirmed revision while edits wait behind a failure, and the next send uses the newest', () => {
    const { state, effects } = run(initialSyncState, [
      { type: 'follow' },
      loaded(at(3)),
      edit(kecamatan(34)),
      edit(provinsi('Bali')),
      { type: 'failed', error: new ApiError('network', 'putus') },
      live(4, { type: 'renameWorkshop', title: 'Dari jendela lain' }),
      live(5, null),
      { type: 'retry' },
    ]);
    expect(state.confirmed).toMatchObject({ revision: 5, title: 'Dari jendela lain' });
    expect(state.queue).toHaveLength(2);
    expect(sends(effects)).toEqual([3, 5]);
  });

  it('a stream that opens again loads again (it may have missed changes), keeping the queue', () => {
    const { state, effects } = run(initialSyncState, [{ type: 'follow' }, { type: 'streamReady' }, loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }, { type: 'streamReady' }]);
    expect(loads(effects)).toBe(1);
    expect(state.queue).toHaveLength(1);
  });

  it('a load that fails keeps what is shown and waits to retry; the retry loads again', () => {
    const failed = run(initialSyncState, [loaded(at(3)), edit(kecamatan(34)), { type: 'failed', error: new ApiError('network', 'putus') }, { type: 'load' }, { type: 'loadFailed', error: new ApiError('network', 'putus') }]);
    expect(failed.state).toMatchObject({ failure: { recovery: 'reload' }, confirmed: { revision: 3 } });
    expect(failed.effects.filter((e) => e.type === 'retryLater')).toHaveLength(2);
    const retried = run(failed.state, [{ type: 'retry' }, loaded(at(4))]);
    expect(loads(retried.effects)).toBe(1);
    expect(sends(retried.effects)).toEqual([4]);
  });

  it('the first load failing leaves nothing to show and no timer; asking again loads again', () => {
    const failed = run(initialSyncState, [{ type: 'load' }, { type: 'loadFailed', error: new ApiError('not_found', 'tidak ada') }]);
    expect(failed.state.loadError?.code).toBe('not_found');
    expect(failed.effects.map((e) => e.type)).toEqual(['load']);
    const again = run(failed.state, [{ type: 'load' }]);
    expect(again.state.loadError).toBeNull();
    expect(loads(again.effects)).toBe(1);
  });

  it('a read-only refusal keeps every queued edit and sends nothing more', () => {
    const { state, effects } = run(initialSyncState, [loaded(at(3)), edit(kecamatan(34)), edit(provinsi('Bali')), { type: 'refused', error: new ApiError('read_only', 'hanya baca') }, loaded(at(3), { readOnly: true })]);
    expect(state.queue).toHaveLength(2);
    expect(sends(effects)).toEqual([3]);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'notify', context: 'notSaved' }));
  });

  it('shows both versions of a held conflict; "take theirs" drops mine, "keep mine" sends my field over theirs', () => {
    const held = run(initialSyncState, [loaded(at(3)), edit(upsertMine), conflictOnName, loaded(at(7))]).state;
    const [conflict] = held.conflicts;
    expect(conflict).toMatchObject({ keys: ['Program:prog-1#name'], theirs: { name: 'Nama mereka' }, yours: { name: 'Nama saya' }, command: upsertMine });

    // The very edit committed again (a field losing focus to the dialog) is not queued twice.
    expect(run(held, [edit(upsertMine)]).state.queue).toHaveLength(0);

    const theirs = run(held, [{ type: 'resolve', id: conflict!.id, choice: 'theirs' }]);
    expect(theirs.state.conflicts).toEqual([]);
    expect(theirs.effects).toEqual([]);

    const mine = run(held, [{ type: 'resolve', id: conflict!.id, choice: 'mine' }]);
    expect(mine.state.conflicts).toEqual([]);
    expect(sends(mine.effects)).toEqual([7]);
    // My name over their newer description: nothing of theirs is lost either.
    expect(sentCommands(mine.effects)[0]).toMatchObject({ item: { name: 'Nama saya', description: 'Deskripsi baru mereka' } });
  });

  it('keeps a patched part’s command as it is when resolving with mine', () => {
    const conflict: HeldConflict = { id: 1, command: kecamatan(34), revision: 5, target: 'region', keys: ['region#kecamatanCount'], theirs: { kecamatanCount: 35 }, yours: { kecamatanCount: 34 } };
    expect(keepMine(conflict)).toEqual(kecamatan(34));
  });

  it('participants: a stale write and the later edits of the same item are set aside for merging, the rest is kept', () => {
    const section = { id: 'sec-1' };
    const first = { type: 'upsertSection', item: { ...section, text: 1 } } as unknown as Command;
    const second = { type: 'upsertSection', item: { ...section, text: 2 } } as unknown as Command;
    const { state, effects } = run(createSyncState({ setAsideStale: true }), [loaded(at(3)), edit(first), edit(kecamatan(34)), edit(second), { type: 'stale', error: new ApiError('stale_revision', 'lama') }, loaded(at(6))]);
    expect(state.queue.map((q) => q.write.kind === 'apply' && q.write.command)).toEqual([kecamatan(34)]);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'staleWrite', stale: expect.objectContaining({ command: second }) }));
  });

  it('undo and redo wait for the store, say what they applied, and keep the offers honest', () => {
    const start: SyncState = run(initialSyncState, [loaded(at(3), { canUndo: true })]).state;
    expect(canUndo(start)).toBe(true);
    expect(canRedo(start)).toBe(false);
    const undone = run(start, [{ type: 'edit', write: { kind: 'undo' } }]);
    expect(canRedo(undone.state)).toBe(true);
    const answered = run(undone.state, [acked(4, provinsi('Lama'), { canUndo: false, canRedo: true })]);
    expect(answered.effects).toContainEqual(expect.objectContaining({ type: 'undoRedo', step: expect.objectContaining({ kind: 'undo', applied: provinsi('Lama') }) }));
    expect(answered.state.confirmed).toMatchObject({ revision: 4, region: { province: 'Lama' } });
    expect(canUndo(answered.state)).toBe(false);
    // Nothing to redo after all: the store says so, the offer goes.
    const redo = run(answered.state, [{ type: 'edit', write: { kind: 'redo' } }, { type: 'refused', error: new ApiError('nothing_to_redo', 'tidak ada') }]);
    expect(redo.state.queue).toEqual([]);
    expect(canRedo(redo.state)).toBe(false);
  });

  it('an undo that restored a snapshot loads the whole workshop again', () => {
    const { effects } = run(initialSyncState, [loaded(at(3), { canUndo: true }), { type: 'edit', write: { kind: 'undo' } }, { type: 'acked', result: { revision: 4, applied: { type: 'restoreSnapshot', snapshotId: 's1' }, canUndo: true, canRedo: true }, at: LATER }]);
    expect(loads(effects)).toBe(1);
  });
});
