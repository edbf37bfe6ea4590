import type { Dimension, Program } from '../../model';
import { dimensionName, elementName, fill, opdName, opdNames, placeholder, programTitle, programsOfDimension, type BuildContext } from '../context';
import { formatInteger, formatRupiah, formatYearRanges } from '../format';
import { INNOVATION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../labels';
import { CHAPTERS } from '../outline';
import { budgetInYear, programTotal } from '../stats';
import { programHorizon } from '../../logic/roadmap-buckets';
import { fundingSplit } from '../../logic/budget-totals';
import { swotFactorLabels, towsStrategyLabels } from '../../logic/tows';
import { blocksCell, boldCell, cell, columns, listCell, row } from '../tables';
import { cleanLine, paragraph, paragraphOf, textInlines } from '../text';
import { indicatorLine, quickWinSection } from './quick-wins';

/** The reference list's "Kabupaten/Kota" (or "Kab/Kota"), which a region's own document reads as its kind: "APBD Kabupaten". */
const EITHER_KIND = /\bKab(?:upaten)?\.?\s*\/\s*Kota\b/g;

/** A funding source's name as this region's document prints it ("APBD Kabupaten/Kota" → "APBD Kabupaten" in a kabupaten's); '' for none. */
export const sourceName = (ctx: BuildContext, id: string | null): string => {
  const name = id === null ? '' : cleanLine(ctx.workshop.fundingSources.find((f) => f.id === id)?.name ?? '');
  return name.replace(EITHER_KIND, ctx.workshop.region.kind === 'kota' ? 'Kota' : 'Kabupaten');
};

/** The program's funding sources, main source first ("APBD Kab/Kota (utama), CSR" when there are several). */
export const fundingNames = (ctx: BuildContext, program: Program): string => {
  const names = program.funding.map((f) => sourceName(ctx, f.sourceId)).filter(Boolean);
  return names.length > 1 ? [`${names[0] ?? ''} (utama)`, ...names.slice(1)].join(', ') : (names[0] ?? '');
};

/** Each source's part of the program's budget ("APBD Kab/Kota: Rp 600.000.000"), as the funding table counts it. */
export const fundingLines = (ctx: BuildContext, program: Program): string[] =>
  program.funding.length === 0 ? [] : fundingSplit(program).map((part) => `${sourceName(ctx, part.sourceId) || '-'}: ${formatRupiah(part.amount)}`);

type Labelled = { id: string; dimensionId: string };

/** Each list's labels by item id, numbered per dimension once per list (the lists of one build never change). */
const labelsByList = new WeakMap<readonly Labelled[], ReadonlyMap<string, string>>();

const linkLabels = <T extends Labelled>(items: readonly T[], labelsOf: (items: readonly T[], dimensionId: string) => ReadonlyMap<string, string>, ids: readonly string[]): string[] => {
  let labels = labelsByList.get(items);
  if (!labels) {
    const all = new Map<string, string>();
    for (const dimensionId of new Set(items.map((i) => i.dimensionId))) for (const [id, label] of labelsOf(items, dimensionId)) all.set(id, label);
    labels = all;
    labelsByList.set(items, labels);
  }
  const found = labels;
  return ids.flatMap((id) => found.get(id) ?? []).filter(Boolean);
};

/**
 * What the program answers beyond its issues: "Misi 1, Misi 3", "SWOT: S1, O1" and "TOWS: SO1"
 * (labels as the worksheets number them in the program's dimension).
 */
export const programLinks = (ctx: BuildContext, p: Program): string[] => {
  const w = ctx.workshop;
  const missions = p.missionIds.map((id) => w.missions.findIndex((m) => m.id === id)).filter((i) => i >= 0).sort((a, b) => a - b);
  const swot = linkLabels(w.swotItems, swotFactorLabels, p.swotItemIds);
  const tows = linkLabels(w.towsStrategies, towsStrategyLabels, p.towsStrategyIds);
  return [
    ...(missions.length > 0 ? [missions.map((i) => `Misi ${i + 1}`).join(', ')] : []),
    ...(swot.length > 0 ? [`SWOT: ${swot.join(', ')}`] : []),
    ...(tows.length > 0 ? [`TOWS: ${tows.join(', ')}`] : []),
  ];
};

/** OPD pendukung and the pentahelix partners, in one cell. */
export const supportersText = (ctx: BuildContext, p: Program): string => [opdNames(ctx, p.supportingOpdIds), p.partners.map(cleanLine).join(', ')].filter(Boolean).join('; ');

const typeAndStatus = (p: Program): string => [p.innovationType ? INNOVATION_LABELS[p.innovationType] : '', STATUS_LABELS[p.status]].filter(Boolean).join('\n');

/** The program's horizon (jangka) as the roadmap names it: from its years, or as picked while it has none. */
export const jangkaLabel = (ctx: BuildContext, p: Program): string => {
  const horizon = programHorizon(p, ctx.workshop.horizon);
  return cleanLine(ctx.workshop.roadmap.phaseLabels[horizon]) || horizon;
};

/** The phase's name for a narrow column: "Jangka Menengah (2023–2026)" becomes "Menengah" (the years have their own column). */
const shortJangka = (label: string): string =>
  label
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^jangka\s+(\S)/i, (_, first: string) => first.toUpperCase()) || label;

