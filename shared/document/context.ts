import type { Dimension, NarrativeSection, Program, QuickWinCandidate, Workshop } from '../model';
import { planYears } from '../model';
import type { Block, DiagramSpec } from './model';
import { DocumentComposer } from './composer';
import { fillLabel, regionKindLabel, type DocumentLabels } from './labels';
import { richDocBlocks } from './rich-text';
import { cleanLine, paragraph } from './text';
import { shownAcronym } from '../logic/program-acronym';

export interface BuildOptions {
  draft: boolean;
  /** Export one OPD's part: its programs only; narrative owned by other OPDs is replaced by a note. */
  opdId?: string;
  labels?: Partial<DocumentLabels>;
}

/** What every chapter builder reads from and writes to. */
export interface BuildContext {
  workshop: Workshop;
  options: BuildOptions;
  labels: DocumentLabels;
  out: DocumentComposer;
  diagrams: DiagramSpec[];
  /** Programs in scope (all, or those of the OPD being exported), in workshop order. */
  programs: Program[];
  /** Chosen quick wins whose program is in scope, with their program. */
  quickWins: Array<{ candidate: QuickWinCandidate; program: Program }>;
  years: number[];
  regionName: string;
  /** Narrative keys already placed, so leftovers can be appended elsewhere. */
  usedKeys: Set<string>;
}

/** The region's name without "Kabupaten"/"Kab."/"Kota" in front, e.g. "Malang". */
export const bareRegionName = (workshop: Workshop): string => cleanLine(workshop.region.name).replace(/^(kabupaten|kab\.?|kota)\s+/i, '');

/** "Kabupaten Malang", "Kota Batu". */
export const regionDisplayName = (workshop: Workshop): string => {
  const name = bareRegionName(workshop);
  return `${regionKindLabel(workshop.region.kind)} ${name === '' ? '[nama daerah belum diisi]' : name}`;
};

/**
 * The regional head's title with the region: "Bupati Malang", "Wali Kota Batu". Built from the region's kind and name
 * when no title is entered; an entered title without the region's name ("Bupati") gets the name added.
 */
export const headTitle = (workshop: Workshop): string => {
  const { region } = workshop;
  const title = cleanLine(region.regionalHead.title) || (region.kind === 'kota' ? 'Wali Kota' : 'Bupati');
  const name = bareRegionName(workshop);
  if (name === '' || title.toLowerCase().includes(name.toLowerCase())) return title;
  return `${title} ${name}`;
};

export const createContext = (workshop: Workshop, options: BuildOptions, labels: DocumentLabels): BuildContext => {
  const inScope = (p: Program) => !options.opdId || p.leadOpdId === options.opdId || p.supportingOpdIds.includes(options.opdId);
  const programs = workshop.programs.filter(inScope);
  const byId = new Map(programs.map((p) => [p.id, p]));
  const dimensionOrder = new Map(workshop.dimensionSet.dimensions.map((d, i) => [d.id, i]));
  const quickWins = workshop.quickWins.candidates
    .flatMap((candidate) => {
      const program = byId.get(candidate.programId);
      return candidate.decision === 'chosen' && program ? [{ candidate, program }] : [];
    })
    .sort((a, b) => (dimensionOrder.get(a.program.dimensionId) ?? 99) - (dimensionOrder.get(b.program.dimensionId) ?? 99));
  return {
    workshop,
    options,
    labels,
    out: new DocumentComposer(labels),
    diagrams: [],
    programs,
    quickWins,
    years: planYears(workshop.horizon),
    regionName: regionDisplayName(workshop),
    usedKeys: new Set(),
  };
};

export const opdName = (ctx: BuildContext, id: string | null): string => {
  if (id === null) return '';
  const opd = ctx.workshop.opds.find((o) => o.id === id);
  return opd ? cleanLine(opd.abbreviation || opd.name) : '';
};

export const opdNames = (ctx: BuildContext, ids: readonly string[]): string => ids.map((id) => opdName(ctx, id)).filter((n) => n !== '').join(', ');

export const dimensionOf = (ctx: BuildContext, id: string): Dimension | undefined => ctx.workshop.dimensionSet.dimensions.find((d) => d.id === id);

export const dimensionName = (ctx: BuildContext, id: string): string => cleanLine(dimensionOf(ctx, id)?.nameId ?? '');

export const elementName = (ctx: BuildContext, dimensionId: string, elementId: string): string =>
  cleanLine(dimensionOf(ctx, dimensionId)?.elements.find((e) => e.id === elementId)?.nameId ?? '');

export const placeholder = (ctx: BuildContext, text = ctx.labels.notFilled): Block => paragraph(text, 'placeholder');

const sectionsFor = (ctx: BuildContext, key: string): NarrativeSection[] => ctx.workshop.sections.filter((s) => s.outlineKey === key);

/** The narrative written for an outline key, or a note when another OPD owns it and only one OPD's part is exported. */
export const narrative = (ctx: BuildContext, key: string): Block[] => {
  ctx.usedKeys.add(key);
  return sectionsFor(ctx, key).flatMap((section) => narrativeOf(ctx, section));
};

export const narrativeOf = (ctx: BuildContext, section: NarrativeSection): Block[] => {
  const { opdId } = ctx.options;
  if (opdId && section.ownerOpdId !== null && section.ownerOpdId !== opdId) {
    return [placeholder(ctx, fillLabel(ctx.labels.ownedByOtherOpd, { opd: opdName(ctx, section.ownerOpdId) || 'OPD lain' }))];
  }
  return richDocBlocks(section.content);
};

/** Generated content: blocks, or a function that adds its own (tables, figures) and says whether it added any. */
export type Generated = Block[] | (() => boolean);

/** Narrative for a key followed by generated content; "[Belum diisi]" when both are empty. */
export const fill = (ctx: BuildContext, key: string, generated: Generated = []): void => {
  const own = narrative(ctx, key);
  ctx.out.add(...own);
  let added: boolean;
  if (typeof generated === 'function') added = generated();
  else {
    ctx.out.add(...generated);
    added = generated.length > 0;
  }
  if (own.length === 0 && !added) ctx.out.add(placeholder(ctx));
};

/** A numbered section with its narrative and generated content. */
export const section = (ctx: BuildContext, key: string, title: string, generated: Generated = []): void => {
  ctx.out.section(title);
  fill(ctx, key, generated);
};

/** Narrative sections whose keys the outline did not place, filtered by a predicate. */
export const leftoverSections = (ctx: BuildContext, accept: (key: string) => boolean): NarrativeSection[] =>
  ctx.workshop.sections.filter((s) => !ctx.usedKeys.has(s.outlineKey) && accept(s.outlineKey));

/** Programs of a dimension in scope, ordered by element then code. */
export const programsOfDimension = (ctx: BuildContext, dimension: Dimension): Program[] => {
  const elementOrder = new Map(dimension.elements.map((e, i) => [e.id, i]));
  return ctx.programs
    .filter((p) => p.dimensionId === dimension.id)
    .sort((a, b) => (elementOrder.get(a.elementId) ?? 99) - (elementOrder.get(b.elementId) ?? 99) || a.code.localeCompare(b.code));
};

export const programTitle = (program: Pick<Program, 'name' | 'acronym'>): string => {
  const name = cleanLine(program.name);
  const acronym = shownAcronym({ name, acronym: cleanLine(program.acronym) });
  return acronym ? `${name} (${acronym})` : name;
};
