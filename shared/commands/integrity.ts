import type { Program, QuickWinCandidate, Workshop } from '../model';
import { planEndYear } from '../model';
import type { Problem as Found } from '../i18n/errors';

type Problem = Found | null;

export const checkDimensionRef = (w: Workshop, dimensionId: string): Problem =>
  w.dimensionSet.dimensions.some((d) => d.id === dimensionId) ? null : { reason: 'reference.unknownDimension', field: 'dimensionId' };

/** A program belongs to a known dimension and element, has a unique code and years inside the plan horizon. */
export const checkProgram = (w: Workshop, p: Program): Problem => {
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId);
  if (!dimension) return { reason: 'reference.unknownDimension', field: 'dimensionId' };
  if (!dimension.elements.some((e) => e.id === p.elementId)) return { reason: 'reference.elementOutsideDimension', params: { dimension: dimension.nameId }, field: 'elementId' };
  const clash = w.programs.find((other) => other.id !== p.id && other.code === p.code);
  if (clash) return { reason: 'program.codeUsedBy', params: { code: p.code, name: clash.name }, field: 'code' };
  const end = planEndYear(w.horizon);
  const outside = [...p.years, ...p.budget.map((b) => b.year)].find((y) => y < w.horizon.startYear || y > end);
  if (outside !== undefined) return { reason: 'program.yearOutsideHorizon', params: { year: String(outside), start: String(w.horizon.startYear), end: String(end) }, field: 'years' };
  if (p.leadOpdId !== null && !w.opds.some((o) => o.id === p.leadOpdId)) return { reason: 'reference.unknownLeadOpd', field: 'leadOpdId' };
  const source = p.funding.findIndex((f) => !w.fundingSources.some((s) => s.id === f.sourceId));
  if (source >= 0) return { reason: 'reference.unknownFundingSource', field: `funding.${source}.sourceId` };
  const links = [
    ['missionIds', 'reference.unknownMission', w.missions],
    ['swotItemIds', 'reference.unknownSwotItem', w.swotItems],
    ['towsStrategyIds', 'reference.unknownTowsStrategy', w.towsStrategies],
  ] as const;
  for (const [field, reason, targets] of links) {
    const at = p[field].findIndex((id) => !targets.some((t) => t.id === id));
    if (at >= 0) return { reason, field: `${field}.${at}` };
  }
  return null;
};

export const checkQuickWinCandidate = (w: Workshop, c: QuickWinCandidate): Problem => {
  if (!w.programs.some((p) => p.id === c.programId)) return { reason: 'quickWin.programMissing', field: 'programId' };
  if (w.quickWins.candidates.some((o) => o.id !== c.id && o.programId === c.programId)) return { reason: 'quickWin.alreadyCandidate', field: 'programId' };
  // A plan step's OPD is one of the workshop's, as every other OPD reference is (removeOpd counts steps as a use).
  const step = c.sheet.plan.findIndex((s) => s.opdId !== null && !w.opds.some((o) => o.id === s.opdId));
  if (step >= 0) return { reason: 'workshop.opdUnknown', field: `sheet.plan.${step}.opdId` };
  return null;
};
