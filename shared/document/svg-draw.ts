/**
 * What the diagrams drawn here as SVG share (the Gantt roadmap, the quick-win quadrant, the map of dimensions): the
 * app's palette, escaping, and text measured and wrapped by the room it takes in DejaVu Sans.
 */

/**
 * The app's palette for the diagrams drawn here as SVG (renderer/src/styles/base.css), so print and projector show
 * the app's colours rather than mermaid's lavender.
 */
export const DIAGRAM_PALETTE = {
  primary: '#0d5b70',
  primaryStrong: '#083a48',
  primarySoft: '#e3f0f3',
  primarySofter: '#f1f7f9',
  accent: '#c8811a',
  accentSoft: '#fbeed9',
  accentStrong: '#7a4a00',
  quiet: '#f6f7f8',
  text: '#17232e',
  muted: '#4f6070',
  border: '#cfd9e1',
  borderStrong: '#9fb1bf',
} as const;

export const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/** XML text: our SVG is built from strings, so every user text is escaped here. */
export const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How long a text is: its characters, unless a measure of its printed width is given. */
export type Measure = (text: string) => number;
const charCount: Measure = (text) => Array.from(text).length;

/** The text cut to fit `width` by `measure`, ending in "…" when cut. */
export const fitTo = (text: string, width: number, measure: Measure): string => {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  let keep = chars.length - 1;
  while (keep > 0 && measure(`${chars.slice(0, keep).join('').trimEnd()}…`) > width) keep -= 1;
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
};

/**
 * Words over at most `lines` lines of `width` (characters, or what `measure` gives); the last line ends in "…" when the
 * text is longer.
 */
export const wrapWords = (text: string, width: number, lines: number, measure: Measure = charCount): string[] => {
  const words = text.split(' ').filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    const current = out[out.length - 1];
    if (current !== undefined && measure(`${current} ${word}`) <= width) out[out.length - 1] = `${current} ${word}`;
    else out.push(fitTo(word, width, measure));
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = fitTo(`${out.slice(lines - 1).join(' ')}`, width, measure);
  return kept;
};

/*
 * Advance widths of DejaVu Sans (the diagrams' first font) in 1/2048 em, by kind of character: a name is wrapped by
 * the room it takes, so a line of lower-case words is not cut while there is room, nor one of capitals run into the bars.
 */
const NARROW = new Set(Array.from(" .,:;·'|!ilj"));
const SEMI = new Set(Array.from('frt-()/[]'));
const WIDE: Record<string, number> = { m: 1995, w: 1675, M: 1767, W: 2025, I: 604, J: 604, '…': 2048 };
const charUnits = (c: string): number =>
  NARROW.has(c) ? 620 : SEMI.has(c) ? 790 : (WIDE[c] ?? (/[a-z]/.test(c) ? 1260 : /[0-9]/.test(c) ? 1303 : 1450));

/** charUnits of U+0000–U+00FF, looked up by code (the names of a large Gantt are measured again and again as they are wrapped). */
const LATIN_UNITS = Uint16Array.from({ length: 0x100 }, (_, code) => charUnits(String.fromCharCode(code)));
const ELLIPSIS = 0x2026;

/** A text's printed width in px at `size` px, in DejaVu Sans (an estimate erring wide for letters outside a–z). */
export const textWidth = (text: string, size: number): number => {
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x100) units += LATIN_UNITS[code] ?? 1450;
    else {
      // Any other character, a surrogate pair counting once, as charUnits gives it.
      units += code === ELLIPSIS ? 2048 : 1450;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      }
    }
  }
  return (units * size) / 2048;
};


/** The opening of a drawn diagram: its size as a viewBox (pictures are sized from it), white behind, its title for screen readers. */
export const svgOpen = (width: number, height: number, title: string): string[] => [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" style="max-width: 1040px" font-family="${FONT}" role="img" aria-label="${xml(title)}">`,
  `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
];

/** A box in px: what a label, a point or a heading takes on a picture. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export const boxInside = (inner: Box, outer: Box): boolean => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
