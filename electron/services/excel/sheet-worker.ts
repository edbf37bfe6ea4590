import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/commands';
import { readWorkbookRows } from './workbook-rows';
import type { SheetWorkerReply, SheetWorkerRequest } from './sheet-worker-protocol';

/**
 * The reading worker's entry: a workbook in, rows of text (or a plain refusal) out, one at a time. It runs with
 * V8 resource limits and a wall-clock timeout set by sheet-worker-runner.ts, so whatever a file does
 * to ExcelJS it can only exhaust this worker, never the app's main thread.
 */

const port = parentPort;
if (!port) throw new Error('sheet-worker.ts runs only as a worker thread');

port.on('message', (request: SheetWorkerRequest) => {
  const reply = (message: SheetWorkerReply): void => port.postMessage(message);
  readWorkbookRows(request.fileName, Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength))
    .then((rows) => reply({ ok: true, rows }))
    .catch((error: unknown) => {
      if (error instanceof AppError) reply({ ok: false, code: error.code, message: error.message, error: error.toJSON() });
      else reply({ ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) });
    });
});
