import type { ExportSettings } from '../model';

/**
 * The masterplan outline (reference §4.2), with the keys narrative sections are filed under
 * (`NarrativeSection.outlineKey`). Sections of other keys starting with "babN-" are appended to chapter N;
 * any other key goes to the annexes, so nothing a participant wrote is lost.
 */
export interface OutlineSection {
  key: string;
  title: string;
}

export interface OutlineChapter {
  key: string;
  title: string;
  /** One line for "Sistematika Penulisan". */
  summary: string;
  sections: OutlineSection[];
}

export type OptionalChapterKey = ExportSettings['optionalChapters'][number];

export const FRONT_MATTER: readonly OutlineSection[] = [
  { key: 'kata-sambutan', title: 'KATA SAMBUTAN' },
  { key: 'kata-pengantar', title: 'KATA PENGANTAR' },
  { key: 'tim-penyusun', title: 'TIM PENYUSUN' },
  { key: 'ringkasan-eksekutif', title: 'RINGKASAN EKSEKUTIF' },
];

export const CHAPTERS = {
  bab1: {
    key: 'bab1',
    title: 'PENDAHULUAN',
    summary: 'menguraikan latar belakang, maksud, tujuan dan sasaran, ruang lingkup, landasan hukum, metodologi dan sistematika penulisan.',
    sections: [
      { key: 'bab1-latar-belakang', title: 'Latar Belakang' },
      { key: 'bab1-maksud-tujuan', title: 'Maksud, Tujuan dan Sasaran' },
      { key: 'bab1-ruang-lingkup', title: 'Ruang Lingkup' },
      { key: 'bab1-landasan-hukum', title: 'Landasan Hukum' },
      { key: 'bab1-metodologi', title: 'Metodologi' },
      { key: 'bab1-sistematika', title: 'Sistematika Penulisan' },
    ],
  },
  bab2: {
    key: 'bab2',
    title: 'GAMBARAN UMUM DAERAH',
    summary: 'menggambarkan kondisi geografis, demografi, perekonomian, pelayanan publik dan TIK, arah RPJMD serta inovasi yang sudah berjalan.',
    sections: [
      { key: 'bab2-geografi', title: 'Kondisi Geografis dan Administrasi' },
      { key: 'bab2-demografi', title: 'Demografi' },
      { key: 'bab2-ekonomi', title: 'Perekonomian Daerah' },
      { key: 'bab2-layanan-tik', title: 'Pelayanan Publik dan Kondisi TIK' },
      { key: 'bab2-rpjmd', title: 'Visi, Misi dan Isu Strategis RPJMD' },
      { key: 'bab2-inovasi', title: 'Inovasi dan Aplikasi yang Sudah Ada' },
    ],
  },
  bab3: {
    key: 'bab3',
    title: 'ANALISIS STRATEGIS DAN KESIAPAN DAERAH',
    summary: 'memuat analisis isu daerah per dimensi, kesiapan struktur, infrastruktur dan suprastruktur, analisis kesenjangan serta analisis SWOT dan TOWS.',
    sections: [
      { key: 'bab3-isu', title: 'Analisis Isu Daerah per Dimensi' },
      { key: 'bab3-kesiapan-struktur', title: 'Kesiapan Struktur' },
      { key: 'bab3-kesiapan-infrastruktur', title: 'Kesiapan Infrastruktur' },
      { key: 'bab3-kesiapan-suprastruktur', title: 'Kesiapan Suprastruktur' },
      { key: 'bab3-kesiapan-nature', title: 'Kesiapan Potensi Alam (Nature)' },
      { key: 'bab3-kesiapan-culture', title: 'Kesiapan Budaya (Culture)' },
      { key: 'bab3-kesenjangan', title: 'Analisis Kesenjangan' },
      { key: 'bab3-swot', title: 'Analisis SWOT dan TOWS' },
    ],
  },
  bab4: {
    key: 'bab4',
    title: 'VISI, MISI, TUJUAN DAN SASARAN SMART CITY',
    summary: 'merumuskan visi smart city beserta penjelasannya, misi, tujuan dan sasaran dengan indikatornya, serta gambaran umum strategi.',
    sections: [
      { key: 'bab4-visi', title: 'Visi Smart City' },
      { key: 'bab4-misi', title: 'Misi Smart City' },
      { key: 'bab4-tujuan', title: 'Tujuan, Sasaran dan Indikator' },
      { key: 'bab4-strategi', title: 'Gambaran Umum Strategi' },
    ],
  },
  bab5: {
    key: 'bab5',
    title: 'STRATEGI PEMBANGUNAN SMART CITY',
    summary: 'menjabarkan isu, kondisi yang diharapkan, strategi per elemen serta program dan inovasi untuk setiap dimensi smart city.',
    sections: [{ key: 'bab5-pengantar', title: 'Pengantar' }],
  },
  bab6: {
    key: 'bab6',
    title: 'RENCANA PROGRAM DAN RENCANA AKSI',
    summary: 'menyajikan matriks program per dimensi, rencana aksi tahun pertama dan lembar program quick win.',
    sections: [
      { key: 'bab6-matriks', title: 'Matriks Program per Dimensi' },
      { key: 'bab6-rencana-aksi', title: 'Rencana Aksi Tahun Pertama' },
      { key: 'bab6-quick-win', title: 'Program Quick Win' },
    ],
  },
  bab7: {
    key: 'bab7',
    title: 'PETA JALAN (ROADMAP)',
    summary: 'menyusun tahapan jangka pendek, menengah dan panjang serta peta jalan program untuk setiap dimensi.',
    sections: [
      { key: 'bab7-tahapan', title: 'Tahapan Pelaksanaan' },
      { key: 'bab7-pendukung', title: 'Peta Jalan Pendukung' },
    ],
  },
  bab8: {
    key: 'bab8',
    title: 'TATA KELOLA, PEMBIAYAAN DAN RENCANA TINDAK LANJUT',
    summary: 'mengatur kelembagaan, regulasi yang diperlukan, pola pembiayaan, pengembangan SDM, serta monitoring, evaluasi dan manajemen risiko.',
    sections: [
      { key: 'bab8-kelembagaan', title: 'Kelembagaan' },
      { key: 'bab8-regulasi', title: 'Regulasi yang Diperlukan' },
      { key: 'bab8-pembiayaan', title: 'Pola Pembiayaan' },
      { key: 'bab8-sdm', title: 'Sumber Daya Manusia dan Manajemen Perubahan' },
      { key: 'bab8-monev', title: 'Monitoring, Evaluasi dan Manajemen Risiko' },
    ],
  },
  penutup: {
    key: 'penutup',
    title: 'PENUTUP',
    summary: 'berisi penutup dan harapan atas pelaksanaan masterplan.',
    sections: [{ key: 'penutup', title: 'Penutup' }],
  },
} as const satisfies Record<string, OutlineChapter>;

