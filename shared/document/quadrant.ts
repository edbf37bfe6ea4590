import { DIAGRAM_PALETTE, boxInside, boxesOverlap, svgOpen, textWidth, xml, type Box } from './svg-draw';

/**
 * The quick-win impact-versus-effort chart, drawn as our own SVG (as the Gantt roadmap is): mermaid's quadrant chart
 * put every label under its point, so a point near the left border lost half its label to the border, and labels
 * could sit on the quadrant names. Here each label takes the first free side of its point (right, left, below, above)
 * that lies inside its quarter, else inside the plot, so a point at an edge gets its label on the inner side, clear of
 * every other label, point and quadrant name; a point whose sides are all taken moves a little, never out of its quarter.
 */

/** The chart's geometry in CSS pixels: 680 wide like the Gantt, so 13 px labels print at about 8.5 pt on a portrait page. */
export const QUADRANT = { width: 680, height: 586, plot: { left: 58, right: 666, top: 48, bottom: 548 }, dot: 6, labelSize: 13, nameSize: 15 } as const;

const LABEL_HEIGHT = 16;
/** Space kept between a label and the plot's border or the midlines' crossing. */
const INSET = 3;

/** A point where the scores put it, in px, and the box (its quarter) its dot must stay in. */
export interface WantedPoint {
  label: string;
  x: number;
  y: number;
  within: Box;
}

export interface PlacedPoint {
  label: string;
  /** The dot's centre. */
  x: number;
  y: number;
  /** Where the label's text starts (its baseline) and how it is anchored. */
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** What the label takes. */
  box: Box;
}

const dotBox = (x: number, y: number): Box => ({ left: x - QUADRANT.dot - 1, right: x + QUADRANT.dot + 1, top: y - QUADRANT.dot - 1, bottom: y + QUADRANT.dot + 1 });

/** The four places of a label around a dot at (x, y), in the order they are tried: beside it reads best (dots with the same scores then stack as a list). */
const labelPlaces = (x: number, y: number, width: number): Array<Pick<PlacedPoint, 'text' | 'box'>> => {
  const r = QUADRANT.dot;
  const half = width / 2;
  // The text's baseline sits 12 px under the top of its 16 px box.
  return [
    { text: { x: x + r + 4, y: y + 4.5, anchor: 'start' }, box: { left: x + r + 3, right: x + r + 4 + width, top: y - LABEL_HEIGHT / 2, bottom: y + LABEL_HEIGHT / 2 } },
    { text: { x: x - r - 4, y: y + 4.5, anchor: 'end' }, box: { left: x - r - 4 - width, right: x - r - 3, top: y - LABEL_HEIGHT / 2, bottom: y + LABEL_HEIGHT / 2 } },
    { text: { x, y: y + r + 14, anchor: 'middle' }, box: { left: x - half, right: x + half, top: y + r + 2, bottom: y + r + 2 + LABEL_HEIGHT } },
    { text: { x, y: y - r - 6, anchor: 'middle' }, box: { left: x - half, right: x + half, top: y - r - 2 - LABEL_HEIGHT, bottom: y - r - 2 } },
  ];
};

/** Moves tried for a dot whose label finds no place: none first, then rings of small steps (down, up, right, left, the diagonals). */
const MOVES: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  ...Array.from({ length: 30 }, (_, i) => {
    const dx = 14 * (i + 1);
    const dy = 12 * (i + 1);
    return [[0, dy], [0, -dy], [dx, 0], [-dx, 0], [dx, dy], [-dx, -dy], [dx, -dy], [-dx, dy]] as Array<readonly [number, number]>;
  }).flat(),
];

/**
 * Places each point's dot and label in turn. The label takes the first side of the dot (right, left, below, above) that
 * overlaps no label, dot or `reserved` box (the quadrant names) placed before it and lies inside the dot's quarter, or
 * failing that inside `plot`; when no side is free, the dot moves by the smallest step that frees one, staying 10 px
 * inside its `within` box. Always the same result for the same points. Positions in px; `measure` gives a label's width.
 */
