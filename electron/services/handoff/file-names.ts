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

/**
 * Hand-off packages are JSON inside, but carry their own extension so the installed app can register
 * it: a double-click on a package opens it in the app (electron-builder.config.ts fileAssociations),
 * without claiming every `.json` on the laptop. Packages saved as `.json` by older versions still open.
 */
export const PACKAGE_EXTENSION = 'paketopd';

const stamp = (iso: string): string => iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** `paket-opd-diskominfo-kabupaten-malang-20260114-0930.paketopd` */
export const outgoingFileName = (opdAbbreviation: string, workshopTitle: string, createdAt: string): string =>
  `paket-opd-${slug(opdAbbreviation, 20)}-${slug(workshopTitle)}-${stamp(createdAt)}.${PACKAGE_EXTENSION}`;

/** `kembalian-opd-diskominfo-kabupaten-malang-20260115-1400.paketopd` */
export const returnFileName = (opdAbbreviation: string, workshopTitle: string, createdAt: string): string =>
  `kembalian-opd-${slug(opdAbbreviation, 20)}-${slug(workshopTitle)}-${stamp(createdAt)}.${PACKAGE_EXTENSION}`;
