import type { Api } from '../../../../shared/contract';
import type { Command } from '../../../../shared/commands';
import type { GapAnalysis, NarrativeSection, Program, ProgramProposal, RegionalIssue, SwotItem } from '../../../../shared/model';
import { ApiError, messageOf } from '../../api/api-error';
import { isStaleItemError } from '../session/participant-api';
import { DraftStore, rebaseDraft, sameItem, type Collection, type Draft, type Draftable } from './drafts';

/*
 * The participant's writes: one draft per item, kept in localStorage (drafts.ts) and sent with the
 * revision it was based on. Not the facilitator's sync engine, on purpose: that engine queues commands
 * in memory and sends each with the latest confirmed revision, so a draft replayed after a reload
 * would be written over what others saved meanwhile. Here a draft keeps its own base until the server
 * acknowledges it: the server merges disjoint fields, and a true conflict (409) is held with both
 * versions until the participant chooses. A dropped connection just waits and sends again.
 *
 * An FGD group's cards and proposals (issue 12) go the same way: a new one is a draft without a base
 * (sent as its upsert), a removal is a draft marked `removal` (sent as its remove command), so what a
 * group typed or removed on a dropped hotspot survives a reload too.
 */

export type OutboxStatus = 'saved' | 'saving' | 'offline' | 'attention';

export interface OutboxSnapshot {
  drafts: readonly Draft[];
  status: OutboxStatus;
  /** Revisions our acknowledged writes reached, per item: the draft is shown until the session's copy catches up. */
  acked: ReadonlyMap<string, Acked>;
}

/** An acknowledged write: the revision it reached and the item as stored (null: removed). */
export interface Acked {
  revision: number;
  item: Draftable | null;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];
const SEND_PAUSE_MS = 600;

const keyOf = (collection: Collection, id: string): string => `${collection}:${id}`;

const commandOf = (draft: Draft): Command => {
  const { id } = draft;
  switch (draft.collection) {
    case 'section':
      return { type: 'upsertSection', item: draft.item as NarrativeSection };
    case 'program':
      return { type: 'upsertProgram', item: draft.item as Program };
    case 'issue':
      return draft.removal ? { type: 'removeIssue', id } : { type: 'upsertIssue', item: draft.item as RegionalIssue };
    case 'swotItem':
      return draft.removal ? { type: 'removeSwotItem', id } : { type: 'upsertSwotItem', item: draft.item as SwotItem };
    case 'gapAnalysis':
      return draft.removal ? { type: 'removeGapAnalysis', id } : { type: 'upsertGapAnalysis', item: draft.item as GapAnalysis };
    case 'proposal':
      return draft.removal ? { type: 'removeProposal', id } : { type: 'upsertProposal', item: draft.item as ProgramProposal };
  }
};

export class Outbox {
  private readonly store: DraftStore;
  private readonly inFlight = new Set<string>();
  private readonly acked = new Map<string, Acked>();
  private readonly listeners = new Set<() => void>();
  private offline = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private disposed = false;
  private snapshot: OutboxSnapshot;

