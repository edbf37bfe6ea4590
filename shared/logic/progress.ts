import { CORE_PILLARS, planEndYear, richDocToText, type Dimension, type Program, type SwotQuadrant, type Workshop } from '../model';
import { bucketRanges, programHorizon, rpjmdHorizonWarning } from './roadmap-buckets';
import { gatesPass } from './quick-win-score';
import { STAGES, WORKSHEETS, type StageId, type WorksheetId } from './worksheets';
import { chapterOfOutlineKey, sectionOutline, type OutlineSlot } from './section-outline';
import { PROGRESS_WORDS, type ProgressLanguage, type ProgressWords } from './progress-words';

/**
 * One rule of a worksheet. `missing` is what the room still has to do, in the UI's language (Indonesian by default);
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

const QUADRANTS: readonly SwotQuadrant[] = ['S', 'W', 'O', 'T'];

const profil = (w: Workshop, s: ProgressWords): Check[] => {
  const r = w.region;
  const headTitle = r.regionalHead.title.trim() || (r.kind === 'kota' ? 'Wali Kota' : 'Bupati');
  return [
    check(filled(r.name), s.regionName),
    check(filled(r.province), s.province),
    check(r.population !== null, s.population),
    check(r.kecamatanCount !== null, s.kecamatanCount),
    r.kind === 'kota' ? check(r.kelurahanCount !== null, s.kelurahanCount) : check(r.desaCount !== null, s.desaCount),
    check(filled(r.regionalHead.name), s.headName(headTitle)),
    check(r.rpjmdPeriod !== null, s.rpjmdPeriod),
  ];
};

/** The workshop's own reference lists: a new workshop starts with the defaults, so this is about not emptying them. */
const dataRujukan = (w: Workshop, s: ProgressWords): Check[] => [
  check(w.dimensionSet.dimensions.length > 0, s.noDimensions),
  check(w.opds.length > 0, s.noOpds),
  check(w.fundingSources.length > 0, s.noFundingSources),
];

const kesiapan = (w: Workshop, s: ProgressWords): Check[] => [
  ...CORE_PILLARS.flatMap((pillar) => {
    const items = w.readinessItems.filter((i) => i.pillar === pillar);
    const label = s.pillar[pillar];
    return [check(items.length > 0, s.pillarNoItems(label)), every(items, (i) => i.score !== null, (n) => s.pillarUnscored(n, label))];
  }),
  every(w.readinessItems, (i) => filled(i.evidence), s.readinessNoEvidence),
];

const isu = (w: Workshop, s: ProgressWords): Check[] =>
  perDimension(w, (d) => w.issues.some((i) => i.dimensionId === d.id), (d) => s.dimensionNoIssues(s.dimension(d)));

const swot = (w: Workshop, s: ProgressWords): Check[] => [
  ...w.dimensionSet.dimensions.flatMap((d) => {
    const present = new Set(w.swotItems.filter((item) => item.dimensionId === d.id).map((item) => item.quadrant));
    const absent = QUADRANTS.filter((q) => !present.has(q)).map((q) => s.quadrant[q]);
    return [
      check(absent.length === 0, s.swotMissing(s.dimension(d), s.list(absent))),
      check(w.towsStrategies.some((t) => t.dimensionId === d.id), s.noTows(s.dimension(d))),
    ];
  }),
  // A TOWS strategy is built from SWOT factors, and shows where it came from.
  every(w.towsStrategies, (t) => t.sourceItemIds.length > 0, s.towsNoSource),
];

const kesenjangan = (w: Workshop, s: ProgressWords): Check[] =>
  perDimension(
    w,
    (d) => w.gapAnalyses.some((g) => g.dimensionId === d.id && filled(g.currentCondition) && filled(g.targetCondition)),
    (d) => s.gapMissing(s.dimension(d)),
  );

const visi = (w: Workshop, s: ProgressWords): Check[] => [
  check(filled(richDocToText(w.vision.statement)), s.visionStatement),
  check(w.vision.keywords.length > 0, s.visionKeywords),
  check(w.missions.length > 0, s.noMissions),
  every(w.missions, (m) => w.goals.some((g) => g.missionId === m.id), s.missionsNoGoal),
  every(w.goals, (g) => filled(g.indicator.name) && g.indicator.baseline !== null && g.indicator.targets.length > 0, s.goalsIncomplete),
];

