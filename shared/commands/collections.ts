import type { z } from 'zod';
import {
  CommitmentEntrySchema,
  DimensionSchema,
  FundingSourceSchema,
  GapAnalysisSchema,
  GoalSchema,
  MissionSchema,
  NarrativeSectionSchema,
  OpdSchema,
  ParticipantSchema,
  ProgramSchema,
  QuickWinCandidateSchema,
  ReadinessItemSchema,
  RegionalIssueSchema,
  RpjmdMappingSchema,
  SwotItemSchema,
  TowsStrategySchema,
  type Workshop,
} from '../model';
import { checkProgram, checkDimensionRef, checkQuickWinCandidate } from './integrity';
import {
  checkDimension,
  checkDimensionRemoval,
  checkFundingSource,
  checkFundingSourceRemoval,
  checkOpd,
  checkOpdRemoval,
} from '../logic/reference-integrity';
import { towsStoredProblem } from '../logic/tows';

/** A list inside a workshop that commands can upsert into and remove from. */
export interface CollectionSpec<T extends { id: string }> {
  /** Indonesian noun for messages, e.g. "program". */
  readonly label: string;
  readonly item: z.ZodType<T>;
  get(w: Workshop): readonly T[];
  set(w: Workshop, items: T[]): Workshop;
  /** Rules that need the whole workshop (unique codes, references); returns a message or null. */
  check?(w: Workshop, item: T): { message: string; field: string } | null;
  /** Rules for removing an item that others may still point at; returns a message or null. */
  checkRemove?(w: Workshop, id: string): { message: string; field: string } | null;
}

const top = <K extends keyof Workshop, T extends { id: string }>(
  key: K,
  label: string,
  item: z.ZodType<T>,
  check?: CollectionSpec<T>['check'],
  checkRemove?: CollectionSpec<T>['checkRemove'],
): CollectionSpec<T> => ({
  label,
  item,
  get: (w) => w[key] as unknown as readonly T[],
  set: (w, items) => ({ ...w, [key]: items }),
  ...(check ? { check } : {}),
  ...(checkRemove ? { checkRemove } : {}),
});

/** Every collection a command can change, by the name used in its command type (upsertProgram …). */
export const COLLECTIONS = {
  Opd: top('opds', 'OPD', OpdSchema, checkOpd, checkOpdRemoval),
  Participant: top('participants', 'peserta', ParticipantSchema),
  FundingSource: top('fundingSources', 'sumber dana', FundingSourceSchema, checkFundingSource, checkFundingSourceRemoval),
  ReadinessItem: top('readinessItems', 'item kesiapan', ReadinessItemSchema),
  Issue: top('issues', 'isu', RegionalIssueSchema, (w, i) => checkDimensionRef(w, i.dimensionId)),
  SwotItem: top('swotItems', 'faktor SWOT', SwotItemSchema, (w, i) => checkDimensionRef(w, i.dimensionId)),
  TowsStrategy: top('towsStrategies', 'strategi TOWS', TowsStrategySchema, (w, i) => checkDimensionRef(w, i.dimensionId) ?? towsStoredProblem(w, i)),
  GapAnalysis: top('gapAnalyses', 'analisis kesenjangan', GapAnalysisSchema, (w, i) => checkDimensionRef(w, i.dimensionId)),
  Mission: top('missions', 'misi', MissionSchema),
  Goal: top('goals', 'tujuan', GoalSchema),
  Program: top('programs', 'program', ProgramSchema, checkProgram),
  RpjmdMapping: top('rpjmdMappings', 'pemetaan RPJMD', RpjmdMappingSchema),
  Section: top('sections', 'bagian naskah', NarrativeSectionSchema),
  Dimension: {
    label: 'dimensi',
    item: DimensionSchema,
    get: (w) => w.dimensionSet.dimensions,
    set: (w, dimensions) => ({ ...w, dimensionSet: { ...w.dimensionSet, dimensions } }),
    check: checkDimension,
    checkRemove: checkDimensionRemoval,
  } satisfies CollectionSpec<z.infer<typeof DimensionSchema>>,
  QuickWinCandidate: {
    label: 'kandidat quick win',
    item: QuickWinCandidateSchema,
    get: (w) => w.quickWins.candidates,
    set: (w, candidates) => ({ ...w, quickWins: { ...w.quickWins, candidates } }),
    check: checkQuickWinCandidate,
  } satisfies CollectionSpec<z.infer<typeof QuickWinCandidateSchema>>,
  CommitmentEntry: {
    label: 'baris komitmen',
    item: CommitmentEntrySchema,
    get: (w) => w.commitment.entries,
    set: (w, entries) => ({ ...w, commitment: { ...w.commitment, entries } }),
  } satisfies CollectionSpec<z.infer<typeof CommitmentEntrySchema>>,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
