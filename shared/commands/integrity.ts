import type { Program, QuickWinCandidate, Workshop } from '../model';
import { planEndYear } from '../model';

type Problem = { message: string; field: string } | null;

export const checkDimensionRef = (w: Workshop, dimensionId: string): Problem =>
  w.dimensionSet.dimensions.some((d) => d.id === dimensionId) ? null : { message: 'Dimensi tidak dikenal', field: 'dimensionId' };

/** A program belongs to a known dimension and element, has a unique code and years inside the plan horizon. */
export const checkProgram = (w: Workshop, p: Program): Problem => {
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId);
  if (!dimension) return { message: 'Dimensi tidak dikenal', field: 'dimensionId' };
  if (!dimension.elements.some((e) => e.id === p.elementId)) return { message: `Elemen tidak termasuk dimensi ${dimension.nameId}`, field: 'elementId' };
  const clash = w.programs.find((other) => other.id !== p.id && other.code === p.code);
  if (clash) return { message: `Kode ${p.code} sudah dipakai oleh "${clash.name}"`, field: 'code' };
  const end = planEndYear(w.horizon);
  const outside = [...p.years, ...p.budget.map((b) => b.year)].find((y) => y < w.horizon.startYear || y > end);
  if (outside !== undefined) return { message: `Tahun ${outside} di luar horizon rencana ${w.horizon.startYear}–${end}`, field: 'years' };
  if (p.leadOpdId !== null && !w.opds.some((o) => o.id === p.leadOpdId)) return { message: 'OPD penanggung jawab tidak dikenal', field: 'leadOpdId' };
  return null;
};

export const checkQuickWinCandidate = (w: Workshop, c: QuickWinCandidate): Problem => {
  if (!w.programs.some((p) => p.id === c.programId)) return { message: 'Program kandidat quick win tidak ditemukan', field: 'programId' };
  if (w.quickWins.candidates.some((o) => o.id !== c.id && o.programId === c.programId)) return { message: 'Program ini sudah menjadi kandidat quick win', field: 'programId' };
  return null;
};