const programCell = (p: Program) =>
  blocksCell([
    paragraphOf([{ kind: 'text', text: programTitle(p), bold: true }]),
    ...(p.description.trim() === '' ? [] : [paragraphOf(textInlines(p.description))]),
  ]);

const summaryTable = (ctx: BuildContext): boolean => {
  const dims = ctx.workshop.dimensionSet.dimensions;
  const rows = dims.map((d) => {
    const of = ctx.programs.filter((p) => p.dimensionId === d.id);
    const count = (status: Program['status']) => String(of.filter((p) => p.status === status).length);
    return row([
      boldCell(cleanLine(d.nameId)),
      cell(String(of.length), { align: 'center' }),
      cell(count('eksisting'), { align: 'center' }),
      cell(count('pengembangan'), { align: 'center' }),
      cell(count('baru'), { align: 'center' }),
      cell(String(ctx.quickWins.filter((q) => q.program.dimensionId === d.id).length), { align: 'center' }),
      cell(formatRupiah(of.reduce((s, p) => s + programTotal(p), 0)), { align: 'right' }),
    ]);
  });
  const total = ctx.programs.reduce((s, p) => s + programTotal(p), 0);
  rows.push(
    row([
      boldCell('Jumlah', { shade: 'total' }),
      boldCell(String(ctx.programs.length), { shade: 'total', align: 'center' }),
      ...(['eksisting', 'pengembangan', 'baru'] as const).map((s) => boldCell(String(ctx.programs.filter((p) => p.status === s).length), { shade: 'total', align: 'center' })),
      boldCell(String(ctx.quickWins.length), { shade: 'total', align: 'center' }),
      boldCell(formatRupiah(total), { shade: 'total', align: 'right' }),
    ]),
  );
  // Status headers wide enough not to break mid-word ("Pengembangan" in bold); the dimension's name wraps at its words.
  return ctx.out.table('Rekapitulasi program per dimensi', {
    columns: columns(['Dimensi', 3.1], ['Jumlah program', 1.6, 'center'], ['Eksisting', 1.9, 'center'], ['Pengembangan', 2.8, 'center'], ['Baru', 1.2, 'center'], ['Quick win', 1.4, 'center'], ['Indikasi anggaran', 3.4, 'right']),
    rows,
  });
};

/** The program matrix of one dimension (reference §5), wide: printed on landscape pages. */
const matrixTable = (ctx: BuildContext, dimension: Dimension, programs: readonly Program[]): boolean =>
  ctx.out.table(`Matriks program ${cleanLine(dimension.nameId)}`, {
    compact: true,
    columns: columns(
      ['Kode', 1.9],
      ['Elemen', 2.3],
      ['Program/inovasi', 4.3],
      // Wide enough for "Pengembangan" and the longest OPD abbreviations ("Bappelitbangda", "Disperindagkop") on one line.
      ['Jenis dan status', 2.9],
      ['OPD penanggung jawab', 3],
      ['OPD pendukung / mitra', 3],
      ['Keluaran', 2.6],
      // "Menengah" on one line (at 1.9 it broke as "Menenga|h"); the codes ("SG-BR-01") need less than they had.
      ['Jangka', 2.2, 'center'],
      ['Tahun', 1.7, 'center'],
      // "Rp 11.500.000.000" on one line (at 3.1 its last digit wrapped in the demo's pages).
      ['Indikasi anggaran', 3.4, 'right'],
      ['Sumber dana', 2.6],
    ),
    rows: programs.map((p) =>
      row([
        cell(p.code),
        cell(elementName(ctx, p.dimensionId, p.elementId) || '-'),
        programCell(p),
        cell(typeAndStatus(p)),
        cell(opdName(ctx, p.leadOpdId) || '-'),
        cell(supportersText(ctx, p) || '-'),
        cell(cleanLine(p.output) || '-'),
        cell(shortJangka(jangkaLabel(ctx, p)), { align: 'center' }),
        cell(formatYearRanges(p.years) || '-', { align: 'center' }),
        cell(p.budget.length === 0 ? '-' : formatRupiah(programTotal(p)), { align: 'right' }),
        cell(fundingNames(ctx, p) || '-'),
      ]),
    ),
  });

const firstYearPlan = (ctx: BuildContext): boolean => {
  const year = ctx.workshop.horizon.startYear;
  const active = ctx.programs.filter((p) => p.years.includes(year));
  return ctx.out.table(`Rencana aksi tahun ${year}`, {
    columns: columns(['No', 1, 'center'], ['Program/inovasi', 5], ['OPD penanggung jawab', 2.5], ['Keluaran (output)', 4], [`Anggaran ${year}`, 3, 'right']),
    rows: [
      ...active.map((p, i) =>
        row([
          cell(String(i + 1), { align: 'center' }),
          cell(`${p.code} ${programTitle(p)}`),
          cell(opdName(ctx, p.leadOpdId) || '-'),
          cell(cleanLine(p.output) || '-'),
          cell(formatRupiah(budgetInYear(p, year)), { align: 'right' }),
        ]),
      ),
      // The year's total, as BAB VIII's budget per year gives it.
      ...(active.length > 0
        ? [row([boldCell('Jumlah', { shade: 'total', colSpan: 4 }), boldCell(formatRupiah(active.reduce((sum, p) => sum + budgetInYear(p, year), 0)), { shade: 'total', align: 'right' })])]
        : []),
    ],
  });
};

