import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type BridgeResult } from '../../../shared/contract';

type Listener = (...args: unknown[]) => unknown;
type Invoke = (event: unknown, method: unknown, input: unknown) => Promise<BridgeResult>;

/**
 * A fake `electron` module: records what the shell asks of it. Everything else (the services,
 * the data folder, the contract) is real.
 */
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    lockGranted: true,
    calls: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    invokeHandlers: new Map<string, Invoke>(),
    ipcListeners: new Map<string, Listener>(),
    menus: [] as MenuItemConstructorOptions[][],
    windows: [] as Array<{ loaded: string[]; sent: unknown[][]; options: unknown }>,
    errorBoxes: [] as string[],
    messageBoxes: [] as string[],
    windowOpened: null as null | (() => void),
  };
  const on = (event: string, listener: Listener) => {
    state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
  };
  class FakeBrowserWindow {
    record = { loaded: [] as string[], sent: [] as unknown[][], options: undefined as unknown };
    webContents = {
      on: () => this.webContents,
      setWindowOpenHandler: () => undefined,
      send: (...args: unknown[]) => void this.record.sent.push(args),
    };
    constructor(options: unknown) {
      this.record.options = options;
      state.windows.push(this.record);
      state.windowOpened?.();
    }
    static getAllWindows = () => state.windows;
    once = (event: string, listener: () => void) => {
      if (event === 'ready-to-show') queueMicrotask(listener);
      return this;
    };
    on = () => this;
    show = () => undefined;
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
    loadURL = (url: string) => {
      this.record.loaded.push(url);
      return Promise.resolve();
    };
  }
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => void state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => state.lockGranted,
      quit: (): void => {
        state.calls.push('quit');
      },
      exit: (code: number) => void state.calls.push(`exit ${code}`),
      on,
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? state.userData : ''),
      getVersion: () => '0.1.0',
      setAboutPanelOptions: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: Listener) => void state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => undefined },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Invoke) => void state.invokeHandlers.set(channel, handler),
      removeHandler: (channel: string) => void state.invokeHandlers.delete(channel),
      on: (channel: string, listener: Listener) => void state.ipcListeners.set(channel, listener),
      removeListener: (channel: string) => void state.ipcListeners.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void state.menus.push(menu),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: (_title: string, message: string) => void state.errorBoxes.push(message),
      showMessageBox: (_window: unknown, options: { message: string }) => {
        state.messageBoxes.push(options.message);
        return Promise.resolve({ response: 0 });
      },
    },
    shell: { openExternal: () => Promise.resolve() },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { prepareRoom, removeTempDirs, startServices, tempDir } = await import('../../integration/handoff/fixture');
const { runDesktopApp } = await import('../../../electron/main/lifecycle');
const { createServices } = await import('../../../electron/services');

const fromApp = { senderFrame: { url: 'app://masterplan/index.html', parent: null } };

const emitApp = (event: string, ...args: unknown[]): void => {
  for (const listener of fake.state.appListeners.get(event) ?? []) listener(...args);
};

/** Starts the shell and waits until its window exists (services ready, IPC and menu in place). */
const startApp = async (): Promise<void> => {
  const opened = new Promise<void>((resolve) => (fake.state.windowOpened = resolve));
  runDesktopApp();
  await opened;
};

const invoke = (method: string, input: unknown = {}): Promise<BridgeResult> => {
  const handler = fake.state.invokeHandlers.get(IPC_CHANNELS.invoke);
  if (!handler) throw new Error('no IPC dispatcher registered');
  return handler(fromApp, method, input);
};

beforeEach(async () => {
  fake.state.userData = await mkdtemp(join(tmpdir(), 'masterplan-desktop-'));
  fake.state.lockGranted = true;
  fake.state.calls.length = 0;
  fake.state.appListeners.clear();
  fake.state.privilegedSchemes.length = 0;
  fake.state.protocolHandlers.clear();
  fake.state.invokeHandlers.clear();
  fake.state.ipcListeners.clear();
  fake.state.menus.length = 0;
  fake.state.windows.length = 0;
  fake.state.errorBoxes.length = 0;
  fake.state.messageBoxes.length = 0;
  fake.electron.app.quit = () => {
    fake.state.calls.push('quit');
  };
  delete process.env['ELECTRON_RENDERER_URL'];
});

afterEach(async () => {
  const quitting = fake.state.appListeners.get('before-quit');
  if (quitting) {
    const done = new Promise<void>((resolve) => {
      fake.electron.app.quit = () => resolve();
    });
    emitApp('before-quit', { preventDefault: () => undefined });
    await done;
  }
  await rm(fake.state.userData, { recursive: true, force: true });
});

