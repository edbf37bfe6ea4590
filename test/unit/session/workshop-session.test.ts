import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, invertCommand, type Command } from '../../../shared/commands';
import type { Applied, MethodName, OpenedWorkshop } from '../../../shared/contract';
import type { LiveEvent } from '../../../shared/contract/live';
import type { Workshop } from '../../../shared/model';
import { ApiError } from '../../../renderer/src/api/api-error';
import { buildApi } from '../../../renderer/src/api/build-api';
import type { SessionNotice } from '../../../renderer/src/session/save-state';
import { WorkshopSession, type LiveSource, type UndoRedoStep } from '../../../renderer/src/session/workshop-session';
import { LATER, aProgram, emptyWorkshop } from '../logic/workshop-fixtures';

/*
 * The facilitator's session as a thin driver around the pure engine, on a fake store (an in-memory
 * Api through the real contract check) and fake timers: what is typed reaches the store in order,
 * survives a dropped connection, a stale base and a conflict, and live changes from elsewhere move
 * the confirmed copy on while edits wait.
 */

const kecamatan = (n: number): Command => ({ type: 'setRegionProfile', patch: { kecamatanCount: n } });
const provinsi = (name: string): Command => ({ type: 'setRegionProfile', patch: { province: name } });

type Failure = (method: MethodName) => Error | undefined;

/** A store that answers as the real one does, with scripted failures for the next writes and a gate to hold answers. */
const fakeStore = () => {
  let current: Workshop = { ...emptyWorkshop(), programs: [aProgram({ id: 'prog-1', name: 'Satu Data' })], revision: 10 };
  const done: { command: Command; inverse: Command }[] = [];
  const undone: { command: Command; inverse: Command }[] = [];
  const writes: { method: MethodName; baseRevision: number; command?: Command }[] = [];
  const failures: Failure[] = [];
  const openFailures: Error[] = [];
  let opens = 0;
  let gate: Promise<void> | null = null;
  const commit = (command: Command): Applied => {
    current = applyCommand(current, command, LATER);
    return { revision: current.revision, applied: command, canUndo: done.length > 0, canRedo: undone.length > 0 };
  };
  const api = buildApi(async (method, input) => {
    if (method === 'workshop.open') {
      opens += 1;
      const failure = openFailures.shift();
      if (failure) throw failure;
      const opened: OpenedWorkshop = { workshop: current, readOnly: false, notices: [], canUndo: done.length > 0, canRedo: undone.length > 0 };
      return opened;
    }
    const { baseRevision, command } = input as { baseRevision: number; command?: Command };
    writes.push({ method, baseRevision, ...(command ? { command } : {}) });
    if (gate) await gate;
    const failure = failures.shift()?.(method);
    if (failure) throw failure;
    if (method === 'workshop.apply' && command) {
      done.push({ command, inverse: invertCommand(current, command) });
      undone.length = 0;
      return commit(command);
    }
    if (method === 'workshop.undo') {
      const step = done.pop();
      if (!step) throw new ApiError('nothing_to_undo', 'Tidak ada yang dibatalkan', undefined, 'undo.nothing');
      undone.push(step);
      return commit(step.inverse);
    }
    throw new Error(`not in the fake: ${method}`);
  });
  return {
    api,
    writes,
    failures,
    openFailures,
    get opens() {
      return opens;
    },
    get current() {
      return current;
    },
    /** Another window or a participant writes; returns the live event the session would hear. */
    elsewhere(command: Command): LiveEvent {
      commit(command);
      return { event: 'applied', id: current.revision, data: { workshopId: current.id, revision: current.revision, at: LATER, command } };
    },
    hold() {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return release;
    },
  };
};

const network = (): Failure => () => new ApiError('network', 'Tidak dapat terhubung', undefined, 'client.unreachable');

/** A live source the test speaks through. */
const liveSource = () => {
  let listener: ((event: LiveEvent) => void) | null = null;
  const source: LiveSource = (l) => {
    listener = l;
    return () => {
      listener = null;
    };
  };
  return { source, emit: (event: LiveEvent) => listener?.(event) };
};

