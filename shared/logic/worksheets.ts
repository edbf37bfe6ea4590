import { z } from 'zod';

/** The four Bimtek stages (Tahap I–IV). Advisory: mentors reorder content, so nothing is locked by stage. */
export const STAGE_IDS = ['tahap-1', 'tahap-2', 'tahap-3', 'tahap-4'] as const;
export const StageIdSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageIdSchema>;

export interface Stage {
  readonly id: StageId;
  readonly numeral: 'I' | 'II' | 'III' | 'IV';
  readonly i18nKey: `stages.${StageId}`;
  /** Indonesian label, for places without the renderer's catalogue (export, logs). */
  readonly label: string;
}

export const STAGES: readonly Stage[] = [
  { id: 'tahap-1', numeral: 'I', i18nKey: 'stages.tahap-1', label: 'Tahap I: Analisis Strategis dan Kesiapan Daerah' },
  { id: 'tahap-2', numeral: 'II', i18nKey: 'stages.tahap-2', label: 'Tahap II: Visi, Misi dan Pemetaan Program' },
  { id: 'tahap-3', numeral: 'III', i18nKey: 'stages.tahap-3', label: 'Tahap III: Inovasi, Peta Jalan dan Quick Win' },
  { id: 'tahap-4', numeral: 'IV', i18nKey: 'stages.tahap-4', label: 'Tahap IV: Finalisasi dan Komitmen' },
];

/** Worksheet (kertas kerja) ids, also used in routes: #/lokakarya/<id>/<worksheet>. */
export const WORKSHEET_IDS = [
  'profil',
  'data-rujukan',
  'pelaksanaan',
  'kesiapan',
  'isu',
  'swot',
  'kesenjangan',
  'jajak-pendapat',
  'visi',
  'program',
  'usulan',
  'pemetaan-rpjmd',
  'inovasi',
  'roadmap',
  'quick-win',
  'komitmen',
  'bagian',
] as const;
export const WorksheetIdSchema = z.enum(WORKSHEET_IDS);
export type WorksheetId = z.infer<typeof WorksheetIdSchema>;

export interface Worksheet {
  readonly id: WorksheetId;
  readonly stage: StageId;
  readonly i18nKey: `worksheets.${WorksheetId}`;
  readonly label: string;
}

const sheet = (id: WorksheetId, stage: StageId, label: string): Worksheet => ({ id, stage, i18nKey: `worksheets.${id}`, label });

/** Every worksheet in the order facilitators walk through them. */
export const WORKSHEETS: readonly Worksheet[] = [
  sheet('profil', 'tahap-1', 'Profil Daerah dan Horizon Rencana'),
  sheet('data-rujukan', 'tahap-1', 'Data Rujukan: Dimensi, OPD dan Sumber Dana'),
  sheet('pelaksanaan', 'tahap-1', 'Pelaksanaan Bimtek: Jadwal, Tempat dan Daftar Hadir'),
  sheet('kesiapan', 'tahap-1', 'Analisis Kesiapan'),
  sheet('isu', 'tahap-1', 'Isu Daerah per Dimensi'),
  sheet('swot', 'tahap-1', 'SWOT dan TOWS'),
  sheet('kesenjangan', 'tahap-1', 'Analisis Kesenjangan'),
  sheet('jajak-pendapat', 'tahap-1', 'Jajak Pendapat'),
  sheet('visi', 'tahap-2', 'Visi, Misi dan Tujuan'),
  sheet('program', 'tahap-2', 'Matriks Program'),
  sheet('usulan', 'tahap-2', 'Usulan Program dari Kelompok'),
  sheet('pemetaan-rpjmd', 'tahap-2', 'Pemetaan RPJMD/Renstra'),
  sheet('inovasi', 'tahap-3', 'Inovasi per Program'),
  sheet('roadmap', 'tahap-3', 'Peta Jalan'),
  sheet('quick-win', 'tahap-3', 'Quick Win'),
  sheet('komitmen', 'tahap-4', 'Lembar Komitmen'),
  sheet('bagian', 'tahap-4', 'Bagian Naskah Masterplan'),
];

export const isWorksheetId = (value: string): value is WorksheetId => (WORKSHEET_IDS as readonly string[]).includes(value);

export const worksheetById = (id: WorksheetId): Worksheet => {
  const found = WORKSHEETS.find((w) => w.id === id);
  if (!found) throw new Error(`Unknown worksheet ${id}`);
  return found;
};

/** Stages with their worksheets, for the sidebar. */
export const worksheetsByStage = (): { stage: Stage; worksheets: Worksheet[] }[] =>
  STAGES.map((stage) => ({ stage, worksheets: WORKSHEETS.filter((w) => w.stage === stage.id) }));
