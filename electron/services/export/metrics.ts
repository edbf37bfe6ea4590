/**
 * How wide text is and how many lines it takes, for the page estimate (page-estimate.ts).
 *
 * Widths are Arial's, in thousandths of an em, as Liberation Sans (metrically the same font, what LibreOffice uses
 * for Arial where Arial is not installed) and Liberation Mono (for Courier New) give them. Line heights follow the
 * fonts' ascent, descent and line gap (Arial: 1.15 em), as Word and LibreOffice use them.
 */

/** Arial, U+0020–U+007E. */
const REGULAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Arial Bold, U+0020–U+007E. */
const BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Arial, U+00A0–U+00FF. */
const REGULAR_LATIN1 = [
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611,
  667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500,
];
/** Arial Bold, U+00A0–U+00FF. */
const BOLD_LATIN1 = [
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834, 611,
  722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556,
];
/** Courier New: every character as wide. */
const MONO_WIDTH = 600;

/** Line height of the font at single spacing, per point of type size: Arial (ascent + descent + line gap) and Courier New. */
const SANS_LINE = 2355 / 2048;
const MONO_LINE = 2320 / 2048;

export interface FontLook {
  /** Type size in points. */
  size: number;
  bold?: boolean;
  mono?: boolean;
}

/** Punctuation beyond Latin-1, regular and bold: – — ‘ ’ “ ” • … */
const SPECIAL = new Map<number, readonly [number, number]>([
  [0x2013, [556, 556]],
  [0x2014, [1000, 1000]],
  [0x2018, [222, 278]],
  [0x2019, [222, 278]],
  [0x201c, [333, 500]],
  [0x201d, [333, 500]],
  [0x2022, [350, 350]],
  [0x2026, [1000, 1000]],
]);

const isZeroWidth = (code: number): boolean =>
  (code >= 0x0300 && code <= 0x036f) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff || (code >= 0xfe00 && code <= 0xfe0f);

/** Width of one character in thousandths of an em. Characters Arial does not have take the width of a wide glyph. */
export const charWidth = (code: number, bold: boolean): number => {
  if (code >= 0x20 && code < 0x7f) return (bold ? BOLD_ASCII : REGULAR_ASCII)[code - 0x20] ?? 556;
  if (code >= 0xa0 && code <= 0xff) return (bold ? BOLD_LATIN1 : REGULAR_LATIN1)[code - 0xa0] ?? 556;
  if (isZeroWidth(code)) return 0;
  const special = SPECIAL.get(code);
  if (special) return bold ? special[1] : special[0];
  // Scripts Arial lacks (CJK, emoji) come from a fallback font, about an em wide.
  return code >= 0x2e80 ? 1000 : 556;
};

/** Widths of U+0000–U+00FF, regular and bold, for the common case without a lookup of its own. */
const LATIN = [false, true].map((bold) => Uint16Array.from({ length: 0x100 }, (_, code) => (code < 0x20 ? 0 : charWidth(code, bold))));
const LATIN_REGULAR = LATIN[0] ?? new Uint16Array(0x100);
const LATIN_BOLD = LATIN[1] ?? new Uint16Array(0x100);

/**
 * Height of a line in twips: the font's single line, rounded to twips as word processors keep it, spaced by `line` / 240.
 * LibreOffice keeps wider spacing as a whole percentage (w:line 260 is 108 %, not 108.3 %) and adds that share of the
 * font's height in whole twips: 11 pt at 260 is 253 + 20 = 273 twips, 14 pt at 300 is 322 + 80 = 402.
 */
export const lineHeight = (look: FontLook, line: number): number => {
  const single = Math.round(look.size * 20 * (look.mono ? MONO_LINE : SANS_LINE));
  if (line < 240) return Math.round((single * line) / 240);
  return single + Math.floor(((Math.floor((line * 100) / 240) - 100) * single) / 100);
};

