import type { Dimension } from '../../model';
import { narrative, placeholder, programTitle, programsOfDimension, type BuildContext } from '../context';
import { INNOVATION_LABELS } from '../labels';
import { CHAPTERS, dimensionSectionKey } from '../outline';
import { cleanLine, paragraph, paragraphOf } from '../text';
import type { Block, ListBlock } from '../model';

const bullets = (texts: readonly string[]): ListBlock => ({
  kind: 'list',
  ordered: false,
  items: texts.map((text) => ({ blocks: [paragraphOf([{ kind: 'text', text }])] })),
});

const orPlaceholder = (ctx: BuildContext, blocks: Block[]): Block[] => (blocks.length > 0 ? blocks : [placeholder(ctx)]);

const issuesOf = (ctx: BuildContext, dimension: Dimension): Block[] => {
  const issues = ctx.workshop.issues.filter((i) => i.dimensionId === dimension.id);
  const problems = issues.filter((i) => i.kind === 'permasalahan').map((i) => cleanLine(i.text));
  const potentials = issues.filter((i) => i.kind === 'potensi').map((i) => cleanLine(i.text));
  return [
    ...(problems.length > 0 ? [paragraph('Permasalahan:'), bullets(problems)] : []),
    ...(potentials.length > 0 ? [paragraph('Potensi:'), bullets(potentials)] : []),
  ];
};

const targetOf = (ctx: BuildContext, dimension: Dimension): Block[] =>
  ctx.workshop.gapAnalyses
    .filter((g) => g.dimensionId === dimension.id && g.targetCondition.trim() !== '')
    .map((g) => paragraph(g.targetCondition));

const strategiesOf = (ctx: BuildContext, dimension: Dimension): Block[] => {
  const strategies = ctx.workshop.towsStrategies.filter((s) => s.dimensionId === dimension.id).map((s) => `${cleanLine(s.text)} (${s.kind})`);
  return strategies.length > 0 ? [bullets(strategies)] : [];
};

/** What a final document prints under an element no program serves yet. */
export const NO_PROGRAM = 'Belum ada program pada elemen ini.';

const programsByElement = (ctx: BuildContext, dimension: Dimension): Block[] => {
  const programs = programsOfDimension(ctx, dimension);
  if (programs.length === 0) return [];
  return dimension.elements.flatMap((element): Block[] => {
    const of = programs.filter((p) => p.elementId === element.id);
    const head = paragraphOf([
      { kind: 'text', text: `Elemen ${cleanLine(element.nameId)}`, bold: true },
      ...(element.meaningId.trim() !== '' ? [{ kind: 'text' as const, text: ` — ${cleanLine(element.meaningId)}`, italic: true }] : []),
    ]);
    // A draft marks the gap to fill; a final document says plainly that the element has no program yet.
    if (of.length === 0) return [head, ctx.options.draft ? placeholder(ctx) : paragraph(NO_PROGRAM)];
    return [
      head,
      {
        kind: 'list',
        ordered: false,
        items: of.map((p) => {
          const type = p.innovationType ? ` [${INNOVATION_LABELS[p.innovationType]}]` : '';
          const description = cleanLine(p.description);
          return {
            blocks: [
              paragraphOf([
                { kind: 'text', text: `${p.code} ${programTitle(p)}`, bold: true },
                { kind: 'text', text: `${type}${description ? `: ${description}` : ''}` },
              ]),
            ],
          };
        }),
      },
    ];
  });
};

export const strategyChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab5;
  ctx.out.chapter(c.title);
  const [intro] = c.sections;
  ctx.out.add(...narrative(ctx, intro.key));
  for (const dimension of ctx.workshop.dimensionSet.dimensions) {
    ctx.out.section(cleanLine(dimension.nameId));
    if (dimension.meaningId.trim() !== '') ctx.out.add(paragraph(dimension.meaningId));
    ctx.out.add(...narrative(ctx, dimensionSectionKey('bab5', dimension.id)));
    ctx.out.subsection('Isu dan Permasalahan');
    ctx.out.add(...orPlaceholder(ctx, issuesOf(ctx, dimension)));
    ctx.out.subsection('Kondisi yang Diharapkan');
    ctx.out.add(...orPlaceholder(ctx, targetOf(ctx, dimension)));
    ctx.out.subsection('Strategi');
    ctx.out.add(...orPlaceholder(ctx, strategiesOf(ctx, dimension)));
    ctx.out.subsection('Program dan Inovasi per Elemen');
    ctx.out.add(...orPlaceholder(ctx, programsByElement(ctx, dimension)));
  }
};
