import type { CommitmentSheet, NarrativeSection, Workshop } from '../model';
import { CHAPTERS, FRONT_MATTER, OPTIONAL_CHAPTERS, OPTIONAL_ORDER, dimensionSectionKey, type OutlineChapter } from '../document/outline';
import { toRoman } from '../document/format';

/**
 * The masterplan outline (reference §4.2) as the sections worksheet walks it: one slot per
 * narrative section the document has room for, filled with the workshop's section when it exists.
 * Built on the export's own outline (shared/document/outline.ts), so a section written here lands
 * where the Word document expects it.
 */
export interface OutlineSlot {
  outlineKey: string;
  /** The title a new section gets. */
  title: string;
  section: NarrativeSection | null;
}

export interface OutlineGroup {
  /** "awal", a chapter key ("bab1", "penutup", "opsi-…") or "lainnya". */
  key: string;
  /** "BAB I" for chapters, null for the preliminaries and for other sections. */
  numeral: string | null;
  title: string;
  slots: OutlineSlot[];
}

const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'atau', 'serta', 'per']);

/** "PETA JALAN (ROADMAP)" → "Peta Jalan (Roadmap)"; small Indonesian words stay lower case. */
export const titleCaseId = (text: string): string =>
  text
    .toLocaleLowerCase('id')
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/\p{L}/u, (c) => c.toLocaleUpperCase('id'))))
    .join(' ');

