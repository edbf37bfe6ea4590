import type { DiagramPng } from '../../../../shared/contract';
import type { DiagramSpec } from '../../../../shared/document';
import type { CoverLogoSvg } from '../../../../shared/document/image';
import { renderMermaidSvg, svgToPng } from '../../components/mermaid-render';

/** Print width in pixels (16.5 cm at 300 dpi) and the tallest a picture needs to be: the writer fits it into 70 % of a page. */
const PRINT_WIDTH_PX = 1950;
const PRINT_HEIGHT_PX = 2600;

/** The drawing's own size from its viewBox, to choose a scale that is sharp in print without making a huge file. */
const drawingSize = (svg: string): { width: number; height: number } | null => {
  const box = /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(/[\s,]+/).map(Number);
  const width = box?.[2];
  const height = box?.[3];
  return width && height && width > 0 && height > 0 ? { width, height } : null;
};

const printScale = (svg: string): number | undefined => {
  const size = drawingSize(svg);
  if (!size) return undefined;
  return Math.min(4, Math.max(1, Math.min(PRINT_WIDTH_PX / size.width, PRINT_HEIGHT_PX / size.height)));
};

/**
 * Draws the document's diagrams one after another (same offline mermaid as the worksheets) as PNG for the
 * Word export, reporting each one done. A diagram that cannot be drawn is left out: the document then
 * shows its caption and a note in its place.
 */
export const drawDiagramsForExport = async (specs: readonly DiagramSpec[], onDrawn: (done: number, total: number) => void): Promise<DiagramPng[]> => {
  const pictures: DiagramPng[] = [];
  for (const [index, spec] of specs.entries()) {
    try {
      const svg = await renderMermaidSvg(spec.source);
      const scale = printScale(svg);
      const png = await svgToPng(svg, scale === undefined ? {} : { scale });
      pictures.push({ id: spec.id, pngBase64: png.base64, widthPx: png.width, heightPx: png.height });
    } catch {
      // Left to the writer's placeholder; the export says how many are missing.
    }
    onDrawn(index + 1, specs.length);
  }
  return pictures;
};

/** A PNG drawing of an SVG cover logo, which the Word file carries beside the SVG for word processors that cannot draw SVG; null when it cannot be drawn. */
export const drawCoverLogo = async (logo: CoverLogoSvg): Promise<DiagramPng | null> => {
  try {
    const png = await svgToPng(logo.svg, { scale: Math.min(4, Math.max(1, 600 / Math.max(logo.width, logo.height))) });
    return { id: logo.id, pngBase64: png.base64, widthPx: logo.width, heightPx: logo.height };
  } catch {
    // The writer then shows a plain box to those word processors; Word draws the SVG itself.
    return null;
  }
};
