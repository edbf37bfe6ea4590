import type { DimensionSet, Program } from '../model';

/** "SG-SV" for Smart Governance · Service; program codes are this prefix plus a two-digit sequence. */
export const programCodePrefix = (dimensionCode: string, elementCode: string): string => `${dimensionCode}-${elementCode}`;

/** The sequence number of a code with the given prefix ("SG-SV-03" → 3), or null when it does not follow the pattern. */
export const programCodeSequence = (code: string, prefix: string): number | null => {
  if (!code.startsWith(`${prefix}-`)) return null;
  const rest = code.slice(prefix.length + 1);
  return /^\d+$/.test(rest) ? Number(rest) : null;
};

export const isProgramCodeTaken = (programs: readonly Pick<Program, 'id' | 'code'>[], code: string, exceptProgramId?: string): boolean =>
  programs.some((p) => p.code === code && p.id !== exceptProgramId);

/**
 * The next free code for a dimension-element, e.g. SG-SV-03 after SG-SV-01 and SG-SV-02.
 * It follows the highest number in use rather than refilling gaps, so a deleted program's code
 * is not silently given to a different program; it never returns a code already used.
 * Null when the element does not belong to the dimension.
 */
export const nextProgramCode = (
  w: { programs: readonly Pick<Program, 'id' | 'code'>[]; dimensionSet: DimensionSet },
  dimensionId: string,
  elementId: string,
): string | null => {
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === dimensionId);
  const element = dimension?.elements.find((e) => e.id === elementId);
  if (!dimension || !element) return null;
  const prefix = programCodePrefix(dimension.code, element.code);
  const used = w.programs.map((p) => programCodeSequence(p.code, prefix)).filter((n): n is number => n !== null);
  let next = Math.max(0, ...used) + 1;
  const format = (n: number) => `${prefix}-${String(n).padStart(2, '0')}`;
  while (isProgramCodeTaken(w.programs, format(next))) next += 1;
  return format(next);
};
