import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, appErrorFromData } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheet-worker-protocol';

/**
 * Reads a workbook in a worker thread with V8 resource limits and a wall-clock timeout, one workbook
 * at a time. A worker that answered is kept for the next file for a short while (starting one and
 * loading ExcelJS costs more than reading a real workbook); one that failed is ended. Whatever the file does (a heap it cannot fit, a parse that never ends) stops the worker
 * only; the main thread keeps answering and turns the outcome into a plain Indonesian AppError.
 *
 * The worker's entry is found next to this module, so it runs wherever the services run:
 * - from TypeScript sources (vitest, `npm run web` under tsx): `sheet-worker.ts`, loaded through tsx;
 * - from the electron-vite bundle: `excel-sheet-worker.js`, a second entry of the main build
 *   (electron.vite.config.ts), beside the bundle or one folder up from a shared chunk.
 */

export interface SheetWorkerOptions {
  heapMb: number;
  timeoutMs: number;
}

const DEFAULT_OPTIONS: SheetWorkerOptions = { heapMb: EXCEL_IMPORT_LIMITS.workerHeapMb, timeoutMs: EXCEL_IMPORT_LIMITS.workerTimeoutMs };

/** Built entry name, as electron.vite.config.ts names it. */
export const BUILT_WORKER_FILE = 'excel-sheet-worker.js';
const SOURCE_WORKER_FILE = 'sheet-worker.ts';

export interface WorkerEntry {
  file: string;
  typescript: boolean;
}

/** Names go through variables so that no bundler mistakes them for assets to copy. */
const beside = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export const findWorkerEntry = (): WorkerEntry => {
  const source = beside(SOURCE_WORKER_FILE);
  if (existsSync(source)) return { file: source, typescript: true };
  for (const candidate of [`./${BUILT_WORKER_FILE}`, `../${BUILT_WORKER_FILE}`]) {
    const file = beside(candidate);
    if (existsSync(file)) return { file, typescript: false };
  }
  throw new AppError('internal', { reason: 'import.readerMissing' });
};

/** A TypeScript entry is loaded through tsx's ESM API, registered inside the worker before the import. */
const startWorker = (entry: WorkerEntry, heapMb: number): Worker => {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
  if (!entry.typescript) return new Worker(entry.file, { resourceLimits });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(pathToFileURL(entry.file).href)}))`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
};

const outOfMemory = (fileName: string, heapMb: number): AppError =>
  new AppError('too_large', { reason: 'import.outOfMemory', params: { file: fileName, limitMb: heapMb } });

const timedOut = (fileName: string, timeoutMs: number): AppError =>
  new AppError('too_large', { reason: 'import.timedOut', params: { file: fileName, seconds: timeoutMs / 1000 } });

const failed = (fileName: string): AppError =>
  new AppError('invalid_input', { reason: 'import.unreadable', params: { file: fileName } });

/** How long a worker waits, idle, for the next file (a preview is usually followed by its import). */
const IDLE_MS = 30_000;

interface IdleWorker {
  worker: Worker;
  heapMb: number;
  timer: NodeJS.Timeout;
  forget: () => void;
}

let idle: IdleWorker | null = null;

/** Takes the idle worker out of the idle slot (its listeners removed one by one: removeAllListeners would break a Worker). */
const leaveIdle = (): IdleWorker | null => {
  const left = idle;
  if (!left) return null;
  idle = null;
  clearTimeout(left.timer);
  left.worker.off('error', left.forget);
  left.worker.off('exit', left.forget);
  return left;
};

const dropIdle = (): void => {
  const left = leaveIdle();
  if (left) void left.worker.terminate();
};

/** The idle worker if it has the same heap limit, else a new one. */
const takeWorker = (heapMb: number): Worker => {
  if (idle && idle.heapMb === heapMb) {
    const left = leaveIdle();
    if (left) {
      left.worker.ref();
      return left.worker;
    }
  }
  dropIdle();
  return startWorker(findWorkerEntry(), heapMb);
};

/** Keeps a healthy worker for the next file; it never holds the process open and ends after IDLE_MS. */
const keepWorker = (worker: Worker, heapMb: number): void => {
  dropIdle();
  worker.unref();
  const timer = setTimeout(dropIdle, IDLE_MS);
  timer.unref();
  // An idle worker that fails or exits is simply forgotten; the next file starts a new one.
  const forget = (): void => {
    if (idle?.worker === worker) leaveIdle();
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  idle = { worker, heapMb, timer, forget };
};

const readOnce = (fileName: string, bytes: Uint8Array, options: SheetWorkerOptions): Promise<SheetRow[]> =>
  new Promise((resolve, reject) => {
    const worker = takeWorker(options.heapMb);
    let settled = false;
    const finish = (settle: () => void, healthy: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) keepWorker(worker, options.heapMb);
      else void worker.terminate();
      settle();
    };
    const onMessage = (reply: SheetWorkerReply): void => {
      if (reply.ok) finish(() => resolve(reply.rows), true);
      else if (reply.code === 'internal') finish(() => reject(failed(fileName)), false);
      else finish(() => reject(appErrorFromData(reply.error ?? { code: reply.code, message: reply.message })), true);
    };
    const onError = (error: Error & { code?: string }): void =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(fileName, options.heapMb) : failed(fileName)), false);
    const onExit = (): void => finish(() => reject(failed(fileName)), false);
    const timer = setTimeout(() => finish(() => reject(timedOut(fileName, options.timeoutMs)), false), options.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const copy = new Uint8Array(bytes);
    const request: SheetWorkerRequest = { fileName, bytes: copy };
    worker.postMessage(request, [copy.buffer]);
  });

let turn: Promise<unknown> = Promise.resolve();

/** Rows of a workbook read in a worker; workbooks wait their turn, so at most one worker's heap exists at a time. */
export const readWorkbookInWorker = (fileName: string, bytes: Uint8Array, options: Partial<SheetWorkerOptions> = {}): Promise<SheetRow[]> => {
  const mine = turn.then(() => readOnce(fileName, bytes, { ...DEFAULT_OPTIONS, ...options }));
  turn = mine.catch(() => undefined);
  return mine;
};
