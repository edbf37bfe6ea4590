import type { z } from 'zod';
import { AppError, appErrorFromZod, applyCommand, type Actor, type Command } from '../commands';
import { NarrativeSectionSchema, ProgramSchema, type NarrativeSection, type Program, type Workshop } from '../model';
import { sameJson } from './canonical';
import type { ReturnPackage } from './package-schema';
import type { ChangeStatus, HandoffChange, Resolution, Resolutions } from './preview-schema';
import { leadsProgram, ownsSection } from './scope';

type Entry<T> = { id: string; item: T | null; base: T | null };

interface CollectionRules<T extends { id: string }> {
  collection: 'section' | 'program';
  label: string;
  current(w: Workshop): readonly T[];
  title(item: T): string;
  scopeProblem(entry: Entry<T>, opdId: string): string | null;
  command(id: string, item: T | null): Command;
  schema: z.ZodType<T>;
}

const SECTIONS: CollectionRules<NarrativeSection> = {
  collection: 'section',
  label: 'bagian naskah',
  current: (w) => w.sections,
  title: (s) => s.title,
  scopeProblem: (e, opdId) => {
    if (e.base === null) return 'Bagian naskah baru hanya dapat ditambahkan oleh fasilitator.';
    if (e.item === null) return 'Bagian naskah hanya dapat dihapus oleh fasilitator.';
    if (!ownsSection(e.base, opdId) || !ownsSection(e.item, opdId)) return 'Bagian naskah ini bukan milik OPD pengirim paket.';
    return null;
  },
  command: (id, item) => (item ? { type: 'upsertSection', item } : { type: 'removeSection', id }),
  schema: NarrativeSectionSchema,
};

