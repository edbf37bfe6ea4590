import { DIAGRAM_PALETTE, svgOpen, textWidth, wrapWords, xml } from './svg-draw';

/**
 * The map of dimensions and elements, drawn as our own SVG: mermaid's mindmap spread 6 dimensions and 18 elements
 * round a circle some 1500 px wide, so fitted to a page its text printed at about 5 pt. Here the smart city is a band
 * across the top and each dimension a column under it (its name on a coloured heading, its elements below, names
 * wrapped), in as few rows as keep the picture within a page: 680 px wide like the Gantt, so 14 px names print at
 * about 9 pt.
 */

export const DIMENSION_MAP = { width: 680, margin: 10, gap: 12, rootHeight: 46, headSize: 15, elementSize: 14 } as const;

/** The tallest picture that still prints at full width: 70 % of a portrait page's text height, in the picture's px. */
const MAX_HEIGHT = 720;

/** A dimension's colour (white text on it): the app's teal, its amber and their darker neighbours, as on the stage. */
const BRANCH_COLOURS = ['#0d5b70', '#a4631a', '#1c7445', '#5a6f86', '#2f7f93', '#8a5a00', '#083a48', '#6b4f8a'] as const;

export interface MapDimension {
  name: string;
  elements: readonly string[];
}

const HEAD = { lineHeight: 19, padding: 9, lines: 3 } as const;
const ELEMENT = { lineHeight: 18, padding: 7, lines: 4, stripe: 5, gap: 6 } as const;

interface Block {
  colour: string;
  head: string[];
  elements: string[][];
  height: number;
}

const headHeight = (lines: number): number => HEAD.padding * 2 + lines * HEAD.lineHeight - 4;
const elementHeight = (lines: number): number => ELEMENT.padding * 2 + lines * ELEMENT.lineHeight - 4;

/** A dimension's column laid out `width` px wide: its heading and elements wrapped, and how tall it is. */
const blockOf = (dimension: MapDimension, index: number, width: number): Block => {
  const head = wrapWords(dimension.name, width - HEAD.padding * 2, HEAD.lines, (line) => textWidth(line, DIMENSION_MAP.headSize) * 1.1);
  const elements = dimension.elements.map((name) => wrapWords(name, width - ELEMENT.stripe - ELEMENT.padding * 2, ELEMENT.lines, (line) => textWidth(line, DIMENSION_MAP.elementSize)));
  const height = headHeight(head.length) + elements.reduce((sum, lines) => sum + ELEMENT.gap + elementHeight(lines.length), 0);
  return { colour: BRANCH_COLOURS[index % BRANCH_COLOURS.length]!, head, elements, height };
};

interface Layout {
  columns: number;
  width: number;
  rows: Block[][];
  height: number;
}

const layout = (dimensions: readonly MapDimension[], columns: number): Layout => {
  const width = (DIMENSION_MAP.width - DIMENSION_MAP.margin * 2 - DIMENSION_MAP.gap * (columns - 1)) / columns;
  const blocks = dimensions.map((d, i) => blockOf(d, i, width));
  const rows: Block[][] = [];
  for (let i = 0; i < blocks.length; i += columns) rows.push(blocks.slice(i, i + columns));
  const body = rows.reduce((sum, r) => sum + Math.max(...r.map((b) => b.height)) + DIMENSION_MAP.gap + 4, 0);
  return { columns, width, rows, height: DIMENSION_MAP.margin + DIMENSION_MAP.rootHeight + DIMENSION_MAP.gap + body + DIMENSION_MAP.margin };
};

/**
 * How many columns: 1–3 dimensions side by side, 4 as two by two, more in rows of 3; 4 columns when rows of 3 would
 * make the picture taller than a page (it is then shrunk less).
 */
export const mapColumns = (dimensions: readonly MapDimension[]): Layout => {
  const count = Math.max(1, dimensions.length);
  const tries = count <= 3 ? [count] : count === 4 ? [2, 4] : [3, 4];
  const layouts = tries.map((c) => layout(dimensions, c));
  return layouts.find((l) => l.height <= MAX_HEIGHT) ?? layouts.reduce((a, b) => (b.height < a.height ? b : a));
};

const lines = (texts: readonly string[], x: number, top: number, lineHeight: number, size: number, fill: string, bold: boolean): string[] =>
  texts.map((t, i) => `<text x="${x.toFixed(1)}" y="${(top + size - 1 + i * lineHeight).toFixed(1)}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${xml(t)}</text>`);

/** The map's SVG: the smart city's band, then each dimension's column with its elements. */
export const dimensionMapSvg = (title: string, root: string, dimensions: readonly MapDimension[]): string => {
  const { width, rows, height } = mapColumns(dimensions);
  const { margin, gap, rootHeight } = DIMENSION_MAP;
  const inner = DIMENSION_MAP.width - margin * 2;
  const rootText = wrapWords(root, inner - 24, 1, (line) => textWidth(line, 18) * 1.1)[0] ?? '';
  const parts = [
    ...svgOpen(DIMENSION_MAP.width, height, title),
    `<rect x="${margin}" y="${margin}" width="${inner}" height="${rootHeight}" rx="8" fill="${DIAGRAM_PALETTE.primaryStrong}"/>`,
    `<text x="${DIMENSION_MAP.width / 2}" y="${margin + rootHeight / 2 + 6}" font-size="18" font-weight="bold" text-anchor="middle" fill="#ffffff">${xml(rootText)}</text>`,
  ];
  let top = margin + rootHeight + gap;
  rows.forEach((row, r) => {
    row.forEach((block, i) => {
      const left = margin + i * (width + gap);
      // The first row hangs from the band by a short stem.
      if (r === 0) parts.push(`<line x1="${(left + width / 2).toFixed(1)}" x2="${(left + width / 2).toFixed(1)}" y1="${top - gap}" y2="${top}" stroke="${block.colour}" stroke-width="3"/>`);
      const head = headHeight(block.head.length);
      parts.push(`<rect x="${left.toFixed(1)}" y="${top}" width="${width.toFixed(1)}" height="${head}" rx="6" fill="${block.colour}"/>`);
      parts.push(...lines(block.head, left + HEAD.padding, top + HEAD.padding - 2, HEAD.lineHeight, DIMENSION_MAP.headSize, '#ffffff', true));
      let y = top + head;
      for (const element of block.elements) {
        y += ELEMENT.gap;
        const h = elementHeight(element.length);
        parts.push(`<rect x="${left.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${h}" rx="4" fill="${DIAGRAM_PALETTE.primarySofter}" stroke="${DIAGRAM_PALETTE.border}" stroke-width="1"/>`);
        parts.push(`<rect x="${left.toFixed(1)}" y="${y}" width="${ELEMENT.stripe}" height="${h}" fill="${block.colour}"/>`);
        parts.push(...lines(element, left + ELEMENT.stripe + ELEMENT.padding, y + ELEMENT.padding - 2, ELEMENT.lineHeight, DIMENSION_MAP.elementSize, DIAGRAM_PALETTE.text, false));
        y += h;
      }
    });
    top += Math.max(...row.map((b) => b.height)) + gap + 4;
  });
  parts.push('</svg>');
  return parts.join('\n');
};
