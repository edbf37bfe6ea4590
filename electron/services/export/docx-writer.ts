import { Document, PageOrientation, type ISectionOptions } from 'docx';
import { DEFAULT_LABELS, type MasterplanDocument } from '../../../shared/document';
import { sectionContent, type DocumentFacts } from './blocks';
import { documentContents, type Contents } from './contents';
import { coverFooter } from './cover';
import type { DiagramPicture, WriteContext } from './context';
import { xmlText } from './inline';
import { MARGINS, PAPER, textWidth, type PaperSize } from './page';
import { estimatePages, type PageEstimate } from './page-estimate';
import { pageFooter, runningHeader } from './running';
import { streamedSection } from './streamed-body';
import { documentNumbering, documentStyles } from './styles';
import { packDocx } from './zip';

export interface DocxOptions {
  paperSize: PaperSize;
  /** Diagrams drawn as PNG by the renderer (or by the export script), by diagram id. */
  diagrams?: Record<string, DiagramPicture>;
  /**
   * Whether to estimate the pages (page-estimate.ts) to write the page numbers of the table of contents and the lists
   * of tables and figures. Default true; without them Word fills the numbers in when the reader updates the fields.
   */
  pageNumbers?: boolean;
  /** Text shown in a figure's place when its diagram was not drawn. */
  diagramNotRendered?: string;
  /**
   * How the body (word/document.xml) is written: 'stream' (default) writes it in one pass as text (streamed-body.ts);
   * 'docx' leaves it to docx's object tree and stringifier, as before. Both give the same bytes (a unit test holds it).
   */
  body?: 'stream' | 'docx';
  /** The document's contents and page estimate made before (the server keeps them, export-cache.ts); made here when absent. */
  layout?: MasterplanLayout;
}

export interface MasterplanLayout {
  contents: Contents;
  /** Null when the pages are not estimated (pageNumbers false). */
  estimate: PageEstimate | null;
}

/** The document's contents and, unless pageNumbers is false, its page estimate. */
export const masterplanLayout = (doc: MasterplanDocument, options: DocxOptions, contents: Contents = documentContents(doc)): MasterplanLayout => ({
  contents,
  estimate:
    options.pageNumbers === false
      ? null
      : estimatePages(doc, { paperSize: options.paperSize, diagrams: options.diagrams ?? {}, contents, diagramNotRendered: options.diagramNotRendered ?? DEFAULT_LABELS.diagramNotRendered }),
});

/** The masterplan as a docx Document (not yet packed). */
export const masterplanDocxDocument = (doc: MasterplanDocument, options: DocxOptions): Document => {
  const diagramSources = new Map(doc.diagrams.map((d) => [d.id, d]));
  const notRendered = options.diagramNotRendered ?? DEFAULT_LABELS.diagramNotRendered;
  const { contents, estimate } = options.layout ?? masterplanLayout(doc, options);
  const streamed = options.body !== 'docx';
  const facts: DocumentFacts = { contents, notRendered, ...(estimate ? { pages: estimate.pages } : {}), ...(streamed ? { textParagraphs: true } : {}) };
  let listInstance = 0;
  const paper = PAPER[options.paperSize];

  const sections: ISectionOptions[] = doc.sections.map((section) => {
    const ctx: WriteContext = {
      paper: options.paperSize,
      orientation: section.orientation,
      width: textWidth(options.paperSize, section.orientation),
      diagrams: options.diagrams ?? {},
      diagramSources,
      nextListInstance: () => {
        listInstance += 1;
        return listInstance;
      },
    };
    const cover = section.running ? undefined : section.blocks.find((b) => b.kind === 'cover');
    return {
      properties: {
        page: {
          size: {
            width: paper.width,
            height: paper.height,
            orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: MARGINS,
        },
      },
      ...(section.running ? { headers: { default: runningHeader(doc.meta, ctx.width) }, footers: { default: pageFooter(doc.meta, estimate?.pageCount) } } : {}),
      ...(cover ? { footers: { default: coverFooter(cover) } } : {}),
      children: streamed ? streamedSection(sectionContent(section.blocks, ctx, facts)) : sectionContent(section.blocks, ctx, facts),
    };
  });

  return new Document({
    title: xmlText(doc.meta.title),
    subject: xmlText(doc.meta.subject),
    creator: xmlText(doc.meta.creator),
    description: xmlText(doc.meta.description),
    keywords: xmlText(doc.meta.keywords),
    lastModifiedBy: 'Aplikasi Masterplan Smart City',
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections,
  });
};

/** Writes the masterplan document as a .docx file. */
export const writeMasterplanDocx = async (doc: MasterplanDocument, options: DocxOptions): Promise<Buffer> => packDocx(masterplanDocxDocument(doc, options));
