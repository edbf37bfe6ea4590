import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { cleanText, type Inline } from '../../../shared/document';
import { MONO_FONT } from './styles';

/** User text as Word can hold it: no XML-illegal characters, no raw line breaks. For links and properties. */
export const xmlText = (text: string): string => {
  const clean = cleanText(text);
  return clean.includes('\n') ? clean.replace(/\n/g, ' ') : clean;
};

const LONG_WORD_CHARS = 40;
const LONG_WORD = /[^\s\u200B]{40,}/gu;
const WORD_PIECE = 30;

/** Whether a character is white space to a regular expression's \s (or U+200B, which LONG_WORD also stops at). */
const isSpaceOrBreak = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code > 0x7f &&
    (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));

/**
 * Whether the text has a "word" of LONG_WORD_CHARS characters or more, by one scan of its char codes (an upper
 * bound: a surrogate pair counts as two), so LONG_WORD runs only on the few texts that may have one.
 */
const mayHaveLongWord = (text: string): boolean => {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isSpaceOrBreak(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_WORD_CHARS) return true;
  }
  return false;
};

/**
 * Text for a run: as xmlText, with an invisible break opportunity (U+200B) every 30 characters inside "words" of
 * 40 characters or more (pasted URLs, codes, garbage). Word would break them anywhere at the line end anyway; the
 * break opportunities spare word processors laying out a line-long word character by character.
 */
export const runText = (text: string): string => {
  let out = xmlText(text);
  // "Rp" stays on the line of its amount.
  if (out.includes('Rp ')) out = out.replace(/\bRp (?=\d)/g, 'Rp\u00A0');
  if (out.length < LONG_WORD_CHARS || !mayHaveLongWord(out)) return out;
  return out.replace(LONG_WORD, (word) => {
    const chars = Array.from(word);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += WORD_PIECE) pieces.push(chars.slice(i, i + WORD_PIECE).join(''));
    return pieces.join('\u200B');
  });
};

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s"<>]+$/i;

/** Whether a link may be written as a hyperlink (web and mail addresses only). */
export const isSafeLink = (link: string): boolean => SAFE_LINK.test(link.trim());

export interface RunLook {
  size?: number;
  bold?: boolean;
  color?: string;
  /** Runs of a right-to-left paragraph (`w:rtl`). */
  rtl?: boolean;
}

/** A run's text and tabs: each TAB is a `w:tab` between the pieces of text, never a raw tab inside `w:t`. */
export const runPieces = (text: string): Array<string | Tab> => {
  if (!text.includes('\t')) return [runText(text)];
  const out: Array<string | Tab> = [];
  text.split('\t').forEach((piece, index) => {
    if (index > 0) out.push(new Tab());
    if (piece !== '') out.push(runText(piece));
  });
  return out;
};

const textRun = (inline: Extract<Inline, { kind: 'text' }>, look: RunLook, style?: string): TextRun =>
  new TextRun({
    ...(inline.text.includes('\t') ? { children: runPieces(inline.text) } : { text: runText(inline.text) }),
    ...(inline.bold || look.bold ? { bold: true } : {}),
    ...(inline.italic ? { italics: true } : {}),
    ...(inline.underline ? { underline: {} } : {}),
    ...(inline.strike ? { strike: true } : {}),
    ...(inline.code ? { font: MONO_FONT } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.color ? { color: look.color } : {}),
    ...(look.rtl ? { rightToLeft: true } : {}),
    ...(style ? { style } : {}),
  });

/** Runs for inlines: marks become run formatting, safe links become hyperlinks, breaks become line breaks. */
export const runsOf = (inlines: readonly Inline[], look: RunLook = {}): ParagraphChild[] =>
  inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.kind === 'break') return [new TextRun({ break: 1 })];
    if (inline.text === '') return [];
    const link = inline.link?.trim();
    if (link && isSafeLink(link)) {
      return [new ExternalHyperlink({ link: xmlText(link), children: [textRun(inline, look, 'Hyperlink')] })];
    }
    return [textRun(inline, look)];
  });

export const plainRun = (text: string, look: RunLook & { italics?: boolean } = {}): TextRun => {
  const { rtl, ...rest } = look;
  return new TextRun({ ...(text.includes('\t') ? { children: runPieces(text) } : { text: runText(text) }), ...rest, ...(rtl ? { rightToLeft: true } : {}) });
};
