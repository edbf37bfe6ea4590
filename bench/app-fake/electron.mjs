// A stand-in for the `electron` module, for `npm run bench -- app`: just enough for out/main/index.js
// to start (services, IPC, menu) up to its first `new BrowserWindow(...)`, which prints the time and exits.
import { performance } from 'node:perf_hooks';

const noop = () => undefined;
const userData = process.env.MASTERPLAN_BENCH_USER_DATA;
const listeners = new Map();

export const app = {
  isPackaged: true,
  enableSandbox: noop,
  requestSingleInstanceLock: () => true,
  quit: () => process.exit(0),
  exit: (code) => process.exit(code),
  on: (event, listener) => void listeners.set(event, listener),
  whenReady: () => Promise.resolve(),
  getPath: (name) => (name === 'userData' ? userData : process.env.TMPDIR || '/tmp'),
  getVersion: () => '0.0.0',
  setAboutPanelOptions: noop,
};
export const protocol = { registerSchemesAsPrivileged: noop, handle: noop };
export const session = { defaultSession: { webRequest: { onHeadersReceived: noop }, setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } };
export const ipcMain = { handle: noop, removeHandler: noop, on: noop, removeListener: noop };
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu: noop };
export const dialog = { showErrorBox: (_title, message) => console.error(message), showMessageBox: () => Promise.resolve({ response: 0 }) };
export const shell = { openExternal: () => Promise.resolve(), showItemInFolder: noop };
export class BrowserWindow {
  constructor() {
    // Time since this process started, as Node counts it (performance.timeOrigin is process start).
    console.log(`FIRST_WINDOW ${performance.now().toFixed(1)}`);
    process.exit(0);
  }
  static getAllWindows = () => [];
}
export default { app, protocol, session, ipcMain, Menu, dialog, shell, BrowserWindow };
