import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };

/** Just enough of BrowserWindow/WebContents to see what the factory wires up. */
const fake = vi.hoisted(() => {
  const state = {
    openExternal: [] as string[],
    windows: [] as Array<{ options: unknown; loaded: string[]; shown: boolean; contents: FakeContents; once: Map<string, Listener> }>,
  };
  class FakeContents {
    listeners = new Map<string, Listener[]>();
    openHandler: OpenHandler | null = null;
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: OpenHandler) {
      this.openHandler = handler;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeBrowserWindow {
    webContents = new FakeContents();
    record: (typeof state.windows)[number];
    constructor(options: unknown) {
      this.record = { options, loaded: [], shown: false, contents: this.webContents, once: new Map() };
      state.windows.push(this.record);
    }
    once(event: string, listener: Listener) {
      this.record.once.set(event, listener);
      return this;
    }
    show() {
      this.record.shown = true;
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { state, FakeBrowserWindow, FakeContents };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeBrowserWindow,
  shell: {
    openExternal: (url: string) => {
      fake.state.openExternal.push(url);
      return Promise.resolve();
    },
  },
}));

const { createMainWindow, mainWindowOptions, openExternalIfSafe } = await import('../../../electron/main/window');

const navigationEvent = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

beforeEach(() => {
  fake.state.openExternal.length = 0;
  fake.state.windows.length = 0;
});

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and exotic features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('uses the one CommonJS preload it is given', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
  });

  it('is titled for the workshop and big enough for a projector', () => {
    expect(options.title).toBe('Masterplan Smart City');
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.show).toBe(false);
  });
});

describe('the main window at work', () => {
  const open = () => {
    createMainWindow({ preloadPath: '/p/index.cjs', appOrigin: 'app://masterplan', startUrl: 'app://masterplan/index.html' });
    const record = fake.state.windows[0];
    if (!record) throw new Error('no window created');
    return record;
  };

  it('loads the app and shows itself once painted', () => {
    const record = open();
    expect(record.options).toEqual(mainWindowOptions('/p/index.cjs'));
    expect(record.loaded).toEqual(['app://masterplan/index.html']);
    expect(record.shown).toBe(false);
    record.once.get('ready-to-show')?.();
    expect(record.shown).toBe(true);
  });

  it('stays on the app when a page tries to navigate away, sending web links to the OS browser', () => {
    const { contents } = open();
    const inside = navigationEvent();
    contents.emit('will-navigate', inside, 'app://masterplan/index.html#/visi');
    expect(inside.prevented).toBe(false);

    const outside = navigationEvent();
    contents.emit('will-navigate', outside, 'https://smartcity.kominfo.go.id/');
    expect(outside.prevented).toBe(true);

    const local = navigationEvent();
    contents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.prevented).toBe(true);
    expect(fake.state.openExternal).toEqual(['https://smartcity.kominfo.go.id/']);
  });

  it('never opens a new window; only http(s) links reach the OS browser', () => {
    const { contents } = open();
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(fake.state.openExternal).toEqual(['https://example.org/']);
  });

  it('refuses redirects away from the app and any <webview>', () => {
    const { contents } = open();
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.prevented).toBe(true);
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
  });
});

describe('opening links outside', () => {
  it('hands only safe links to the opener', () => {
    const opened: string[] = [];
    const opener = async (url: string) => {
      opened.push(url);
    };
    expect(openExternalIfSafe('https://example.org/', opener)).toBe(true);
    expect(openExternalIfSafe('smb://share/x', opener)).toBe(false);
    expect(opened).toEqual(['https://example.org/']);
  });

  it('survives an opener that fails', () => {
    expect(openExternalIfSafe('https://example.org/', () => Promise.reject(new Error('no browser')))).toBe(true);
  });
});
