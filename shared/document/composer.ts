import type { Block, Caption, DocumentSection, FigureBlock, HeadingBlock, Orientation, TableBlock } from './model';
import type { DocumentLabels } from './labels';
import { toRoman } from './format';
import { cleanLine } from './text';

/**
 * Lays blocks out into sections and numbers them as the masterplan does:
 * chapters "BAB I", sections "1.1", subsections "1.1.1", captions "Tabel 3.1" / "Gambar 7.2"
 * (in the annexes "Lampiran 1" and "Tabel L.1"). Pure and synchronous.
 */
export class DocumentComposer {
  readonly sections: DocumentSection[] = [];
  private chapterCount = 0;
  private chapterTag = '0';
  private sectionCount = 0;
  private subsectionCount = 0;
  private tableCount = 0;
  private figureCount = 0;
  private inAnnex = false;

  constructor(private readonly labels: DocumentLabels) {}

  private get current(): DocumentSection | undefined {
    return this.sections[this.sections.length - 1];
  }

  /** Starts a new run of pages (always on a new page). */
  startSection(orientation: Orientation, running = true): void {
    const last = this.current;
    if (last && last.blocks[last.blocks.length - 1]?.kind === 'pageBreak') last.blocks.pop();
    if (last && last.blocks.length === 0) this.sections.pop();
    this.sections.push({ orientation, running, blocks: [] });
  }

  /** Continues in the given orientation, starting a new section only when it changes. */
  orientation(orientation: Orientation): void {
    if (this.current?.orientation !== orientation) this.startSection(orientation);
  }

  add(...blocks: Block[]): void {
    if (!this.current) this.startSection('portrait');
    this.current?.blocks.push(...blocks);
  }

  /** A page break, unless the page is already fresh. */
  newPage(): void {
    const blocks = this.current?.blocks;
    if (!blocks || blocks.length === 0 || blocks[blocks.length - 1]?.kind === 'pageBreak') return;
    blocks.push({ kind: 'pageBreak' });
  }

  /** A front-matter heading (KATA PENGANTAR …) on a new page, listed in the table of contents without a number. */
  frontHeading(text: string): void {
    this.newPage();
    this.add({ kind: 'heading', level: 1, number: null, text: cleanLine(text) });
  }

  /** "BAB n" on a new page; resets section and caption counters. */
  chapter(title: string): HeadingBlock {
    this.newPage();
    this.chapterCount += 1;
    this.chapterTag = String(this.chapterCount);
    this.inAnnex = false;
    this.resetCounters();
    const heading: HeadingBlock = { kind: 'heading', level: 1, number: `BAB ${toRoman(this.chapterCount)}`, text: cleanLine(title) };
    this.add(heading);
    return heading;
  }

  /** The annexes: "LAMPIRAN", sections "Lampiran 1", captions "Tabel L.1". */
  annex(title: string): void {
    this.newPage();
    this.chapterTag = 'L';
    this.inAnnex = true;
    this.resetCounters();
    this.add({ kind: 'heading', level: 1, number: null, text: cleanLine(title) });
  }

  private resetCounters(): void {
    this.sectionCount = 0;
    this.subsectionCount = 0;
    this.tableCount = 0;
    this.figureCount = 0;
  }

  section(title: string): string {
    // Each annex starts on its own page.
    if (this.inAnnex && this.sectionCount > 0) this.newPage();
    this.sectionCount += 1;
    this.subsectionCount = 0;
    const number = this.inAnnex ? `Lampiran ${this.sectionCount}` : `${this.chapterTag}.${this.sectionCount}`;
    this.add({ kind: 'heading', level: 2, number, text: cleanLine(title) });
    return number;
  }

  subsection(title: string): string {
    this.subsectionCount += 1;
    const number = this.inAnnex ? `${this.sectionCount}.${this.subsectionCount}` : `${this.chapterTag}.${this.sectionCount}.${this.subsectionCount}`;
    this.add({ kind: 'heading', level: 3, number, text: cleanLine(title) });
    return number;
  }

  private caption(label: string, count: number, title: string): Caption {
    return { label, number: `${this.chapterTag}.${count}`, title: cleanLine(title) };
  }

  /** Adds a table with a numbered caption (or none when `title` is null). Tables without rows are not added. */
  table(title: string | null, table: Omit<TableBlock, 'kind' | 'caption'>): boolean {
    if (table.rows.length === 0 || table.columns.length === 0) return false;
    let caption: Caption | null = null;
    if (title !== null) {
      this.tableCount += 1;
      caption = this.caption(this.labels.tableLabel, this.tableCount, title);
    }
    this.add({ kind: 'table', caption, ...table });
    return true;
  }

  figure(title: string, source: Pick<FigureBlock, 'diagramId' | 'image'>): void {
    this.figureCount += 1;
    this.add({ kind: 'figure', caption: this.caption(this.labels.figureLabel, this.figureCount, title), ...source });
  }
}
