import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, IpcMain } from 'electron';
import { IPC_CHANNELS } from '../../../shared/contract/bridge';
import { registerSaveFile } from '../../../electron/main/save-file';

type Handler = (event: unknown, arg: unknown) => unknown;
const APP = 'app://masterplan';
const fromApp = { senderFrame: { url: `${APP}/index.html`, parent: null } };
const fromFrame = { senderFrame: { url: 'https://evil.example/', parent: null } };

describe('saving a file the app made (desktop save dialog)', () => {
  let dir: string;
  let handlers: Map<string, Handler>;
  let chosen: string | undefined;
  let shown: string[];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'save-file-'));
    handlers = new Map();
    shown = [];
    chosen = path.join(dir, 'Masterplan.docx');
    const ipcMain = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler), removeHandler: (channel: string) => void handlers.delete(channel) };
    registerSaveFile(
      ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
      {
        dialog: { showSaveDialog: async () => (chosen ? { canceled: false, filePath: chosen } : { canceled: true, filePath: '' }) },
        shell: { showItemInFolder: (file: string) => void shown.push(file) },
        window: () => null as BrowserWindow | null,
        appOrigin: APP,
        defaultFolder: () => dir,
      },
    );
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const request = { suggestedName: 'Masterplan.docx', bytes: new Uint8Array([80, 75, 3, 4]), filter: { name: 'Dokumen Word', extensions: ['docx'] } };

  it('writes the bytes where the user chose and then shows that file in its folder', async () => {
    const result = await handlers.get(IPC_CHANNELS.saveFile)?.(fromApp, request);
    expect(result).toEqual({ saved: true, path: chosen });
    expect([...(await readFile(chosen ?? ''))]).toEqual([80, 75, 3, 4]);
    await handlers.get(IPC_CHANNELS.showInFolder)?.(fromApp, chosen);
    expect(shown).toEqual([chosen]);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    chosen = undefined;
    expect(await handlers.get(IPC_CHANNELS.saveFile)?.(fromApp, request)).toEqual({ saved: false });
  });

  it('refuses callers that are not the app window, and never shows a path it did not save', async () => {
    expect(await handlers.get(IPC_CHANNELS.saveFile)?.(fromFrame, request)).toEqual({ saved: false });
    await handlers.get(IPC_CHANNELS.showInFolder)?.(fromApp, '/etc/passwd');
    expect(shown).toEqual([]);
  });
});
