import type { Program, QuickWinGates, Workshop } from '../model';
import { programHorizon } from './roadmap-buckets';

/**
 * What the program matrix already says about each gate check (reference §6.3). These are hints for
 * the room, never the decision: the facilitator ticks the gate. Each hint is a code plus the facts
 * the renderer words in the user's language.
 */
export type GateHint =
  | { gate: 'within12Months'; met: true; code: 'firstYear'; year: number }
  | { gate: 'within12Months'; met: true; code: 'shortTerm' }
  | { gate: 'within12Months'; met: false; code: 'startsLater'; year: number }
  | { gate: 'within12Months'; met: false; code: 'noYears' }
  | { gate: 'singleLeadOpd'; met: true; code: 'leadOpd'; opd: string }
  | { gate: 'singleLeadOpd'; met: false; code: 'noLeadOpd' }
  | { gate: 'fundingIdentified'; met: true; code: 'fundingSources'; sources: string }
  | { gate: 'fundingIdentified'; met: true; code: 'budgetOnly' }
  | { gate: 'fundingIdentified'; met: false; code: 'noFunding' }
  | { gate: 'linkedToIssueAndRpjmd'; met: true; code: 'linked'; issues: number }
  | { gate: 'linkedToIssueAndRpjmd'; met: false; code: 'noIssue' }
  | { gate: 'linkedToIssueAndRpjmd'; met: false; code: 'noRpjmd'; issues: number }
  | { gate: 'linkedToIssueAndRpjmd'; met: false; code: 'noIssueNoRpjmd' };

export type GateHints = { [G in keyof QuickWinGates]: Extract<GateHint, { gate: G }> };

type HintSource = Pick<Workshop, 'horizon' | 'opds' | 'fundingSources' | 'rpjmdMappings'>;

const filled = (text: string): boolean => text.trim() !== '';

/** The program is anchored in the RPJMD/Renstra: an alignment written on it, or a mapping row that points to it. */
export const alignedWithRpjmd = (w: Pick<Workshop, 'rpjmdMappings'>, program: Program): boolean =>
  filled(program.rpjmdAlignment.rpjmdTarget) || filled(program.rpjmdAlignment.renstraProgram) || w.rpjmdMappings.some((m) => m.programId === program.id);

const within12Months = (w: HintSource, program: Program): GateHints['within12Months'] => {
  const first = w.horizon.startYear;
  if (program.years.includes(first)) return { gate: 'within12Months', met: true, code: 'firstYear', year: first };
  if (program.years.length === 0) {
    return programHorizon(program, w.horizon) === 'pendek' ? { gate: 'within12Months', met: true, code: 'shortTerm' } : { gate: 'within12Months', met: false, code: 'noYears' };
  }
  return { gate: 'within12Months', met: false, code: 'startsLater', year: Math.min(...program.years) };
};

const singleLeadOpd = (w: HintSource, program: Program): GateHints['singleLeadOpd'] => {
  if (program.leadOpdId === null) return { gate: 'singleLeadOpd', met: false, code: 'noLeadOpd' };
  const opd = w.opds.find((o) => o.id === program.leadOpdId);
  return { gate: 'singleLeadOpd', met: true, code: 'leadOpd', opd: opd?.abbreviation ?? program.leadOpdId };
};

const fundingIdentified = (w: HintSource, program: Program): GateHints['fundingIdentified'] => {
  const names = program.funding.map((f) => w.fundingSources.find((s) => s.id === f.sourceId)?.name ?? f.sourceId);
  if (names.length > 0) return { gate: 'fundingIdentified', met: true, code: 'fundingSources', sources: names.join(', ') };
  if (program.budget.length > 0) return { gate: 'fundingIdentified', met: true, code: 'budgetOnly' };
  return { gate: 'fundingIdentified', met: false, code: 'noFunding' };
};

const linkedToIssueAndRpjmd = (w: HintSource, program: Program): GateHints['linkedToIssueAndRpjmd'] => {
  const issues = program.issueIds.length;
  const aligned = alignedWithRpjmd(w, program);
  if (issues > 0 && aligned) return { gate: 'linkedToIssueAndRpjmd', met: true, code: 'linked', issues };
  if (issues > 0) return { gate: 'linkedToIssueAndRpjmd', met: false, code: 'noRpjmd', issues };
  return aligned ? { gate: 'linkedToIssueAndRpjmd', met: false, code: 'noIssue' } : { gate: 'linkedToIssueAndRpjmd', met: false, code: 'noIssueNoRpjmd' };
};

/** The four hints for one program, in the order of the gates. */
export const gateHints = (w: HintSource, program: Program): GateHints => ({
  within12Months: within12Months(w, program),
  singleLeadOpd: singleLeadOpd(w, program),
  fundingIdentified: fundingIdentified(w, program),
  linkedToIssueAndRpjmd: linkedToIssueAndRpjmd(w, program),
});

/** A hint the program data does not back up (no year, no lead OPD, no funding, no issue or RPJMD link). */
export type UnmetGateHint = Extract<GateHint, { met: false }>;

/**
 * The result of a candidate's gate check, as a code the renderer words:
 * - `fail`: the room has not ticked every gate (`open` lists the unticked ones);
 * - `passWithNotes`: every gate is ticked but the program data lacks what a gate asks for
 *   (`notes`, in gate order), so it reads "Lolos dengan catatan" and says what is missing;
 * - `pass`: ticked and backed by the program data.
 */
export type GateVerdict =
  | { code: 'pass' }
  | { code: 'passWithNotes'; notes: UnmetGateHint[] }
  | { code: 'fail'; open: (keyof QuickWinGates)[] };

const GATE_ORDER: readonly (keyof QuickWinGates)[] = ['within12Months', 'singleLeadOpd', 'fundingIdentified', 'linkedToIssueAndRpjmd'];

export const gateVerdict = (gates: QuickWinGates, hints: GateHints): GateVerdict => {
  const open = GATE_ORDER.filter((gate) => !gates[gate]);
  if (open.length > 0) return { code: 'fail', open };
  const notes = GATE_ORDER.map((gate) => hints[gate]).filter((hint): hint is UnmetGateHint => !hint.met);
  return notes.length > 0 ? { code: 'passWithNotes', notes } : { code: 'pass' };
};