const program = (w: Workshop, s: ProgressWords): Check[] => [
  ...perDimension(w, (d) => w.programs.some((p) => p.dimensionId === d.id), (d) => s.dimensionNoPrograms(s.dimension(d))),
  every(w.programs, (p) => p.leadOpdId !== null, s.programsNoLead),
  every(w.programs, (p) => p.years.length > 0, s.programsNoYears),
  every(w.programs, (p) => p.budget.length > 0 || p.funding.length > 0, s.programsNoBudget),
];

const isAligned = (w: Workshop, p: Program): boolean =>
  filled(p.rpjmdAlignment.rpjmdTarget) || filled(p.rpjmdAlignment.renstraProgram) || w.rpjmdMappings.some((m) => m.programId === p.id);

const pemetaanRpjmd = (w: Workshop, s: ProgressWords): Check[] => [
  check(w.rpjmdMappings.length > 0, s.noRpjmdMapping),
  every(w.programs, (p) => isAligned(w, p), s.programsNotAligned),
];

const inovasi = (w: Workshop, s: ProgressWords): Check[] => [
  every(w.programs, (p) => p.innovationType !== null, s.programsNoInnovationType, s.noProgramsForInnovation),
  every(w.programs, (p) => filled(p.innovationDescription), s.programsNoInnovationText),
];

