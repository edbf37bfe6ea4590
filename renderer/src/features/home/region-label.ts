import type { RegionKind } from '../../../../shared/model';

/**
 * "Kabupaten Malang" whether the name was typed as "Malang" or as "Kabupaten Malang".
 * Official names stay Indonesian in both languages. Empty when no name was given.
 */
export const regionLabel = (name: string, kind: RegionKind): string => {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  if (/^(kabupaten|kab\.|kota)(\s|$)/i.test(trimmed)) return trimmed;
  return `${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${trimmed}`;
};
