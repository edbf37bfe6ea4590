import { CommandSchema } from '../../../shared/commands';

/** The command types this version can apply from a log: every public command, and the log-only snapshot restore. */
const KNOWN_TYPES: ReadonlySet<string> = new Set<string>([...CommandSchema.options.map((option) => option.shape.type.value), 'restoreSnapshot']);

const typeOf = (value: unknown): string | null => {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { type?: unknown; $same?: unknown };
  if (typeof record.type === 'string') return record.type;
  // A compact inverse names the type of the item it repeats.
  return record.$same !== undefined ? typeOf(record.$same) : null;
};

/**
 * A command type in a raw log entry that this version does not know (a newer app wrote it), or
 * null. Such an entry is not damage: the workshop opens read-only, as for a newer snapshot.
 */
export const unknownCommandType = (rawEntry: unknown): string | null => {
  if (typeof rawEntry !== 'object' || rawEntry === null) return null;
  const { command, inverse } = rawEntry as { command?: unknown; inverse?: unknown };
  return [typeOf(command), typeOf(inverse)].find((type) => type !== null && !KNOWN_TYPES.has(type)) ?? null;
};
