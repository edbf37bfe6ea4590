import type { MilestoneKind, Opd, OpdKind, RegionKind, RegionProfile } from '../model';

/*
 * Facts read from others where the workshop leaves them empty: the deputy head's title from the
 * region's kind, an OPD's kind from its name, and the title of its head from its kind. The worksheet,
 * the document and the API's readers all use these, so "Wakil Bupati" is written the same everywhere.
 */

const HEAD_TITLES: Record<RegionKind, string> = { kabupaten: 'Bupati', kota: 'Wali Kota' };

/** "Bupati" / "Wali Kota": the head's usual title for the region's kind. */
export const defaultHeadTitle = (kind: RegionKind): string => HEAD_TITLES[kind];

/** "Wakil Bupati" / "Wakil Wali Kota": the deputy's usual title for the region's kind. */
export const defaultDeputyTitle = (kind: RegionKind): string => `Wakil ${HEAD_TITLES[kind]}`;

/** The deputy's title as entered, else the usual one for the kind (without the region's name). */
export const deputyTitleOf = (region: Pick<RegionProfile, 'kind' | 'regionalHead'>): string => region.regionalHead.deputyTitle.trim() || defaultDeputyTitle(region.kind);

/** Words an office's name starts with, by kind (the first that matches wins). */
const NAME_STARTS: ReadonlyArray<readonly [RegExp, OpdKind]> = [
  [/^badan\b/i, 'badan'],
  [/^dinas\b/i, 'dinas'],
  [/^satuan\b/i, 'satuan'],
  [/^sekretariat\b/i, 'sekretariat'],
  [/^inspektorat\b/i, 'inspektorat'],
  [/^(rumah sakit|rsud\b)/i, 'rsud'],
  [/^kecamatan\b/i, 'kecamatan'],
  [/^bagian\b/i, 'bagian'],
];

/** The kind an office's name says it is ("Dinas Kesehatan" → dinas); `lainnya` when it says nothing. */
export const kindFromName = (opd: Pick<Opd, 'name' | 'abbreviation'>): OpdKind => {
  for (const [start, kind] of NAME_STARTS) if (start.test(opd.name.trim()) || (kind === 'rsud' && /^rsud\b/i.test(opd.abbreviation.trim()))) return kind;
  return 'lainnya';
};

/** An office's kind: as chosen, else read from its name. */
export const opdKindOf = (opd: Pick<Opd, 'kind' | 'name' | 'abbreviation'>): OpdKind => opd.kind ?? kindFromName(opd);

const KIND_HEAD_TITLES: Record<OpdKind, string> = {
  badan: 'Kepala Badan',
  dinas: 'Kepala Dinas',
  satuan: 'Kepala Satuan',
  sekretariat: 'Sekretaris',
  inspektorat: 'Inspektur',
  rsud: 'Direktur',
  kecamatan: 'Camat',
  bagian: 'Kepala Bagian',
  lainnya: 'Kepala',
};

/** The usual title of an office's head for its kind ("Kepala Dinas", "Camat"). */
export const defaultOpdHeadTitle = (kind: OpdKind): string => KIND_HEAD_TITLES[kind];

/** An office's head's title: as entered, else the usual one for its kind. */
export const opdHeadTitleOf = (opd: Pick<Opd, 'kind' | 'name' | 'abbreviation' | 'headTitle'>): string => opd.headTitle.trim() || defaultOpdHeadTitle(opdKindOf(opd));

/** The office's FGD group id, when that group still exists. */
export const opdGroupOf = (groups: ReadonlyArray<{ id: string }>, opd: Pick<Opd, 'groupId'>): string | null =>
  opd.groupId !== null && groups.some((g) => g.id === opd.groupId) ? opd.groupId : null;

/** Bahasa labels of the kinds, in the workshop's words (the document and the Excel sheet). */
export const OPD_KIND_LABELS: Record<OpdKind, string> = {
  badan: 'Badan',
  dinas: 'Dinas',
  satuan: 'Satuan',
  sekretariat: 'Sekretariat',
  inspektorat: 'Inspektorat',
  rsud: 'RSUD',
  kecamatan: 'Kecamatan',
  bagian: 'Bagian',
  lainnya: 'Lainnya',
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  peluncuran: 'Peluncuran',
  'mou-kementerian': 'MoU dengan kementerian',
  lainnya: 'Lainnya',
};