/** A piece of a paragraph: text in one look, or a line break. */
export type TextPiece = { text: string; look: FontLook } | { lineBreak: true };

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
/**
 * Whether a line may break after this character, as Unicode line breaking (and LibreOffice) allows: after a dash or a
 * zero-width space, after a hyphen unless a digit follows ("SG-SV-01" breaks before "SV", not before "01"); not after
 * a slash.
 */
const breaksAfter = (code: number, next: number): boolean => code === 0x2013 || code === 0x2014 || code === 0x200b || (code === 0x2d && !isDigit(next));

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Characters no line may start with, even after spaces (Unicode line breaking rule LB13): / ) ] } ! ? ; , . : */
const NO_BREAK_BEFORE = new Set([0x2f, 0x29, 0x5d, 0x7d, 0x21, 0x3f, 0x3b, 0x2c, 0x2e, 0x3a]);

/** Whether the spaces at `at` are followed by a character no line may start with. */
const gluedToNext = (text: string, at: number): boolean => {
  let next = at + 1;
  while (next < text.length && text.charCodeAt(next) === SPACE) next += 1;
  return NO_BREAK_BEFORE.has(text.charCodeAt(next));
};

/**
 * Counts the lines a paragraph's text takes in `width` twips, breaking greedily between words as word processors do.
 * A word wider than the line is broken where it reaches the end. Linear in the length of the text.
 */
export const countLines = (pieces: readonly TextPiece[], width: number): number => {
  const room = Math.max(1, width) * 1000;
  let lines = 1;
  // Widths in thousandths of a twip × (points ÷ 20): kept as units × size × 20 to stay integral.
  let line = 0; // the line up to the end of its last whole word
  let spaces = 0; // spaces after that word
  let word = 0; // the word being read
  const commit = (): void => {
    if (word === 0) return;
    if (line > 0 && line + spaces + word > room) {
      lines += 1;
      line = 0;
      spaces = 0;
    }
    if (line === 0 && word > room) {
      const extra = Math.ceil(word / room) - 1;
      lines += extra;
      word -= extra * room;
    }
    line += spaces + word;
    spaces = 0;
    word = 0;
  };
  for (const piece of pieces) {
    if ('lineBreak' in piece) {
      commit();
      lines += 1;
      line = 0;
      spaces = 0;
      continue;
    }
    const { text, look } = piece;
    const scale = look.size * 20;
    const mono = look.mono === true;
    const bold = look.bold === true;
    const latin = bold ? LATIN_BOLD : LATIN_REGULAR;
    let wordStart = 0;
    for (let i = 0; i < text.length; i += 1) {
      let code = text.charCodeAt(i);
      if (code === SPACE || code === TAB || code === NEWLINE) {
        const space = (mono ? MONO_WIDTH : 278) * scale;
        // No break before a slash or closing punctuation, even after spaces ("pendukung / mitra"), and "Rp" stays on
        // the line of its amount (runText joins them with a no-break space).
        if (gluedToNext(text, i) || (i - wordStart === 2 && text.startsWith('Rp', wordStart) && isDigit(text.charCodeAt(i + 1)))) {
          word += space;
          continue;
        }
        commit();
        spaces += space;
        wordStart = i + 1;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        code = text.codePointAt(i) ?? code;
        i += 1;
      }
      word += (mono ? (isZeroWidth(code) ? 0 : MONO_WIDTH) : code < 0x100 ? (latin[code] ?? 0) : charWidth(code, bold)) * scale;
      if ((code === 0x2d || code > 0x2000) && breaksAfter(code, text.charCodeAt(i + 1))) {
        commit();
        wordStart = i + 1;
      }
    }
  }
  commit();
  return lines;
};

/** Width of text in one look, in twips. */
export const textWidth = (text: string, look: FontLook): number => {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? SPACE;
    units += look.mono ? MONO_WIDTH : charWidth(code, look.bold === true);
  }
  return (units * look.size * 20) / 1000;
};
