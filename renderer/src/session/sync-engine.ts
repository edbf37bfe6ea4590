import { applyCommand, type Command } from '../../../shared/commands';
import type { Applied, Notice, OpenedWorkshop } from '../../../shared/contract';
import { touchedItem } from '../../../shared/handoff/scope';
import type { Workshop } from '../../../shared/model';
import type { ApiError } from '../api/api-error';
import { planLiveChange, settleHeldChanges, type LiveChange } from './live-follow';
import type { PendingWrite } from './pending-queue';

/*
 * The renderer's sync engine as a pure state machine (no React, no timers, no network, no clock):
 * the workshop the store confirmed, the writes queued and the one on the way, what it waits for (a
 * load, a retry), the changes from elsewhere held back while a write is on the way, and the edits
 * held because they met someone else's change of the same field. `step(state, event)` answers the
 * next state and the effects the driver (WorkshopSession) carries out: send a write with its base
 * revision, load the workshop again (always keeping the queue), retry later, tell the user.
 *
 * It never drops a queued edit on its own: a base the store no longer knows loads again and sends the
 * queue on top; a true conflict holds the edit with both versions until the user keeps theirs or takes
 * the other; a dropped connection keeps everything and retries. Only the store's explicit refusal of
 * one write (a workshop rule, nothing to undo) takes that write out of the queue, and the user is told.
 */

/** What the store sent with a refused write (409 conflict): the keys both sides changed and both versions. */
export interface ConflictDetail {
  revision: number;
  target: string | null;
  keys: string[];
  /** The item or part as stored now. */
  theirs: unknown;
  /** The item or part as the refused write would have made it. */
  yours: unknown;
}

export interface HeldConflict extends ConflictDetail {
  id: number;
  /** The user's command that was refused. */
  command: Command;
}

export interface QueuedWrite {
  id: number;
  write: PendingWrite;
}

/** A write the store refused as stale (participants), set aside with the user's latest version of the same item. */
export interface StaleWrite {
  /** The user's last command for the item (later queued edits of the same item are folded into it). */
  command: Command;
  error: ApiError;
}

/** An undo or redo the core confirmed: the command it applied, and the workshop it applied it to. */
export interface UndoRedoStep {
  kind: 'undo' | 'redo';
  applied: Command;
  before: Workshop;
}

/** How to get going again after a failure: send the queue again, or load the workshop again (keeping the queue). */
export type Recovery = 'resend' | 'reload';

export interface SyncState {
  /** The workshop as the store confirmed it (acknowledged writes and changes from elsewhere applied); null until loaded. */
  confirmed: Workshop | null;
  readOnly: boolean;
  openNotices: Notice[];
  /** What the store last said about its undo and redo stacks. */
  serverCanUndo: boolean;
  serverCanRedo: boolean;
  /** Writes not yet acknowledged, in order; the first is on the way when `inFlight`. */
  queue: readonly QueuedWrite[];
  inFlight: boolean;
  /** A load of the workshop is on the way. */
  loading: boolean;
  /** Load again (keeping the queue) as soon as nothing is on the way. */
  reloadWanted: boolean;
  /** Waiting for a retry (the timer or the "Coba lagi" button). */
  failure: { error: ApiError; recovery: Recovery } | null;
  /** The very first load failed: there is nothing to show. */
  loadError: ApiError | null;
  following: boolean;
  streamOpened: boolean;
  /** Changes from elsewhere that came while a write or a load was on the way (see live-follow.ts). */
  held: readonly LiveChange[];
  /** Edits the store refused as a true conflict, held with both versions; never dropped unasked. */
  conflicts: readonly HeldConflict[];
  /** Participants: a stale write is set aside for merging rather than sent again on top. */
  setAsideStale: boolean;
  /** The set-aside write to hand over once the newer version is loaded. */
  staleToReport: StaleWrite | null;
  nextId: number;
}

