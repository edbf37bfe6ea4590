import type { Workshop } from '../../../shared/model';

/** A file-name-safe, lower-case slug ("Kabupaten Malang" → "kabupaten-malang"). */
const slug = (text: string, max = 50): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

/** `matriks-program-kabupaten-malang-20260114-0930.xlsx` */
export const workbookFileName = (w: Pick<Workshop, 'title' | 'region'>, at: Date): string => {
  const name = slug(w.region.name === '' ? w.title : `${w.region.kind} ${w.region.name.replace(/^(kabupaten|kab\.?|kota)\s+/i, '')}`) || 'lokakarya';
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `matriks-program-${name}-${stamp}.xlsx`;
};
