import { indicatorFigures, type Program, type QuickWinCandidate } from '../../model';
import { dimensionName, elementName, fill, opdName, programTitle, type BuildContext } from '../context';
import { quickWinQuadrant } from '../diagrams';
import { formatDecimal, formatRupiah } from '../format';
import { CHAPTERS } from '../outline';
import { quickWinWeightedMean } from '../../logic/quick-win-score';
import { programTotal } from '../stats';
import { boldCell, cell, columns, keyValueTable, listCell, row } from '../tables';
import { cleanLine, paragraph } from '../text';
import { fundingLines, fundingNames, supportersText } from './programs';

type Chosen = { candidate: QuickWinCandidate; program: Program };

/** The printed scale: Kominfo's 1–5 unless the export settings ask for 0–100. */
const hundred = (ctx: BuildContext): boolean => ctx.workshop.exportSettings.quickWinScale === '0-100';
const scaleLabel = (ctx: BuildContext): string => (hundred(ctx) ? 'skala 0–100' : 'skala 1–5');

/** The weighted score as Kominfo's worksheets write it, "4,30" (1–5), or "82,5" when 0–100 is chosen (all 1s give 0). */
const scoreText = (ctx: BuildContext, candidate: QuickWinCandidate): string => {
  const mean = quickWinWeightedMean(candidate.scores, ctx.workshop.quickWins.weights);
  if (mean === null) return '-';
  return hundred(ctx) ? formatDecimal(Math.round(((mean - 1) / 4) * 1000) / 10, 1) : formatDecimal(mean, 2);
};

/** "Nama: 35% (2025) → 85% (2027)", the unit on every figure and numbers written the Indonesian way. */
export const indicatorLine = (indicator: Program['indicators'][number]): string => {
  const name = cleanLine(indicator.name);
  const figures = indicatorFigures({ ...indicator, unit: cleanLine(indicator.unit) });
  return figures === '' ? name : `${name}: ${figures}`;
};

const summary = (ctx: BuildContext): boolean =>
  ctx.out.table('Program quick win terpilih', {
    // The score's header whole on one line (at 1.7 it broke as 'Skor (1–|5)'); the codes need less than they had.
    columns: columns(['No', 0.9, 'center'], ['Kode', 2], ['Program', 4.9], ['Dimensi', 3], ['OPD penanggung jawab', 2.5], [hundred(ctx) ? 'Skor (0–100)' : 'Skor (1–5)', 2.1, 'center']),
    rows: ctx.quickWins.map(({ candidate, program }, i) =>
      row([
        cell(String(i + 1), { align: 'center' }),
        cell(program.code),
        cell(programTitle(program)),
        cell(dimensionName(ctx, program.dimensionId)),
        cell(opdName(ctx, program.leadOpdId) || '-'),
        cell(scoreText(ctx, candidate), { align: 'center' }),
      ]),
    ),
    note: hundred(ctx)
      ? 'Skor: rata-rata tertimbang penilaian kriteria (skala 1–5, bobot yang disepakati forum) dinyatakan pada skala 0–100 (semua kriteria 1 = 0, semua 5 = 100).'
      : 'Skor: rata-rata tertimbang penilaian kriteria pada skala 1–5 (1 = sangat rendah, 5 = sangat tinggi) dengan bobot yang disepakati forum.',
  });

