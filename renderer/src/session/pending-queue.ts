import type { Command } from '../../../shared/commands';

/** One write waiting to reach the core, in the order the user made it. */
export type PendingWrite = { kind: 'apply'; command: Command } | { kind: 'undo' } | { kind: 'redo' };

export const pendingCommands = (queue: readonly PendingWrite[]): Command[] =>
  queue.flatMap((write) => (write.kind === 'apply' ? [write.command] : []));
