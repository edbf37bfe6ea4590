import type { CollectionSpec } from './defs/collection-def';
import { GapAnalysisCollection, IssueCollection, SwotItemCollection, TowsStrategyCollection } from './defs/analysis';
import { BimtekAttendeeCollection } from './defs/bimtek';
import { CommitmentEntryCollection } from './defs/commitment';
import { ProgramCollection, RpjmdMappingCollection } from './defs/programs';
import { QuickWinCandidateCollection } from './defs/quick-wins';
import { ReadinessItemCollection } from './defs/readiness';
import { GroupCollection, ProposalCollection } from './defs/room';
import { DimensionCollection, FundingSourceCollection, OpdCollection, ParticipantCollection } from './defs/reference-data';
import { SectionCollection } from './defs/sections';
import { GoalCollection, MissionCollection } from './defs/vision';

export type { CollectionSpec } from './defs/collection-def';

/**
 * Every collection a command can upsert into and remove from, by the name used in its command types
 * (upsertProgram …). Each is specified in its family's file in ./defs (label, checks, references).
 */
export const COLLECTIONS = {
  Opd: OpdCollection,
  Participant: ParticipantCollection,
  FundingSource: FundingSourceCollection,
  ReadinessItem: ReadinessItemCollection,
  Issue: IssueCollection,
  SwotItem: SwotItemCollection,
  TowsStrategy: TowsStrategyCollection,
  GapAnalysis: GapAnalysisCollection,
  Mission: MissionCollection,
  Goal: GoalCollection,
  Program: ProgramCollection,
  RpjmdMapping: RpjmdMappingCollection,
  Section: SectionCollection,
  Dimension: DimensionCollection,
  QuickWinCandidate: QuickWinCandidateCollection,
  CommitmentEntry: CommitmentEntryCollection,
  /** The room (issue 12): FGD groups and their program proposals (the facilitator's inbox). */
  Group: GroupCollection,
  Proposal: ProposalCollection,
  /** Pelaksanaan Bimtek: the attendance list. */
  BimtekAttendee: BimtekAttendeeCollection,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collection spec of a name, seen as a list of plain items. */
export const collectionSpec = (name: CollectionName): CollectionSpec<{ id: string }> => COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>;
