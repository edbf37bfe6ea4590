import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { wordError } from '../../shared/i18n/errors';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { IPC_CHANNELS, type MenuCommand, type MenuMessage } from '../../shared/contract';
import { createServices, type Services } from '../services';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, serveAppRequest } from './app-protocol';
import { contentSecurityPolicy } from './content-security-policy';
import { enableDesktopSharing } from './desktop-sharing';
import { registerInvokeDispatcher } from './ipc';
import { registerLiveRelay } from './live-relay';
import { buildMenuTemplate } from './menu';
import { legacyBrowserDataDir } from '../services/data-dir';
import { createOpenFileQueue, dataDirFromArgv, openPackageFile, packagePathsFromArgv } from './open-file';
import { createQuitFlush } from './quit-flush';
import { recentWorkshops } from './recent-workshops';
import { registerSaveFile } from './save-file';
import { applySessionPolicy } from './session-policy';
import { createMainWindow, WINDOW_TITLE } from './window';

/** Calls after which Berkas › Terbaru may have changed. */
const RECENT_CHANGING_METHODS = new Set([
  'workshops.create',
  'workshops.duplicate',
  'workshops.rename',
  'workshops.delete',
  'workshops.restore',
  'workshops.restoreBackup',
  'workshop.open',
]);

interface Where {
  appOrigin: string;
  startUrl: string;
  devServerUrl: string | undefined;
}

/** Built app: `app://masterplan`. `electron-vite dev`: the Vite dev server it names. */
const whereIsTheRenderer = (): Where => {
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  if (devServerUrl) return { appOrigin: new URL(devServerUrl).origin, startUrl: devServerUrl, devServerUrl };
  return { appOrigin: APP_ORIGIN, startUrl: APP_START_URL, devServerUrl: undefined };
};

const logError = (context: string) => (error: unknown) => console.error(`[masterplan] ${context}:`, error);

const describeStartupError = (error: unknown): string =>
  error instanceof Error && error.name === 'AppError' ? error.message : wordError('workshop.dataDirUnusable');

/** Everything the desktop app does from launch to quit. Runs once, from electron/main/index.ts. */
export const runDesktopApp = (): void => {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const where = whereIsTheRenderer();
  const csp = contentSecurityPolicy(where.devServerUrl);
  const here = import.meta.dirname;
  const preloadPath = join(here, '../preload/index.cjs');
  const rendererDir = join(here, '../renderer');
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;

  const sendToRenderer = (command: MenuCommand, workshopId?: string): void => {
    const message: MenuMessage = workshopId === undefined ? { command } : { command, workshopId };
    mainWindow?.webContents.send(IPC_CHANNELS.menu, message);
  };

  const refreshMenu = async (): Promise<void> => {
    const listed = services ? await services.handlers['workshops.list']({}).catch(() => null) : null;
    const recent = listed ? recentWorkshops(listed.workshops) : [];
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendToRenderer, process.platform === 'darwin', recent)));
  };

  const focusWindow = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  // A double-clicked package (file association): handled once the window shows, one at a time.
  const openFiles = createOpenFileQueue(async (filePath) => {
    if (!services) return;
    const outcome = await openPackageFile(filePath, { handlers: services.handlers, readFile: (file) => readFile(file, 'utf8'), fileSize: async (file) => (await stat(file)).size });
    focusWindow();
    if (outcome.kind === 'open-workshop') {
      sendToRenderer('open-workshop', outcome.workshopId);
      void refreshMenu();
    }
    const { message } = outcome;
    if (message && mainWindow) await dialog.showMessageBox(mainWindow, { type: outcome.kind === 'error' ? 'warning' : 'info', title: WINDOW_TITLE, message });
  });
  void openFiles.add(packagePathsFromArgv(process.argv, process.cwd()));

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preloadPath, appOrigin: where.appOrigin, startUrl: where.startUrl });
    mainWindow.once('ready-to-show', () => void openFiles.ready());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  // A second launch (another double-click) hands its argv here and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    void openFiles.add(packagePathsFromArgv(argv, workingDirectory));
  });

  // macOS delivers a double-clicked file this way, also before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openFiles.add([filePath]);
  });

  // Defence in depth for any web contents, not only the main window.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on(
    'before-quit',
    createQuitFlush({
      flush: async () => services?.flushAll(),
      close: async () => services?.close(),
      quit: () => app.quit(),
      logError: logError('menyimpan saat keluar'),
    }),
  );

  app.setAboutPanelOptions({
    applicationName: WINDOW_TITLE,
    applicationVersion: app.getVersion(),
    credits: 'Pendamping Bimtek penyusunan Masterplan Smart City kabupaten/kota (Gerakan Menuju 100 Smart City).',
  });

  void app.whenReady().then(async () => {
    try {
      // One data folder with browser mode (userData); `--data DIR` overrides it, as in `npm run web`.
      const dataDir = dataDirFromArgv(process.argv, process.cwd());
      services = await createServices({ dataDir: dataDir ?? app.getPath('userData'), mode: 'desktop', seedDemo: true, legacyDataDir: dataDir ? null : legacyBrowserDataDir() });
    } catch (error) {
      logError('membuka data')(error);
      dialog.showErrorBox(WINDOW_TITLE, `Aplikasi tidak dapat dimulai. ${describeStartupError(error)}`);
      app.exit(1);
      return;
    }
    const ready = services;
    applySessionPolicy(session.defaultSession, where.appOrigin, csp);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request, csp));
    registerInvokeDispatcher(ipcMain, {
      handlers: ready.handlers,
      appOrigin: where.appOrigin,
      onSuccess: (method) => {
        if (RECENT_CHANGING_METHODS.has(method)) void refreshMenu();
      },
      logError: (method, error) => logError(`metode ${method}`)(error),
    });
    registerSaveFile(ipcMain, { dialog, shell, window: () => mainWindow, appOrigin: where.appOrigin, defaultFolder: () => app.getPath('documents') });
    registerLiveRelay(ipcMain, { feed: ready.share.feed, appOrigin: where.appOrigin });
    enableDesktopSharing({ services: ready, rendererDir, logError: logError('berbagi di jaringan lokal') });
    await refreshMenu();
    openWindow();
  });
};