export type SyncEvent =
  /** Load the workshop (again) as soon as nothing is on the way, keeping the queue. */
  | { type: 'load' }
  | { type: 'loaded'; opened: OpenedWorkshop }
  | { type: 'loadFailed'; error: ApiError }
  /** The loaded workshop, shown before its contract check ran, failed that check: it is not kept. */
  | { type: 'loadRejected'; error: ApiError }
  | { type: 'edit'; write: PendingWrite }
  /** The write on the way was acknowledged; `at` stamps it in the confirmed copy. */
  | { type: 'acked'; result: Applied; at: string }
  /** The write on the way met someone else's change of the same field (409 with both versions). */
  | { type: 'conflict'; detail: ConflictDetail; error: ApiError }
  /** The store no longer knows the write's base revision. */
  | { type: 'stale'; error: ApiError }
  /** The store could not be reached (or failed unexpectedly): keep everything, retry later. */
  | { type: 'failed'; error: ApiError }
  /** The store refused the write on the way (a workshop rule, read-only, nothing to undo). */
  | { type: 'refused'; error: ApiError }
  | { type: 'retry' }
  | { type: 'follow' }
  | { type: 'unfollow' }
  /** The live stream (re)opened: after the first time, changes may have been missed. */
  | { type: 'streamReady' }
  | { type: 'live'; change: LiveChange }
  | { type: 'resolve'; id: number; choice: 'mine' | 'theirs' };

export type NoticeContext = 'rejected' | 'notSaved' | 'plain';

export type SyncEffect =
  | { type: 'send'; write: PendingWrite; baseRevision: number }
  | { type: 'load' }
  | { type: 'retryLater' }
  | { type: 'notify'; tone: 'info' | 'error'; error: ApiError; context: NoticeContext }
  | { type: 'undoRedo'; step: UndoRedoStep }
  | { type: 'staleWrite'; stale: StaleWrite };

export interface Stepped {
  state: SyncState;
  effects: SyncEffect[];
}

export const createSyncState = (options: { setAsideStale?: boolean } = {}): SyncState => ({
  confirmed: null,
  readOnly: false,
  openNotices: [],
  serverCanUndo: false,
  serverCanRedo: false,
  queue: [],
  inFlight: false,
  loading: false,
  reloadWanted: false,
  failure: null,
  loadError: null,
  following: false,
  streamOpened: false,
  held: [],
  conflicts: [],
  setAsideStale: options.setAsideStale ?? false,
  staleToReport: null,
  nextId: 1,
});

export const initialSyncState: SyncState = createSyncState();

/**
 * "Keep mine" for a held conflict: the user's values of the conflicting fields laid over the stored
 * item (so fields others changed meanwhile stay theirs); for a part patched field by field, the
 * command itself. Sent as a new edit based on the newest revision.
 */
export const keepMine = (conflict: HeldConflict): Command => {
  const command = conflict.command;
  if (!('item' in command) || typeof conflict.theirs !== 'object' || conflict.theirs === null || typeof conflict.yours !== 'object' || conflict.yours === null) return command;
  const theirs = conflict.theirs as Record<string, unknown>;
  const yours = conflict.yours as Record<string, unknown>;
  const item: Record<string, unknown> = { ...theirs };
  for (const key of conflict.keys) {
    const field = key.includes('#') ? key.slice(key.indexOf('#') + 1).split('.')[0] : undefined;
    if (field === undefined) return command;
    item[field] = yours[field];
  }
  return { ...command, item } as Command;
};

/** The very command already held in a conflict (a field committing its text again as the dialog takes focus). */
export const holdsConflictFor = (state: SyncState, command: Command): boolean => {
  if (state.conflicts.length === 0) return false;
  const same = JSON.stringify(command);
  return state.conflicts.some((c) => JSON.stringify(c.command) === same);
};

/** Commands queued, in order (undo and redo wait for the store's answer and are not among them). */
export const queuedCommands = (state: SyncState): Command[] => state.queue.flatMap((q) => (q.write.kind === 'apply' ? [q.write.command] : []));

/** Undo is offered when the store has something to undo or an edit is still queued. */
export const canUndo = (state: SyncState): boolean => !state.readOnly && (state.serverCanUndo || queuedCommands(state).length > 0);

/** A new change after the last undo empties the redo stack, exactly as the store will do. */
export const canRedo = (state: SyncState): boolean => {
  if (state.readOnly) return false;
  const kinds = state.queue.map((q) => q.write.kind);
  const lastApply = kinds.lastIndexOf('apply');
  if (lastApply < 0) return state.serverCanRedo || kinds.includes('undo');
  return kinds.slice(lastApply + 1).includes('undo');
};

/** A change from elsewhere applied to the confirmed workshop (a `null` command only moves the revision on). */
export const applyLiveChange = (workshop: Workshop, change: LiveChange): Workshop => {
  if (change.kind !== 'applied') throw new Error('A reload cannot be applied');
  const next = change.command ? applyCommand(workshop, change.command, change.at ?? workshop.updatedAt) : workshop;
  return { ...next, revision: change.revision };
};