describe('WorkshopSession on a fake store', () => {
  let sessions: WorkshopSession[] = [];
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const s of sessions) s.dispose();
    sessions = [];
    vi.useRealTimers();
  });

  const open = async (store: ReturnType<typeof fakeStore>, options?: ConstructorParameters<typeof WorkshopSession>[2]) => {
    const session = new WorkshopSession(store.api, store.current.id, options);
    sessions.push(session);
    const notices: SessionNotice[] = [];
    session.onNotice((n) => notices.push(n));
    await session.load();
    return { session, notices, view: () => session.getSnapshot().workshop! };
  };

  it('sends edits one at a time, in the order typed, each on the revision the last one confirmed', async () => {
    const store = fakeStore();
    const { session, view } = await open(store);
    expect(session.dispatch(kecamatan(31)).ok).toBe(true);
    expect(session.dispatch(provinsi('Jawa Tengah')).ok).toBe(true);
    expect(session.dispatch(kecamatan(32)).ok).toBe(true);
    // Shown at once, before the store answers.
    expect(view().region).toMatchObject({ kecamatanCount: 32, province: 'Jawa Tengah' });
    expect(session.getSnapshot().save.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes.map((w) => [w.baseRevision, w.command])).toEqual([
      [10, kecamatan(31)],
      [11, provinsi('Jawa Tengah')],
      [12, kecamatan(32)],
    ]);
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect(view().revision).toBe(13);
    expect(view().region).toEqual(store.current.region);
    expect(session.hasUnsavedWrites()).toBe(false);
  });

  it('refuses an edit the rules refuse without queueing it, naming the field as data', async () => {
    const store = fakeStore();
    const { session } = await open(store);
    const refused = session.dispatch({ type: 'setRegionProfile', patch: { kecamatanCount: -3 } });
    expect(refused.ok).toBe(false);
    expect(session.hasUnsavedWrites()).toBe(false);
  });

  it('keeps the edits after a dropped connection and retries 2 s, then 5 s later (the backoff), losing nothing', async () => {
    const store = fakeStore();
    store.failures.push(network(), network());
    const { session, view } = await open(store);
    session.dispatch(kecamatan(34));
    session.dispatch(provinsi('Bali'));
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().save).toMatchObject({ kind: 'error', retryable: true });
    expect(view().region).toMatchObject({ kecamatanCount: 34, province: 'Bali' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(store.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.writes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(store.writes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.writes.map((w) => w.command)).toEqual([kecamatan(34), kecamatan(34), kecamatan(34), provinsi('Bali')]);
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect(store.current.region).toMatchObject({ kecamatanCount: 34, province: 'Bali' });
  });

  it('"Coba lagi" sends at once and the timer does not send a second time', async () => {
    const store = fakeStore();
    store.failures.push(network());
    const { session } = await open(store);
    session.dispatch(kecamatan(34));
    await vi.advanceTimersByTimeAsync(0);
    session.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.writes).toHaveLength(2);
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  it('on a stale base loads again and sends every queued edit on top of the newer version', async () => {
    const store = fakeStore();
    const { session, view } = await open(store);
    store.elsewhere(provinsi('Jawa Tengah'));
    store.failures.push(() => new ApiError('stale_revision', 'Versi lama', 'baseRevision', 'edit.tooOld'));
    session.dispatch(kecamatan(34));
    session.dispatch({ type: 'renameWorkshop', title: 'Bimtek sesi sore' });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.opens).toBe(2);
    expect(store.writes.map((w) => w.baseRevision)).toEqual([10, 11, 12]);
    expect(store.current).toMatchObject({ title: 'Bimtek sesi sore', region: { kecamatanCount: 34, province: 'Jawa Tengah' } });
    expect(view()).toMatchObject({ revision: 13, title: 'Bimtek sesi sore', region: { province: 'Jawa Tengah' } });
  });

  it('holds a true conflict with both versions while the rest goes on; keep mine sends my field, take theirs lets theirs stand', async () => {
    const store = fakeStore();
    const { session, view } = await open(store);
    const mine: Command = { type: 'upsertProgram', item: aProgram({ id: 'prog-1', name: 'Nama saya' }) };
    const conflictWith = (theirs: string) => () => {
      const theirsItem = aProgram({ id: 'prog-1', name: theirs, description: 'Deskripsi mereka' });
      store.elsewhere({ type: 'upsertProgram', item: theirsItem });
      const error = new ApiError('conflict', 'Orang lain sudah mengubah', 'baseRevision', 'edit.conflict');
      error.detail = { revision: store.current.revision, target: 'Program:prog-1', keys: ['Program:prog-1#name'], item: theirsItem, yours: aProgram({ id: 'prog-1', name: 'Nama saya' }) };
      return error;
    };
    store.failures.push(conflictWith('Nama mereka'));
    session.dispatch(mine);
    session.dispatch(kecamatan(34));
    await vi.advanceTimersByTimeAsync(0);
    const [conflict] = session.getSnapshot().conflicts;
    expect(conflict).toMatchObject({ theirs: { name: 'Nama mereka' }, yours: { name: 'Nama saya' } });
    // The other edit was not held up: it landed on the newer version.
    expect(store.current.region.kecamatanCount).toBe(34);
    expect(view().programs[0]).toMatchObject({ name: 'Nama mereka', description: 'Deskripsi mereka' });
    expect(session.getSnapshot().save.kind).toBe('saved');

    expect(session.resolveConflict(conflict!.id, 'mine').ok).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().conflicts).toEqual([]);
    expect(store.current.programs[0]).toMatchObject({ name: 'Nama saya', description: 'Deskripsi mereka' });

    store.failures.push(conflictWith('Nama mereka lagi'));
    session.dispatch(mine);
    await vi.advanceTimersByTimeAsync(0);
    const [again] = session.getSnapshot().conflicts;
    session.resolveConflict(again!.id, 'theirs');
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().conflicts).toEqual([]);
    expect(view().programs[0]?.name).toBe('Nama mereka lagi');
    expect(store.current.programs[0]?.name).toBe('Nama mereka lagi');
  });

  it('applies live changes from elsewhere under the queued edits, advancing the confirmed revision, never applying its own echo twice', async () => {
    const store = fakeStore();
    const live = liveSource();
    const { session, view } = await open(store);
    session.followLive(live.source);
    live.emit({ event: 'ready', data: { workshopId: store.current.id } });

    // A change from elsewhere while nothing is on the way: shown at once.
    live.emit(store.elsewhere({ type: 'renameWorkshop', title: 'Dari jendela lain' }));
    expect(view()).toMatchObject({ revision: 11, title: 'Dari jendela lain' });
    expect(session.syncState.confirmed?.revision).toBe(11);

    // While our write is on the way, another change lands first, then our write, whose echo also comes.
    const release = store.hold();
    session.dispatch(kecamatan(34));
    session.dispatch(provinsi('Bali'));
    await vi.advanceTimersByTimeAsync(0);
    live.emit(store.elsewhere({ type: 'setRegionProfile', patch: { desaCount: 9 } }));
    expect(view().region).toMatchObject({ kecamatanCount: 34, province: 'Bali' });
    expect(view().region.desaCount).not.toBe(9);
    release();
    await vi.advanceTimersByTimeAsync(0);
    // The echoes of our own writes come late: already known, ignored.
    live.emit({ event: 'applied', data: { workshopId: store.current.id, revision: 13, at: LATER, command: kecamatan(34) } });
    live.emit({ event: 'applied', data: { workshopId: store.current.id, revision: 14, at: LATER, command: provinsi('Bali') } });
    expect(store.writes.map((w) => w.baseRevision)).toEqual([11, 13]);
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect(view()).toMatchObject({ revision: 14, title: 'Dari jendela lain', region: { desaCount: 9, kecamatanCount: 34, province: 'Bali' } });
    expect(view().region).toEqual(store.current.region);
    expect(store.opens).toBe(1);
  });

  it('a missed revision loads again, keeping what was typed and not yet sent', async () => {
    const store = fakeStore();
    const live = liveSource();
    store.failures.push(network());
    const { session, view } = await open(store);
    session.followLive(live.source);
    session.dispatch({ type: 'renameWorkshop', title: 'Judul saya' });
    await vi.advanceTimersByTimeAsync(0);
    store.elsewhere(provinsi('Hilang di jalan'));
    live.emit(store.elsewhere(kecamatan(50)));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.opens).toBe(2);
    // The load showed the store works again: the queue went on without waiting for the timer.
    expect(store.current).toMatchObject({ title: 'Judul saya', region: { province: 'Hilang di jalan', kecamatanCount: 50 } });
    expect(view()).toMatchObject({ revision: store.current.revision, title: 'Judul saya' });
  });

  it('load() keeps queued edits (no path clears the queue) and resolves once a load after the call is done', async () => {
    const store = fakeStore();
    store.failures.push(network());
    const { session, view } = await open(store);
    session.dispatch(kecamatan(34));
    await vi.advanceTimersByTimeAsync(0);
    store.elsewhere(provinsi('Jawa Tengah'));
    await session.load();
    expect(view().region).toMatchObject({ kecamatanCount: 34, province: 'Jawa Tengah' });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.current.region).toMatchObject({ kecamatanCount: 34, province: 'Jawa Tengah' });
  });

  it('a load that fails after opening keeps the view and retries on the backoff', async () => {
    const store = fakeStore();
    const { session, view } = await open(store);
    store.openFailures.push(new ApiError('network', 'putus', undefined, 'client.unreachable'));
    session.dispatch(kecamatan(34));
    await vi.advanceTimersByTimeAsync(0);
    void session.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot()).toMatchObject({ status: 'ready', save: { kind: 'error' } });
    expect(view().region.kecamatanCount).toBe(34);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.opens).toBe(3);
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  it('undo goes through the store: the view shows what it applied and listeners hear the step', async () => {
    const store = fakeStore();
    const { session, view } = await open(store);
    const steps: UndoRedoStep[] = [];
    session.onUndoRedo((s) => steps.push(s));
    session.dispatch(provinsi('Bali'));
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSnapshot().canUndo).toBe(true);
    const before = view().region.province;
    session.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(view().region.province).not.toBe('Bali');
    expect(steps).toMatchObject([{ kind: 'undo', applied: { type: 'setRegionProfile' }, before: { region: { province: before } } }]);
    expect(session.getSnapshot().canRedo).toBe(true);
  });

  it('a refusal by a workshop rule takes only that edit out, tells the user, and the next goes', async () => {
    const store = fakeStore();
    store.failures.push(() => new ApiError('invalid_input', 'Kode sudah dipakai', 'item.code', 'program.codeTaken', { code: 'SG-01' }));
    const { session, notices } = await open(store);
    session.dispatch(kecamatan(34));
    session.dispatch(provinsi('Bali'));
    await vi.advanceTimersByTimeAsync(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ tone: 'error' });
    expect(notices[0]!.message).toMatch(/^Perubahan ditolak: /);
    expect(store.current.region.province).toBe('Bali');
    expect(session.getSnapshot().save.kind).toBe('saved');
  });
});
