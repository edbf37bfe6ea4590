import type { ErrorLanguage } from './errors';

/**
 * Labels of the fields an error can name (`field` is data, e.g. "item.code"): the renderer shows
 * "Kode program: …" rather than the path. Keyed by the path without list positions (fieldKey), for
 * the common fields of the worksheets' items and the region profile.
 */
export const FIELDS_ID = {
  'item.name': 'Nama',
  'item.code': 'Kode',
  'item.text': 'Uraian',
  'item.overrideReason': 'Alasan keputusan quick win',
  'item.dimensionId': 'Dimensi',
  'item.elementId': 'Elemen',
  'item.leadOpdId': 'OPD penanggung jawab',
  'item.years': 'Tahun pelaksanaan',
  'item.budget': 'Anggaran',
  'item.budget.amount': 'Anggaran',
  'item.sourceItemIds': 'Sumber strategi',
  'item.programId': 'Program',
  'item.abbreviation': 'Singkatan',
  'item.rpjmdIssue': 'Isu strategis RPJMD',
  keyword: 'Kata kunci',
  'patch.name': 'Nama kabupaten/kota',
  'patch.province': 'Provinsi',
  'patch.kecamatanCount': 'Jumlah kecamatan',
  'patch.population': 'Jumlah penduduk',
  'patch.desaCount': 'Jumlah desa',
  'patch.kelurahanCount': 'Jumlah kelurahan',
  'patch.description': 'Gambaran umum daerah',
  'patch.regionalHead': 'Kepala daerah',
  title: 'Judul lokakarya',
  fileName: 'Nama berkas',
  'diagrams.widthPx': 'Lebar diagram',
  'diagrams.heightPx': 'Tinggi diagram',
  'diagrams.id': 'ID diagram',
  'diagrams.pngBase64': 'Gambar diagram',
  package: 'Berkas paket',
  code: 'Kode bergabung',
  authorName: 'Nama penyusun',
} as const;

export type FieldKey = keyof typeof FIELDS_ID;

export const FIELDS_EN: Record<FieldKey, string> = {
  'item.name': 'Name',
  'item.code': 'Code',
  'item.text': 'Description',
  'item.overrideReason': 'Reason for the quick-win decision',
  'item.dimensionId': 'Dimension',
  'item.elementId': 'Element',
  'item.leadOpdId': 'Lead OPD',
  'item.years': 'Years',
  'item.budget': 'Budget',
  'item.budget.amount': 'Budget',
  'item.sourceItemIds': 'Strategy sources',
  'item.programId': 'Program',
  'item.abbreviation': 'Abbreviation',
  'item.rpjmdIssue': 'RPJMD strategic issue',
  keyword: 'Keyword',
  'patch.name': 'Regency/city name',
  'patch.province': 'Province',
  'patch.kecamatanCount': 'Number of districts',
  'patch.population': 'Population',
  'patch.desaCount': 'Number of villages (desa)',
  'patch.kelurahanCount': 'Number of urban villages (kelurahan)',
  'patch.description': 'Overview of the region',
  'patch.regionalHead': 'Regional head',
  title: 'Workshop title',
  fileName: 'File name',
  'diagrams.widthPx': 'Diagram width',
  'diagrams.heightPx': 'Diagram height',
  'diagrams.id': 'Diagram id',
  'diagrams.pngBase64': 'Diagram picture',
  package: 'Package file',
  code: 'Join code',
  authorName: 'Author\'s name',
};

/**
 * "item.budget.0.amount" → "item.budget.amount": a field path without list positions, and without the
 * envelope of a write ("command.item.text", a batch's "command.commands.3.item.text" → "item.text").
 */
export const fieldKey = (field: string): string =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.')
    .replace(/^command\.(commands\.)?/, '');

/** A field's label in `language`, or undefined for a field the catalogue does not name. */
export const wordField = (field: string | undefined, language: ErrorLanguage = 'id'): string | undefined => {
  if (field === undefined) return undefined;
  const key = fieldKey(field);
  if (!Object.hasOwn(FIELDS_ID, key)) return undefined;
  return (language === 'id' ? FIELDS_ID : FIELDS_EN)[key as FieldKey];
};