const done = (state: SyncState, effects: SyncEffect[] = []): Stepped => ({ state, effects });

/** Starts what the state asks for now, if anything: a load first, else the first queued write on the confirmed revision. */
const pump = ({ state, effects }: Stepped): Stepped => {
  if (state.inFlight || state.loading) return { state, effects };
  if (state.reloadWanted) return { state: { ...state, reloadWanted: false, loading: true, loadError: null }, effects: [...effects, { type: 'load' }] };
  const head = state.queue[0];
  if (state.failure || state.readOnly || state.confirmed === null || !head) return { state, effects };
  return { state: { ...state, inFlight: true }, effects: [...effects, { type: 'send', write: head.write, baseRevision: state.confirmed.revision }] };
};

/** Plans one change from elsewhere: apply it to the confirmed copy, hold it, ignore it, or load again. */
const takeLive = (state: SyncState, change: LiveChange): SyncState => {
  if (state.confirmed === null) return { ...state, held: [...state.held, change] };
  switch (planLiveChange(change, { confirmedRevision: state.confirmed.revision, busy: state.inFlight || state.loading })) {
    case 'ignore':
      return state;
    case 'hold':
      return { ...state, held: [...state.held, change] };
    case 'reload':
      return { ...state, reloadWanted: true };
    case 'apply':
      try {
        return { ...state, confirmed: applyLiveChange(state.confirmed, change) };
      } catch {
        // Our copy no longer matches the store's: take the store's.
        return { ...state, reloadWanted: true };
      }
  }
};

/** Plans the held changes again, in revision order, now that nothing is on the way. */
const releaseHeld = (state: SyncState): SyncState => {
  const held = [...state.held].sort((a, b) => a.revision - b.revision);
  return held.reduce(takeLive, { ...state, held: [] });
};

/** The write on the way came back; the rest of the step decides what it means. */
const answered = (state: SyncState): SyncState => ({ ...state, inFlight: false });

/** Sets a stale write aside with the queued writes of the same item, and loads again keeping the rest. */
const setAside = (state: SyncState, command: Command, error: ApiError): SyncState => {
  const target = touchedItem(command);
  let latest = command;
  const queue = state.queue.slice(1).filter((queued) => {
    if (queued.write.kind !== 'apply' || !target) return true;
    const touched = touchedItem(queued.write.command);
    if (touched?.collection !== target.collection || touched.id !== target.id) return true;
    latest = queued.write.command;
    return false;
  });
  return { ...state, queue, staleToReport: { command: latest, error }, reloadWanted: true };
};

const enqueue = (state: SyncState, write: PendingWrite): SyncState => ({ ...state, queue: [...state.queue, { id: state.nextId, write }], nextId: state.nextId + 1 });

const acknowledge = (state: SyncState, result: Applied, at: string): Stepped => {
  const head = state.queue[0];
  const base = { ...answered(state), queue: state.queue.slice(1), serverCanUndo: result.canUndo, serverCanRedo: result.canRedo };
  if (!head || state.confirmed === null) return done({ ...base, reloadWanted: true });
  // Changes from elsewhere that the store committed before our write come first; our own echo is dropped.
  const settled = settleHeldChanges(state.held, state.confirmed.revision, result.revision);
  const effects: SyncEffect[] = [];
  let confirmed: Workshop;
  try {
    let before = state.confirmed;
    for (const change of settled.before) before = applyLiveChange(before, change);
    // An undo or redo of a restored snapshot replaced the whole workshop: load it again.
    if (result.applied.type === 'restoreSnapshot') throw new Error('workshop replaced');
    confirmed = { ...applyCommand(before, result.applied, at), revision: result.revision };
    if (head.write.kind !== 'apply') effects.push({ type: 'undoRedo', step: { kind: head.write.kind, applied: result.applied, before } });
  } catch {
    // Our copy no longer matches the store's: take the store's, keeping the rest of the queue.
    return done({ ...base, held: settled.after, reloadWanted: true });
  }
  return done({ ...base, confirmed, held: settled.after, reloadWanted: base.reloadWanted || (settled.gap && state.following) }, effects);
};

