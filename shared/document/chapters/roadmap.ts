import type { Dimension, Horizon } from '../../model';
import { fill, narrative, placeholder, programTitle, programsOfDimension, section, type BuildContext } from '../context';
import { roadmapGantts } from '../diagrams';
import { formatInteger, formatYearRanges } from '../format';
import { CHAPTERS, dimensionSectionKey } from '../outline';
import { bucketOfYear, roadmapBuckets } from '../../logic/roadmap-buckets';
import { boldCell, cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphsFromText } from '../text';

const HORIZONS: readonly Horizon[] = ['pendek', 'menengah', 'panjang'];

const phases = (ctx: BuildContext): Array<{ horizon: Horizon; label: string; years: number[] }> =>
  HORIZONS.map((horizon) => ({
    horizon,
    label: cleanLine(ctx.workshop.roadmap.phaseLabels[horizon]) || horizon,
    years: ctx.years.filter((y) => bucketOfYear(y, ctx.workshop.horizon) === horizon),
  })).filter((p) => p.years.length > 0);

/**
 * The phases with the programs of each, every program counted once: in the bucket of its last year (a program running
 * 2027–2030 is medium term), or the horizon picked for it while it has no years; the rows add up to the program count.
 */
const phaseTable = (ctx: BuildContext): boolean => {
  const buckets = roadmapBuckets(ctx.programs, ctx.workshop.horizon);
  const shown = phases(ctx);
  // A program picked for a phase the plan does not have (a long-term pick in a 5-year plan) is named in its own row.
  const unplaced = HORIZONS.filter((h) => buckets[h].length > 0 && !shown.some((p) => p.horizon === h));
  return ctx.out.table('Tahapan pelaksanaan masterplan', {
    columns: columns(['Tahapan', 4], ['Tahun', 3, 'center'], ['Jumlah program', 2.5, 'center']),
    rows: [
      ...shown.map((p) => row([boldCell(p.label), cell(formatYearRanges(p.years), { align: 'center' }), cell(formatInteger(buckets[p.horizon].length), { align: 'center' })])),
      ...unplaced.map((h) => row([boldCell(cleanLine(ctx.workshop.roadmap.phaseLabels[h]) || h), cell('-', { align: 'center' }), cell(formatInteger(buckets[h].length), { align: 'center' })])),
      row([boldCell('Jumlah', { shade: 'total' }), boldCell('', { shade: 'total' }), boldCell(formatInteger(ctx.programs.length), { shade: 'total', align: 'center' })]),
    ],
    note:
      'Setiap program dihitung satu kali, pada tahapan tempat tahun terakhir pelaksanaannya berada (program tanpa tahun pelaksanaan: pada jangka yang dipilih untuknya), ' +
      'sehingga jumlahnya sama dengan banyaknya program.',
  });
};

/** Programs running in each plan year: a program is counted in every year it runs, so the years add up to more than the programs. */
const yearTable = (ctx: BuildContext): boolean => {
  if (ctx.programs.length === 0) return false;
  return ctx.out.table('Jumlah program berjalan per tahun', {
    columns: columns(['Tahun', 2, 'center'], ['Tahapan', 4], ['Program berjalan', 2.5, 'center']),
    rows: ctx.years.map((year) => {
      const horizon = bucketOfYear(year, ctx.workshop.horizon);
      return row([
        cell(String(year), { align: 'center' }),
        // The phase's name without the years it spans ("Jangka Menengah (2023–2026)" → "Jangka Menengah"): the row has its year.
        cell(cleanLine(ctx.workshop.roadmap.phaseLabels[horizon]).replace(/\s*\([^)]*\)$/, '') || horizon),
        cell(formatInteger(ctx.programs.filter((p) => p.years.includes(year)).length), { align: 'center' }),
      ]);
    }),
    note: 'Program dihitung pada setiap tahun pelaksanaannya: program yang berjalan beberapa tahun muncul di beberapa baris, sehingga jumlah seluruh baris dapat melebihi banyaknya program.',
  });
};

/** Programs × plan years, active years shaded; the phases are named in the note below. */
const roadmapTable = (ctx: BuildContext, dimension: Dimension): boolean => {
  const programs = programsOfDimension(ctx, dimension);
  if (programs.length === 0) return false;
  const body = programs.map((p) => row([cell(`${p.code} ${programTitle(p)}`), ...ctx.years.map((y) => (p.years.includes(y) ? cell('', { shade: 'active' }) : cell('')))]));
  const phaseNote = phases(ctx).map((p) => `${p.label}: ${formatYearRanges(p.years)}`).join('; ');
  return ctx.out.table(`Peta jalan ${cleanLine(dimension.nameId)}`, {
    compact: true,
    columns: [{ header: 'Program', width: ctx.years.length > 5 ? 5 : 6 }, ...ctx.years.map((y) => ({ header: String(y), width: 1, align: 'center' as const }))],
    rows: body,
    note: `Sel berarsir menandai tahun pelaksanaan program. ${phaseNote}.`,
  });
};

/** The dimension's Gantt, in parts of whole elements when it is too long for one legible page. */
const ganttFigure = (ctx: BuildContext, dimension: Dimension): boolean => {
  const specs = roadmapGantts(dimension, programsOfDimension(ctx, dimension), ctx.years);
  specs.forEach((spec, i) => {
    ctx.diagrams.push(spec);
    const part = specs.length > 1 ? ` (bagian ${i + 1} dari ${specs.length})` : '';
    ctx.out.figure(`Diagram Gantt peta jalan ${cleanLine(dimension.nameId)}${part}`, { diagramId: spec.id });
  });
  return specs.length > 0;
};

export const roadmapChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab7;
  ctx.out.chapter(c.title);
  const [stages, enablers] = c.sections;
  ctx.out.section(stages.title);
  fill(ctx, stages.key, () => {
    ctx.out.add(paragraph(`Masterplan dilaksanakan selama ${ctx.workshop.horizon.years} tahun (${formatYearRanges(ctx.years)}) dalam tahapan berikut.`));
    const phased = phaseTable(ctx);
    const yearly = yearTable(ctx);
    return phased || yearly;
  });
  for (const dimension of ctx.workshop.dimensionSet.dimensions) {
    ctx.out.section(`Peta Jalan ${cleanLine(dimension.nameId)}`);
    const notes = ctx.workshop.roadmap.notes.filter((n) => n.dimensionId === dimension.id).flatMap((n) => paragraphsFromText(n.text));
    ctx.out.add(...notes, ...narrative(ctx, dimensionSectionKey('bab7', dimension.id)));
    const tabled = roadmapTable(ctx, dimension);
    const drawn = tabled && ganttFigure(ctx, dimension);
    if (!tabled && !drawn) ctx.out.add(placeholder(ctx));
  }
  section(ctx, enablers.key, enablers.title);
};
