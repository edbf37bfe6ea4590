import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './trusted-url';

export const WINDOW_TITLE = 'Masterplan Smart City';

/**
 * Every security-relevant window option in one pure function, so a unit test can read them.
 * The preload is one CommonJS file because a sandboxed preload cannot load modules.
 */
export const mainWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  title: WINDOW_TITLE,
  width: 1366,
  height: 860,
  minWidth: 1024,
  minHeight: 640,
  backgroundColor: '#f5f7fa',
  show: false,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click would otherwise try to open links in a new window (denied anyway).
    disableBlinkFeatures: 'Auxclick',
  },
});

/** Hands a link to the OS browser when it is a plain http(s) URL; anything else is dropped. */
export const openExternalIfSafe = (url: string, openExternal: (url: string) => Promise<void> = shell.openExternal): boolean => {
  if (!isSafeExternalUrl(url)) return false;
  openExternal(url).catch(() => undefined);
  return true;
};

/**
 * Keeps a page on the app: no navigation or redirect away from `appOrigin`, no new windows
 * (http(s) links go to the OS browser instead), no <webview>.
 */
export const guardWebContents = (contents: WebContents, appOrigin: string): void => {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    openExternalIfSafe(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
};

export interface MainWindowSetup {
  preloadPath: string;
  appOrigin: string;
  startUrl: string;
}

/** The one window factory: secure options, guarded contents, shown once painted. */
export const createMainWindow = ({ preloadPath, appOrigin, startUrl }: MainWindowSetup): BrowserWindow => {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  guardWebContents(window.webContents, appOrigin);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
};
