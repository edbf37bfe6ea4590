import { withUnit } from '../../model';
import { fill, dimensionName, type BuildContext } from '../context';
import { dimensionMindmap } from '../diagrams';
import { CHAPTERS } from '../outline';
import { richDocBlocks } from '../rich-text';
import { cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphOf } from '../text';
import type { Block, ParagraphBlock } from '../model';

const visionBlocks = (ctx: BuildContext): Block[] => {
  const { vision } = ctx.workshop;
  const statement = richDocBlocks(vision.statement).map((b): Block => (b.kind === 'paragraph' ? { ...b, style: 'quote', align: 'center' } : b));
  const explanation = richDocBlocks(vision.explanation);
  const keywords = vision.keywords.map(cleanLine).filter(Boolean);
  return [
    ...(statement.length > 0 ? [paragraph(`Visi smart city ${ctx.regionName} adalah:`), ...statement] : []),
    ...(explanation.length > 0 ? [paragraphOf([{ kind: 'text', text: 'Penjelasan visi', bold: true }]), ...explanation] : []),
    ...(keywords.length > 0 ? [paragraphOf([{ kind: 'text', text: 'Kata kunci visi: ', bold: true }, { kind: 'text', text: keywords.join(', ') }])] : []),
  ];
};

const missionBlocks = (ctx: BuildContext): Block[] => {
  const { missions } = ctx.workshop;
  if (missions.length === 0) return [];
  return [
    paragraph('Untuk mewujudkan visi tersebut, ditetapkan misi smart city sebagai berikut:'),
    {
      kind: 'list',
      ordered: true,
      items: missions.map((m) => {
        const dims = m.dimensionIds.map((id) => dimensionName(ctx, id)).filter(Boolean);
        const blocks: ParagraphBlock[] = [
          paragraphOf([
            { kind: 'text', text: cleanLine(m.text) },
            ...(dims.length > 0 ? [{ kind: 'text' as const, text: ` (${dims.join(', ')})`, italic: true }] : []),
          ]),
        ];
        return { blocks };
      }),
    },
  ];
};

const goalsTable = (ctx: BuildContext): boolean => {
  const { goals, missions } = ctx.workshop;
  const missionNo = (id: string | null) => {
    const index = missions.findIndex((m) => m.id === id);
    return index < 0 ? '-' : `Misi ${index + 1}`;
  };
  return ctx.out.table('Tujuan, sasaran dan indikator smart city', {
    // A target and its year on one line ("120 layanan (2031)" broke after "layanan" at 2.6), from "Misi 1" and the goal's text.
    columns: columns(['No', 1, 'center'], ['Tujuan/sasaran', 4.3], ['Misi', 1.2], ['Indikator', 4], ['Baseline (tahun)', 2.3], ['Target (tahun)', 3.2]),
    rows: goals.map((g, i) => {
      const unit = cleanLine(g.indicator.unit);
      const targets = [...g.indicator.targets].sort((a, b) => a.year - b.year).map((t) => `${withUnit(t.value, unit)} (${t.year})`);
      return row([
        cell(String(i + 1), { align: 'center' }),
        cell(cleanLine(g.text)),
        cell(missionNo(g.missionId)),
        cell(cleanLine(g.indicator.name) || '-'),
        cell(g.indicator.baseline === null ? '-' : `${withUnit(g.indicator.baseline, unit)}${g.indicator.baselineYear ? ` (${g.indicator.baselineYear})` : ''}`),
        cell(targets.join('\n') || '-'),
      ]);
    }),
  });
};

export const visionChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab4;
  ctx.out.chapter(c.title);
  const [visionSection, missionSection, goalSection, strategySection] = c.sections;
  ctx.out.section(visionSection.title);
  fill(ctx, visionSection.key, visionBlocks(ctx));
  ctx.out.section(missionSection.title);
  fill(ctx, missionSection.key, missionBlocks(ctx));
  ctx.out.section(goalSection.title);
  fill(ctx, goalSection.key, () => goalsTable(ctx));
  ctx.out.section(strategySection.title);
  fill(ctx, strategySection.key, () => {
    const mindmap = dimensionMindmap(ctx.workshop, `Smart City ${ctx.regionName}`);
    ctx.diagrams.push(mindmap);
    ctx.out.add(paragraph(`Strategi smart city ${ctx.regionName} disusun menurut dimensi dan elemen pada gambar berikut.`));
    ctx.out.figure(`Dimensi dan elemen smart city ${ctx.regionName}`, { diagramId: mindmap.id });
    return true;
  });
};
