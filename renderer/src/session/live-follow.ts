import { z } from 'zod';
import { CommandSchema, type Command } from '../../../shared/commands';
import type { LiveEvent } from '../../../shared/contract/live';

/*
 * Following a workshop live: which acknowledged commands from elsewhere (a participant, another
 * window) the open session applies, which it holds back, and when it must load the workshop again.
 * Pure, so the rules can be tested without a server; WorkshopSession does the applying.
 */

/** One change of the workshop made elsewhere, in revision order. `command: null`: the revision moved on with nothing this view shows. */
export type LiveChange = { kind: 'applied'; revision: number; at: string | null; command: Command | null } | { kind: 'reload'; revision: number };

const Revision = z.number().int().nonnegative();
const AppliedData = z.object({ workshopId: z.string(), revision: Revision, at: z.string().optional(), command: z.unknown() });
const ReloadData = z.object({ workshopId: z.string(), revision: Revision });

/**
 * A live event as a change of this workshop, or null when it is not one (`ready`, another workshop,
 * `ended`…). An `applied` event whose command this version cannot read asks for a reload.
 */
export const readLiveChange = (event: LiveEvent, workshopId: string): LiveChange | null => {
  if (event.event === 'reload') {
    const data = ReloadData.safeParse(event.data);
    return data.success && data.data.workshopId === workshopId ? { kind: 'reload', revision: data.data.revision } : null;
  }
  if (event.event !== 'applied') return null;
  const data = AppliedData.safeParse(event.data);
  if (!data.success || data.data.workshopId !== workshopId) return null;
  const { revision, at = null, command } = data.data;
  if (command === null || command === undefined) return { kind: 'applied', revision, at, command: null };
  const parsed = CommandSchema.safeParse(command);
  return parsed.success ? { kind: 'applied', revision, at, command: parsed.data } : { kind: 'reload', revision };
};

/** What the session does with a change now: nothing (already known), apply it, keep it until its own write is answered, or load again. */
export type LivePlan = 'ignore' | 'apply' | 'hold' | 'reload';

/**
 * - A change the session already has (its revision is not newer) is ignored: this is how the echo
 *   of the session's own command, acknowledged through its apply response, is never applied twice.
 * - While one of its own writes is on the way, a newer change may be that very write: held until
 *   the answer says which revision was ours.
 * - Exactly the next revision is applied; a gap (missed events) or a `reload` means loading again.
 */
export const planLiveChange = (change: LiveChange, state: { confirmedRevision: number; busy: boolean }): LivePlan => {
  if (change.kind === 'reload') return 'reload';
  if (change.revision <= state.confirmedRevision) return 'ignore';
  if (state.busy) return 'hold';
  return change.revision === state.confirmedRevision + 1 ? 'apply' : 'reload';
};

export interface SettledChanges {
  /** Changes from elsewhere that came before the session's own write: applied first, in order. */
  before: LiveChange[];
  /** Newer than the session's own write: planned again once nothing is on the way. */
  after: LiveChange[];
  /** Revisions between the confirmed one and the session's own are missing (or a reload came): load again. */
  gap: boolean;
}

/**
 * The session's own write came back as revision `ownRevision`: sorts the changes held meanwhile.
 * The held change at `ownRevision` is the write's own echo and is dropped.
 */
export const settleHeldChanges = (held: readonly LiveChange[], confirmedRevision: number, ownRevision: number): SettledChanges => {
  const byRevision = new Map<number, LiveChange>();
  let reload = false;
  for (const change of held) {
    if (change.kind === 'reload') reload = true;
    else if (change.revision > confirmedRevision && change.revision !== ownRevision) byRevision.set(change.revision, change);
  }
  const sorted = [...byRevision.values()].sort((a, b) => a.revision - b.revision);
  const before = sorted.filter((c) => c.revision < ownRevision);
  const after = sorted.filter((c) => c.revision > ownRevision);
  const complete = before.length === Math.max(0, ownRevision - confirmedRevision - 1) && before.every((c, i) => c.revision === confirmedRevision + 1 + i);
  return { before, after, gap: reload || !complete };
};
