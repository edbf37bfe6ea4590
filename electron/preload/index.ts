import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MenuMessageSchema, type BridgeResult, type MasterplanBridge, type SaveFileResult } from '../../shared/contract/bridge';

/**
 * The renderer's only door to the main process: `window.masterplan`. It can call contract
 * methods, hear menu commands and save files through the save dialog; it never sees ipcRenderer, process or Node.
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
} satisfies MasterplanBridge;

contextBridge.exposeInMainWorld('masterplan', bridge);
