import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocumentMeta } from '../../../shared/document';
import { fieldRuns } from './fields';
import { runText } from './inline';
import { DRAFT_COLOR } from './styles';

const SMALL = 16;

/** Running header: the document title, and the draft mark on the right when it is a draft. */
export const runningHeader = (meta: DocumentMeta, width: number): Header =>
  new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 2 } },
        spacing: { after: 0 },
        children: [
          new TextRun({ text: runText(meta.runningTitle), size: SMALL, italics: true, color: '595959' }),
          ...(meta.draft ? [new TextRun({ text: '\t' }), new TextRun({ text: runText(meta.draftMark), size: SMALL + 4, bold: true, color: DRAFT_COLOR })] : []),
        ],
      }),
    ],
  });

/**
 * "Halaman X dari Y", from the label template with {page} and {pages}. The page count is written with the estimated
 * count when there is one, for readers that show fields without updating them.
 */
export const pageFooter = (meta: DocumentMeta, pageCount?: number): Footer => {
  const parts = meta.pageLabel.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const children = parts.flatMap((part) => {
    if (part === '{page}') return [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })];
    if (part === '{pages}') return pageCount === undefined ? [new TextRun({ children: [PageNumber.TOTAL_PAGES], size: SMALL })] : fieldRuns('NUMPAGES', { result: String(pageCount), size: SMALL });
    return [new TextRun({ text: runText(part), size: SMALL })];
  });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children })] });
};
