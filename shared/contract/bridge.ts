import { z } from 'zod';
import type { AppErrorData } from '../commands';
import { IdSchema } from '../model/ids';
import type { LiveEvent } from './live';

/** Commands the native menu sends to the renderer. */
export const MenuCommandSchema = z.enum(['new-workshop', 'open-home', 'open-workshop', 'undo', 'redo', 'export', 'toggle-language', 'projector']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** What travels on IPC_CHANNELS.menu; `workshopId` comes with 'open-workshop' (Berkas › Terbaru). */
export const MenuMessageSchema = z.object({ command: MenuCommandSchema, workshopId: IdSchema.optional() });
export type MenuMessage = z.infer<typeof MenuMessageSchema>;

/**
 * A refusal as it reaches the renderer, over IPC and over HTTP alike (HTTP sends it as the error body):
 * the error as data (code, reason, params, field, message) and, for a true conflict (409 'conflict'),
 * `current`: the keys both sides changed, the stored item (theirs) and what was sent (yours).
 */
export interface Refusal {
  error: AppErrorData;
  current?: unknown;
}

export type BridgeResult = { ok: true; value: unknown } | ({ ok: false } & Refusal);

/**
 * The one narrow object the Electron preload exposes as `window.masterplan`.
 * The renderer turns it into an `Api` with the same contract as the HTTP client.
 */
export interface MasterplanBridge {
  invoke(method: string, input: unknown): Promise<BridgeResult>;
  onMenuCommand(listener: (command: MenuCommand, workshopId?: string) => void): () => void;
  /** Asks where to save a file the app made (Word, Excel, package) and writes it; null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Shows a file this window saved earlier in the system's file manager. */
  showInFolder(path: string): Promise<void>;
  /**
   * Live updates of one workshop in the desktop app (the same events `GET /api/events` streams to the
   * facilitator: `ready`, then `applied` / `reload`). Returns a function that stops following.
   */
  followWorkshop(workshopId: string, listener: (event: LiveEvent) => void): () => void;
}

/** A file the renderer asks the desktop app to save through the system's save dialog. */
export const SaveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(200),
  bytes: z.instanceof(Uint8Array),
  /** e.g. { name: 'Dokumen Word', extensions: ['docx'] } */
  filter: z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(5) }),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** The IPC channel names (calls, menu commands, saving a file, showing it in its folder, live updates). */
export const IPC_CHANNELS = {
  invoke: 'masterplan:invoke',
  menu: 'masterplan:menu',
  saveFile: 'masterplan:save-file',
  showInFolder: 'masterplan:show-in-folder',
  live: 'masterplan:live',
  liveFollow: 'masterplan:live-follow',
  liveUnfollow: 'masterplan:live-unfollow',
} as const;
