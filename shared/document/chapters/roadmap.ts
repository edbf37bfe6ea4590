import type { Dimension, Horizon } from '../../model';
import { fill, narrative, placeholder, programTitle, programsOfDimension, section, type BuildContext } from '../context';
import { roadmapGantt } from '../diagrams';
import { formatYearRanges } from '../format';
import { CHAPTERS, dimensionSectionKey } from '../outline';
import { bucketOfYear } from '../../logic/roadmap-buckets';
import { boldCell, cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphsFromText } from '../text';

const HORIZONS: readonly Horizon[] = ['pendek', 'menengah', 'panjang'];

const phases = (ctx: BuildContext): Array<{ horizon: Horizon; label: string; years: number[] }> =>
  HORIZONS.map((horizon) => ({
    horizon,
    label: cleanLine(ctx.workshop.roadmap.phaseLabels[horizon]) || horizon,
    years: ctx.years.filter((y) => bucketOfYear(y, ctx.workshop.horizon) === horizon),
  })).filter((p) => p.years.length > 0);

const phaseTable = (ctx: BuildContext): boolean =>
  ctx.out.table('Tahapan pelaksanaan masterplan', {
    columns: columns(['Tahapan', 4], ['Tahun', 3, 'center'], ['Jumlah program', 2.5, 'center']),
    rows: phases(ctx).map((p) =>
      row([
        boldCell(p.label),
        cell(formatYearRanges(p.years), { align: 'center' }),
        cell(String(ctx.programs.filter((prog) => prog.years.some((y) => p.years.includes(y))).length), { align: 'center' }),
      ]),
    ),
  });

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

const ganttFigure = (ctx: BuildContext, dimension: Dimension): boolean => {
  const spec = roadmapGantt(dimension, programsOfDimension(ctx, dimension), ctx.years);
  if (!spec) return false;
  ctx.diagrams.push(spec);
  ctx.out.figure(`Diagram Gantt peta jalan ${cleanLine(dimension.nameId)}`, { diagramId: spec.id });
  return true;
};

export const roadmapChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab7;
  ctx.out.chapter(c.title);
  const [stages, enablers] = c.sections;
  ctx.out.section(stages.title);
  fill(ctx, stages.key, () => {
    ctx.out.add(paragraph(`Masterplan dilaksanakan selama ${ctx.workshop.horizon.years} tahun (${formatYearRanges(ctx.years)}) dalam tahapan berikut.`));
    return phaseTable(ctx);
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
