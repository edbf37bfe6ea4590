import type { Actor, Command } from '../../../shared/commands';
import type { LogEntry } from '../../../shared/contract';

/** What followers of a workshop are told, in revision order. */
export type FeedEvent =
  | { type: 'applied'; workshopId: string; revision: number; at: string; actor: Actor; kind: LogEntry['kind']; command: Command; inverse: Command }
  | { type: 'reload'; workshopId: string; revision: number };

export type FeedListener = (event: FeedEvent) => void;

/**
 * Live updates: the store reports every acknowledged command (and every whole-workshop restore)
 * here, and each open event stream of that workshop receives it.
 */
export class LiveFeed {
  private readonly listeners = new Map<string, Set<FeedListener>>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {}

  subscribe(workshopId: string, listener: FeedListener): () => void {
    const set = this.listeners.get(workshopId) ?? new Set<FeedListener>();
    set.add(listener);
    this.listeners.set(workshopId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(workshopId) === set) this.listeners.delete(workshopId);
    };
  }

  listenerCount(workshopId: string): number {
    return this.listeners.get(workshopId)?.size ?? 0;
  }

  /** Called by the store after an entry is durable; never throws back into the store. */
  committed(workshopId: string, entry: LogEntry): void {
    // A restored snapshot (or its undo) replaced the whole workshop: followers load it again.
    if (entry.command.type === 'restoreSnapshot' || entry.inverse.type === 'restoreSnapshot') return this.replaced(workshopId, entry.revision);
    this.publish({ type: 'applied', workshopId, revision: entry.revision, at: entry.at, actor: entry.actor, kind: entry.kind, command: entry.command, inverse: entry.inverse });
  }

  replaced(workshopId: string, revision: number): void {
    this.publish({ type: 'reload', workshopId, revision });
  }

  private publish(event: FeedEvent): void {
    for (const listener of [...(this.listeners.get(event.workshopId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
