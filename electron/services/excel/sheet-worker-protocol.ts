import type { AppErrorData, ErrorCode } from '../../../shared/commands';
import type { SheetRow } from '../../../shared/logic/program-import-csv';

/** What the main thread sends the reading worker, and what it answers. */
export interface SheetWorkerRequest {
  fileName: string;
  bytes: Uint8Array;
}

export type SheetWorkerReply = { ok: true; rows: SheetRow[] } | { ok: false; code: ErrorCode; message: string; error?: AppErrorData };
