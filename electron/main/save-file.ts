import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, Shell } from 'electron';
import { IPC_CHANNELS, SaveFileRequestSchema, type SaveFileResult } from '../../shared/contract/bridge';
import { isAppUrl } from './trusted-url';

export interface SaveFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  window: () => BrowserWindow | null;
  appOrigin: string;
  defaultFolder: () => string;
}

const fromAppWindow = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appOrigin: string): boolean => {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url, appOrigin));
};

/**
 * Saving what the app made (Word masterplan, Excel matrices, hand-off packages): the user picks
 * the place in the system's save dialog, so the renderer never names a path itself. Only files
 * saved this way can later be shown in their folder.
 */
export const registerSaveFile = (ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: SaveFileDeps): (() => void) => {
  const saved = new Set<string>();
  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, raw: unknown): Promise<SaveFileResult> => {
    if (!fromAppWindow(event, deps.appOrigin)) return { saved: false };
    const request = SaveFileRequestSchema.parse(raw);
    const options = {
      defaultPath: `${deps.defaultFolder()}/${request.suggestedName.replace(/[\\/:*?"<>|]/g, '_')}`,
      filters: [request.filter],
    };
    const window = deps.window();
    const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, request.bytes);
    saved.add(choice.filePath);
    return { saved: true, path: choice.filePath };
  });
  ipcMain.handle(IPC_CHANNELS.showInFolder, (event, path: unknown): void => {
    if (!fromAppWindow(event, deps.appOrigin) || typeof path !== 'string' || !saved.has(path)) return;
    deps.shell.showItemInFolder(path);
  });
  return () => {
    ipcMain.removeHandler(IPC_CHANNELS.saveFile);
    ipcMain.removeHandler(IPC_CHANNELS.showInFolder);
  };
};
