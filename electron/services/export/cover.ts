import { AlignmentType, BorderStyle, Footer, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType, TableLayoutType, LineRuleType } from 'docx';
import type { CoverBlock, SignatureBlock } from '../../../shared/document';
import { COVER_LOGO_PICTURE_ID } from '../../../shared/document/image';
import type { WriteContext } from './context';
import { pictureOfImage, pictureParagraph } from './figure';
import { plainRun } from './inline';
import { textHeight, twipsToPx } from './page';
import { ACCENT, DRAFT_COLOR, STYLE } from './styles';

interface LineLook {
  before?: number;
  after?: number;
  color?: string;
  bold?: boolean;
  italics?: boolean;
}

const line = (text: string, size: number, look: LineLook = {}): Paragraph =>
  new Paragraph({
    style: STYLE.cover,
    alignment: AlignmentType.CENTER,
    spacing: { before: look.before ?? 0, after: look.after ?? 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [plainRun(text, { size: size * 2, bold: look.bold ?? true, color: look.color ?? ACCENT, italics: look.italics ?? false })],
  });

/**
 * The cover page: draft mark, title, region, period, logo and subtitle. The issuing government and year sit in the
 * cover's own footer (see coverFooter), so they stay at the foot of the page on A4 and F4 in every word processor.
 */
export const coverParagraphs = (cover: CoverBlock, ctx: WriteContext): Paragraph[] => {
  const out: Paragraph[] = [];
  if (cover.draftMark) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: DRAFT_COLOR, space: 2 },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: DRAFT_COLOR, space: 2 },
        },
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [plainRun(cover.draftMark, { size: 36, bold: true, color: DRAFT_COLOR })],
      }),
    );
  }
  const roomy = textHeight(ctx.paper, ctx.orientation) > 15000;
  out.push(line(cover.title, 26, { before: roomy ? 1800 : 1300, after: 240 }));
  out.push(line(cover.regionLine, 22, { after: 120 }));
  if (cover.provinceLine) out.push(line(cover.provinceLine, 14, { after: 120 }));
  out.push(line(cover.periodLine, 16, { after: roomy ? 1200 : 900 }));
  const logoBox = twipsToPx(ctx.width) * 0.38;
  if (cover.logo) {
    // An SVG logo is embedded as it is; beside it goes its PNG drawing for word processors that cannot draw SVG.
    const logo = pictureOfImage(cover.logo, ctx.diagrams[COVER_LOGO_PICTURE_ID]);
    // A small logo is drawn at the size of the box, not left at its pixel size.
    const grow = Math.max(1, Math.min(logoBox / Math.max(1, logo.width), logoBox / Math.max(1, logo.height)));
    out.push(pictureParagraph({ ...logo, width: logo.width * grow, height: logo.height * grow }, logoBox, logoBox));
  }
  out.push(line(cover.subtitle, 12, { before: roomy ? 1200 : 900, bold: false, italics: true }));
  return out;
};

/** The foot of the cover: the issuing government and the year. */
export const coverFooter = (cover: CoverBlock): Footer =>
  new Footer({ children: [line(cover.issuer, 16, { after: 60 }), line(cover.year, 16, { after: 600 })] });

/** Room to sign under a signer's role, and the space above the signatures, in twips. */
export const SIGNING_ROOM = 1200;
export const SIGNATURES_GAP = 240;

/** Signature blocks on a borderless table: place and date, role, room to sign, name. */
export const signatureTable = (block: SignatureBlock, ctx: WriteContext): Table | null => {
  if (block.signers.length === 0) return null;
  const half = Math.floor(ctx.width / 2);
  const signerCell = (signer: SignatureBlock['signers'][number] | undefined, withDate: boolean) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      children: signer
        ? [
            ...(withDate ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [plainRun(block.placeAndDate)] })] : []),
            new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: SIGNING_ROOM }, children: [plainRun(signer.role, { bold: true })] }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [plainRun(signer.name, { bold: true })] }),
          ]
        : [new Paragraph({ children: [] })],
    });
  const rows: TableRow[] = [];
  for (let i = 0; i < block.signers.length; i += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [signerCell(block.signers[i + 1], false), signerCell(block.signers[i], i === 0)] }));
  }
  return new Table({
    rows,
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
};
