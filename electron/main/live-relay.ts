import type { IpcMain, IpcMainEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/contract/bridge';
import { LiveFollowSchema, LiveUnfollowSchema, type LiveEvent, type LiveMessage } from '../../shared/contract/live';
import { facilitatorEvent, readyEvent, type LiveFeed } from '../services/share';
import { isAppUrl } from './trusted-url';

/** The part of an IPC event the relay uses: who sent it, and the page to answer. */
export type LiveSenderEvent = Pick<IpcMainEvent, 'senderFrame'> & { sender: LiveWebContents };

/** The part of a window's web contents the relay uses. */
export interface LiveWebContents {
  send(channel: string, message: LiveMessage): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface LiveRelayOptions {
  feed: Pick<LiveFeed, 'subscribe'>;
  appOrigin: string;
}

/**
 * Live updates for the desktop app's own window, which talks IPC and so cannot read
 * `GET /api/events`: a `followWorkshop` subscription of the preload becomes a LiveFeed
 * subscription here, and each feed event is sent to that window exactly as the event stream
 * tells the facilitator (`ready`, `applied`, `reload`). Subscriptions end when the page stops
 * following, reloads, or its window closes. Returns a function that stops everything.
 */
export const registerLiveRelay = (ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, { feed, appOrigin }: LiveRelayOptions): (() => void) => {
  const byPage = new Map<LiveWebContents, Map<string, () => void>>();

  const fromAppWindow = (event: LiveSenderEvent): boolean => {
    const frame = event.senderFrame;
    return Boolean(frame && frame.parent === null && isAppUrl(frame.url, appOrigin));
  };

  const forget = (contents: LiveWebContents, subscriptionId?: string): void => {
    const subscriptions = byPage.get(contents);
    if (!subscriptions) return;
    for (const [id, unsubscribe] of [...subscriptions]) {
      if (subscriptionId !== undefined && id !== subscriptionId) continue;
      unsubscribe();
      subscriptions.delete(id);
    }
  };

  const subscriptionsOf = (contents: LiveWebContents): Map<string, () => void> => {
    const known = byPage.get(contents);
    if (known) return known;
    const made = new Map<string, () => void>();
    byPage.set(contents, made);
    contents.once('destroyed', () => {
      forget(contents);
      byPage.delete(contents);
    });
    return made;
  };

  const onFollow = (event: LiveSenderEvent, raw: unknown): void => {
    const parsed = LiveFollowSchema.safeParse(raw);
    if (!parsed.success || !fromAppWindow(event)) return;
    const { subscriptionId, workshopId } = parsed.data;
    const contents = event.sender;
    if (contents.isDestroyed()) return;
    const subscriptions = subscriptionsOf(contents);
    if (subscriptions.has(subscriptionId)) return;
    const tell = (live: LiveEvent): void => {
      if (!contents.isDestroyed()) contents.send(IPC_CHANNELS.live, { subscriptionId, event: live });
    };
    subscriptions.set(
      subscriptionId,
      feed.subscribe(workshopId, (feedEvent) => tell(facilitatorEvent(feedEvent))),
    );
    tell(readyEvent(workshopId, 'facilitator'));
  };

  const onUnfollow = (event: LiveSenderEvent, raw: unknown): void => {
    const parsed = LiveUnfollowSchema.safeParse(raw);
    if (!parsed.success) return;
    forget(event.sender, 'subscriptionId' in parsed.data ? parsed.data.subscriptionId : undefined);
  };

  ipcMain.on(IPC_CHANNELS.liveFollow, onFollow);
  ipcMain.on(IPC_CHANNELS.liveUnfollow, onUnfollow);
  return () => {
    ipcMain.removeListener(IPC_CHANNELS.liveFollow, onFollow);
    ipcMain.removeListener(IPC_CHANNELS.liveUnfollow, onUnfollow);
    for (const contents of [...byPage.keys()]) forget(contents);
    byPage.clear();
  };
};