const quadrant = (ctx: BuildContext): boolean => {
  const inScope = new Map(ctx.programs.map((p) => [p.id, p]));
  const scored = ctx.workshop.quickWins.candidates.flatMap((candidate) => {
    const program = inScope.get(candidate.programId);
    return program && candidate.decision !== 'rejected' ? [{ candidate, program }] : [];
  });
  const spec = quickWinQuadrant(scored);
  if (!spec) return false;
  ctx.diagrams.push(spec);
  ctx.out.add(paragraph('Gambar berikut memetakan calon quick win menurut dampak langsung bagi masyarakat dan upaya (waktu dan biaya) yang dibutuhkan; label titik adalah kode program.'));
  ctx.out.figure('Dampak dan upaya calon quick win', { diagramId: spec.id });
  return true;
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The action plan by quarter, as Bimtek sheets write it: Triwulan, kegiatan, OPD pelaksana, keluaran. */
const actionPlan = (ctx: BuildContext, program: Program, candidate: QuickWinCandidate): void => {
  const steps = candidate.sheet.plan.map((s, i) => ({ s, i })).sort((a, b) => a.s.quarter - b.s.quarter || a.i - b.i).map(({ s }) => s);
  ctx.out.table(`Rencana aksi per triwulan ${cleanLine(program.name)}`, {
    compact: true,
    columns: columns(['Triwulan', 1.8, 'center'], ['Kegiatan', 6], ['OPD pelaksana', 3], ['Keluaran', 4.6]),
    rows: steps.map((s) => row([cell(ROMAN[s.quarter - 1] ?? String(s.quarter), { align: 'center' }), cell(cleanLine(s.activity) || '-'), cell(opdName(ctx, s.opdId) || '-'), cell(cleanLine(s.deliverable) || '-')])),
  });
};

const sheet = (ctx: BuildContext, { candidate, program }: Chosen): void => {
  ctx.out.newPage();
  ctx.out.subsection(programTitle(program));
  // The photo first, under the title: after the sheet and its plan, which fill most of a page, the box fell alone on the next page.
  ctx.out.table(null, { headerless: true, columns: columns(['', 1]), rows: [row([boldCell('Foto atau mock-up', { align: 'center' })]), row([cell('[Tempel foto atau mock-up di sini]', { align: 'center' })], { minHeightMm: 40 })] });
  const issues = program.issueIds.map((id) => cleanLine(ctx.workshop.issues.find((i) => i.id === id)?.text ?? '')).filter(Boolean);
  const indicators = [
    ...candidate.sheet.indicators.split('\n').map(cleanLine),
    ...program.indicators.map(indicatorLine),
  ].filter(Boolean);
  const budget = program.budget.map((b) => `${b.year}: ${formatRupiah(b.amount)}`);
  const risks = [candidate.sheet.risks.trim() || program.risks.trim(), program.mitigation.trim() && `Mitigasi: ${program.mitigation.trim()}`].filter(Boolean).join('\n');
  ctx.out.table(`Lembar quick win ${cleanLine(program.name)}`, keyValueTable([
    ['Kode program', program.code],
    ['Nama program (akronim)', programTitle(program)],
    ['Dimensi / elemen', `${dimensionName(ctx, program.dimensionId)} / ${elementName(ctx, program.dimensionId, program.elementId)}`],
    ['Permasalahan yang diselesaikan', candidate.sheet.problem.trim() ? cleanLine(candidate.sheet.problem) : listCell(issues)],
    ...(candidate.sheet.problem.trim() && issues.length > 0 ? [['Isu yang dijawab', listCell(issues)] as [string, ReturnType<typeof listCell>]] : []),
    ['Deskripsi', program.description.trim()],
    ['OPD penanggung jawab', opdName(ctx, program.leadOpdId)],
    ['OPD pendukung / mitra', supportersText(ctx, program)],
    ['Sasaran pengguna dan lokasi', [cleanLine(program.beneficiaries), cleanLine(program.location)].filter(Boolean).join('\n')],
    ['Keluaran (output)', cleanLine(program.output)],
    ['Hasil (outcome)', cleanLine(program.outcome)],
    ['Indikator dan target', listCell(indicators)],
    ['Anggaran', listCell(budget.length > 0 ? [...budget, `Jumlah: ${formatRupiah(programTotal(program))}`] : [])],
    ['Sumber pendanaan', program.funding.length > 1 ? listCell(fundingLines(ctx, program)) : fundingNames(ctx, program)],
    ['Risiko', risks],
    ['Progres', `${candidate.sheet.progress}%`],
    [`Skor prioritas (${scaleLabel(ctx)})`, scoreText(ctx, candidate)],
    ...(candidate.overrideReason.trim() ? [['Alasan penetapan', candidate.overrideReason.trim()] as [string, string]] : []),
  ]));
  if (candidate.sheet.plan.length > 0) actionPlan(ctx, program, candidate);
};

/** 6.3: the chosen quick wins, the impact-versus-effort chart, and one sheet per quick win. */
export const quickWinSection = (ctx: BuildContext): void => {
  const s = CHAPTERS.bab6.sections[2];
  ctx.out.section(s.title);
  fill(ctx, s.key, () => {
    const listed = summary(ctx);
    const charted = quadrant(ctx);
    return listed || charted;
  });
  for (const chosen of ctx.quickWins) sheet(ctx, chosen);
};