/** The chapters in print order: BAB I–VIII, the optional blocks the workshop chose, then PENUTUP (as the export prints them). */
export const printedChapterList = (w: Pick<Workshop, 'exportSettings'>): OutlineChapter[] => {
  const chosen = new Set(w.exportSettings.optionalChapters);
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

/** Nature and culture readiness are optional pillars: their sections show only when the workshop uses them. */
const OPTIONAL_PILLAR_KEYS: Record<string, 'nature' | 'culture'> = { 'bab3-kesiapan-nature': 'nature', 'bab3-kesiapan-culture': 'culture' };

const chapterSlots = (w: Workshop, chapter: OutlineChapter): { outlineKey: string; title: string }[] => {
  const own = chapter.sections.map((s) => ({ outlineKey: s.key, title: s.title }));
  const perDimension = (key: 'bab5' | 'bab7', title: (name: string) => string) =>
    w.dimensionSet.dimensions.map((d) => ({ outlineKey: dimensionSectionKey(key, d.id), title: title(d.nameId) }));
  if (chapter.key === 'bab3') {
    return own.filter((s) => {
      const pillar = OPTIONAL_PILLAR_KEYS[s.outlineKey];
      return !pillar || w.readinessItems.some((i) => i.pillar === pillar) || w.sections.some((x) => x.outlineKey === s.outlineKey);
    });
  }
  // The export prints BAB V's introduction, then one subsection per dimension.
  if (chapter.key === 'bab5') return [...own, ...perDimension('bab5', (name) => name)];
  // BAB VII: stages, one roadmap per dimension, then the enabling roadmaps.
  if (chapter.key === 'bab7') return [...own.slice(0, 1), ...perDimension('bab7', (name) => `Peta Jalan ${name}`), ...own.slice(1)];
  return own;
};

/** Every narrative slot of the outline with the section filed under it; sections under other keys come last. */
export const sectionOutline = (w: Workshop): OutlineGroup[] => {
  const unplaced = [...w.sections];
  const take = (outlineKey: string): NarrativeSection[] => {
    const found = unplaced.filter((s) => s.outlineKey === outlineKey);
    for (const s of found) unplaced.splice(unplaced.indexOf(s), 1);
    return found;
  };
  const fill = (slots: { outlineKey: string; title: string }[]): OutlineSlot[] =>
    slots.flatMap((slot): OutlineSlot[] => {
      const sections = take(slot.outlineKey);
      return sections.length === 0 ? [{ ...slot, section: null }] : sections.map((section) => ({ ...slot, section }));
    });

  const front: OutlineGroup = {
    key: 'awal',
    numeral: null,
    title: 'Bagian Awal',
    slots: fill(FRONT_MATTER.map((s) => ({ outlineKey: s.key, title: titleCaseId(s.title) }))),
  };
  const chapters = printedChapterList(w).map<OutlineGroup>((chapter, i) => ({
    key: chapter.key,
    numeral: `BAB ${toRoman(i + 1)}`,
    title: titleCaseId(chapter.title),
    slots: fill(chapterSlots(w, chapter)),
  }));
  const groups = [front, ...chapters];
  if (unplaced.length > 0) {
    groups.push({ key: 'lainnya', numeral: null, title: 'Bagian Lainnya', slots: unplaced.map((section) => ({ outlineKey: section.outlineKey, title: section.title, section })) });
  }
  return groups;
};

/** A chapter to review in Tahap IV, e.g. { key: "bab1", label: "BAB I Pendahuluan" }. */
export interface ReviewChapter {
  key: string;
  label: string;
}

export const reviewChapters = (w: Pick<Workshop, 'exportSettings'>): ReviewChapter[] =>
  printedChapterList(w).map((chapter, i) => ({ key: chapter.key, label: `BAB ${toRoman(i + 1)} ${titleCaseId(chapter.title)}` }));

type ReviewItem = CommitmentSheet['reviewChecklist'][number];

/**
 * The checklist with one line per chapter in print order, keeping what was already noted.
 * Lines for chapters no longer printed (an optional chapter switched off) are kept at the end,
 * so nothing written in the review is lost.
 */
export const reviewChecklistLines = (chapters: readonly ReviewChapter[], stored: readonly ReviewItem[]): ReviewItem[] => {
  const byKey = new Map(stored.map((item) => [item.chapterKey, item]));
  const known = new Set(chapters.map((c) => c.key));
  return [
    ...chapters.map((c) => byKey.get(c.key) ?? { chapterKey: c.key, reviewed: false, note: '' }),
    ...stored.filter((item) => !known.has(item.chapterKey)),
  ];
};

/** The whole checklist after one chapter's line changed, ready for setReviewChecklist. */
export const withReviewLine = (
  chapters: readonly ReviewChapter[],
  stored: readonly ReviewItem[],
  chapterKey: string,
  change: Partial<Pick<ReviewItem, 'reviewed' | 'note'>>,
): ReviewItem[] => reviewChecklistLines(chapters, stored).map((item) => (item.chapterKey === chapterKey ? { ...item, ...change } : item));

/** Which chapter a section's outline key belongs to ("bab1-latar-belakang" → "bab1"), or null for the preliminaries. */
export const chapterOfOutlineKey = (outlineKey: string): string | null => {
  if (outlineKey === 'penutup') return 'penutup';
  const bab = /^(bab\d+)-/.exec(outlineKey);
  if (bab?.[1]) return bab[1];
  for (const chapter of Object.values(OPTIONAL_CHAPTERS)) if (chapter.sections.some((s) => s.key === outlineKey)) return chapter.key;
  return null;
};

/** "all" shows every slot; "missing" the outline slots nobody has started. */
export type SectionStatusFilter = 'all' | 'missing' | NarrativeSection['status'];
/** "all", "none" (no owner OPD yet) or an OPD's id. */
export type SectionOwnerFilter = string;

export interface SectionFilter {
  status: SectionStatusFilter;
  owner: SectionOwnerFilter;
}

const matches = (slot: OutlineSlot, { status, owner }: SectionFilter): boolean => {
  const s = slot.section;
  const statusOk = status === 'all' || (status === 'missing' ? s === null : s !== null && s.status === status);
  const ownerOk = owner === 'all' || (owner === 'none' ? (s?.ownerOpdId ?? null) === null : s !== null && s.ownerOpdId === owner);
  return statusOk && ownerOk;
};

/** The outline narrowed to the slots that pass the filter; chapters left empty drop out. */
export const filterOutline = (groups: readonly OutlineGroup[], filter: SectionFilter): OutlineGroup[] =>
  groups.map((g) => ({ ...g, slots: g.slots.filter((slot) => matches(slot, filter)) })).filter((g) => g.slots.length > 0);

export interface OutlineCounts {
  slots: number;
  missing: number;
  draft: number;
  review: number;
  final: number;
}

export const outlineCounts = (groups: readonly OutlineGroup[]): OutlineCounts => {
  const slots = groups.flatMap((g) => g.slots);
  const withStatus = (status: NarrativeSection['status']) => slots.filter((s) => s.section?.status === status).length;
  return { slots: slots.length, missing: slots.filter((s) => s.section === null).length, draft: withStatus('draft'), review: withStatus('review'), final: withStatus('final') };
};

/** How far the narrative of each chapter is, for the review checklist: { bab1: { sections: 6, final: 4 } }. */
export const sectionsPerChapter = (sections: readonly Pick<NarrativeSection, 'outlineKey' | 'status'>[]): Record<string, { sections: number; final: number }> => {
  const out: Record<string, { sections: number; final: number }> = {};
  for (const s of sections) {
    const chapter = chapterOfOutlineKey(s.outlineKey);
    if (chapter === null) continue;
    const entry = (out[chapter] ??= { sections: 0, final: 0 });
    entry.sections += 1;
    if (s.status === 'final') entry.final += 1;
  }
  return out;
};
