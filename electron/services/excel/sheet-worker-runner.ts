import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheet-worker-protocol';
import { count, SPLIT_HINT } from './zip-directory';

/**
 * Reads a workbook in a worker thread with V8 resource limits and a wall-clock timeout, one workbook
 * at a time. Whatever the file does (a heap it cannot fit, a parse that never ends) stops the worker
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
  throw new AppError('internal', 'Komponen pembaca Excel tidak ditemukan di instalasi aplikasi. Pasang ulang aplikasi, atau impor berkas CSV.');
};

/** A TypeScript entry is loaded through tsx's ESM API, registered inside the worker before the import. */
const startWorker = (entry: WorkerEntry, options: SheetWorkerOptions): Worker => {
  const resourceLimits = { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
  if (!entry.typescript) return new Worker(entry.file, { resourceLimits });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(pathToFileURL(entry.file).href)}))`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
};

const outOfMemory = (fileName: string, heapMb: number): AppError =>
  new AppError('too_large', `Berkas "${fileName}" terlalu besar untuk dibuka: membacanya memerlukan lebih dari ${count(heapMb)} MB memori. ${SPLIT_HINT}`);

const timedOut = (fileName: string, timeoutMs: number): AppError =>
  new AppError('too_large', `Berkas "${fileName}" terlalu lama dibaca (lebih dari ${String(timeoutMs / 1000).replace('.', ',')} detik) sehingga dihentikan. ${SPLIT_HINT}`);

const failed = (fileName: string): AppError =>
  new AppError('invalid_input', `Berkas "${fileName}" tidak dapat dibaca. Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.`);

const readOnce = (fileName: string, bytes: Uint8Array, options: SheetWorkerOptions): Promise<SheetRow[]> =>
  new Promise((resolve, reject) => {
    const worker = startWorker(findWorkerEntry(), options);
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(timedOut(fileName, options.timeoutMs))), options.timeoutMs);
    worker.once('message', (reply: SheetWorkerReply) => finish(() => (reply.ok ? resolve(reply.rows) : reject(reply.code === 'internal' ? failed(fileName) : new AppError(reply.code, reply.message)))));
    worker.once('error', (error: Error & { code?: string }) => finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(fileName, options.heapMb) : failed(fileName))));
    worker.once('exit', () => finish(() => reject(failed(fileName))));
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