export const placePoints = (points: readonly WantedPoint[], plot: Box, reserved: readonly Box[], measure: (label: string) => number = (label) => textWidth(label, QUADRANT.labelSize)): PlacedPoint[] => {
  const taken: Box[] = [...reserved];
  const inner: Box = { left: plot.left + INSET, right: plot.right - INSET, top: plot.top + INSET, bottom: plot.bottom - INSET };
  const placed: PlacedPoint[] = [];
  for (const point of points) {
    const width = Math.ceil(measure(point.label)) + 2;
    // Dots keep 10 px from their quarter's borders.
    const margin = QUADRANT.dot + 4;
    const clampX = (x: number): number => Math.min(point.within.right - margin, Math.max(point.within.left + margin, x));
    const clampY = (y: number): number => Math.min(point.within.bottom - margin, Math.max(point.within.top + margin, y));
    // The label inside the dot's own quarter if it can be, so it is not read as the next quarter's; else inside the plot.
    const quarter: Box = { left: Math.max(inner.left, point.within.left + INSET), right: Math.min(inner.right, point.within.right - INSET), top: Math.max(inner.top, point.within.top + INSET), bottom: Math.min(inner.bottom, point.within.bottom - INSET) };
    // A dot moved misreads its scores, a label over the midline only looks untidy: each step tries both before the next.
    let chosen: PlacedPoint | null = null;
    search: for (const [dx, dy] of MOVES) {
      const x = clampX(point.x + dx);
      const y = clampY(point.y + dy);
      const dot = dotBox(x, y);
      if (taken.some((box) => boxesOverlap(box, dot))) continue;
      const places = labelPlaces(x, y, width).filter(({ box }) => !taken.some((other) => boxesOverlap(other, box)));
      for (const area of [quarter, inner]) {
        const place = places.find(({ box }) => boxInside(box, area));
        if (place) {
          chosen = { label: point.label, x, y, ...place };
          break search;
        }
      }
    }
    // Only when the plot is full: where the scores put it, its label below (or inside the plot, whichever side).
    if (!chosen) {
      const x = clampX(point.x);
      const y = clampY(point.y);
      const places = labelPlaces(x, y, width);
      chosen = { label: point.label, x, y, ...(places.find(({ box }) => boxInside(box, inner)) ?? places[0]!) };
    }
    placed.push(chosen);
    taken.push(dotBox(chosen.x, chosen.y), chosen.box);
  }
  return placed;
};

/** A quarter of the chart: where it lies (left or right, top or bottom), its name and colours. */
interface Quarter {
  name: string;
  right: boolean;
  bottom: boolean;
  fill: string;
  ink: string;
}

/** Mermaid's order and the app's colours: the quick-win quarter (top left, little effort, high impact) in the accent. */
const QUARTERS: readonly Quarter[] = [
  { name: 'Quick win', right: false, bottom: false, fill: DIAGRAM_PALETTE.accentSoft, ink: DIAGRAM_PALETTE.accentStrong },
  { name: 'Program strategis', right: true, bottom: false, fill: DIAGRAM_PALETTE.primarySoft, ink: DIAGRAM_PALETTE.primaryStrong },
  { name: 'Pelengkap', right: false, bottom: true, fill: DIAGRAM_PALETTE.primarySofter, ink: DIAGRAM_PALETTE.muted },
  { name: 'Tinjau ulang', right: true, bottom: true, fill: DIAGRAM_PALETTE.quiet, ink: DIAGRAM_PALETTE.muted },
];

/** A candidate on the chart: its label and its place on both scales (0–1; impact ≥ 0.5 is high, effort < 0.5 low). */
export interface QuadrantEntry {
  label: string;
  effort: number;
  impact: number;
}

const { plot } = QUADRANT;
const midX = (plot.left + plot.right) / 2;
const midY = (plot.top + plot.bottom) / 2;
const quarterBox = (right: boolean, bottom: boolean): Box => ({
  left: right ? midX : plot.left,
  right: right ? plot.right : midX,
  top: bottom ? midY : plot.top,
  bottom: bottom ? plot.bottom : midY,
});
/** Room kept on either side of a quarter's name, so no label reads on into it ("SG-SV-01 Quick win" at 4 px). */
const NAME_ROOM = 14;

