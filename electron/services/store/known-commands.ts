import { COMMAND_TYPES } from '../../../shared/commands';

/** The command types this version can apply from a log: every defined command, and the log-only snapshot restore. */
const KNOWN_TYPES: ReadonlySet<string> = new Set<string>([...COMMAND_TYPES, 'restoreSnapshot']);

/** The command types a raw command names: its own, a compact inverse's item, and a batch's parts. */
const typesOf = (value: unknown): string[] => {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as { type?: unknown; $same?: unknown; commands?: unknown };
  // A compact inverse names the type of the item it repeats.
  if (typeof record.type !== 'string') return record.$same !== undefined ? typesOf(record.$same) : [];
  const inner = record.type === 'batch' && Array.isArray(record.commands) ? record.commands.flatMap(typesOf) : [];
  return [record.type, ...inner];
};

/**
 * A command type in a raw log entry that this version does not know (a newer app wrote it), or
 * null. Such an entry is not damage: the workshop opens read-only, as for a newer snapshot.
 */
export const unknownCommandType = (rawEntry: unknown): string | null => {
  if (typeof rawEntry !== 'object' || rawEntry === null) return null;
  const { command, inverse } = rawEntry as { command?: unknown; inverse?: unknown };
  return [...typesOf(command), ...typesOf(inverse)].find((type) => !KNOWN_TYPES.has(type)) ?? null;
};
