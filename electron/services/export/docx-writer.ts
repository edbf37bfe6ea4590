import { Document, Packer, PageOrientation, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { DEFAULT_LABELS, type MasterplanDocument } from '../../../shared/document';
import { documentFacts, sectionContent } from './blocks';
import { coverFooter } from './cover';
import type { DiagramPicture, WriteContext } from './context';
import { xmlText } from './inline';
import { MARGINS, PAPER, textWidth, type PaperSize } from './page';
import { pageFooter, runningHeader } from './running';
import { documentNumbering, documentStyles } from './styles';

export interface DocxOptions {
  paperSize: PaperSize;
  /** Diagrams drawn as PNG by the renderer (or by the export script), by diagram id. */
  diagrams?: Record<string, DiagramPicture>;
  /**
   * Whether to lay the pages out to write the page numbers of the table of contents, the lists of tables and
   * figures, and "Halaman X dari Y". Default true; off only where the numbers do not matter (e.g. fuzz tests).
   */
  pageNumbers?: boolean;
  /** Text shown in a figure's place when its diagram was not drawn. */
  diagramNotRendered?: string;
}

/**
 * Page numbers as Word lays the pages out (docx/layout). Where that layout would stop (a character or font it does
 * not know, such as an emoji), it goes on with its best guess, so the numbers are never left blank; the layout is
 * otherwise the same as without guessing. Word corrects any guess when the reader updates the table (F9).
 *
 * Without the estimator's `listNumbers`: it reads the whole document once more to find the Word list numbers of the
 * headings the tables of contents list, and ours have none (chapter, section and caption numbers are written as text),
 * so it would only cost time (a fifth of the export of a large workshop) and find nothing.
 */
const pageNumberEstimator = (): PageNumberEstimator => {
  const estimate = estimatePageNumbersWith({ guess: true });
  return (body, context) => estimate(body, context);
};

/** The masterplan as a docx Document (not yet packed). */
export const masterplanDocxDocument = (doc: MasterplanDocument, options: DocxOptions): Document => {
  const diagramSources = new Map(doc.diagrams.map((d) => [d.id, d]));
  const facts = documentFacts(doc, options.diagramNotRendered ?? DEFAULT_LABELS.diagramNotRendered);
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
      ...(section.running ? { headers: { default: runningHeader(doc.meta, ctx.width) }, footers: { default: pageFooter(doc.meta) } } : {}),
      ...(cover ? { footers: { default: coverFooter(cover) } } : {}),
      children: sectionContent(section.blocks, ctx, facts),
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
    ...(options.pageNumbers === false ? {} : { pageNumbers: pageNumberEstimator() }),
    sections,
  });
};

/** Writes the masterplan document as a .docx file. */
export const writeMasterplanDocx = async (doc: MasterplanDocument, options: DocxOptions): Promise<Buffer> =>
  Packer.toBuffer(masterplanDocxDocument(doc, options));
