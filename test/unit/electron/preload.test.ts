import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type MasterplanBridge, type MenuCommand } from '../../../shared/contract/bridge';
import type { LiveEvent } from '../../../shared/contract/live';

type Relay = (event: unknown, message: unknown) => void;

/** A fake contextBridge/ipcRenderer that records what the preload exposes and sends. */
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, Relay[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve({ ok: true, value: { version: '0.1.0' } });
    },
    send: (...args: unknown[]) => {
      fake.sent.push(args);
    },
    on: (channel: string, relay: Relay) => {
      fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), relay]);
    },
    removeListener: (channel: string, relay: Relay) => {
      fake.listeners.set(channel, (fake.listeners.get(channel) ?? []).filter((existing) => existing !== relay));
    },
  },
}));

await import('../../../electron/preload/index');

const bridge = fake.exposed.get('masterplan') as MasterplanBridge;
const fromMain = (message: unknown, channel: string = IPC_CHANNELS.menu): void => {
  for (const relay of fake.listeners.get(channel) ?? []) relay({ sender: 'ipc' }, message);
};
const sentOnLoad = [...fake.sent];

describe('the preload bridge', () => {
  it('exposes exactly one object, window.masterplan, with only invoke, onMenuCommand, saveFile, showInFolder and followWorkshop', () => {
    expect([...fake.exposed.keys()]).toEqual(['masterplan']);
    expect(Object.keys(bridge).sort()).toEqual(['followWorkshop', 'invoke', 'onMenuCommand', 'saveFile', 'showInFolder']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('never hands out ipcRenderer or process', () => {
    const exposed = [...fake.exposed.values()];
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|process|require|send/i);
    expect(exposed).toHaveLength(1);
  });

  it('invoke sends the method and input on the invoke channel and returns the answer', async () => {
    const answer = await bridge.invoke('app.info', {});
    expect(fake.invoked).toEqual([[IPC_CHANNELS.invoke, 'app.info', {}]]);
    expect(answer).toEqual({ ok: true, value: { version: '0.1.0' } });
  });

  it('onMenuCommand passes on menu commands, with the workshop for Terbaru, until unsubscribed', () => {
    const heard: Array<[MenuCommand, string | undefined]> = [];
    const stop = bridge.onMenuCommand((command, workshopId) => heard.push([command, workshopId]));
    fromMain({ command: 'undo' });
    fromMain({ command: 'open-workshop', workshopId: 'kota-ambon' });
    stop();
    fromMain({ command: 'redo' });
    expect(heard).toEqual([
      ['undo', undefined],
      ['open-workshop', 'kota-ambon'],
    ]);
    expect(fake.listeners.get(IPC_CHANNELS.menu)).toEqual([]);
  });

  it('drops anything on the menu channel that is not a known command', () => {
    const heard: MenuCommand[] = [];
    const stop = bridge.onMenuCommand((command) => heard.push(command));
    fromMain({ command: 'format-disk' });
    fromMain('undo');
    fromMain({ command: 'open-workshop', workshopId: '../../etc/passwd' });
    fromMain(null);
    stop();
    expect(heard).toEqual([]);
  });

  it('a freshly loaded page first stops whatever the page before it followed', () => {
    expect(sentOnLoad).toEqual([[IPC_CHANNELS.liveUnfollow, { all: true }]]);
  });

  it('followWorkshop asks the main process to follow the workshop and passes on only its own, valid live events', () => {
    fake.sent.length = 0;
    const heard: LiveEvent[] = [];
    const other: LiveEvent[] = [];
    const stop = bridge.followWorkshop('kota-ambon', (event) => heard.push(event));
    const stopOther = bridge.followWorkshop('kota-ambon', (event) => other.push(event));
    const [follow, followOther] = fake.sent;
    expect(follow?.[0]).toBe(IPC_CHANNELS.liveFollow);
    const { subscriptionId } = follow?.[1] as { subscriptionId: string; workshopId: string };
    expect(follow?.[1]).toEqual({ subscriptionId, workshopId: 'kota-ambon' });
    expect((followOther?.[1] as { subscriptionId: string }).subscriptionId).not.toBe(subscriptionId);

    const applied = { event: 'applied', id: 7, data: { workshopId: 'kota-ambon', revision: 7 } };
    fromMain({ subscriptionId, event: { event: 'ready', data: { workshopId: 'kota-ambon', role: 'facilitator' } } }, IPC_CHANNELS.live);
    fromMain({ subscriptionId, event: applied }, IPC_CHANNELS.live);
    fromMain({ subscriptionId, event: { event: 'applied', id: -1, data: {} } }, IPC_CHANNELS.live);
    fromMain({ subscriptionId, event: { event: 'applied', data: 'not an object' } }, IPC_CHANNELS.live);
    fromMain({ subscriptionId: 'someone-else', event: applied }, IPC_CHANNELS.live);
    fromMain(applied, IPC_CHANNELS.live);
    expect(heard).toEqual([{ event: 'ready', data: { workshopId: 'kota-ambon', role: 'facilitator' } }, applied]);
    expect(other).toEqual([]);

    stop();
    stop();
    fromMain({ subscriptionId, event: applied }, IPC_CHANNELS.live);
    expect(heard).toHaveLength(2);
    expect(fake.sent.slice(2)).toEqual([[IPC_CHANNELS.liveUnfollow, { subscriptionId }]]);
    stopOther();
    expect(fake.listeners.get(IPC_CHANNELS.live)).toEqual([]);
  });
});
