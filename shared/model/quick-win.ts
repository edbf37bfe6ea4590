import { z } from 'zod';
import { IdSchema, multilineText } from './ids';
import { code } from '../i18n/validation';

export const CRITERIA = ['impact', 'speed', 'feasibility', 'cost', 'innovation', 'sustainability'] as const;
export const QuickWinCriterionSchema = z.enum(CRITERIA);
export type QuickWinCriterion = z.infer<typeof QuickWinCriterionSchema>;

const CriterionScore = z.number().int(code('invalid.notInteger')).min(1, code('invalid.tooSmall')).max(5, code('invalid.tooBig')).nullable();

/** Weights in percent; defaults from domain reference §6.3 (a design proposal, not a Kominfo rule). */
export const QuickWinWeightsSchema = z.object({
  impact: z.number().min(0).max(100).default(30),
  speed: z.number().min(0).max(100).default(20),
  feasibility: z.number().min(0).max(100).default(15),
  cost: z.number().min(0).max(100).default(15),
  innovation: z.number().min(0).max(100).default(10),
  sustainability: z.number().min(0).max(100).default(10),
});
export type QuickWinWeights = z.infer<typeof QuickWinWeightsSchema>;
export const DEFAULT_WEIGHTS: QuickWinWeights = { impact: 30, speed: 20, feasibility: 15, cost: 15, innovation: 10, sustainability: 10 };

/** The four gate checks; all must pass before a candidate is scored. */
export const QuickWinGatesSchema = z.object({
  within12Months: z.boolean().default(false),
  singleLeadOpd: z.boolean().default(false),
  fundingIdentified: z.boolean().default(false),
  linkedToIssueAndRpjmd: z.boolean().default(false),
});
export type QuickWinGates = z.infer<typeof QuickWinGatesSchema>;

/** Triwulan I–IV of the quick win's year. */
export const QuarterSchema = z.number().int(code('invalid.notInteger')).min(1, code('invalid.tooSmall')).max(4, code('invalid.tooBig'));
export type Quarter = z.infer<typeof QuarterSchema>;

/** One step of the quarterly action plan: what is done, by which OPD, and what it delivers. */
export const QuickWinStepSchema = z.object({
  id: IdSchema,
  quarter: QuarterSchema,
  activity: multilineText(500),
  opdId: IdSchema.nullable().default(null),
  deliverable: multilineText(500).default(''),
});
export type QuickWinStep = z.infer<typeof QuickWinStepSchema>;

export const QuickWinSheetSchema = z.object({
  /** The problem the quick win solves, in the room's words. */
  problem: multilineText(2000).default(''),
  /** The action plan by quarter (Bimtek sheets plan by Triwulan, not by month). */
  plan: z.array(QuickWinStepSchema).max(200, code('invalid.listTooLong')).default([]),
  indicators: multilineText(5000).default(''),
  risks: multilineText(5000).default(''),
  progress: z.number().int().min(0).max(100).default(0),
});

/** A program proposed as a quick win, with its gates, scores and the facilitator's decision. */
export const QuickWinCandidateSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  gates: QuickWinGatesSchema.default({ within12Months: false, singleLeadOpd: false, fundingIdentified: false, linkedToIssueAndRpjmd: false }),
  scores: z.object({
    impact: CriterionScore.default(null),
    speed: CriterionScore.default(null),
    feasibility: CriterionScore.default(null),
    cost: CriterionScore.default(null),
    innovation: CriterionScore.default(null),
    sustainability: CriterionScore.default(null),
  }).default({ impact: null, speed: null, feasibility: null, cost: null, innovation: null, sustainability: null }),
  decision: z.enum(['pending', 'chosen', 'rejected']).default('pending'),
  overrideReason: multilineText(2000).default(''),
  sheet: QuickWinSheetSchema.default({ problem: '', plan: [], indicators: '', risks: '', progress: 0 }),
});
export type QuickWinCandidate = z.infer<typeof QuickWinCandidateSchema>;

export const QuickWinSelectionSchema = z.object({
  mode: z.enum(['per-dimension', 'top-n']).default('per-dimension'),
  topN: z.number().int().min(1).max(20).default(6),
});

export const QuickWinBoardSchema = z.object({
  weights: QuickWinWeightsSchema.default(DEFAULT_WEIGHTS),
  selection: QuickWinSelectionSchema.default({ mode: 'per-dimension', topN: 6 }),
  candidates: z.array(QuickWinCandidateSchema).default([]),
});
export type QuickWinBoard = z.infer<typeof QuickWinBoardSchema>;
