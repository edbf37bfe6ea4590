import { planEndYear, type Workshop } from '../model';
import { withoutHiddenCards } from '../logic/room';
import { createContext, type BuildContext, type BuildOptions } from './context';
import { DEFAULT_LABELS } from './labels';
import type { MasterplanDocument } from './model';
import { CHAPTERS, OPTIONAL_CHAPTERS, OPTIONAL_ORDER, type OutlineChapter } from './outline';
import { cleanLine } from './text';
import { frontMatter } from './chapters/front';
import { introduction } from './chapters/introduction';
import { regionOverview } from './chapters/region';
import { analysis } from './chapters/analysis';
import { visionChapter } from './chapters/vision';
import { strategyChapter } from './chapters/strategy';
import { programChapter } from './chapters/programs';
import { roadmapChapter } from './chapters/roadmap';
import { governanceChapter } from './chapters/governance';
import { annexes, chapterExtras, closingChapter, optionalChapter } from './chapters/closing';

/** The chapters in print order: BAB I–VIII, the optional blocks the workshop chose, then PENUTUP. */
export const printedChapters = (workshop: Workshop): OutlineChapter[] => {
  const chosen = new Set(workshop.exportSettings.optionalChapters);
  return [
    CHAPTERS.bab1,
    CHAPTERS.bab2,
    CHAPTERS.bab3,
    CHAPTERS.bab4,
    CHAPTERS.bab5,
    CHAPTERS.bab6,
    CHAPTERS.bab7,
    CHAPTERS.bab8,
    ...OPTIONAL_ORDER.filter((k) => chosen.has(k)).map((k) => OPTIONAL_CHAPTERS[k]),
    CHAPTERS.penutup,
  ];
};

const BUILDERS: Record<string, (ctx: BuildContext, chapters: readonly OutlineChapter[]) => void> = {
  bab1: introduction,
  bab2: regionOverview,
  bab3: analysis,
  bab4: visionChapter,
  bab5: strategyChapter,
  bab6: programChapter,
  bab7: roadmapChapter,
  bab8: governanceChapter,
  penutup: closingChapter,
};

/**
 * Builds the masterplan document from a workshop (reference §4.2): cover, forewords, team, table of contents,
 * lists of tables and figures, executive summary, BAB I–IX (with optional chapters from §4.3), annexes.
 * Pure: same workshop and options, same document.
 */
export const buildMasterplanDocument = (shown: Workshop, options: BuildOptions): MasterplanDocument => {
  // Cards the facilitator hid (issues, SWOT factors, gap rows) are never printed.
  const workshop = withoutHiddenCards(shown);
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const ctx = createContext(workshop, options, labels);
  const chapters = printedChapters(workshop);

  frontMatter(ctx);
  chapters.forEach((chapter) => {
    const build = BUILDERS[chapter.key];
    if (build) build(ctx, chapters);
    else optionalChapter(ctx, chapter);
    if (chapter.key.startsWith('bab')) chapterExtras(ctx, chapter.key);
  });
  annexes(ctx);

  const period = `${workshop.horizon.startYear}–${planEndYear(workshop.horizon)}`;
  const title = `Masterplan Smart City ${ctx.regionName} Tahun ${period}`;
  return {
    meta: {
      title,
      subject: 'Masterplan Smart City — Gerakan Menuju 100 Smart City',
      creator: `Pemerintah ${ctx.regionName}`,
      description: `${title}, disusun dari lokakarya "${cleanLine(workshop.title)}" (revisi ${workshop.revision}).${options.draft ? ' Draf.' : ''}`,
      keywords: ['smart city', 'masterplan', cleanLine(workshop.region.name), ...workshop.vision.keywords.map(cleanLine)].filter(Boolean).join(', '),
      runningTitle: `Masterplan Smart City ${ctx.regionName} ${period}`,
      draft: options.draft,
      draftMark: labels.draftMark,
      pageLabel: labels.pageLabel,
      language: 'id-ID',
    },
    sections: ctx.out.sections.filter((s) => s.blocks.length > 0),
    diagrams: ctx.diagrams,
  };
};
