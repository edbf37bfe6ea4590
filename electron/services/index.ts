import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import packageJson from '../../package.json';
import { seedDemoOnce } from './demo-seed';
import { createHandlers } from './handlers';
import { LegacyDataImport } from './data-migration';
import { HandoffService, LocalCopies } from './handoff';
import { DEFAULT_SHARE_SETTINGS, LiveFeed, ShareService, type ShareSettings } from './share';
import { DEFAULT_HISTORY, type HistoryPolicy } from './store/history';
import { dataLayout } from './store/layout';
import { DEFAULT_AUTOSAVE, type AutosaveTiming } from './store/snapshot-writer';
import { WorkshopStore } from './store/workshop-store';

export { flushOnSignals } from './signals';

export interface CreateServicesOptions {
  dataDir: string;
  mode: 'desktop' | 'web';
  /** Offer the demo workshop on the first launch with an empty data folder. */
  seedDemo?: boolean;
  /** When full snapshots are rewritten after edits (edits are durable in the log at once). */
  autosave?: AutosaveTiming;
  /** When history snapshots are taken and how many are kept. */
  history?: Partial<HistoryPolicy>;
  now?: () => Date;
  /** Where failures of background work are reported. */
  logError?: (error: unknown) => void;
  /** Join-code lifetime, participant cap (sharing on the room's network). */
  share?: Partial<ShareSettings>;
  /** The data folder browser mode used before issue 15: its workshops are offered for import (copied). */
  legacyDataDir?: string | null;
}

export interface Services {
  handlers: Handlers;
  /** Sharing on the room's network: the transport authenticates participants and streams live updates through it. */
  share: ShareService;
  /** Writes every open workshop's full snapshot and waits for background work. */
  flushAll(): Promise<void>;
  /** Flushes, releases every file, and refuses further calls. */
  close(): Promise<void>;
}

const defaultLogError = (error: unknown): void => {
  console.error('[penyimpanan] penulisan latar belakang gagal:', error);
};

/** The services behind the contract, in plain Node: used by Electron's main process, `npm run web` and the tests. */
export const createServices = async (options: CreateServicesOptions): Promise<Services> => {
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  const background = new Set<Promise<unknown>>();
  const feed = new LiveFeed(options.logError ?? defaultLogError);
  const idle = async (): Promise<void> => {
    while (background.size > 0) await Promise.allSettled([...background]);
  };
  const store = await WorkshopStore.open(
    {
      layout: dataLayout(dataDir),
      now,
      autosave: options.autosave ?? DEFAULT_AUTOSAVE,
      history: { ...DEFAULT_HISTORY, ...options.history },
      onError: options.logError ?? defaultLogError,
      track: (work) => {
        background.add(work);
        void work.finally(() => background.delete(work)).catch(() => undefined);
      },
      onCommitted: (workshopId, entry) => feed.committed(workshopId, entry),
      onReplaced: (workshopId, revision) => feed.replaced(workshopId, revision),
    },
    idle,
  );
  if (options.seedDemo) await seedDemoOnce(store, dataLayout(dataDir), now);
  const share = new ShareService(store, feed, now, { ...DEFAULT_SHARE_SETTINGS, ...options.share });
  const handoff = new HandoffService(store, LocalCopies.in(dataDir), now);
  return {
    handlers: createHandlers(store, { version: packageJson.version, dataDir, mode: options.mode }, now, { handoff, share, dataImport: new LegacyDataImport(dataDir, options.legacyDataDir ?? null, now) }),
    share,
    flushAll: () => store.flushAll(),
    close: async () => {
      await share.stop().catch(() => undefined);
      await store.close();
    },
  };
};
