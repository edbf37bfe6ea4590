import type { Dimension, ReadinessItem, ReadinessPillar, SwotQuadrant, TowsKind } from '../../model';
import { fill, narrative, opdName, placeholder, type BuildContext } from '../context';
import { formatDecimal, formatPercent } from '../format';
import { PILLAR_LABELS, SWOT_LABELS, TOWS_LABELS, scoreLabel } from '../labels';
import { CHAPTERS } from '../outline';
import { summariseReadiness } from '../../logic/readiness-stats';
import { swotFactorLabels, towsOrigin } from '../../logic/tows';
import { trafficLightLabel } from '../stats';
import { boldCell, cell, columns, listCell, row } from '../tables';
import { cleanLine, paragraph } from '../text';
import type { TableRow } from '../model';

const issuesTable = (ctx: BuildContext): boolean => {
  const { issues, dimensionSet } = ctx.workshop;
  if (issues.length === 0) return false;
  const rows = dimensionSet.dimensions.map((d) => {
    const of = issues.filter((i) => i.dimensionId === d.id);
    return row([
      boldCell(cleanLine(d.nameId)),
      listCell(of.filter((i) => i.kind === 'permasalahan').map((i) => cleanLine(i.text))),
      listCell(of.filter((i) => i.kind === 'potensi').map((i) => cleanLine(i.text))),
      listCell([...new Set(of.map((i) => cleanLine(i.rpjmdIssue)).filter(Boolean))]),
    ]);
  });
  return ctx.out.table('Isu daerah per dimensi smart city', {
    columns: columns(['Dimensi', 3], ['Permasalahan', 5], ['Potensi', 5], ['Isu strategis RPJMD terkait', 4]),
    rows,
  });
};

const readinessTable = (ctx: BuildContext, pillar: ReadinessPillar, items: readonly ReadinessItem[]): boolean => {
  const stats = summariseReadiness(items);
  if (stats.itemCount === 0) return false;
  ctx.out.add(
    paragraph(
      stats.mean === null
        ? `Pilar ${PILLAR_LABELS[pillar]} memuat ${stats.itemCount} item kesiapan yang belum dinilai.`
        : `Pilar ${PILLAR_LABELS[pillar]} memuat ${stats.itemCount} item kesiapan; ${stats.scoredCount} item telah dinilai dengan skor rata-rata ` +
            `${formatDecimal(stats.mean, 2)} dari 5 (kategori ${trafficLightLabel(stats.mean).toLowerCase()}) dan ${formatPercent((stats.percentReady ?? 0) / 100)} item ` +
            'berada pada tingkat Berkembang atau lebih tinggi.',
    ),
  );
  return ctx.out.table(`Hasil penilaian kesiapan ${PILLAR_LABELS[pillar].toLowerCase()}`, {
    columns: columns(['No', 1, 'center'], ['Item kesiapan', 4.2], ['Indikator', 4], ['Skor', 2.6], ['Data dukung', 4.2], ['SWOT', 1.4, 'center']),
    rows: items.map((item, i) =>
      row([
        cell(String(i + 1), { align: 'center' }),
        cell(cleanLine(item.title)),
        cell(cleanLine(item.indicator) || '-'),
        cell(scoreLabel(item.score, ctx.labels.notScored)),
        cell(item.evidence.trim() || '-'),
        cell(item.swot ?? '-', { align: 'center' }),
      ]),
    ),
  });
};

const gapTable = (ctx: BuildContext): boolean => {
  const gaps = ctx.workshop.gapAnalyses;
  return ctx.out.table('Analisis kesenjangan per dimensi', {
    columns: columns(['Dimensi', 3], ['Kondisi saat ini', 5], ['Kondisi yang diharapkan', 5], ['Kesenjangan', 5]),
    rows: ctx.workshop.dimensionSet.dimensions.flatMap((d) =>
      gaps
        .filter((g) => g.dimensionId === d.id)
        .map((g) => row([boldCell(cleanLine(d.nameId)), cell(g.currentCondition || '-'), cell(g.targetCondition || '-'), cell(g.gap || '-')])),
    ),
  });
};

const swotRows = (texts: (q: SwotQuadrant) => string[]): TableRow[] => [
  row([listCell(texts('S')), listCell(texts('W'))]),
  row([boldCell(SWOT_LABELS.O, { shade: 'header' }), boldCell(SWOT_LABELS.T, { shade: 'header' })]),
  row([listCell(texts('O')), listCell(texts('T'))]),
];

const swotOfDimension = (ctx: BuildContext, dimension: Dimension): boolean => {
  const items = ctx.workshop.swotItems.filter((s) => s.dimensionId === dimension.id);
  const strategies = ctx.workshop.towsStrategies.filter((s) => s.dimensionId === dimension.id);
  let added = false;
  if (items.length > 0) {
    added = ctx.out.table(`Analisis SWOT ${cleanLine(dimension.nameId)}`, {
      columns: columns([SWOT_LABELS.S, 1], [SWOT_LABELS.W, 1]),
      rows: swotRows((q) => items.filter((i) => i.quadrant === q).map((i) => cleanLine(i.text))),
    });
  }
  if (strategies.length > 0) {
    const kinds = (['SO', 'ST', 'WO', 'WT'] as const).filter((k) => strategies.some((s) => s.kind === k));
    added =
      ctx.out.table(`Strategi TOWS ${cleanLine(dimension.nameId)}`, {
        columns: columns(['Jenis strategi', 4], ['Uraian strategi', 8]),
        rows: kinds.map((k) => row([boldCell(TOWS_LABELS[k]), listCell(strategies.filter((s) => s.kind === k).map((s) => cleanLine(s.text)))])),
      }) || added;
  }
  return added;
};

