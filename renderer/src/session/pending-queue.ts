import type { Command } from '../../../shared/commands';

/** One write waiting to reach the core, in the order the user made it (queued by the sync engine). */
export type PendingWrite = { kind: 'apply'; command: Command } | { kind: 'undo' } | { kind: 'redo' };
