import { z } from 'zod';
import { IdSchema, multilineText, optionalLine, requiredText } from './ids';
import type { DimensionSet } from './dimension';
import { code } from '../i18n/validation';

/*
 * The room (issue 12): FGD groups, the worksheets they write on, and the program proposals they send
 * to the facilitator's inbox ("Usulan").
 */

/** An FGD group of the Bimtek: one per dimension by default, renamed, added or removed by the region. */
export const FgdGroupSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama kelompok', 80),
  dimensionId: IdSchema,
});
export type FgdGroup = z.infer<typeof FgdGroupSchema>;

/** How many groups a workshop may have. */
export const MAX_GROUPS = 50;

/** The worksheets groups write on: issues, SWOT items, gap rows and program proposals. */
export const WorksheetKeySchema = z.enum(['isu', 'swot', 'kesenjangan', 'usulan']);
export type WorksheetKey = z.infer<typeof WorksheetKeySchema>;
export const WORKSHEET_KEYS: readonly WorksheetKey[] = WorksheetKeySchema.options;

export const GroupDoneSchema = z.object({ groupId: IdSchema, worksheet: WorksheetKeySchema });
export type GroupDone = z.infer<typeof GroupDoneSchema>;

/**
 * The room's state: worksheets the facilitator locked (no group writes there), which group marked
 * which worksheet "Selesai", and whether groups see each other's cards (read-only).
 * `done` entries of a removed group are ignored by readers (and come back with the group on undo).
 */
export const RoomStateSchema = z.object({
  locks: z.array(WorksheetKeySchema).max(WORKSHEET_KEYS.length).default([]),
  done: z.array(GroupDoneSchema).max(MAX_GROUPS * WORKSHEET_KEYS.length).default([]),
  shareAcrossGroups: z.boolean().default(false),
});
export type RoomState = z.infer<typeof RoomStateSchema>;
export const EMPTY_ROOM: RoomState = { locks: [], done: [], shareAcrossGroups: false };

export const ProposalStatusSchema = z.enum(['baru', 'diterima', 'digabung', 'ditolak']);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** How many proposals a workshop may hold. */
export const MAX_PROPOSALS = 2000;

/** A program a group proposes; the facilitator accepts it (a new program), merges it into one, or declines it. */
export const ProgramProposalSchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  dimensionId: IdSchema,
  elementId: IdSchema.nullable().default(null),
  name: requiredText('Nama usulan program', 300),
  description: multilineText(5000).default(''),
  leadOpdId: IdSchema.nullable().default(null),
  issueIds: z.array(IdSchema).max(100, code('invalid.listTooLong')).default([]),
  /** The participant's name (written by the server for a participant's proposal). */
  proposedBy: optionalLine(120).default(''),
  status: ProposalStatusSchema.default('baru'),
  /** The program made from it (diterima) or merged into (digabung). */
  programId: IdSchema.nullable().default(null),
  /** Why it was declined (ditolak). */
  reason: multilineText(1000).default(''),
});
export type ProgramProposal = z.infer<typeof ProgramProposalSchema>;

/** The default groups: one per dimension, "Kelompok <dimension name>". */
export const defaultGroups = (set: { readonly dimensions: readonly Pick<DimensionSet['dimensions'][number], 'id' | 'nameId'>[] }): FgdGroup[] =>
  set.dimensions.slice(0, MAX_GROUPS).map((d) => ({ id: `kelompok-${d.id}`.slice(0, 64), name: `Kelompok ${d.nameId}`.slice(0, 80).trim(), dimensionId: d.id }));