export const programChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab6;
  ctx.out.chapter(c.title);
  const [matrix, actionPlan] = c.sections;
  if (ctx.programs.length === 0) ctx.out.add(placeholder(ctx));
  else {
    ctx.out.add(
      paragraph(
        `Bab ini menyajikan ${formatInteger(ctx.programs.length)} program dan inovasi smart city ${ctx.regionName} yang dikelompokkan menurut dimensi dan elemen, ` +
          'rencana aksi tahun pertama, serta lembar program quick win.',
      ),
    );
    summaryTable(ctx);
  }

  ctx.out.orientation('landscape');
  ctx.out.section(matrix.title);
  fill(ctx, matrix.key, [paragraph('Matriks berikut memuat kode, elemen, OPD penanggung jawab dan pendukung, keluaran, jangka dan tahun pelaksanaan serta indikasi anggaran setiap program.')]);
  for (const dimension of ctx.workshop.dimensionSet.dimensions) {
    ctx.out.subsection(cleanLine(dimension.nameId));
    const programs = programsOfDimension(ctx, dimension);
    if (!matrixTable(ctx, dimension, programs)) ctx.out.add(placeholder(ctx));
  }

  ctx.out.orientation('portrait');
  ctx.out.section(actionPlan.title);
  fill(ctx, actionPlan.key, () => firstYearPlan(ctx));
  quickWinSection(ctx);
};

/** Every field of every program, for the annexes (landscape). */
export const fullMatrix = (ctx: BuildContext): boolean => {
  const indicatorLines = (p: Program) => p.indicators.map(indicatorLine);
  const alignment = (p: Program) =>
    [
      p.rpjmdAlignment.rpjmdTarget && `Sasaran RPJMD: ${cleanLine(p.rpjmdAlignment.rpjmdTarget)}`,
      p.rpjmdAlignment.renstraProgram && `Program Renstra: ${cleanLine(p.rpjmdAlignment.renstraProgram)}`,
      p.rpjmdAlignment.kegiatan && `Kegiatan: ${cleanLine(p.rpjmdAlignment.kegiatan)}`,
      p.rpjmdAlignment.subKegiatan && `Sub-kegiatan: ${cleanLine(p.rpjmdAlignment.subKegiatan)}`,
    ].filter((t): t is string => Boolean(t));
  const issues = (p: Program) => [...p.issueIds.map((id) => cleanLine(ctx.workshop.issues.find((i) => i.id === id)?.text ?? '')).filter(Boolean), ...programLinks(ctx, p)];
  return ctx.out.table('Matriks program lengkap', {
    compact: true,
    // A year and its amount on one line ("2023: Rp 1.200.000.000"; at 3.9 a billion wrapped after the year), from the risk column, which wraps at its words.
    // "Kesejahteraan" and "Sumberbrantas" whole (cut at 2.4 in Kota Batu's annex), from the program and the alignment,
    // which wrap at their words ("SE-WF-01" needs 1.9); the risk column keeps 2.4, as widening it too moved
    // LibreOffice's pages of the 200-program workshop off the estimate.
    columns: columns(['Kode', 1.9], ['Program/inovasi', 3.6], ['Dimensi/elemen', 2.7], ['Isu, misi dan SWOT/TOWS yang dijawab', 3], ['Keselarasan RPJMD/Renstra', 3.3], ['Sasaran dan lokasi', 2.7], ['Indikator dan target', 3.4], ['Jangka, prioritas, progres', 2.2], ['Anggaran per tahun', 4.5], ['Risiko dan mitigasi', 2.4]),
    rows: ctx.programs.map((p) =>
      row([
        cell(p.code),
        programCell(p),
        cell(`${dimensionName(ctx, p.dimensionId)}\n${elementName(ctx, p.dimensionId, p.elementId)}`),
        listCell(issues(p)),
        cell(alignment(p).join('\n') || '-'),
        cell([cleanLine(p.beneficiaries), cleanLine(p.location)].filter(Boolean).join('\n') || '-'),
        listCell(indicatorLines(p)),
        cell(`${jangkaLabel(ctx, p)}\nPrioritas ${PRIORITY_LABELS[p.priority].toLowerCase()}\nProgres ${p.progress}%`),
        cell([...p.budget.map((b) => `${b.year}: ${formatRupiah(b.amount)}`), ...(p.funding.length > 1 ? ['Sumber:', ...fundingLines(ctx, p)] : [])].join('\n') || '-'),
        cell([p.risks.trim() && `Risiko: ${p.risks.trim()}`, p.mitigation.trim() && `Mitigasi: ${p.mitigation.trim()}`].filter(Boolean).join('\n') || '-'),
      ]),
    ),
  });
};
