import type { z } from 'zod';
import type { Workshop } from '../../model';
import type { ErrorDetail } from '../../i18n/errors';

/*
 * One command, defined once: its schema, how it changes a workshop (with the rules that span
 * items), how it is taken back, what it writes, and who may send it. The reducer, undo, the
 * hand-off scope and the participants' allow-list all read these definitions (see ./index.ts).
 */

/**
 * What a command writes, as a key: `<base>` or `<base>#<field>`.
 * - an item of a collection: base `Program:abc` (the collection's name in its command types, a colon, the id);
 * - a singleton part of the workshop: base `vision`, `region`, `roadmap`, `title` …;
 * - the field is a dotted path inside it (`name`, `phaseLabels.pendek`, `notes.dim-1`).
 * A key without a field stands for the whole item or part (its existence included).
 */
export type TouchKey = string;

export const itemKey = (collection: string, id: string, field?: string): TouchKey => (field === undefined ? `${collection}:${id}` : `${collection}:${id}#${field}`);
export const partKey = (part: string, field?: string): TouchKey => (field === undefined ? part : `${part}#${field}`);

/** A key's base (the item or part) and its field, if any. */
export const splitKey = (key: TouchKey): { base: string; field: string | null } => {
  const at = key.indexOf('#');
  return at < 0 ? { base: key, field: null } : { base: key.slice(0, at), field: key.slice(at + 1) };
};

/** The key of the whole item or part a key belongs to. */
export const baseOf = (key: TouchKey): string => splitKey(key).base;

const fieldsOverlap = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** `Program:*` (any item of a collection, for a command read without its workshop) meets every `Program:<id>`. */
const sameCollection = (a: string, b: string): boolean => {
  const [wide, narrow] = a.endsWith(':*') ? [a, b] : b.endsWith(':*') ? [b, a] : [null, null];
  return wide !== null && narrow !== null && narrow.startsWith(wide.slice(0, -1));
};

/** Whether two writes meet: the same item or part, and the same field (or one of them the whole, or one field inside the other). */
export const keysOverlap = (a: TouchKey, b: TouchKey): boolean => {
  const x = splitKey(a);
  const y = splitKey(b);
  if (x.base !== y.base && !sameCollection(x.base, y.base)) return false;
  return x.field === null || y.field === null || fieldsOverlap(x.field, y.field);
};

/** JSON equality for the values of a workshop (plain data). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The keys of the fields of `after` (an object) that differ from `before`. */
export const changedFields = <T extends object>(before: T, after: T, key: (field: string) => TouchKey): TouchKey[] => {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...fields].filter((f) => !sameValue(b[f], a[f])).map(key);
};

/** Applies a nested command (only `batch` uses it): the registry's reducer, without the revision bump. */
export type ApplyNested = (w: Workshop, command: { type: string }) => Workshop;
/** Inverts a nested command against the workshop it is applied to. */
export type InvertNested = (before: Workshop, command: { type: string }) => { type: string };

/** Why an OPD (participant on the room's network, or an OPD head's hand-off copy) may not send this command, or null when it may. */
export type OpdAccess<C> = (before: Workshop, opdId: string, command: C) => string | null;

/**
 * Why an FGD group (participants who joined as a group, issue 12) may not send this command, as a
 * reason code with its params, or null when it may.
 */
export type GroupAccess<C> = (before: Workshop, groupId: string, command: C) => ErrorDetail | null;

export interface Access<C> {
  /** The facilitator may send every command. */
  readonly facilitator: true;
  /** An OPD in its own scope; null when no OPD may send it. */
  readonly opd: OpdAccess<C> | null;
  /** An FGD group in its own scope (the room); null when no group may send it. */
  readonly group: GroupAccess<C> | null;
}

/** Facilitator only. */
export const FACILITATOR_ONLY = { facilitator: true, opd: null, group: null } as const;

export interface CommandDef<S extends z.ZodType<{ type: string }>> {
  readonly type: z.infer<S>['type'];
  readonly schema: S;
  /** For the upsert/remove families: the collection and the verb. */
  readonly collection?: { name: string; verb: 'upsert' | 'remove' };
  /** The new workshop (revision untouched; the reducer bumps it once); throws AppError when a workshop rule refuses it. */
  apply(w: Workshop, command: z.infer<S>, nested: ApplyNested): Workshop;
  /** Rules a new command must pass that older log lines may not (see reducer.checkNewCommand). */
  checkNew?(before: Workshop, after: Workshop, command: z.infer<S>): void;
  /** The command that takes it back, computed on the workshop it is applied to. */
  invert(before: Workshop, command: z.infer<S>, nested: InvertNested): { type: string };
  /**
   * What it writes. With `before` (the workshop it is applied to), the items and fields it changes;
   * without (a logged command read on its own), the items and parts it may write, no finer.
   */
  touches(before: Workshop | null, command: z.infer<S>): TouchKey[];
  readonly access: Access<z.infer<S>>;
}

/** Keeps the literal types of a definition. */
export const defineCommand = <S extends z.ZodType<{ type: string }>>(def: CommandDef<S>): CommandDef<S> => def;