/** A quarter's name, centred at its top, and the box it takes. */
const nameOf = (quarter: Quarter): { x: number; y: number; box: Box } => {
  const area = quarterBox(quarter.right, quarter.bottom);
  const x = (area.left + area.right) / 2;
  const half = (textWidth(quarter.name, QUADRANT.nameSize) * 1.12) / 2 + NAME_ROOM;
  return { x, y: area.top + 22, box: { left: x - half, right: x + half, top: area.top + 4, bottom: area.top + 30 } };
};

/** Where the scores put a candidate, in px: the scales' ends kept 5 % inside the plot. */
export const wantedPoint = ({ label, effort, impact }: QuadrantEntry): WantedPoint => {
  const width = plot.right - plot.left;
  const height = plot.bottom - plot.top;
  return {
    label,
    x: plot.left + (0.05 + 0.9 * effort) * width,
    y: plot.bottom - (0.05 + 0.9 * impact) * height,
    within: quarterBox(effort >= 0.5, impact < 0.5),
  };
};

const text = (x: number, y: number, size: number, fill: string, content: string, extra = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" fill="${fill}"${extra}>${xml(content)}</text>`;

/** The chart's SVG: four tinted quarters with their names, the axes' words, and each candidate's dot and label. */
export const quadrantSvg = (title: string, entries: readonly QuadrantEntry[]): string => {
  const names = QUARTERS.map(nameOf);
  const points = placePoints(entries.map(wantedPoint), plot, names.map((n) => n.box));
  const parts = [...svgOpen(QUADRANT.width, QUADRANT.height, title), text(QUADRANT.width / 2, 28, 18, DIAGRAM_PALETTE.text, title, ' font-weight="bold" text-anchor="middle"')];
  QUARTERS.forEach((quarter, i) => {
    const area = quarterBox(quarter.right, quarter.bottom);
    parts.push(`<rect x="${area.left}" y="${area.top}" width="${area.right - area.left}" height="${area.bottom - area.top}" fill="${quarter.fill}"/>`);
    const name = names[i]!;
    parts.push(text(name.x, name.y, QUADRANT.nameSize, quarter.ink, quarter.name, ' font-weight="bold" text-anchor="middle"'));
  });
  parts.push(
    `<line x1="${midX}" x2="${midX}" y1="${plot.top}" y2="${plot.bottom}" stroke="${DIAGRAM_PALETTE.borderStrong}" stroke-width="1"/>`,
    `<line x1="${plot.left}" x2="${plot.right}" y1="${midY}" y2="${midY}" stroke="${DIAGRAM_PALETTE.borderStrong}" stroke-width="1"/>`,
    `<rect x="${plot.left}" y="${plot.top}" width="${plot.right - plot.left}" height="${plot.bottom - plot.top}" fill="none" stroke="${DIAGRAM_PALETTE.borderStrong}" stroke-width="1.5"/>`,
  );
  // The axes' words: effort under the plot, impact rotated along its left side.
  const below = plot.bottom + 24;
  parts.push(text((plot.left + midX) / 2, below, 14, DIAGRAM_PALETTE.text, 'Upaya rendah', ' text-anchor="middle"'));
  parts.push(text((midX + plot.right) / 2, below, 14, DIAGRAM_PALETTE.text, 'Upaya tinggi', ' text-anchor="middle"'));
  for (const [word, y] of [['Dampak tinggi', (plot.top + midY) / 2], ['Dampak rendah', (midY + plot.bottom) / 2]] as const) {
    parts.push(text(plot.left - 16, y, 14, DIAGRAM_PALETTE.text, word, ` text-anchor="middle" transform="rotate(-90 ${(plot.left - 16).toFixed(1)} ${y.toFixed(1)})"`));
  }
  for (const point of points) {
    parts.push(`<circle cx="${point.x.toFixed(1)}" cy="${point.y.toFixed(1)}" r="${QUADRANT.dot}" fill="${DIAGRAM_PALETTE.primary}" stroke="#ffffff" stroke-width="1.5"/>`);
    parts.push(text(point.text.x, point.text.y, QUADRANT.labelSize, DIAGRAM_PALETTE.text, point.label, ` text-anchor="${point.text.anchor}"`));
  }
  parts.push('</svg>');
  return parts.join('\n');
};
