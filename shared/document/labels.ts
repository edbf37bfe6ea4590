import type { InnovationType, ParticipantRole, ReadinessPillar } from '../model';

/** Words the document prints that a caller may change (e.g. for a region's own house style). */
export interface DocumentLabels {
  notFilled: string;
  notScored: string;
  draftMark: string;
  pageLabel: string;
  tableLabel: string;
  figureLabel: string;
  tocTitle: string;
  listOfTablesTitle: string;
  listOfFiguresTitle: string;
  ownedByOtherOpd: string;
  diagramNotRendered: string;
}

export const DEFAULT_LABELS: DocumentLabels = {
  notFilled: '[Belum diisi]',
  notScored: 'Belum dinilai',
  draftMark: 'DRAF',
  pageLabel: 'Halaman {page} dari {pages}',
  tableLabel: 'Tabel',
  figureLabel: 'Gambar',
  tocTitle: 'DAFTAR ISI',
  listOfTablesTitle: 'DAFTAR TABEL',
  listOfFiguresTitle: 'DAFTAR GAMBAR',
  ownedByOtherOpd: '[Bagian ini disusun oleh {opd}]',
  diagramNotRendered: '[Diagram belum digambar pada ekspor ini.]',
};

/** Readiness score labels, 1–5 (reference §3.2, mirrors the SPBE wording). */
export const SCORE_LABELS = ['Belum ada', 'Rintisan', 'Berkembang', 'Terpadu', 'Optimal'] as const;

export const scoreLabel = (score: number | null, notScored: string): string =>
  score === null ? notScored : `${score} – ${SCORE_LABELS[score - 1] ?? ''}`.trim();

export const PILLAR_LABELS: Record<ReadinessPillar, string> = {
  struktur: 'Struktur',
  infrastruktur: 'Infrastruktur',
  suprastruktur: 'Suprastruktur',
  nature: 'Potensi Alam (Nature)',
  culture: 'Budaya (Culture)',
};

export const PILLAR_ORDER: readonly ReadinessPillar[] = ['struktur', 'infrastruktur', 'suprastruktur', 'nature', 'culture'];

export const INNOVATION_LABELS: Record<InnovationType, string> = {
  'aplikasi-tik': 'Aplikasi/TIK',
  infrastruktur: 'Infrastruktur',
  'kebijakan-regulasi': 'Kebijakan/Regulasi',
  'tata-kelola-proses': 'Tata Kelola/Proses',
  'sosial-komunitas': 'Sosial/Komunitas',
};

export const STATUS_LABELS = { eksisting: 'Eksisting', pengembangan: 'Pengembangan', baru: 'Baru' } as const;
export const PRIORITY_LABELS = { tinggi: 'Tinggi', sedang: 'Sedang', rendah: 'Rendah' } as const;

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  dewan: 'Dewan Smart City',
  'tim-pelaksana': 'Tim Pelaksana Smart City',
  bappeda: 'Bappeda',
  opd: 'Perwakilan OPD',
  pembimbing: 'Pembimbing/Mentor',
  fasilitator: 'Fasilitator',
  mitra: 'Mitra',
};

export const ROLE_ORDER: readonly ParticipantRole[] = ['dewan', 'tim-pelaksana', 'bappeda', 'opd', 'pembimbing', 'fasilitator', 'mitra'];

export const SWOT_LABELS = { S: 'Kekuatan (S)', W: 'Kelemahan (W)', O: 'Peluang (O)', T: 'Ancaman (T)' } as const;

export const TOWS_LABELS = {
  SO: 'Strategi S-O (kekuatan untuk meraih peluang)',
  ST: 'Strategi S-T (kekuatan untuk menghadapi ancaman)',
  WO: 'Strategi W-O (memperbaiki kelemahan dengan peluang)',
  WT: 'Strategi W-T (meminimalkan kelemahan dan ancaman)',
} as const;

export const regionKindLabel = (kind: 'kabupaten' | 'kota'): string => (kind === 'kota' ? 'Kota' : 'Kabupaten');

/** Replaces {name} placeholders in a label template. */
export const fillLabel = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
