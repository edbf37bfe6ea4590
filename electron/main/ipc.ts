import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { AppError, AppErrorSchema, isAppErrorData } from '../../shared/commands/command-error';
import { dispatch, IPC_CHANNELS, type BridgeResult, type Handlers } from '../../shared/contract';
import { EditConflictError } from '../services/store/conflicts';
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

/** A thrown error as the renderer gets it, the same data an HTTP refusal's body carries (a conflict's both versions too). */
export const toBridgeError = (error: unknown): BridgeResult => {
  if (error instanceof EditConflictError) return { ok: false, error: error.toJSON(), current: error.current };
  if (error instanceof AppError) return { ok: false, error: error.toJSON() };
  if (isAppErrorData(error)) return { ok: false, error: AppErrorSchema.parse(error) };
  return { ok: false, error: new AppError('internal', { reason: 'internal.server' }).toJSON() };
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
      return { ok: false, error: new AppError('forbidden', { reason: 'api.notFromAppWindow' }).toJSON() };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: new AppError('invalid_input', { reason: 'api.methodNameNotText' }).toJSON() };
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
