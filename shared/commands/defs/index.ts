import { z } from 'zod';
import { optionalLine, type Workshop } from '../../model';
import { AppError } from '../command-error';
import { code } from '../../i18n/validation';
import { analysisDefs } from './analysis';
import { bimtekDefs } from './bimtek';
import { commitmentDefs } from './commitment';
import { FACILITATOR_ONLY, defineCommand, type CommandDef, type TouchKey } from './def';
import { exportSettingsDefs } from './export-settings';
import { pollDefs } from './polls';
import { programDefs } from './programs';
import { quickWinDefs } from './quick-wins';
import { readinessDefs } from './readiness';
import { referenceDataDefs } from './reference-data';
import { regionDefs } from './region';
import { roomDefs } from './room';
import { roadmapDefs } from './roadmap';
import { sectionDefs } from './sections';
import { visionDefs } from './vision';

export * from './def';
export * from './opd-scope';
export * from './room-access';
export { CardKindSchema, GroupCollection, ProposalCollection } from './room';
export { collectionCommands, countWords, pointersTo, reference, topCollection, type CollectionSpec, type Reference } from './collection-def';

/**
 * Every command but `batch`, by type: the registry the reducer, undo, the hand-off scope and the
 * participants' allow-list look commands up in. One file per family.
 */
const FAMILY_DEFS = {
  ...regionDefs,
  ...referenceDataDefs,
  ...readinessDefs,
  ...analysisDefs,
  ...visionDefs,
  ...programDefs,
  ...quickWinDefs,
  ...roadmapDefs,
  ...sectionDefs,
  ...commitmentDefs,
  ...exportSettingsDefs,
  ...pollDefs,
  ...roomDefs,
  ...bimtekDefs,
};

type FamilyDef = (typeof FAMILY_DEFS)[keyof typeof FAMILY_DEFS];
type FamilySchema = FamilyDef['schema'];

const familySchemas = Object.values(FAMILY_DEFS).map((def) => def.schema) as FamilySchema[];

/** Any command a batch may hold: every command but a batch. */
export const SingleCommandSchema = z.discriminatedUnion('type', familySchemas as [FamilySchema, ...FamilySchema[]]);
export type SingleCommand = z.infer<typeof SingleCommandSchema>;

/** How many commands one batch may hold (an Excel import of a large matrix fits with room to spare). */
export const MAX_BATCH_COMMANDS = 5000;

export const BatchCommandSchema = z.object({
  type: z.literal('batch'),
  /** What the batch does, for the audit trail ("Impor program dari Matriks.xlsx"). */
  label: optionalLine(200).optional(),
  commands: z.array(SingleCommandSchema).min(1, code('invalid.listTooShort')).max(MAX_BATCH_COMMANDS, code('invalid.listTooLong')),
});
export type BatchCommand = z.infer<typeof BatchCommandSchema>;

/** A definition seen through the registry: the command's own type is checked by its schema. */
export type AnyCommandDef = CommandDef<z.ZodType<{ type: string }>>;
type Loose = { type: string };

const lookup = (type: string): AnyCommandDef => {
  const def = REGISTRY.get(type);
  if (!def) throw new AppError('invalid_input', { reason: 'command.unknown', params: { command: type }, field: 'type' });
  return def;
};

/** Applies a command without bumping the revision (a batch's parts, and the reducer's one step). */
export const applyEffect = (w: Workshop, c: Loose): Workshop => lookup(c.type).apply(w, c, applyEffect);
/** The rules for new commands, on the states before and after one. */
export const checkNewEffect = (before: Workshop, after: Workshop, c: Loose): void => lookup(c.type).checkNew?.(before, after, c);
/** The command that takes `c` back, on the workshop it is applied to. */
export const invertEffect = (before: Workshop, c: Loose): Loose => lookup(c.type).invert(before, c, invertEffect);

/**
 * Several commands as one step: applied in order, all or nothing, as one revision, one log line and
 * one undo step. Its inverse is the batch of the inverses in reverse order (an inverse that is itself
 * a batch is spliced in whole, so batches never nest).
 */
const batchDef = defineCommand({
  type: 'batch',
  schema: BatchCommandSchema,
  apply: (w, c) => c.commands.reduce<Workshop>((state, sub) => applyEffect(state, sub), w),
  checkNew(before, _after, c) {
    let state = before;
    for (const sub of c.commands) {
      const next = applyEffect(state, sub);
      checkNewEffect(state, next, sub);
      state = next;
    }
  },
  invert(before, c) {
    let state = before;
    const inverses: Loose[][] = [];
    for (const sub of c.commands) {
      const inverse = invertEffect(state, sub);
      inverses.push(isBatch(inverse) ? inverse.commands : [inverse]);
      state = applyEffect(state, sub);
    }
    const commands = inverses.reverse().flat();
    return c.label === undefined ? { type: 'batch', commands } : { type: 'batch', label: c.label, commands };
  },
  touches(before, c) {
    const keys = new Set<TouchKey>();
    let state = before;
    for (const sub of c.commands) {
      for (const key of lookup(sub.type).touches(state, sub)) keys.add(key);
      state = state ? applyEffect(state, sub) : null;
    }
    return [...keys];
  },
  /** A batch is the facilitator's (an import, a poll's results); participants send one command at a time. */
  access: FACILITATOR_ONLY,
});

const isBatch = (c: Loose): c is Loose & { commands: Loose[] } => c.type === 'batch' && Array.isArray((c as { commands?: unknown }).commands);

/** Every command definition, by type. */
export const COMMAND_DEFS = { ...FAMILY_DEFS, batch: batchDef };
export type CommandType = keyof typeof COMMAND_DEFS;

const REGISTRY: ReadonlyMap<string, AnyCommandDef> = new Map(Object.entries(COMMAND_DEFS).map(([type, def]) => [type, def as unknown as AnyCommandDef]));

/** The definition of a command type, or null for a type this version does not know. */
export const commandDefOf = (type: string): AnyCommandDef | null => REGISTRY.get(type) ?? null;

/** Every command type this version knows. */
export const COMMAND_TYPES: readonly string[] = [...REGISTRY.keys()];

/** Every write to a workshop is one of these commands, applied by the one reducer. */
export const CommandSchema = z.discriminatedUnion('type', [...(familySchemas as [FamilySchema, ...FamilySchema[]]), BatchCommandSchema]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;

/** What a command writes (see TouchKey): with `before`, the items and fields it changes there. */
export const touchesOf = (before: Workshop | null, c: Command): TouchKey[] => lookup(c.type).touches(before, c);
