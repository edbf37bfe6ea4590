import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/contract/bridge';
import { LiveMessageSchema, type LiveMessage } from '../../../shared/contract/live';
import { registerLiveRelay, type LiveSenderEvent, type LiveWebContents } from '../../../electron/main/live-relay';
import { createServices, type Services } from '../../../electron/services';
import { facilitatorEvent, type FeedEvent } from '../../../electron/services/share';

type Handler = (event: LiveSenderEvent, raw: unknown) => void;
const APP = 'app://masterplan';

/** A window's web contents as the relay sees it: records what it is sent; can be closed. */
class FakePage implements LiveWebContents {
  readonly received: LiveMessage[] = [];
  private destroyed = false;
  private onDestroyed: Array<() => void> = [];
  send(channel: string, message: LiveMessage): void {
    if (channel !== IPC_CHANNELS.live) throw new Error(`unexpected channel ${channel}`);
    this.received.push(LiveMessageSchema.parse(message));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  once(_event: 'destroyed', listener: () => void): void {
    this.onDestroyed.push(listener);
  }
  close(): void {
    this.destroyed = true;
    for (const listener of this.onDestroyed.splice(0)) listener();
  }
  events(subscriptionId: string): string[] {
    return this.received.filter((m) => m.subscriptionId === subscriptionId).map((m) => m.event.event);
  }
}

describe('live updates for the desktop window (IPC relay of the live feed)', () => {
  let dataDir: string;
  let services: Services;
  let handlers: Map<string, Handler>;
  let stopRelay: () => void;
  let workshopId: string;
  let revision: number;
  const published: FeedEvent[] = [];

  const fromPage = (page: FakePage, url = `${APP}/index.html`): LiveSenderEvent => ({ sender: page, senderFrame: { url, parent: null } } as unknown as LiveSenderEvent);
  const follow = (page: FakePage, subscriptionId: string, url?: string): void => handlers.get(IPC_CHANNELS.liveFollow)?.(fromPage(page, url), { subscriptionId, workshopId });
  const unfollow = (page: FakePage, message: unknown): void => handlers.get(IPC_CHANNELS.liveUnfollow)?.(fromPage(page), message);

  /** The facilitator renames the workshop through the contract, as the window does over IPC. */
  const rename = async (title: string): Promise<void> => {
    const applied = await services.handlers['workshop.apply']({ workshopId, baseRevision: revision, command: { type: 'renameWorkshop', title } });
    revision = applied.revision;
  };

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'masterplan-live-relay-'));
    services = await createServices({ dataDir, mode: 'desktop', logError: () => undefined });
    const created = await services.handlers['workshops.create']({ title: 'Masterplan Kota Ambon', regionName: 'Ambon', regionKind: 'kota' });
    workshopId = created.id;
    revision = (await services.handlers['workshop.open']({ workshopId })).workshop.revision;
    published.length = 0;
    services.share.feed.subscribe(workshopId, (event) => published.push(event));
    handlers = new Map();
    const ipcMain = {
      on: (channel: string, handler: Handler) => void handlers.set(channel, handler),
      removeListener: (channel: string) => void handlers.delete(channel),
    };
    stopRelay = registerLiveRelay(ipcMain as unknown as Pick<IpcMain, 'on' | 'removeListener'>, { feed: services.share.feed, appOrigin: APP });
  });

  afterEach(async () => {
    stopRelay();
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('tells the window the stream is ready, then every acknowledged edit exactly as the event stream tells the facilitator', async () => {
    const page = new FakePage();
    follow(page, 'p1-1');
    await rename('Masterplan Kota Ambon 2026–2030');
    expect(page.received[0]).toEqual({ subscriptionId: 'p1-1', event: { event: 'ready', data: { workshopId, role: 'facilitator' } } });
    const applied = page.received[1]?.event;
    expect(applied).toEqual(facilitatorEvent(published[0] as FeedEvent));
    expect(applied).toMatchObject({ event: 'applied', id: revision, data: { workshopId, revision, kind: 'do', actor: { name: 'Fasilitator' }, command: { type: 'renameWorkshop' } } });
    expect(JSON.stringify(applied)).not.toContain('inverse');
  });

  it('stops telling a subscription once the page stops following it, and keeps the others', async () => {
    const page = new FakePage();
    follow(page, 'p1-1');
    follow(page, 'p1-2');
    unfollow(page, { subscriptionId: 'p1-1' });
    await rename('Nama baru');
    expect(page.events('p1-1')).toEqual(['ready']);
    expect(page.events('p1-2')).toEqual(['ready', 'applied']);
    expect(services.share.feed.listenerCount(workshopId)).toBe(2);
  });

  it('forgets everything a page followed when it reloads or its window closes', async () => {
    const reloaded = new FakePage();
    follow(reloaded, 'a-1');
    unfollow(reloaded, { all: true });
    const closed = new FakePage();
    follow(closed, 'b-1');
    closed.close();
    await rename('Nama baru');
    expect(reloaded.events('a-1')).toEqual(['ready']);
    expect(closed.events('b-1')).toEqual(['ready']);
    expect(services.share.feed.listenerCount(workshopId)).toBe(1);
  });

  it('ignores requests from anything but the app window, and malformed ones', async () => {
    const page = new FakePage();
    follow(page, 'x-1', 'https://evil.example/');
    handlers.get(IPC_CHANNELS.liveFollow)?.(fromPage(page), { subscriptionId: 'x-2', workshopId: '../../etc' });
    handlers.get(IPC_CHANNELS.liveFollow)?.(fromPage(page), 'kota-ambon');
    unfollow(page, { subscriptionId: 42 });
    await rename('Nama baru');
    expect(page.received).toEqual([]);
    expect(services.share.feed.listenerCount(workshopId)).toBe(1);
  });

  it('unsubscribes every window when the relay stops', async () => {
    const page = new FakePage();
    follow(page, 'p1-1');
    stopRelay();
    stopRelay = () => undefined;
    await rename('Nama baru');
    expect(page.events('p1-1')).toEqual(['ready']);
    expect([...handlers.keys()]).toEqual([]);
  });
});