describe('the desktop app starting up', () => {
  it('turns the sandbox on and registers the app scheme before anything is ready', async () => {
    await startApp();
    expect(fake.state.calls[0]).toBe('enableSandbox');
    expect(fake.state.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('opens one sandboxed window on the built app served from app://masterplan', async () => {
    await startApp();
    expect(fake.state.windows).toHaveLength(1);
    expect(fake.state.windows[0]?.loaded).toEqual(['app://masterplan/index.html']);
    expect(fake.state.windows[0]?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  it('keeps workshops in the user data folder, with the demo workshop on first start', async () => {
    await startApp();
    const info = await invoke('app.info');
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', dataDir: fake.state.userData } });
    const listed = await invoke('workshops.list');
    expect(listed.ok).toBe(true);
    const workshops = listed.ok ? (listed.value as { workshops: Array<{ title: string }> }).workshops : [];
    expect(workshops.length).toBeGreaterThan(0);
    expect(await readdir(fake.state.userData)).not.toEqual([]);
  });

  it('lists the workshops under Berkas › Terbaru and forwards menu clicks to the window', async () => {
    await startApp();
    const menu = fake.state.menus.at(-1) ?? [];
    const file = menu.find((entry) => entry.label === 'Berkas')?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((entry) => entry.label === 'Terbaru')?.submenu as MenuItemConstructorOptions[];
    expect(recent.length).toBeGreaterThan(0);
    expect(recent[0]?.enabled).not.toBe(false);
    (file.find((entry) => entry.label === 'Baru')?.click as () => void)();
    expect(fake.state.windows[0]?.sent).toEqual([[IPC_CHANNELS.menu, { command: 'new-workshop' }]]);
  });

  it('refuses calls that do not come from the app window', async () => {
    await startApp();
    const handler = fake.state.invokeHandlers.get(IPC_CHANNELS.invoke);
    const answer = await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'workshops.list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('writes everything before quitting', async () => {
    await startApp();
    const created = await invoke('workshops.create', { title: 'Masterplan Kota Ambon', regionName: 'Ambon', regionKind: 'kota' });
    expect(created.ok).toBe(true);
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    const quitted = new Promise<void>((resolve) => {
      fake.electron.app.quit = () => resolve();
    });
    emitApp('before-quit', event);
    expect(event.prevented).toBe(true);
    await quitted;
    fake.state.appListeners.delete('before-quit');

    const reopened = await createServices({ dataDir: fake.state.userData, mode: 'desktop' });
    const { workshops } = await reopened.handlers['workshops.list']({});
    await reopened.close();
    expect(workshops.map((workshop) => workshop.title)).toContain('Masterplan Kota Ambon');
  });

  it('shares on the room network from the window: share.start over IPC opens the participants’ listener, share.stop closes it', async () => {
    await startApp();
    const listed = await invoke('workshops.list');
    const workshopId = listed.ok ? (listed.value as { workshops: Array<{ id: string }> }).workshops[0]?.id : undefined;
    const started = await invoke('share.start', { workshopId, host: '127.0.0.1', port: 0 });
    expect(started).toMatchObject({ ok: true, value: { active: true, workshopId } });
    const status = started.ok ? (started.value as { urls: string[]; code: string }) : { urls: [], code: '' };
    const lan = status.urls[0] ?? '';
    const lookup = await fetch(`${lan}/api/share.lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: status.code }) });
    expect(lookup.status).toBe(200);
    const facilitatorOnly = await fetch(`${lan}/api/workshops.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(facilitatorOnly.status).toBe(401);
    expect(await invoke('share.stop')).toMatchObject({ ok: true, value: { active: false } });
    await expect(fetch(`${lan}/api/share.lookup`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('tells the window live updates of the workshop it follows, over IPC', async () => {
    await startApp();
    const created = await invoke('workshops.create', { title: 'Masterplan Kota Ambon', regionName: 'Ambon', regionKind: 'kota' });
    const workshopId = created.ok ? (created.value as { id: string }).id : '';
    const received: unknown[][] = [];
    const page = { send: (...args: unknown[]) => void received.push(args), isDestroyed: () => false, once: () => undefined };
    fake.state.ipcListeners.get(IPC_CHANNELS.liveFollow)?.({ ...fromApp, sender: page }, { subscriptionId: 'p-1', workshopId });
    const opened = await invoke('workshop.open', { workshopId });
    const revision = opened.ok ? (opened.value as { workshop: { revision: number } }).workshop.revision : 0;
    const applied = await invoke('workshop.apply', { workshopId, baseRevision: revision, command: { type: 'renameWorkshop', title: 'Masterplan Kota Ambon 2026' } });
    expect(applied.ok).toBe(true);
    expect(received).toEqual([
      [IPC_CHANNELS.live, { subscriptionId: 'p-1', event: { event: 'ready', data: { workshopId, role: 'facilitator' } } }],
      [IPC_CHANNELS.live, { subscriptionId: 'p-1', event: expect.objectContaining({ event: 'applied', id: revision + 1 }) }],
    ]);
  });

  it('opens a package double-clicked while it runs (second-instance) as the OPD head’s copy, and says why when a file is refused', async () => {
    await startApp();
    const facilitator = await startServices('fasilitator');
    const room = await prepareRoom(facilitator.services);
    const exported = await facilitator.services.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    await facilitator.services.close();
    const folder = await tempDir('unduhan');
    await writeFile(join(folder, 'paket.paketopd'), exported.text);
    await writeFile(join(folder, 'bukan.paketopd'), '{}');

    emitApp('second-instance', {}, ['/opt/Masterplan Smart City/masterplan-smart-city', '--data', '/x', 'paket.paketopd', 'bukan.paketopd'], folder);
    await vi.waitFor(() => expect(fake.state.messageBoxes).toHaveLength(1));
    const sent = fake.state.windows[0]?.sent ?? [];
    const opened = sent.find(([channel, message]) => channel === IPC_CHANNELS.menu && (message as { command: string }).command === 'open-workshop');
    const workshopId = (opened?.[1] as { workshopId: string } | undefined)?.workshopId;
    const listed = await invoke('workshops.list');
    expect(listed.ok && (listed.value as { workshops: Array<{ id: string }> }).workshops.map((w) => w.id)).toContain(workshopId);
    expect(fake.state.messageBoxes[0]).toMatch(/^bukan\.paketopd: /);
    await removeTempDirs();
  });

  it('steps aside when another copy is already running', () => {
    fake.state.lockGranted = false;
    runDesktopApp();
    expect(fake.state.calls).toContain('quit');
    expect(fake.state.appListeners.size).toBe(0);
  });
});
