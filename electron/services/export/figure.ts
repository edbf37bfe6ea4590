import { AlignmentType, ImageRun, LineRuleType, Paragraph, type FileChild } from 'docx';
import type { DiagramSpec, FigureBlock, ImageData, TableBlock } from '../../../shared/document';
import type { DiagramPicture, WriteContext } from './context';
import { plainRun } from './inline';
import { textHeight, twipsToPx } from './page';
import { STYLE } from './styles';
import { plainPng } from './png';
import { captionParagraph, tableOf } from './table';

export interface Picture {
  data: Uint8Array;
  type: 'png' | 'jpg' | 'svg';
  width: number;
  height: number;
  /** For an SVG: the PNG shown by word processors that cannot draw SVG. */
  fallback?: Uint8Array;
}

/** The light grey of the box shown for an SVG nobody drew as PNG, by word processors that cannot draw SVG. */
const PLAIN_FALLBACK = 0xf2f2f2;

/** A size that keeps the picture's proportions and fits the text width and a share of the page height. */
export const fitPicture = (width: number, height: number, maxWidthPx: number, maxHeightPx: number): { width: number; height: number } => {
  const w = Number.isFinite(width) && width > 0 ? width : maxWidthPx;
  const h = Number.isFinite(height) && height > 0 ? height : maxWidthPx * 0.6;
  const scale = Math.min(1, maxWidthPx / w, maxHeightPx / h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
};

/** Space above and below a picture's paragraph, in twips; its line is as tall as the picture. */
export const PICTURE_SPACING = { before: 120, after: 60 } as const;

/**
 * docx's run of a PNG or JPEG picture at a size, made once per picture and size: docx names each picture by a SHA-1
 * of its bytes, computed in JavaScript when the run is made, which for the ~17 MB of an 800-program masterplan's
 * diagrams cost more than the rest of a re-export. The server keeps the pictures between exports (export-cache.ts),
 * so their runs are kept with them (held weakly by the picture's bytes). docx only reads a run when it writes it; a
 * picture appears once in a document, so the run's drawing id stays unique there.
 */
const pictureRuns = new WeakMap<Uint8Array, Map<string, ImageRun>>();

const pictureRun = (picture: Picture, size: { width: number; height: number }): ImageRun => {
  if (picture.type === 'svg') {
    return new ImageRun({ type: 'svg', data: picture.data, transformation: size, fallback: { type: 'png', data: picture.fallback ?? plainPng(size.width, size.height, PLAIN_FALLBACK) } });
  }
  let runs = pictureRuns.get(picture.data);
  if (!runs) {
    runs = new Map();
    pictureRuns.set(picture.data, runs);
  }
  const key = `${picture.type}|${size.width}|${size.height}`;
  let run = runs.get(key);
  if (!run) {
    run = new ImageRun({ type: picture.type, data: picture.data, transformation: size });
    runs.set(key, run);
  }
  return run;
};

export const pictureParagraph = (picture: Picture, maxWidthPx: number, maxHeightPx: number): Paragraph => {
  const size = fitPicture(picture.width, picture.height, maxWidthPx, maxHeightPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...PICTURE_SPACING, line: 240, lineRule: LineRuleType.AUTO },
    children: [pictureRun(picture, size)],
  });
};

/**
 * The picture of document image data. An SVG gets `drawn` (a PNG drawing of it) as the picture for word processors
 * that cannot draw SVG, or else a plain light grey box of its size.
 */
export const pictureOfImage = (image: ImageData, drawn?: DiagramPicture): Picture => ({
  data: Buffer.from(image.base64, 'base64'),
  type: image.format,
  width: image.widthPx,
  height: image.heightPx,
  ...(image.format === 'svg' && drawn ? { fallback: drawn.png } : {}),
});

/**
 * What stands in a diagram's place when no picture of it was given: a note and the diagram's content as a table
 * (never its mermaid source, which means nothing to a reader of a printed document).
 */
export const figureAlternative = (figure: FigureBlock, sources: ReadonlyMap<string, DiagramSpec>, notRendered: string): { note: string; table: TableBlock | null } => {
  const spec = figure.diagramId ? sources.get(figure.diagramId) : undefined;
  return spec?.alternative ?? { note: notRendered, table: null };
};

/** The largest a figure's picture is drawn: the text width, and 70 % of the text height. In pixels. */
const pictureBox = (width: number, height: number): { maxWidth: number; maxHeight: number } => ({ maxWidth: twipsToPx(width), maxHeight: twipsToPx(height * 0.7) });

/**
 * The size a figure's picture is drawn at, in pixels, on a page with `width` × `height` twips of text; null when
 * it has no picture (its source is shown instead).
 */
export const figureSize = (figure: FigureBlock, diagrams: Readonly<Record<string, DiagramPicture>>, width: number, height: number): { width: number; height: number } | null => {
  const drawn = figure.diagramId ? diagrams[figure.diagramId] : undefined;
  const size = drawn ?? (figure.image ? { width: figure.image.widthPx, height: figure.image.heightPx } : null);
  if (!size) return null;
  const { maxWidth, maxHeight } = pictureBox(width, height);
  return fitPicture(size.width, size.height, maxWidth, maxHeight);
};

/** The note and table shown when no picture of the diagram was given. */
const alternativeContent = (figure: FigureBlock, ctx: WriteContext, notRendered: string): FileChild[] => {
  const { note, table } = figureAlternative(figure, ctx.diagramSources, notRendered);
  const written = table ? tableOf(table, ctx) : null;
  return [new Paragraph({ style: STYLE.placeholder, keepNext: true, children: [plainRun(note)] }), ...(written ? [written] : [])];
};

/** The picture (or, when it was not drawn, a note and the diagram's content as a table) and its caption below it. */
export const figureParagraphs = (figure: FigureBlock, ctx: WriteContext, notRendered: string, bookmark?: string): FileChild[] => {
  const { maxWidth, maxHeight } = pictureBox(ctx.width, textHeight(ctx.paper, ctx.orientation));
  const drawn = figure.diagramId ? ctx.diagrams[figure.diagramId] : undefined;
  const picture: Picture | null = drawn
    ? { data: drawn.png, type: 'png', width: drawn.width, height: drawn.height }
    : figure.image
      ? pictureOfImage(figure.image)
      : null;
  const body: FileChild[] = picture ? [pictureParagraph(picture, maxWidth, maxHeight)] : alternativeContent(figure, ctx, notRendered);
  return [...body, captionParagraph(figure.caption, STYLE.figureCaption, false, bookmark)];
};