/** Optional chapter blocks (reference §4.3), placed after BAB VIII in this order. */
export const OPTIONAL_CHAPTERS: Record<OptionalChapterKey, OutlineChapter> = {
  'kebijakan-kelembagaan': {
    key: 'opsi-kebijakan-kelembagaan',
    title: 'KEBIJAKAN DAN KELEMBAGAAN',
    summary: 'menguraikan pengembangan kebijakan dan kelembagaan: tata kelola dan manajemen SDM.',
    sections: [
      { key: 'opsi-kebijakan-tata-kelola', title: 'Tata Kelola' },
      { key: 'opsi-kebijakan-sdm', title: 'Manajemen Sumber Daya Manusia' },
    ],
  },
  'infrastruktur-pendukung': {
    key: 'opsi-infrastruktur-pendukung',
    title: 'INFRASTRUKTUR PENDUKUNG',
    summary: 'menguraikan arsitektur integrasi, arsitektur jaringan, pusat data dan ruang kendali (command center).',
    sections: [
      { key: 'opsi-infra-integrasi', title: 'Arsitektur Integrasi' },
      { key: 'opsi-infra-jaringan', title: 'Arsitektur Jaringan' },
      { key: 'opsi-infra-pusat-data', title: 'Pusat Data' },
      { key: 'opsi-infra-ruang-kendali', title: 'Ruang Kendali (Command Center)' },
    ],
  },
  'pola-pikir-komunitas': {
    key: 'opsi-pola-pikir-komunitas',
    title: 'PERUBAHAN POLA PIKIR DAN PENGEMBANGAN KOMUNITAS',
    summary: 'menguraikan ko-kreasi, masyarakat digital, serta peran pemerintah dan komunitas.',
    sections: [
      { key: 'opsi-komunitas-kokreasi', title: 'Ko-kreasi' },
      { key: 'opsi-komunitas-masyarakat-digital', title: 'Masyarakat Digital' },
      { key: 'opsi-komunitas-peran-pemerintah', title: 'Peran Pemerintah' },
      { key: 'opsi-komunitas-peran-masyarakat', title: 'Peran Komunitas dan Lembaga Swadaya Masyarakat' },
    ],
  },
  'pola-penganggaran': {
    key: 'opsi-pola-penganggaran',
    title: 'POLA PENGANGGARAN DAN KETERLIBATAN PEMANGKU KEPENTINGAN',
    summary: 'menguraikan pola penganggaran dan keterlibatan pemangku kepentingan (pentahelix).',
    sections: [
      { key: 'opsi-anggaran-pola', title: 'Pola Penganggaran' },
      { key: 'opsi-anggaran-pemangku', title: 'Keterlibatan Pemangku Kepentingan' },
    ],
  },
};

export const OPTIONAL_ORDER: readonly OptionalChapterKey[] = ['kebijakan-kelembagaan', 'infrastruktur-pendukung', 'pola-pikir-komunitas', 'pola-penganggaran'];

export const ANNEX_SECTIONS = {
  commitment: { key: 'lampiran-komitmen', title: 'Lembar Komitmen Bersama' },
  decrees: { key: 'lampiran-sk', title: 'Surat Keputusan Dewan Smart City dan Tim Pelaksana' },
  readiness: { key: 'lampiran-kesiapan', title: 'Lembar Kerja Analisis Kesiapan' },
  swot: { key: 'lampiran-swot', title: 'Lembar Kerja SWOT dan TOWS' },
  matrix: { key: 'lampiran-matriks', title: 'Matriks Program Lengkap' },
  photos: { key: 'lampiran-dokumentasi', title: 'Dokumentasi Bimtek' },
} as const;

/** Narrative key of a dimension's subsection in BAB V and its roadmap note in BAB VII. */
export const dimensionSectionKey = (chapter: 'bab5' | 'bab7', dimensionId: string): string => `${chapter}-dimensi-${dimensionId}`;

/** Every key the outline files narrative under (the per-dimension keys depend on the workshop's dimensions). */
export const outlineKeys = (dimensionIds: readonly string[] = []): string[] => [
  ...FRONT_MATTER.map((s) => s.key),
  ...Object.values(CHAPTERS).flatMap((c) => c.sections.map((s) => s.key)),
  ...dimensionIds.flatMap((id) => [dimensionSectionKey('bab5', id), dimensionSectionKey('bab7', id)]),
  ...Object.values(OPTIONAL_CHAPTERS).flatMap((c) => c.sections.map((s) => s.key)),
  ...Object.values(ANNEX_SECTIONS).map((s) => s.key),
];