  constructor(
    private readonly api: Api,
    private readonly workshopId: string,
    store: DraftStore,
    private readonly onRefused: (message: string) => void = () => undefined,
  ) {
    this.store = store;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  /** Sends whatever is waiting (after a load, and when the browser says it is online again). */
  flush(): void {
    this.offline = false;
    this.attempt = 0;
    this.schedule(0);
    this.publish();
  }

  /**
   * The participant changed an item. `stored` is the item as the page shows it from the server,
   * `revision` the revision that copy is at; a new draft is based on them, an existing one keeps its base.
   * `stored` null: a new item (a group's card or proposal), not on the server yet.
   */
  edit(collection: Collection, stored: Draftable | null, revision: number, item: Draftable): void {
    const existing = this.store.get(collection, item.id);
    const draft: Draft = existing
      ? { ...existing, item, removal: false, state: existing.state.kind === 'conflict' ? existing.state : { kind: 'pending' }, updatedAt: new Date().toISOString() }
      : { collection, id: item.id, baseRevision: revision, baseItem: stored, item, state: { kind: 'pending' }, updatedAt: new Date().toISOString() };
    if (!existing && stored && sameItem(stored, item)) return;
    this.store.put(draft);
    this.publish();
    this.schedule(SEND_PAUSE_MS);
  }

  /**
   * The participant removes an item (a group's own card or proposal). One never sent is simply
   * forgotten; otherwise the removal is a draft like any edit, sent when the connection allows.
   */
  remove(collection: Collection, stored: Draftable | null, revision: number, id: string): void {
    const existing = this.store.get(collection, id);
    const key = keyOf(collection, id);
    const known = stored ?? this.acked.get(key)?.item ?? null;
    if (!known && !this.inFlight.has(key)) {
      this.store.remove(collection, id);
      this.publish();
      return;
    }
    const item = existing?.item ?? known;
    if (!item) return;
    const base = existing ? { baseRevision: existing.baseRevision, baseItem: existing.baseItem } : { baseRevision: revision, baseItem: known };
    this.store.put({ collection, id, ...base, item, removal: true, state: { kind: 'pending' }, updatedAt: new Date().toISOString() });
    this.publish();
    this.schedule(0);
  }

  /** Sends a refused draft once more (the facilitator unlocked the worksheet, the rule no longer holds). */
  retry(collection: Collection, id: string): void {
    const draft = this.store.get(collection, id);
    if (!draft || draft.state.kind !== 'refused') return;
    this.store.put({ ...draft, state: { kind: 'pending' } });
    this.publish();
    this.schedule(0);
  }

  /** Forgets a draft the server refused: the item stays as the server has it. */
  discard(collection: Collection, id: string): void {
    const draft = this.store.get(collection, id);
    if (!draft || draft.state.kind === 'pending') return;
    this.store.remove(collection, id);
    this.publish();
  }

  /**
   * The participant's choice for a held conflict: `theirs` drops their draft, `mine` (or a combined
   * item) is sent on top of the newer version.
   */
  resolve(collection: Collection, id: string, choice: { keep: 'theirs' } | { keep: 'item'; item: Draftable }): void {
    const draft = this.store.get(collection, id);
    if (!draft || draft.state.kind !== 'conflict') return;
    const { theirs, revision } = draft.state;
    if (choice.keep === 'theirs' || !theirs) {
      this.store.remove(collection, id);
    } else {
      this.store.put({ ...draft, baseRevision: revision, baseItem: theirs, item: choice.item, state: { kind: 'pending' }, updatedAt: new Date().toISOString() });
      this.schedule(0);
    }
    this.publish();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.listeners.clear();
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sendAll();
    }, ms);
  }

  private async sendAll(): Promise<void> {
    const waiting = this.store.all().filter((d) => d.state.kind === 'pending' && !this.inFlight.has(keyOf(d.collection, d.id)));
    await Promise.all(waiting.map((draft) => this.send(draft)));
  }

  private async send(draft: Draft): Promise<void> {
    const key = keyOf(draft.collection, draft.id);
    this.inFlight.add(key);
    this.publish();
    try {
      const applied = await this.api['workshop.apply']({ workshopId: this.workshopId, baseRevision: draft.baseRevision, command: commandOf(draft) });
      this.offline = false;
      this.attempt = 0;
      const stored = draft.removal ? null : 'item' in applied.applied && applied.applied.item.id === draft.id ? (applied.applied.item as Draftable) : draft.item;
      this.acked.set(key, { revision: applied.revision, item: stored });
      const now = this.store.get(draft.collection, draft.id);
      if (now && stored && now.removal) {
        // Removed while its creation or edit was on the way: the removal goes next, from what was stored.
        this.store.put({ ...now, baseRevision: applied.revision, baseItem: stored, item: stored });
        this.schedule(0);
      } else if (now && stored && !sameItem(now.item, draft.item)) {
        // Typed on while this was on the way: what was typed since goes on top of what the server stored.
        const moved = rebaseDraft({ baseItem: draft.item, item: now.item }, stored);
        if (moved) this.store.put({ ...now, baseRevision: applied.revision, baseItem: stored, item: moved.item });
        this.schedule(SEND_PAUSE_MS);
      } else {
        this.store.remove(draft.collection, draft.id);
      }
    } catch (error) {
      this.failed(draft, error);
    } finally {
      this.inFlight.delete(key);
      this.publish();
    }
  }

  private failed(draft: Draft, error: unknown): void {
    if (isStaleItemError(error)) {
      const { current } = error;
      const theirs = current.item as Draftable | null;
      const now = this.store.get(draft.collection, draft.id) ?? draft;
      const moved = rebaseDraft(now, theirs);
      if (current.cause === 'colleague' && moved && moved.conflict.length === 0) {
        // Only a colleague's other item moved on: the same edit, on the latest version.
        this.store.put({ ...now, baseRevision: current.revision, baseItem: theirs ?? now.baseItem, item: moved.item });
        this.schedule(0);
        return;
      }
      const keys = current.keys.length > 0 ? current.keys : (moved?.conflict ?? []);
      this.store.put({ ...now, state: { kind: 'conflict', revision: current.revision, theirs, keys } });
      return;
    }
    if (error instanceof ApiError && (error.code === 'network' || error.code === 'internal')) {
      this.offline = true;
      const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)] ?? 10_000;
      this.attempt += 1;
      this.schedule(delay);
      return;
    }
    const message = messageOf(error);
    const now = this.store.get(draft.collection, draft.id) ?? draft;
    this.store.put({ ...now, state: { kind: 'refused', message } });
    this.onRefused(message);
  }

  private makeSnapshot(): OutboxSnapshot {
    const drafts = this.store.all();
    const status: OutboxStatus = drafts.some((d) => d.state.kind !== 'pending')
      ? 'attention'
      : this.offline
        ? 'offline'
        : drafts.length > 0 || this.inFlight.size > 0
          ? 'saving'
          : 'saved';
    return { drafts, status, acked: new Map(this.acked) };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
