import { column, type SheetColumn } from './model';

/**
 * The columns of the "Matriks Program" sheet (masterplan reference §5, fields 1–24), in order.
 * The export writes these headers and the import reads a sheet or CSV by the same headers,
 * so a file exported, edited in Excel and imported again round-trips.
 */

export const PROGRAM_SHEET_NAME = 'Matriks Program';

export const PROGRAM_FIELDS = [
  'code',
  'dimension',
  'element',
  'name',
  'acronym',
  'description',
  'issues',
  'missions',
  'swotItems',
  'towsStrategies',
  'innovationType',
  'innovationDescription',
  'status',
  'rpjmdTarget',
  'renstraProgram',
  'kegiatan',
  'subKegiatan',
  'leadOpd',
  'supportingOpds',
  'partners',
  'beneficiaries',
  'location',
  'output',
  'outcome',
  'impact',
  'indicators',
  'horizon',
  'years',
  'fundingSources',
  'quickWin',
  'priority',
  'risks',
  'mitigation',
  'progress',
  'mentorNotes',
] as const;
export type ProgramField = (typeof PROGRAM_FIELDS)[number];

interface FieldColumn {
  column: SheetColumn;
  /** Other headers a hand-made file may use for the same field. */
  aliases: readonly string[];
}

const field = (header: string, width: number, format: SheetColumn['format'], aliases: readonly string[] = []): FieldColumn => ({ column: column(header, width, format), aliases });

export const PROGRAM_COLUMNS: Readonly<Record<ProgramField, FieldColumn>> = {
  code: field('Kode program', 13, 'text', ['Kode', 'Kode inovasi']),
  dimension: field('Dimensi', 18, 'wrap'),
  element: field('Elemen', 28, 'wrap', ['Elemen/sub-dimensi', 'Sub-dimensi', 'Sub dimensi']),
  name: field('Nama program/inovasi', 36, 'wrap', ['Nama program', 'Nama inovasi', 'Program']),
  acronym: field('Akronim', 14, 'text'),
  description: field('Deskripsi singkat', 48, 'wrap', ['Deskripsi']),
  issues: field('Isu/permasalahan yang dijawab', 40, 'wrap', ['Isu', 'Permasalahan', 'Isu yang dijawab']),
  missions: field('Misi yang dilayani', 16, 'wrap', ['Misi']),
  swotItems: field('Faktor SWOT yang dijawab', 16, 'wrap', ['Faktor SWOT', 'SWOT']),
  towsStrategies: field('Strategi TOWS', 14, 'wrap', ['TOWS']),
  innovationType: field('Jenis inovasi', 18, 'text'),
  innovationDescription: field('Uraian inovasi', 40, 'wrap'),
  status: field('Status', 14, 'text'),
  rpjmdTarget: field('Misi/sasaran RPJMD', 30, 'wrap', ['Sasaran RPJMD', 'Keselarasan RPJMD']),
  renstraProgram: field('Program Renstra', 30, 'wrap'),
  kegiatan: field('Kegiatan', 30, 'wrap'),
  subKegiatan: field('Sub-kegiatan', 30, 'wrap', ['Sub kegiatan']),
  leadOpd: field('OPD penanggung jawab', 18, 'text', ['OPD', 'Leading sector', 'OPD pengampu']),
  supportingOpds: field('OPD pendukung', 22, 'wrap', ['OPD/mitra pendukung']),
  partners: field('Mitra (pentahelix)', 26, 'wrap', ['Mitra']),
  beneficiaries: field('Sasaran/penerima manfaat', 28, 'wrap', ['Penerima manfaat', 'Sasaran']),
  location: field('Lokasi', 20, 'wrap'),
  output: field('Output (keluaran)', 30, 'wrap', ['Output', 'Keluaran']),
  outcome: field('Outcome (hasil)', 30, 'wrap', ['Outcome', 'Hasil']),
  impact: field('Dampak (impact)', 30, 'wrap', ['Dampak', 'Impact']),
  indicators: field('Indikator kinerja dan target', 60, 'wrap', ['Indikator kinerja', 'Indikator']),
  horizon: field('Jangka waktu', 13, 'text', ['Jangka']),
  years: field('Tahun pelaksanaan', 18, 'text', ['Tahun']),
  fundingSources: field('Sumber pendanaan', 28, 'wrap', ['Sumber dana']),
  quickWin: field('Quick win', 10, 'text', ['Quick win?']),
  priority: field('Prioritas', 11, 'text'),
  risks: field('Risiko', 34, 'wrap'),
  mitigation: field('Mitigasi', 34, 'wrap'),
  progress: field('Progres (%)', 11, 'integer', ['Progres', '% penyelesaian']),
  mentorNotes: field('Catatan pembimbing', 34, 'wrap', ['Catatan']),
};

/** The columns every import file must have. */
export const REQUIRED_PROGRAM_FIELDS: readonly ProgramField[] = ['dimension', 'element', 'name'];

/** One budget column per plan year, placed after the years of implementation. */
export const budgetColumn = (year: number): SheetColumn => column(`Anggaran ${year} (Rp)`, 17, 'rupiah');
/** A computed column: written for the reader, ignored by the import. */
export const BUDGET_TOTAL_COLUMN = column('Total anggaran (Rp)', 19, 'rupiah');

/** Headers compare without case, spaces, punctuation or a "(Rp)" suffix. */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(rp\)|\brp\b/g, '')
    .replace(/[^a-z0-9%]+/g, '');

const FIELD_BY_HEADER: ReadonlyMap<string, ProgramField> = new Map(
  PROGRAM_FIELDS.flatMap((f) => [PROGRAM_COLUMNS[f].column.header, ...PROGRAM_COLUMNS[f].aliases].map((h) => [headerKey(h), f] as const)),
);

export type HeaderMeaning = { kind: 'field'; field: ProgramField } | { kind: 'budget'; year: number } | { kind: 'computed' } | { kind: 'unknown' };

/** What a header of an import file stands for. */
export const readHeader = (header: string): HeaderMeaning => {
  const key = headerKey(header);
  const fieldName = FIELD_BY_HEADER.get(key);
  if (fieldName) return { kind: 'field', field: fieldName };
  const budget = /^(?:anggaran|indikasianggaran|pagu)(?:tahun)?(\d{4})$/.exec(key);
  if (budget) return { kind: 'budget', year: Number(budget[1]) };
  if (key === headerKey(BUDGET_TOTAL_COLUMN.header) || key === 'totalanggaran' || key === 'jumlahanggaran') return { kind: 'computed' };
  return { kind: 'unknown' };
};
