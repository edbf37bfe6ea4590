import { commandDefOf } from '../../../shared/commands';
import { LogEntrySchema, type LogEntry } from '../../../shared/contract';

type LoggedCommand = LogEntry['command'];

/*
 * Compact log entries. Saving a rich-text section sends the whole section; logging it whole twice
 * (the command and its inverse) cost up to ~2 MB per autosave. Within one log file:
 *
 * - an inverse that is an upsert of the item exactly as the file last set it is stored as
 *   `{"$same":{"type":…,"id":…,"index":…}}` (the item is the one the file's previous command wrote);
 * - a command of the same type as its inverse is stored as `{"$delta":…}`: what changed relative
 *   to the inverse (changed object fields; for arrays, the common prefix and suffix kept and the
 *   middle replaced, so a rich document's `content` stores only the paragraphs that changed).
 *
 * Each file decodes on its own, front to back, without the workshop: the only state is the item
 * values the file's own commands wrote. The encoder emits `$same` only after checking the value
 * equals the entry's real inverse, so a stale value is never relied on (it just stores in full).
 */

type Json = unknown;

/** What changed from one JSON value to another. `{}` means nothing changed. */
export type Delta =
  | Record<string, never>
  | { r: Json }
  | { o: Record<string, Delta>; d?: string[]; k?: string[] }
  | { a: [number, number]; m: Json[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property's value (never one inherited, like `valueOf`). */
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/** The keys JSON would write (undefined values are left out). */
const definedKeys = (value: Record<string, unknown>): string[] => Object.keys(value).filter((key) => value[key] !== undefined);

/** Structural equality as JSON sees it (undefined fields count as absent). */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = definedKeys(a);
    if (keys.length !== definedKeys(b).length) return false;
    for (const key of keys) if (!jsonEqual(a[key], own(b, key))) return false;
    return true;
  }
  return false;
};

const sameOrder = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((key, i) => key === b[i]);

/** The delta that turns `a` into `b`. */
export const diffJson = (a: Json, b: Json): Delta => {
  if (jsonEqual(a, b)) return {};
  if (Array.isArray(a) && Array.isArray(b)) {
    const shortest = Math.min(a.length, b.length);
    let prefix = 0;
    while (prefix < shortest && jsonEqual(a[prefix], b[prefix])) prefix += 1;
    let suffix = 0;
    while (suffix < shortest - prefix && jsonEqual(a[a.length - 1 - suffix], b[b.length - 1 - suffix])) suffix += 1;
    if (prefix === 0 && suffix === 0) return { r: b };
    return { a: [prefix, suffix], m: b.slice(prefix, b.length - suffix) };
  }
  if (isObject(a) && isObject(b)) {
    const aKeys = definedKeys(a);
    const bKeys = definedKeys(b);
    const o: Record<string, Delta> = {};
    const added: string[] = [];
    for (const key of bKeys) {
      if (own(a, key) === undefined) {
        o[key] = { r: b[key] };
        added.push(key);
      } else if (!jsonEqual(a[key], b[key])) o[key] = diffJson(a[key], b[key]);
    }
    const d = aKeys.filter((key) => own(b, key) === undefined);
    const delta: { o: Record<string, Delta>; d?: string[]; k?: string[] } = { o };
    if (d.length > 0) delta.d = d;
    const rebuiltOrder = [...aKeys.filter((key) => own(b, key) !== undefined), ...added];
    if (!sameOrder(rebuiltOrder, bKeys)) delta.k = bKeys;
    return delta;
  }
  return { r: b };
};

const bad = (): never => {
  throw new Error('delta does not fit its base');
};