const readinessSwot = (ctx: BuildContext): boolean => {
  const tagged = ctx.workshop.readinessItems.filter((i) => i.swot !== null);
  if (tagged.length === 0) return false;
  ctx.out.subsection('SWOT Hasil Analisis Kesiapan');
  return ctx.out.table('SWOT dari item kesiapan daerah', {
    columns: columns([SWOT_LABELS.S, 1], [SWOT_LABELS.W, 1]),
    rows: swotRows((q) => tagged.filter((i) => i.swot === q).map((i) => `${cleanLine(i.title)} (${PILLAR_LABELS[i.pillar]})`)),
  });
};

export const analysis = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab3;
  ctx.out.chapter(c.title);
  const [issues, struktur, infrastruktur, suprastruktur, nature, culture, gap, swot] = c.sections;
  ctx.out.section(issues.title);
  fill(ctx, issues.key, () => issuesTable(ctx));

  const pillarSections = [
    { pillar: 'struktur' as const, s: struktur, core: true },
    { pillar: 'infrastruktur' as const, s: infrastruktur, core: true },
    { pillar: 'suprastruktur' as const, s: suprastruktur, core: true },
    { pillar: 'nature' as const, s: nature, core: false },
    { pillar: 'culture' as const, s: culture, core: false },
  ];
  for (const { pillar, s, core } of pillarSections) {
    const items = ctx.workshop.readinessItems.filter((i) => i.pillar === pillar);
    const own = ctx.workshop.sections.some((sec) => sec.outlineKey === s.key);
    if (!core && items.length === 0 && !own) continue;
    ctx.out.section(s.title);
    fill(ctx, s.key, () => readinessTable(ctx, pillar, items));
  }

  ctx.out.section(gap.title);
  fill(ctx, gap.key, () => gapTable(ctx));

  ctx.out.section(swot.title);
  const intro = narrative(ctx, swot.key);
  ctx.out.add(...intro);
  for (const dimension of ctx.workshop.dimensionSet.dimensions) {
    ctx.out.subsection(cleanLine(dimension.nameId));
    if (!swotOfDimension(ctx, dimension)) ctx.out.add(placeholder(ctx));
  }
  readinessSwot(ctx);
};

/**
 * The SWOT and TOWS worksheets of one dimension for the annex: the 2×2 with numbered factors (S1, W2 …), and the TOWS
 * matrix (opportunities and threats against strengths and weaknesses) whose strategies name the factors they cross.
 */
const swotWorksheet = (ctx: BuildContext, dimension: Dimension): boolean => {
  const items = ctx.workshop.swotItems.filter((s) => s.dimensionId === dimension.id);
  const strategies = ctx.workshop.towsStrategies.filter((s) => s.dimensionId === dimension.id);
  if (items.length === 0 && strategies.length === 0) return false;
  // The workshop here has hidden cards left out already; the numbering and the sources are the screens' own rule.
  const number = swotFactorLabels(items, dimension.id);
  const name = cleanLine(dimension.nameId);
  ctx.out.subsection(name);
  if (items.length > 0) {
    ctx.out.table(`Lembar kerja SWOT ${name}`, {
      columns: columns([SWOT_LABELS.S, 1], [SWOT_LABELS.W, 1]),
      rows: swotRows((q) => items.filter((i) => i.quadrant === q).map((i) => `${number.get(i.id) ?? q}. ${cleanLine(i.text)}`)),
    });
  }
  if (strategies.length > 0) {
    const strategyLines = (kind: TowsKind): string[] =>
      strategies
        .filter((s) => s.kind === kind)
        .map((s, index) => {
          const sources = towsOrigin(items, s).factors.map((f) => f.label);
          return `${kind}${index + 1}. ${cleanLine(s.text)}${sources.length > 0 ? ` (${sources.join(', ')})` : ''}`;
        });
    ctx.out.table(`Matriks TOWS ${name}`, {
      columns: columns(['', 2.4], [SWOT_LABELS.S, 5], [SWOT_LABELS.W, 5]),
      rows: [
        row([boldCell(SWOT_LABELS.O, { shade: 'header' }), listCell(strategyLines('SO')), listCell(strategyLines('WO'))]),
        row([boldCell(SWOT_LABELS.T, { shade: 'header' }), listCell(strategyLines('ST')), listCell(strategyLines('WT'))]),
      ],
      note: 'Kode dalam kurung menunjuk faktor SWOT yang dipadukan strategi tersebut (lihat lembar kerja SWOT di atasnya).',
    });
  }
  return true;
};

/** Annex: the SWOT and TOWS worksheets of every dimension that has any. */
export const swotWorksheets = (ctx: BuildContext): boolean => {
  let added = false;
  for (const dimension of ctx.workshop.dimensionSet.dimensions) added = swotWorksheet(ctx, dimension) || added;
  return added;
};

/** Full readiness worksheet for the annexes, with evidence and OPD. */
export const readinessWorksheet = (ctx: BuildContext): boolean =>
  ctx.out.table('Lembar kerja analisis kesiapan daerah', {
    compact: true,
    // The OPD whole on one line ("Bappelitbangda" broke as "Bappelitban|gda" at 2), from the evidence, which wraps at its words.
    columns: columns(['No', 1, 'center'], ['Pilar', 2.5], ['Item kesiapan', 4], ['Skor', 2.5], ['Data dukung', 4.6], ['OPD', 2.4]),
    rows: ctx.workshop.readinessItems.map((item, i) =>
      row([
        cell(String(i + 1), { align: 'center' }),
        cell(PILLAR_LABELS[item.pillar]),
        cell(cleanLine(item.title)),
        cell(scoreLabel(item.score, ctx.labels.notScored)),
        cell(item.evidence || '-'),
        cell(opdName(ctx, item.opdId) || '-'),
      ]),
    ),
  });