const PROGRAMS: CollectionRules<Program> = {
  collection: 'program',
  label: 'program',
  current: (w) => w.programs,
  title: (p) => `${p.code} ${p.name}`,
  scopeProblem: (e, opdId) => {
    if (e.base !== null && !leadsProgram(e.base, opdId)) return 'Program ini tidak dipimpin OPD pengirim paket.';
    if (e.item !== null && !leadsProgram(e.item, opdId)) return 'OPD penanggung jawab program hanya dapat diubah oleh fasilitator.';
    return null;
  },
  command: (id, item) => (item ? { type: 'upsertProgram', item } : { type: 'removeProgram', id }),
  schema: ProgramSchema,
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why applying `command` to the workshop would fail, or null. */
const trialProblem = (w: Workshop, command: Command): string | null => {
  try {
    applyCommand(w, command, w.updatedAt);
    return null;
  } catch (error) {
    return messageOf(error);
  }
};

const idProblem = <T extends { id: string }>(e: Entry<T>): string | null =>
  (e.item && e.item.id !== e.id) || (e.base && e.base.id !== e.id) ? 'ID item dalam paket tidak cocok.' : e.item === null && e.base === null ? 'Perubahan kosong dalam paket.' : null;

const changesOf = <T extends { id: string }>(rules: CollectionRules<T>, w: Workshop, entries: readonly Entry<T>[], opdId: string): HandoffChange[] =>
  entries.map((e) => {
    const ours = rules.current(w).find((x) => x.id === e.id) ?? null;
    const shown = e.item ?? e.base ?? ours;
    const refusal = idProblem(e) ?? rules.scopeProblem(e, opdId);
    let status: ChangeStatus;
    if (refusal) status = 'refused';
    else if (sameJson(e.item, e.base) || sameJson(e.item, ours)) status = 'same';
    else if (sameJson(ours, e.base)) status = 'clean';
    else status = 'conflict';
    const problem = refusal ?? (status === 'clean' || status === 'conflict' ? trialProblem(w, rules.command(e.id, e.item)) : null);
    return {
      collection: rules.collection,
      itemId: e.id,
      kind: e.base === null ? 'add' : e.item === null ? 'remove' : 'update',
      title: shown ? rules.title(shown) : e.id,
      status,
      theirs: e.item,
      ours,
      base: e.base,
      problem,
    } as HandoffChange;
  });

/** Every change a return package brings, set against the facilitator's workshop as it is now. */
export const previewChanges = (current: Workshop, pkg: ReturnPackage): HandoffChange[] => [
  ...changesOf(SECTIONS, current, pkg.payload.sections, pkg.opdId),
  ...changesOf(PROGRAMS, current, pkg.payload.programs, pkg.opdId),
];

export const countChanges = (changes: readonly HandoffChange[]): Record<ChangeStatus, number> => {
  const counts: Record<ChangeStatus, number> = { clean: 0, conflict: 0, same: 0, refused: 0 };
  for (const change of changes) counts[change.status] += 1;
  return counts;
};

const rulesFor = (change: HandoffChange): CollectionRules<{ id: string }> =>
  (change.collection === 'section' ? SECTIONS : PROGRAMS) as unknown as CollectionRules<{ id: string }>;

const combinedItem = (change: HandoffChange, value: Record<string, unknown>): { id: string } => {
  const rules = rulesFor(change);
  const parsed = rules.schema.safeParse(value);
  if (!parsed.success) throw appErrorFromZod(parsed.error, `resolutions.${change.itemId}`);
  const item = parsed.data;
  if (item.id !== change.itemId) throw new AppError('invalid_input', { reason: 'handoff.mergedIdChanged', params: { title: change.title }, field: `resolutions.${change.itemId}` });
  return item;
};

/** The item to write for one change under the facilitator's decision, `undefined` to keep the workshop as it is. */
const decide = (change: HandoffChange, resolution: Resolution | undefined): { write: { id: string } | null } | undefined => {
  if (resolution === 'ours') return undefined;
  if (resolution === undefined || resolution === 'theirs') return { write: change.theirs };
  return { write: combinedItem(change, resolution) };
};

export interface MergePlan {
  commands: Command[];
  applied: number;
  kept: number;
}

/**
 * The commands that merge a return package under the facilitator's decisions. Clean changes
 * apply unless the facilitator keeps their own version; every conflict needs a decision. The
 * commands are tried on a copy first, so a merge either applies whole or not at all.
 */
export const planMerge = (current: Workshop, pkg: ReturnPackage, resolutions: Resolutions): MergePlan => {
  const changes = previewChanges(current, pkg);
  const known = new Set(changes.map((c) => c.itemId));
  const unknown = Object.keys(resolutions).find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('invalid_input', { reason: 'handoff.unknownResolution', params: { id: unknown }, field: `resolutions.${unknown}` });
  const open = changes.filter((c) => c.status === 'conflict' && resolutions[c.itemId] === undefined);
  if (open.length > 0) {
    const titles = open.map((c) => `«${c.title}»`).join(', ');
    throw new AppError('conflict', { reason: 'handoff.openConflicts', params: { count: open.length, titles }, field: 'resolutions' });
  }
  const commands: Command[] = [];
  let kept = 0;
  let trial = current;
  for (const change of changes) {
    if (change.status === 'same' || change.status === 'refused') continue;
    const decision = decide(change, resolutions[change.itemId]);
    if (!decision) {
      kept += 1;
      continue;
    }
    if (decision.write === null && change.ours === null) continue;
    const command = rulesFor(change).command(change.itemId, decision.write);
    try {
      trial = applyCommand(trial, command, current.updatedAt);
    } catch (error) {
      const label = rulesFor(change).label;
      throw new AppError('invalid_input', { reason: 'handoff.changeRefused', params: { kind: label, title: change.title, detail: messageOf(error) }, field: `resolutions.${change.itemId}` });
    }
    commands.push(command);
  }
  return { commands, applied: commands.length, kept };
};

/** Who the audit log names for merged changes: the OPD head and their OPD. */
export const mergeActor = (pkg: ReturnPackage): Actor => {
  const suffix = ` (${pkg.payload.opd.abbreviation})`;
  return { name: `${pkg.payload.author.name.slice(0, 120 - suffix.length).trimEnd()}${suffix}`, opdId: pkg.opdId };
};
