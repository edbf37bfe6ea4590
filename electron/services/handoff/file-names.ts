/** A file-name-safe, lower-case slug of a label ("Dinas Kominfo" → "dinas-kominfo"). */
const slug = (text: string, max = 40): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '') || 'lokakarya';

const stamp = (iso: string): string => iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** `paket-opd-diskominfo-kabupaten-malang-20260114-0930.json` */
export const outgoingFileName = (opdAbbreviation: string, workshopTitle: string, createdAt: string): string =>
  `paket-opd-${slug(opdAbbreviation, 20)}-${slug(workshopTitle)}-${stamp(createdAt)}.json`;

/** `kembalian-opd-diskominfo-kabupaten-malang-20260115-1400.json` */
export const returnFileName = (opdAbbreviation: string, workshopTitle: string, createdAt: string): string =>
  `kembalian-opd-${slug(opdAbbreviation, 20)}-${slug(workshopTitle)}-${stamp(createdAt)}.json`;
