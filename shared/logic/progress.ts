import { CORE_PILLARS, richDocToText, type Dimension, type Program, type SwotQuadrant, type Workshop } from '../model';
import { bucketRanges, programHorizon, rpjmdHorizonWarning } from './roadmap-buckets';
import { gatesPass } from './quick-win-score';
import { STAGES, WORKSHEETS, type StageId, type WorksheetId } from './worksheets';
import { chapterOfOutlineKey, sectionOutline, type OutlineSlot } from './section-outline';

/**
 * One rule of a worksheet. `missing` is what the room still has to do, in Indonesian;
 * null when a failed rule is already explained by another one (no double messages).
 */
interface Check {
  ok: boolean;
  missing: string | null;
}

export interface WorksheetProgress {
  worksheetId: WorksheetId;
  /**
   * 'sections' for the narrative sections of the masterplan that a stage's chapters need (written on the
   * Bagian Naskah worksheet, so `worksheetId` is 'bagian'); Tahap IV's own sections are part of that worksheet.
   */
  part: 'worksheet' | 'sections';
  stage: StageId;
  done: number;
  total: number;
  missing: string[];
  /** Advice that does not count against progress, e.g. a plan that ends after the RPJMD. */
  warnings: string[];
}

export interface StageProgress {
  stage: StageId;
  done: number;
  total: number;
  worksheets: WorksheetProgress[];
}

export interface WorkshopProgress {
  done: number;
  total: number;
  stages: StageProgress[];
}

const check = (ok: boolean, missing: string | null): Check => ({ ok, missing: ok ? null : missing });
const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';

/** A rule over a list: done when the list is not empty and every item passes; the message counts the failures. */
const every = <T>(items: readonly T[], pass: (item: T) => boolean, message: (count: number) => string, whenEmpty: string | null = null): Check => {
  if (items.length === 0) return check(false, whenEmpty);
  const failing = items.filter((i) => !pass(i)).length;
  return check(failing === 0, message(failing));
};

const perDimension = (w: Workshop, has: (d: Dimension) => boolean, message: (d: Dimension) => string): Check[] =>
  w.dimensionSet.dimensions.map((d) => check(has(d), message(d)));