/** Applies a delta made by `diffJson(a, b)` to (a JSON copy of) `a`; returns `b`. Unchanged parts are shared with `a`. */
export const applyDelta = (a: Json, delta: Delta): Json => {
  if (!isObject(delta)) return bad();
  if ('r' in delta) return delta.r;
  if ('a' in delta) {
    const [prefix, suffix] = delta.a;
    if (!Array.isArray(a) || !Array.isArray(delta.m) || !Number.isInteger(prefix) || !Number.isInteger(suffix) || prefix < 0 || suffix < 0 || prefix + suffix > a.length) return bad();
    return [...a.slice(0, prefix), ...delta.m, ...a.slice(a.length - suffix)];
  }
  if ('o' in delta) {
    if (!isObject(a) || !isObject(delta.o)) return bad();
    const o = delta.o;
    const deleted = new Set(Array.isArray(delta.d) ? delta.d : []);
    const pairs: [string, Json][] = [];
    for (const key of definedKeys(a)) {
      if (deleted.has(key)) continue;
      pairs.push([key, Object.hasOwn(o, key) ? applyDelta(a[key], o[key] as Delta) : a[key]]);
    }
    for (const key of Object.keys(o)) if (own(a, key) === undefined) pairs.push([key, applyDelta(undefined, o[key] as Delta)]);
    if (Array.isArray(delta.k)) {
      const byKey = new Map(pairs);
      return Object.fromEntries(delta.k.map((key) => [key, byKey.has(String(key)) ? byKey.get(String(key)) : bad()]));
    }
    // Object.fromEntries defines own properties, so a "__proto__" key stays data.
    return Object.fromEntries(pairs);
  }
  if (Object.keys(delta).length === 0) return a;
  return bad();
};

/** The key of the item a collection command writes (from its definition), or null for any other command. */
const itemKey = (command: Record<string, unknown>): string | null => {
  const collection = typeof command.type === 'string' ? commandDefOf(command.type)?.collection : undefined;
  if (!collection) return null;
  const id = isObject(command.item) ? command.item.id : command.id;
  return typeof id === 'string' ? `${collection.name}:${id}` : null;
};

type EncodedCommand = Json;

/** Bytes a delta must save before a command is stored as one (small edits stay readable lines). */
const WORTH_A_DELTA = 200;

/**
 * The per-file state shared by encoder and decoder: the value each item had after the file's
 * last command that wrote it. Both sides update it from the commands alone, in file order.
 */
class ItemMemory {
  private readonly values = new Map<string, Json>();

  get(key: string): Json {
    return this.values.get(key);
  }

  follow(command: Json): void {
    if (!isObject(command) || typeof command.type !== 'string') return;
    const key = itemKey(command);
    if (!key) return;
    if (command.item !== undefined) this.values.set(key, command.item);
    else this.values.delete(key);
  }
}

/** An inverse as stored (`$same` refers to the item the file's previous command wrote) made whole again. */
const resolveInverseFrom = (memory: ItemMemory, inverse: unknown): Json => {
  if (!isObject(inverse) || !('$same' in inverse)) return inverse;
  const same = inverse.$same;
  if (!isObject(same) || typeof same.type !== 'string') return bad();
  const key = itemKey(same);
  const item = key ? memory.get(key) : undefined;
  if (item === undefined) return bad();
  return same.index === undefined ? { type: same.type, item } : { type: same.type, item, index: same.index };
};

/** A command as stored (`$delta` from its inverse) made whole again. */
const resolveCommandFrom = (command: unknown, inverse: Json): Json => {
  if (!isObject(command) || !('$delta' in command)) return command;
  return applyDelta(inverse, command.$delta as Delta);
};

/** Encodes the entries of one file in order (append them in the same order). */
export class EntryEncoder {
  constructor(private readonly memory = new ItemMemory()) {}

  /** The JSON text of `entry` in compact form. */
  encode(entry: LogEntry): string {
    const json = this.compactJson(entry);
    this.memory.follow(entry.command);
    return json;
  }

