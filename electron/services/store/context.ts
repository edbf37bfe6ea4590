import type { LogEntry } from '../../../shared/contract';
import type { DataLayout } from './layout';
import type { HistoryPolicy } from './history';
import type { AutosaveTiming } from './snapshot-writer';

/** What every part of the store shares: where files live, the clock, timings and error reporting. */
export interface StoreContext {
  layout: DataLayout;
  now: () => Date;
  autosave: AutosaveTiming;
  history: HistoryPolicy;
  /** Reports a failure of background work (snapshot rewrites, history) that no caller awaits. */
  onError: (error: unknown) => void;
  /** Tracks background work so `flushAll` and `close` can wait for it. */
  track: (work: Promise<unknown>) => void;
  /** Told of every command a workshop acknowledges, in order, once it is durable (live updates). */
  onCommitted?: (workshopId: string, entry: LogEntry) => void;
  /** Told when a workshop was replaced whole (a snapshot restored): followers must reload it. */
  onReplaced?: (workshopId: string, revision: number) => void;
}
