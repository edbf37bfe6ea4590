import { z } from 'zod';
import type { AppErrorData } from '../commands';
import { IdSchema } from '../model/ids';

/** Commands the native menu sends to the renderer. */
export const MenuCommandSchema = z.enum(['new-workshop', 'open-home', 'open-workshop', 'undo', 'redo', 'export', 'toggle-language', 'projector']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** What travels on IPC_CHANNELS.menu; `workshopId` comes with 'open-workshop' (Berkas › Terbaru). */
export const MenuMessageSchema = z.object({ command: MenuCommandSchema, workshopId: IdSchema.optional() });
export type MenuMessage = z.infer<typeof MenuMessageSchema>;

export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: AppErrorData };

/**
 * The one narrow object the Electron preload exposes as `window.masterplan`.
 * The renderer turns it into an `Api` with the same contract as the HTTP client.
 */
export interface MasterplanBridge {
  invoke(method: string, input: unknown): Promise<BridgeResult>;
  onMenuCommand(listener: (command: MenuCommand, workshopId?: string) => void): () => void;
}

/** The IPC channel names (one for calls, one for menu commands). */
export const IPC_CHANNELS = { invoke: 'masterplan:invoke', menu: 'masterplan:menu' } as const;