const roadmap = (w: Workshop, s: ProgressWords): Check[] => {
  const scheduled = w.programs.filter((p) => p.years.length > 0);
  return [
    every(w.programs, (p) => p.years.length > 0, s.programsUnscheduled, s.noProgramsOnRoadmap),
    ...bucketRanges(w.horizon).map((range) => {
      const years = range.startYear === range.endYear ? `${range.startYear}` : `${range.startYear}–${range.endYear}`;
      const has = scheduled.some((p) => programHorizon(p, w.horizon) === range.bucket);
      return check(has, s.noProgramInBucket(s.bucket[range.bucket], years));
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

const quickWin = (w: Workshop, s: ProgressWords): Check[] => {
  const chosen = chosenQuickWins(w);
  const { mode, topN } = w.quickWins.selection;
  const selection =
    mode === 'per-dimension'
      ? perDimension(w, (d) => chosen.some((c) => c.program.dimensionId === d.id), (d) => s.noQuickWinFor(s.dimension(d)))
      : [check(chosen.length >= topN, s.quickWinsChosen(chosen.length, topN))];
  const names = (list: typeof chosen) => list.map((c) => `"${c.program.name}"`).join(', ');
  const unjustified = chosen.filter((c) => !gatesPass(c.candidate.gates) && !filled(c.candidate.overrideReason));
  const unplanned = chosen.filter((c) => c.candidate.sheet.plan.length === 0);
  return [
    ...selection,
    check(chosen.length > 0 && unjustified.length === 0, unjustified.length > 0 ? s.quickWinsUnjustified(names(unjustified)) : null),
    check(chosen.length > 0 && unplanned.length === 0, unplanned.length > 0 ? s.quickWinsUnplanned(names(unplanned)) : null),
  ];
};

const quickWinWarnings = (w: Workshop, s: ProgressWords): string[] => {
  if (w.quickWins.selection.mode !== 'top-n') return [];
  const chosen = chosenQuickWins(w);
  return w.dimensionSet.dimensions.filter((d) => !chosen.some((c) => c.program.dimensionId === d.id)).map((d) => s.noQuickWinFor(s.dimension(d)));
};

const komitmen = (w: Workshop, s: ProgressWords): Check[] => {
  const c = w.commitment;
  return [
    check(filled(c.place), s.signingPlace),
    check(c.date !== null, s.signingDate),
    check(filled(c.statement), s.commitmentStatement),
    check(c.entries.length > 0, s.noCommitmentRows),
    every(c.entries, (e) => filled(e.headName), s.commitmentNoHead),
    every(c.entries, (e) => filled(e.commitment), s.commitmentNoText),
    // The chapter-by-chapter review is held in Tahap IV beside the signing (reference §1).
    every(c.reviewChecklist, (r) => r.reviewed, s.chaptersUnreviewed, s.reviewNotStarted),
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
const titles = (slots: readonly OutlineSlot[], s: ProgressWords): string => {
  const names = slots.map((s) => s.section?.title ?? s.title);
  // Titles may hold commas ("Visi, Misi dan …"), so they are set apart with semicolons.
  const shown = names.slice(0, SHOWN_TITLES).join('; ');
  return names.length > SHOWN_TITLES ? s.titles(shown, names.length - SHOWN_TITLES) : shown;
};

/** One check per outline slot the stage needs: written means the section exists and has text. */
const stageSections = (w: Workshop, stage: StageId, s: ProgressWords): Check[] => {
  const slots = sectionOutline(w)
    .flatMap((g) => g.slots)
    .filter((slot) => sectionStage(slot.outlineKey) === stage);
  const absent = slots.filter((slot) => slot.section === null);
  const empty = slots.filter((slot) => slot.section !== null && !filled(richDocToText(slot.section.content)));
  // The first failing slot of each kind carries the message for all of them; the others stay silent.
  return slots.map((slot) => {
    if (absent.includes(slot)) return check(false, slot === absent[0] ? s.sectionsAbsent(absent.length, titles(absent, s)) : null);
    if (empty.includes(slot)) return check(false, slot === empty[0] ? s.sectionsEmpty(empty.length, titles(empty, s)) : null);
    return check(true, null);
  });
};

/** Tahap IV's own sections, then who writes each section and whether all of them are final. */
const bagian = (w: Workshop, s: ProgressWords): Check[] => [
  ...stageSections(w, 'tahap-4', s),
  every(w.sections, (section) => section.ownerOpdId !== null, s.sectionsNoOwner),
  every(w.sections, (section) => section.status === 'final', s.sectionsNotFinal),
];

const RULES: Record<WorksheetId, (w: Workshop, s: ProgressWords) => Check[]> = {
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

const WARNINGS: Partial<Record<WorksheetId, (w: Workshop, s: ProgressWords) => string[]>> = {
  profil: (w, s) => (w.region.rpjmdPeriod && rpjmdHorizonWarning(w.region, w.horizon) !== null ? [s.planAfterRpjmd(planEndYear(w.horizon), w.region.rpjmdPeriod.endYear)] : []),
  'quick-win': quickWinWarnings,
};

/** How far one worksheet is, and what is still missing, in the UI's language (Indonesian unless told). */
export const worksheetProgress = (w: Workshop, worksheetId: WorksheetId, language: ProgressLanguage = 'id'): WorksheetProgress => {
  const words = PROGRESS_WORDS[language];
  const checks = RULES[worksheetId](w, words);
  const sheet = WORKSHEETS.find((s) => s.id === worksheetId);
  return {
    worksheetId,
    part: 'worksheet',
    stage: sheet?.stage ?? 'tahap-1',
    done: checks.filter((c) => c.ok).length,
    total: checks.length,
    missing: checks.flatMap((c) => (c.ok || c.missing === null ? [] : [c.missing])),
    warnings: WARNINGS[worksheetId]?.(w, words) ?? [],
  };
};

/** The narrative sections the chapters of a stage need (Tahap IV's are part of its Bagian Naskah worksheet). */
const sectionsProgress = (w: Workshop, stage: StageId, language: ProgressLanguage): WorksheetProgress[] => {
  if (stage === 'tahap-4') return [];
  const checks = stageSections(w, stage, PROGRESS_WORDS[language]);
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
export const stageProgress = (w: Workshop, stage: StageId, language: ProgressLanguage = 'id'): StageProgress => {
  // A worksheet the masterplan needs nothing from (Jajak Pendapat) is not part of a stage's progress.
  const sheets = WORKSHEETS.filter((s) => s.stage === stage)
    .map((s) => worksheetProgress(w, s.id, language))
    .filter((p) => p.total > 0);
  const worksheets = [...sheets, ...sectionsProgress(w, stage, language)];
  return { stage, done: worksheets.reduce((n, s) => n + s.done, 0), total: worksheets.reduce((n, s) => n + s.total, 0), worksheets };
};

export const workshopProgress = (w: Workshop, language: ProgressLanguage = 'id'): WorkshopProgress => {
  const stages = STAGES.map((s) => stageProgress(w, s.id, language));
  return { done: stages.reduce((n, s) => n + s.done, 0), total: stages.reduce((n, s) => n + s.total, 0), stages };
};

/** Whole percent for a progress bar; 0 when there is nothing to do yet. */
export const progressPercent = ({ done, total }: { done: number; total: number }): number => (total === 0 ? 0 : Math.round((done / total) * 100));