const refuse = (state: SyncState, error: ApiError): Stepped => {
  const head = state.queue[0];
  if (!head) return done(state);
  const rest = { ...state, queue: state.queue.slice(1) };
  switch (error.code) {
    case 'read_only':
      // The workshop became read-only: nothing is sent any more, and nothing queued is dropped either.
      return done({ ...state, reloadWanted: true }, [{ type: 'notify', tone: 'error', error, context: 'notSaved' }]);
    case 'nothing_to_undo':
      return done({ ...rest, serverCanUndo: false }, [{ type: 'notify', tone: 'info', error, context: 'plain' }]);
    case 'nothing_to_redo':
      return done({ ...rest, serverCanRedo: false }, [{ type: 'notify', tone: 'info', error, context: 'plain' }]);
    default:
      return done(rest, [{ type: 'notify', tone: 'error', error, context: head.write.kind === 'apply' ? 'rejected' : 'plain' }]);
  }
};

const transition = (state: SyncState, event: SyncEvent): Stepped => {
  switch (event.type) {
    case 'load':
      return done({ ...state, reloadWanted: true, loadError: null });
    case 'loaded': {
      const { opened } = event;
      const loaded: SyncState = {
        ...state,
        confirmed: opened.workshop,
        readOnly: opened.readOnly,
        openNotices: opened.notices,
        serverCanUndo: opened.canUndo,
        serverCanRedo: opened.canRedo,
        loading: false,
        failure: null,
        loadError: null,
        staleToReport: null,
      };
      return done(releaseHeld(loaded), state.staleToReport ? [{ type: 'staleWrite', stale: state.staleToReport }] : []);
    }
    case 'loadFailed':
      if (state.confirmed === null) return done(releaseHeld({ ...state, loading: false, loadError: event.error }));
      return done(releaseHeld({ ...state, loading: false, failure: { error: event.error, recovery: 'reload' } }), [{ type: 'retryLater' }]);
    case 'loadRejected':
      return done({ ...state, confirmed: null, loading: false, loadError: event.error });
    case 'edit':
      if (event.write.kind === 'apply' && holdsConflictFor(state, event.write.command)) return done(state);
      return done(enqueue(state, event.write));
    case 'acked': {
      const acked = acknowledge(state, event.result, event.at);
      return { state: releaseHeld(acked.state), effects: acked.effects };
    }
    case 'conflict': {
      const head = state.queue[0];
      if (!head || head.write.kind !== 'apply') return refuse(releaseHeld(answered(state)), event.error);
      const held: HeldConflict = { ...event.detail, id: head.id, command: head.write.command };
      // Held aside with both versions; the rest of the queue goes on once the newer version is loaded.
      return done(releaseHeld({ ...answered(state), queue: state.queue.slice(1), conflicts: [...state.conflicts, held], reloadWanted: true }));
    }
    case 'stale': {
      const head = state.queue[0];
      if (state.setAsideStale && head?.write.kind === 'apply') return done(releaseHeld(setAside(answered(state), head.write.command, event.error)));
      // The store no longer knows the base: load again, keeping every queued edit, and send them on top.
      return done(releaseHeld({ ...answered(state), reloadWanted: true }));
    }
    case 'failed':
      return done(releaseHeld({ ...answered(state), failure: { error: event.error, recovery: 'resend' } }), [{ type: 'retryLater' }]);
    case 'refused':
      return refuse(releaseHeld(answered(state)), event.error);
    case 'retry':
      if (!state.failure) return done(state);
      return done({ ...state, failure: null, reloadWanted: state.reloadWanted || state.failure.recovery === 'reload' });
    case 'follow':
      return done({ ...state, following: true, streamOpened: false });
    case 'unfollow':
      return done({ ...state, following: false, held: [] });
    case 'streamReady':
      // A stream that opens again may have missed changes while it was down.
      return done({ ...state, streamOpened: true, reloadWanted: state.reloadWanted || (state.streamOpened && state.confirmed !== null) });
    case 'live':
      return done(takeLive(state, event.change));
    case 'resolve': {
      const conflict = state.conflicts.find((c) => c.id === event.id);
      if (!conflict) return done(state);
      const rest = { ...state, conflicts: state.conflicts.filter((c) => c.id !== event.id) };
      return done(event.choice === 'theirs' ? rest : enqueue(rest, { kind: 'apply', command: keepMine(conflict) }));
    }
  }
};

/** One event: the next state, and what the driver is to do (then, whatever the event, start what is due). */
export const step = (state: SyncState, event: SyncEvent): Stepped => pump(transition(state, event));

/** Every event in turn, collecting the effects: handy for the driver and for tests. */
export const run = (state: SyncState, events: readonly SyncEvent[]): Stepped =>
  events.reduce<Stepped>(
    (acc, event) => {
      const next = step(acc.state, event);
      return { state: next.state, effects: [...acc.effects, ...next.effects] };
    },
    { state, effects: [] },
  );