const PILLAR_LABELS: Record<(typeof CORE_PILLARS)[number], string> = { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' };
const QUADRANT_LABELS: Record<SwotQuadrant, string> = { S: 'Kekuatan', W: 'Kelemahan', O: 'Peluang', T: 'Ancaman' };
const BUCKET_LABELS = { pendek: 'jangka pendek', menengah: 'jangka menengah', panjang: 'jangka panjang' } as const;

const listWords = (words: string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1]}`);

const profil = (w: Workshop): Check[] => {
  const r = w.region;
  const headTitle = r.regionalHead.title.trim() || (r.kind === 'kota' ? 'Wali Kota' : 'Bupati');
  return [
    check(filled(r.name), 'Nama daerah belum diisi'),
    check(filled(r.province), 'Provinsi belum diisi'),
    check(r.population !== null, 'Jumlah penduduk belum diisi'),
    check(r.kecamatanCount !== null, 'Jumlah kecamatan belum diisi'),
    r.kind === 'kota' ? check(r.kelurahanCount !== null, 'Jumlah kelurahan belum diisi') : check(r.desaCount !== null, 'Jumlah desa belum diisi'),
    check(filled(r.regionalHead.name), `Nama ${headTitle} belum diisi`),
    check(r.rpjmdPeriod !== null, 'Periode RPJMD belum diisi'),
  ];
};

/** The workshop's own reference lists: a new workshop starts with the defaults, so this is about not emptying them. */
const dataRujukan = (w: Workshop): Check[] => [
  check(w.dimensionSet.dimensions.length > 0, 'Belum ada dimensi smart city'),
  check(w.opds.length > 0, 'Daftar OPD masih kosong'),
  check(w.fundingSources.length > 0, 'Daftar sumber dana masih kosong'),
];

const kesiapan = (w: Workshop): Check[] => [
  ...CORE_PILLARS.flatMap((pillar) => {
    const items = w.readinessItems.filter((i) => i.pillar === pillar);
    const label = PILLAR_LABELS[pillar];
    return [
      check(items.length > 0, `${label} belum memiliki item`),
      every(items, (i) => i.score !== null, (n) => `${n} item ${label} belum dinilai`),
    ];
  }),
  every(w.readinessItems, (i) => filled(i.evidence), (n) => `${n} item kesiapan belum memiliki data dukung`),
];

const isu = (w: Workshop): Check[] =>
  perDimension(w, (d) => w.issues.some((i) => i.dimensionId === d.id), (d) => `${d.nameId} belum memiliki isu`);

const swot = (w: Workshop): Check[] => [
  ...w.dimensionSet.dimensions.flatMap((d) => {
    const present = new Set(w.swotItems.filter((s) => s.dimensionId === d.id).map((s) => s.quadrant));
    const absent = (['S', 'W', 'O', 'T'] as const).filter((q) => !present.has(q)).map((q) => QUADRANT_LABELS[q]);
    return [
      check(absent.length === 0, `SWOT ${d.nameId} belum memiliki faktor ${listWords(absent)}`),
      check(w.towsStrategies.some((t) => t.dimensionId === d.id), `Belum ada strategi TOWS untuk ${d.nameId}`),
    ];
  }),
  // A TOWS strategy is built from SWOT factors, and shows where it came from.
  every(w.towsStrategies, (t) => t.sourceItemIds.length > 0, (n) => `${n} strategi TOWS belum menunjukkan faktor SWOT asalnya`),
];

const kesenjangan = (w: Workshop): Check[] =>
  perDimension(
    w,
    (d) => w.gapAnalyses.some((g) => g.dimensionId === d.id && filled(g.currentCondition) && filled(g.targetCondition)),
    (d) => `Analisis kesenjangan ${d.nameId} belum diisi`,
  );

const visi = (w: Workshop): Check[] => [
  check(filled(richDocToText(w.vision.statement)), 'Rumusan visi belum diisi'),
  check(w.vision.keywords.length > 0, 'Kata kunci visi belum dikumpulkan'),
  check(w.missions.length > 0, 'Belum ada misi'),
  every(w.missions, (m) => w.goals.some((g) => g.missionId === m.id), (n) => `${n} misi belum memiliki tujuan`),
  every(w.goals, (g) => filled(g.indicator) && filled(g.baseline) && filled(g.target), (n) => `${n} tujuan belum memiliki indikator, baseline dan target`),
];

const program = (w: Workshop): Check[] => [
  ...perDimension(w, (d) => w.programs.some((p) => p.dimensionId === d.id), (d) => `${d.nameId} belum memiliki program`),
  every(w.programs, (p) => p.leadOpdId !== null, (n) => `${n} program belum memiliki OPD penanggung jawab`),
  every(w.programs, (p) => p.years.length > 0, (n) => `${n} program belum memiliki tahun pelaksanaan`),
  every(w.programs, (p) => p.budget.length > 0 || p.funding.length > 0, (n) => `${n} program belum memiliki indikasi anggaran atau sumber dana`),
];

const isAligned = (w: Workshop, p: Program): boolean =>
  filled(p.rpjmdAlignment.rpjmdTarget) || filled(p.rpjmdAlignment.renstraProgram) || w.rpjmdMappings.some((m) => m.programId === p.id);

const pemetaanRpjmd = (w: Workshop): Check[] => [
  check(w.rpjmdMappings.length > 0, 'Belum ada pemetaan program RPJMD/Renstra'),
  every(w.programs, (p) => isAligned(w, p), (n) => `${n} program belum diselaraskan dengan RPJMD/Renstra`),
];

const inovasi = (w: Workshop): Check[] => [
  every(w.programs, (p) => p.innovationType !== null, (n) => `${n} program belum memiliki jenis inovasi`, 'Belum ada program untuk diberi inovasi'),
  every(w.programs, (p) => filled(p.innovationDescription), (n) => `${n} program belum memiliki uraian inovasi`),
];

const roadmap = (w: Workshop): Check[] => {
  const scheduled = w.programs.filter((p) => p.years.length > 0);
  return [
    every(w.programs, (p) => p.years.length > 0, (n) => `${n} program belum dijadwalkan di peta jalan`, 'Belum ada program di peta jalan'),
    ...bucketRanges(w.horizon).map((range) => {
      const years = range.startYear === range.endYear ? `${range.startYear}` : `${range.startYear}–${range.endYear}`;
      const has = scheduled.some((p) => programHorizon(p, w.horizon) === range.bucket);
      return check(has, `Belum ada program ${BUCKET_LABELS[range.bucket]} (${years})`);
    }),
  ];
};

const chosenQuickWins = (w: Workshop) =>
  w.quickWins.candidates
    .filter((c) => c.decision === 'chosen')
    .flatMap((c) => {
      const p = w.programs.find((x) => x.id === c.programId);
      return p ? [{ candidate: c, program: p }] : [];
    });

const quickWin = (w: Workshop): Check[] => {
  const chosen = chosenQuickWins(w);
  const { mode, topN } = w.quickWins.selection;
  const selection =
    mode === 'per-dimension'
      ? perDimension(w, (d) => chosen.some((c) => c.program.dimensionId === d.id), (d) => `Belum ada quick win untuk ${d.nameId}`)
      : [check(chosen.length >= topN, `Baru ${chosen.length} dari ${topN} quick win dipilih`)];
  const names = (list: typeof chosen) => list.map((c) => `"${c.program.name}"`).join(', ');
  const unjustified = chosen.filter((c) => !gatesPass(c.candidate.gates) && !filled(c.candidate.overrideReason));
  const unplanned = chosen.filter((c) => c.candidate.sheet.timeline.length === 0);
  return [
    ...selection,
    check(chosen.length > 0 && unjustified.length === 0, unjustified.length > 0 ? `Quick win ${names(unjustified)} belum lolos syarat dan belum ada alasan penetapan` : null),
    check(chosen.length > 0 && unplanned.length === 0, unplanned.length > 0 ? `Lembar quick win ${names(unplanned)} belum memiliki jadwal kegiatan` : null),
  ];
};

const quickWinWarnings = (w: Workshop): string[] => {
  if (w.quickWins.selection.mode !== 'top-n') return [];
  const chosen = chosenQuickWins(w);
  return w.dimensionSet.dimensions.filter((d) => !chosen.some((c) => c.program.dimensionId === d.id)).map((d) => `Belum ada quick win untuk ${d.nameId}`);
};

const komitmen = (w: Workshop): Check[] => {
  const c = w.commitment;
  return [
    check(filled(c.place), 'Tempat penandatanganan belum diisi'),
    check(c.date !== null, 'Tanggal penandatanganan belum diisi'),
    check(filled(c.statement), 'Pernyataan komitmen belum diisi'),
    check(c.entries.length > 0, 'Belum ada baris komitmen OPD'),
    every(c.entries, (e) => filled(e.headName), (n) => `${n} baris komitmen belum memiliki nama pejabat`),
    every(c.entries, (e) => filled(e.commitment), (n) => `${n} baris komitmen belum berisi komitmen`),
    // The chapter-by-chapter review is held in Tahap IV beside the signing (reference §1).
    every(c.reviewChecklist, (r) => r.reviewed, (n) => `${n} bab belum direviu`, 'Reviu bab per bab belum dimulai'),
  ];
};

/**
 * The stage each chapter of the masterplan serves: the analysis chapters come out of Tahap I, vision,
 * strategy and programs out of Tahap II, the roadmap and quick wins out of Tahap III; the preliminaries,
 * the introduction, governance and follow-up, the optional chapters and the closing are written in Tahap IV.
 */
const CHAPTER_STAGE: Record<string, StageId> = { bab2: 'tahap-1', bab3: 'tahap-1', bab4: 'tahap-2', bab5: 'tahap-2', bab6: 'tahap-2', bab7: 'tahap-3' };
const KEY_STAGE: Record<string, StageId> = { 'bab6-quick-win': 'tahap-3' };

export const sectionStage = (outlineKey: string): StageId => {
  const chapter = chapterOfOutlineKey(outlineKey);
  return KEY_STAGE[outlineKey] ?? (chapter ? CHAPTER_STAGE[chapter] : undefined) ?? 'tahap-4';
};

const SHOWN_TITLES = 3;
const titles = (slots: readonly OutlineSlot[]): string => {
  const names = slots.map((s) => s.section?.title ?? s.title);
  // Titles may hold commas ("Visi, Misi dan …"), so they are set apart with semicolons.
  const shown = names.slice(0, SHOWN_TITLES).join('; ');
  return names.length > SHOWN_TITLES ? `${shown}; dan ${names.length - SHOWN_TITLES} lainnya` : shown;
};

/** One check per outline slot the stage needs: written means the section exists and has text. */
const stageSections = (w: Workshop, stage: StageId): Check[] => {
  const slots = sectionOutline(w)
    .flatMap((g) => g.slots)
    .filter((slot) => sectionStage(slot.outlineKey) === stage);
  const absent = slots.filter((slot) => slot.section === null);
  const empty = slots.filter((slot) => slot.section !== null && !filled(richDocToText(slot.section.content)));
  // The first failing slot of each kind carries the message for all of them; the others stay silent.
  return slots.map((slot) => {
    if (absent.includes(slot)) return check(false, slot === absent[0] ? `${absent.length} bagian naskah belum dibuat: ${titles(absent)}` : null);
    if (empty.includes(slot)) return check(false, slot === empty[0] ? `${empty.length} bagian naskah masih kosong: ${titles(empty)}` : null);
    return check(true, null);
  });
};

/** Tahap IV's own sections, then who writes each section and whether all of them are final. */
const bagian = (w: Workshop): Check[] => [
  ...stageSections(w, 'tahap-4'),
  every(w.sections, (s) => s.ownerOpdId !== null, (n) => `${n} bagian naskah belum memiliki OPD penyusun`),
  every(w.sections, (s) => s.status === 'final', (n) => `${n} bagian naskah belum final`),
];

const RULES: Record<WorksheetId, (w: Workshop) => Check[]> = {
  profil,
  'data-rujukan': dataRujukan,
  /** The Bimtek's own record (dates, venue, attendance): the masterplan needs nothing from it. */
  pelaksanaan: () => [],
  kesiapan,
  isu,
  swot,
  kesenjangan,
  /** Polls are a tool of the room, not a part of the masterplan: nothing to complete. */
  'jajak-pendapat': () => [],
  visi,
  program,
  /** The groups' proposals are the room's inbox: what the masterplan needs is in the matrix. */
  usulan: () => [],
  'pemetaan-rpjmd': pemetaanRpjmd,
  inovasi,
  roadmap,
  'quick-win': quickWin,
  komitmen,
  bagian,
};

const WARNINGS: Partial<Record<WorksheetId, (w: Workshop) => string[]>> = {
  profil: (w) => [rpjmdHorizonWarning(w.region, w.horizon)].filter((m): m is string => m !== null),
  'quick-win': quickWinWarnings,
};

/** How far one worksheet is, and what is still missing, in the workshop's words. */
export const worksheetProgress = (w: Workshop, worksheetId: WorksheetId): WorksheetProgress => {
  const checks = RULES[worksheetId](w);
  const sheet = WORKSHEETS.find((s) => s.id === worksheetId);
  return {
    worksheetId,
    part: 'worksheet',
    stage: sheet?.stage ?? 'tahap-1',
    done: checks.filter((c) => c.ok).length,
    total: checks.length,
    missing: checks.flatMap((c) => (c.ok || c.missing === null ? [] : [c.missing])),
    warnings: WARNINGS[worksheetId]?.(w) ?? [],
  };
};

/** The narrative sections the chapters of a stage need (Tahap IV's are part of its Bagian Naskah worksheet). */
const sectionsProgress = (w: Workshop, stage: StageId): WorksheetProgress[] => {
  if (stage === 'tahap-4') return [];
  const checks = stageSections(w, stage);
  if (checks.length === 0) return [];
  return [
    {
      worksheetId: 'bagian',
      part: 'sections',
      stage,
      done: checks.filter((c) => c.ok).length,
      total: checks.length,
      missing: checks.flatMap((c) => (c.ok || c.missing === null ? [] : [c.missing])),
      warnings: [],
    },
  ];
};

/** The worksheets of one stage and the narrative sections it serves, with their summed progress. */
export const stageProgress = (w: Workshop, stage: StageId): StageProgress => {
  // A worksheet the masterplan needs nothing from (Jajak Pendapat) is not part of a stage's progress.
  const sheets = WORKSHEETS.filter((s) => s.stage === stage)
    .map((s) => worksheetProgress(w, s.id))
    .filter((p) => p.total > 0);
  const worksheets = [...sheets, ...sectionsProgress(w, stage)];
  return { stage, done: worksheets.reduce((n, s) => n + s.done, 0), total: worksheets.reduce((n, s) => n + s.total, 0), worksheets };
};

export const workshopProgress = (w: Workshop): WorkshopProgress => {
  const stages = STAGES.map((s) => stageProgress(w, s.id));
  return { done: stages.reduce((n, s) => n + s.done, 0), total: stages.reduce((n, s) => n + s.total, 0), stages };
};

/** Whole percent for a progress bar; 0 when there is nothing to do yet. */
export const progressPercent = ({ done, total }: { done: number; total: number }): number => (total === 0 ? 0 : Math.round((done / total) * 100));
