import { planEndYear } from '../../model';
import { section, type BuildContext } from '../context';
import { formatInteger } from '../format';
import { CHAPTERS, type OutlineChapter } from '../outline';
import { paragraph, paragraphOf } from '../text';
import { toRoman } from '../format';
import type { Block } from '../model';

const scope = (ctx: BuildContext): Block[] => {
  const { region, horizon } = ctx.workshop;
  const parts = [
    region.kecamatanCount !== null ? `${formatInteger(region.kecamatanCount)} kecamatan` : '',
    region.desaCount !== null ? `${formatInteger(region.desaCount)} desa` : '',
    region.kelurahanCount !== null ? `${formatInteger(region.kelurahanCount)} kelurahan` : '',
  ].filter(Boolean);
  return [
    // "3 kecamatan, 19 desa dan 5 kelurahan": the last joined by "dan", as the document's other lists are.
    paragraph(`Ruang lingkup wilayah masterplan ini adalah seluruh wilayah ${ctx.regionName}${parts.length > 0 ? ` yang terdiri atas ${[parts.slice(0, -1).join(', '), parts.at(-1)].filter(Boolean).join(' dan ')}` : ''}.`),
    paragraph(`Jangka waktu masterplan adalah ${horizon.years} tahun, yaitu tahun ${horizon.startYear} sampai dengan ${planEndYear(horizon)}.`),
  ];
};

/** "BAB I PENDAHULUAN, menguraikan …" for each chapter, in the order printed. */
const outlineSummary = (chapters: readonly OutlineChapter[]): Block[] => [
  paragraph('Dokumen masterplan ini disusun dengan sistematika sebagai berikut:'),
  {
    kind: 'list',
    ordered: false,
    items: chapters.map((chapter, i) => ({
      blocks: [paragraphOf([{ kind: 'text', text: `BAB ${toRoman(i + 1)} ${chapter.title}`, bold: true }, { kind: 'text', text: `, ${chapter.summary}` }])],
    })),
  },
];

export const introduction = (ctx: BuildContext, printedChapters: readonly OutlineChapter[]): void => {
  const c = CHAPTERS.bab1;
  ctx.out.chapter(c.title);
  const [background, purpose, scopeSection, law, method, outline] = c.sections;
  section(ctx, background.key, background.title);
  section(ctx, purpose.key, purpose.title);
  section(ctx, scopeSection.key, scopeSection.title, scope(ctx));
  section(ctx, law.key, law.title);
  section(ctx, method.key, method.title);
  section(ctx, outline.key, outline.title, outlineSummary(printedChapters));
};
