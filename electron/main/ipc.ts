import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { AppError, isAppErrorData } from '../../shared/commands/command-error';
import { dispatch, IPC_CHANNELS, type BridgeResult, type Handlers } from '../../shared/contract';
import { isAppUrl } from './trusted-url';

/** The part of an invoke event the dispatcher looks at: who is calling. */
export type InvokeSender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export interface InvokeDispatcherOptions {
  handlers: Handlers;
  appOrigin: string;
  /** Called after a method succeeded (e.g. to refresh Berkas › Terbaru). */
  onSuccess?: (method: string) => void;
  /** Where unexpected failures are logged with their stack; the renderer only gets a plain message. */
  logError?: (method: string, error: unknown) => void;
}

const INTERNAL_MESSAGE = 'Terjadi kesalahan internal. Perubahan terakhir mungkin belum tersimpan; coba lagi.';

export const toBridgeError = (error: unknown): BridgeResult => {
  if (error instanceof AppError) return { ok: false, error: error.toJSON() };
  if (isAppErrorData(error)) {
    const { code, message, field } = error;
    return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
  }
  return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
};

/**
 * The one IPC entry point: checks the caller is the app's own top-level page, validates the
 * input against the contract (shared `dispatch`), calls the service, and always answers with a
 * plain BridgeResult — a thrown error never crosses to the renderer with its stack.
 */
export const createInvokeDispatcher = ({ handlers, appOrigin, onSuccess, logError }: InvokeDispatcherOptions) =>
  async (event: InvokeSender, method: unknown, input: unknown): Promise<BridgeResult> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, appOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Permintaan ditolak: bukan dari jendela aplikasi.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'Nama metode harus berupa teks.' } };
    }
    try {
      const value = await dispatch(handlers, method, input);
      onSuccess?.(method);
      return { ok: true, value };
    } catch (error) {
      if (!(error instanceof AppError) && !isAppErrorData(error)) logError?.(method, error);
      return toBridgeError(error);
    }
  };

/** Registers the dispatcher on IPC_CHANNELS.invoke; returns a function that removes it. */
export const registerInvokeDispatcher = (ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: InvokeDispatcherOptions): (() => void) => {
  ipcMain.handle(IPC_CHANNELS.invoke, createInvokeDispatcher(options));
  return () => ipcMain.removeHandler(IPC_CHANNELS.invoke);
};