  /**
   * The JSON text of `entry` in compact form, checked as an open would read it: parsed back, resolved
   * against this file's memory and validated. Null (and the memory left as it was) when the entry
   * cannot be written whole or would not read back as a valid entry. One serialisation of the entry:
   * the check reads the compact text that is written, not a second encoding of the whole entry.
   */
  encodeStorable(entry: LogEntry): string | null {
    let json: string;
    try {
      json = this.compactJson(entry);
      const raw: unknown = JSON.parse(json);
      if (!isObject(raw)) return null;
      const inverse = resolveInverseFrom(this.memory, raw.inverse);
      const command = resolveCommandFrom(raw.command, inverse);
      if (!LogEntrySchema.safeParse({ ...raw, command, inverse }).success) return null;
    } catch {
      return null;
    }
    this.memory.follow(entry.command);
    return json;
  }

  /**
   * `{...entry, command, inverse}` in compact form, each command serialised once: the text measured
   * to choose between a delta and the whole command is the text written.
   */
  private compactJson(entry: LogEntry): string {
    const inverse = JSON.stringify(this.encodeInverse(entry.inverse));
    const command = this.encodeCommand(entry.command, entry.inverse);
    const head = JSON.stringify({ ...entry, command: undefined, inverse: undefined });
    if (head === undefined || !head.endsWith('}')) throw new Error('entry is not an object');
    return `${head.length > 2 ? `${head.slice(0, -1)},` : '{'}"command":${command},"inverse":${inverse}}`;
  }

  /** Moves the memory on as if `command` had been encoded (used when decoding a file to append to it). */
  follow(command: Json): void {
    this.memory.follow(command);
  }

  private encodeInverse(inverse: LoggedCommand): EncodedCommand {
    if (!('item' in inverse)) return inverse;
    const key = itemKey(inverse);
    const known = key ? this.memory.get(key) : undefined;
    if (known === undefined || !jsonEqual(known, inverse.item)) return inverse;
    const same = { type: inverse.type, id: inverse.item.id };
    return { $same: inverse.index === undefined ? same : { ...same, index: inverse.index } };
  }

  /** The command's JSON text: whole, or as a delta from its inverse when that saves bytes. */
  private encodeCommand(command: LoggedCommand, inverse: LoggedCommand): string {
    const whole = JSON.stringify(command);
    if (command.type !== inverse.type) return whole;
    const delta = JSON.stringify({ $delta: diffJson(inverse, command) });
    // Small commands stay whole and readable; only a delta that saves bytes is worth decoding.
    return delta.length + WORTH_A_DELTA < whole.length ? delta : whole;
  }
}

/** Decodes the lines of one file in order. */
export class EntryDecoder {
  private readonly memory = new ItemMemory();

  /** Turns an encoded entry (parsed JSON) back into the raw entry; throws if it does not fit. */
  resolve(raw: unknown): Record<string, unknown> {
    if (!isObject(raw)) throw new Error('entry is not an object');
    const inverse = this.resolveInverse(raw.inverse);
    const command = this.resolveCommand(raw.command, inverse);
    this.memory.follow(command);
    return { ...raw, command, inverse };
  }

  /** Resolves and validates; null when the entry does not decode or validate. */
  decode(raw: unknown): LogEntry | null {
    let resolved: Record<string, unknown>;
    try {
      resolved = this.resolve(raw);
    } catch {
      return null;
    }
    const parsed = LogEntrySchema.safeParse(resolved);
    return parsed.success ? parsed.data : null;
  }

  /** Moves the memory on past a line stored whole (format 1). */
  follow(command: Json): void {
    this.memory.follow(command);
  }

  /** An encoder that continues this file where the decoder stopped. */
  continuation(): EntryEncoder {
    return new EntryEncoder(this.memory);
  }

  private resolveInverse(inverse: unknown): Json {
    return resolveInverseFrom(this.memory, inverse);
  }

  private resolveCommand(command: unknown, inverse: Json): Json {
    return resolveCommandFrom(command, inverse);
  }
}
