import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MenuMessageSchema, type BridgeResult, type MasterplanBridge, type SaveFileResult } from '../../shared/contract/bridge';
import { LiveMessageSchema, type LiveFollow, type LiveUnfollow } from '../../shared/contract/live';

/**
 * Subscription ids differ from one page load to the next, so a reloaded page never hears the
 * previous page's subscriptions. They are not secrets: the main process answers only the app's window.
 */
const PAGE = Math.random().toString(36).slice(2, 10);
let subscriptions = 0;

/**
 * The renderer's only door to the main process: `window.masterplan`. It can call contract
 * methods, hear menu commands, follow a workshop's live updates and save files through the save dialog;
 * it never sees ipcRenderer, process or Node.
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<BridgeResult> => ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<BridgeResult>,
  onMenuCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, raw: unknown): void => {
      const parsed = MenuMessageSchema.safeParse(raw);
      if (parsed.success) listener(parsed.data.command, parsed.data.workshopId);
    };
    ipcRenderer.on(IPC_CHANNELS.menu, relay);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menu, relay);
    };
  },
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request) as Promise<SaveFileResult>,
  showInFolder: async (path) => {
    await ipcRenderer.invoke(IPC_CHANNELS.showInFolder, path);
  },
  followWorkshop: (workshopId, listener) => {
    subscriptions += 1;
    const subscriptionId = `${PAGE}-${subscriptions}`;
    let following = true;
    const relay = (_event: IpcRendererEvent, raw: unknown): void => {
      const parsed = LiveMessageSchema.safeParse(raw);
      if (following && parsed.success && parsed.data.subscriptionId === subscriptionId) listener(parsed.data.event);
    };
    ipcRenderer.on(IPC_CHANNELS.live, relay);
    const follow: LiveFollow = { subscriptionId, workshopId };
    ipcRenderer.send(IPC_CHANNELS.liveFollow, follow);
    return () => {
      if (!following) return;
      following = false;
      ipcRenderer.removeListener(IPC_CHANNELS.live, relay);
      const unfollow: LiveUnfollow = { subscriptionId };
      ipcRenderer.send(IPC_CHANNELS.liveUnfollow, unfollow);
    };
  },
} satisfies MasterplanBridge;

// A freshly loaded page follows nothing yet: whatever the page before it followed stops now.
const fresh: LiveUnfollow = { all: true };
ipcRenderer.send(IPC_CHANNELS.liveUnfollow, fresh);

contextBridge.exposeInMainWorld('masterplan', bridge);
