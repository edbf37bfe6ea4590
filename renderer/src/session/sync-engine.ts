import type { Command } from '../../../shared/commands';
import type { PendingWrite } from './pending-queue';

/*
 * The renderer's sync engine as a pure state machine (no React, no timers, no network): what is
 * queued, what is on the way, the revision confirmed, and the edits held because they met someone
 * else's change of the same field. `step(state, event)` answers the next state and the effects the
 * driver (WorkshopSession) carries out: send a write with a base revision, load the workshop again
 * keeping the queue, retry later. It never drops a queued edit: a base the store no longer knows
 * rebases (load again, keep the queue), and a true conflict holds the edit with both versions
 * until the user keeps theirs or takes the other.
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

export interface SyncState {
  /** Confirmed by the store (acknowledged writes and live updates applied); null until loaded. */
  confirmedRevision: number | null;
  /** Writes not yet acknowledged, in order; the first is on the way when `inFlight`. */
  queue: readonly QueuedWrite[];
  inFlight: boolean;
  /** Waiting for the driver: a reload (keeping the queue) or a retry after a failure. */
  waiting: 'none' | 'refresh' | 'retry';
  conflicts: readonly HeldConflict[];
  nextId: number;
}

export type SyncEvent =
  | { type: 'loaded'; revision: number }
  | { type: 'edit'; write: PendingWrite }
  | { type: 'acked'; revision: number }
  | { type: 'conflict'; detail: ConflictDetail }
  | { type: 'stale' }
  | { type: 'failed' }
  | { type: 'refused' }
  | { type: 'live'; revision: number }
  | { type: 'retry' }
  | { type: 'resolve'; id: number; choice: 'mine' | 'theirs' };

export type SyncEffect = { type: 'send'; write: PendingWrite; baseRevision: number } | { type: 'refresh' } | { type: 'retryLater' };

export const initialSyncState: SyncState = { confirmedRevision: null, queue: [], inFlight: false, waiting: 'none', conflicts: [], nextId: 1 };

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

/** The send the state asks for now, if any: the first queued write, based on the confirmed revision. */
const pump = (state: SyncState): { state: SyncState; effects: SyncEffect[] } => {
  const head = state.queue[0];
  if (state.inFlight || state.waiting !== 'none' || state.confirmedRevision === null || !head) return { state, effects: [] };
  return { state: { ...state, inFlight: true }, effects: [{ type: 'send', write: head.write, baseRevision: state.confirmedRevision }] };
};

const enqueue = (state: SyncState, write: PendingWrite): SyncState => ({ ...state, queue: [...state.queue, { id: state.nextId, write }], nextId: state.nextId + 1 });

export const step = (state: SyncState, event: SyncEvent): { state: SyncState; effects: SyncEffect[] } => {
  switch (event.type) {
    case 'loaded':
      return pump({ ...state, confirmedRevision: event.revision, waiting: 'none', inFlight: false });
    case 'edit':
      return pump(enqueue(state, event.write));
    case 'acked':
      return pump({ ...state, inFlight: false, queue: state.queue.slice(1), confirmedRevision: Math.max(state.confirmedRevision ?? 0, event.revision) });
    case 'conflict': {
      const head = state.queue[0];
      if (!head || head.write.kind !== 'apply') return pump({ ...state, inFlight: false, queue: state.queue.slice(1) });
      const held: HeldConflict = { ...event.detail, id: head.id, command: head.write.command };
      // Held aside with both versions; the rest of the queue goes on once the newer version is loaded.
      return { state: { ...state, inFlight: false, queue: state.queue.slice(1), conflicts: [...state.conflicts, held], waiting: 'refresh' }, effects: [{ type: 'refresh' }] };
    }
    case 'stale':
      // The store no longer knows the base: load again, keeping every queued edit, and send them on top.
      return { state: { ...state, inFlight: false, waiting: 'refresh' }, effects: [{ type: 'refresh' }] };
    case 'failed':
      return { state: { ...state, inFlight: false, waiting: 'retry' }, effects: [{ type: 'retryLater' }] };
    case 'retry':
      return pump({ ...state, waiting: state.waiting === 'retry' ? 'none' : state.waiting });
    case 'refused':
      // A workshop rule refused the write (the user is told): it is not an edit the store can keep.
      return pump({ ...state, inFlight: false, queue: state.queue.slice(1) });
    case 'live':
      if (state.inFlight || state.confirmedRevision === null || event.revision !== state.confirmedRevision + 1) return { state, effects: [] };
      return pump({ ...state, confirmedRevision: event.revision });
    case 'resolve': {
      const conflict = state.conflicts.find((c) => c.id === event.id);
      if (!conflict) return { state, effects: [] };
      const rest = { ...state, conflicts: state.conflicts.filter((c) => c.id !== event.id) };
      return event.choice === 'theirs' ? { state: rest, effects: [] } : pump(enqueue(rest, { kind: 'apply', command: keepMine(conflict) }));
    }
  }
};

/** Every event in turn, collecting the effects: handy for the driver and for tests. */
export const run = (state: SyncState, events: readonly SyncEvent[]): { state: SyncState; effects: SyncEffect[] } =>
  events.reduce<{ state: SyncState; effects: SyncEffect[] }>(
    (acc, event) => {
      const next = step(acc.state, event);
      return { state: next.state, effects: [...acc.effects, ...next.effects] };
    },
    { state, effects: [] },
  );
