import type { Inline, ParagraphBlock, ParagraphStyle } from './model';

/**
 * Characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return,
 * lone surrogates, and U+FFFE/U+FFFF. Text pasted from PDFs and spreadsheets brings them in.
 */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Whether the text may need cleaning: a control character other than tab and line feed (carriage returns included),
 * a surrogate (paired or not) or U+FFFE/U+FFFF. One simple character class, so clean text (nearly all of it) is
 * returned as it is without running the replacements below, which cost most of the writer's per-paragraph time.
 */
// eslint-disable-next-line no-control-regex
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text that any XML part can hold: illegal characters removed, line endings normalised to \n. */
export const cleanText = (text: string): string => (MAY_NEED_CLEANING.test(text) ? text.replace(XML_ILLEGAL, '').replace(/\r\n?/g, '\n') : text);

/** Cleaned text on one line: tabs and line breaks become spaces, runs of spaces collapse. */
export const cleanLine = (text: string): string => cleanText(text).replace(/\s+/g, ' ').trim();

/** Inlines for plain text; each line break becomes a break inline. */
export const textInlines = (text: string, marks: Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'> = {}): Inline[] => {
  const lines = cleanText(text).split('\n');
  const inlines: Inline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) inlines.push({ kind: 'break' });
    if (line !== '') inlines.push({ kind: 'text', text: line, ...marks });
  });
  return inlines;
};

export const paragraph = (text: string, style: ParagraphStyle = 'body', align?: ParagraphBlock['align']): ParagraphBlock => ({
  kind: 'paragraph',
  inlines: textInlines(text),
  style,
  ...(align ? { align } : {}),
});

export const paragraphOf = (inlines: Inline[], style: ParagraphStyle = 'body', align?: ParagraphBlock['align']): ParagraphBlock => ({
  kind: 'paragraph',
  inlines,
  style,
  ...(align ? { align } : {}),
});

/** Paragraphs for multi-paragraph plain text: blank lines separate paragraphs, single line breaks stay breaks. */
export const paragraphsFromText = (text: string): ParagraphBlock[] =>
  cleanText(text)
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => paragraph(chunk));

export const isBlank = (text: string | null | undefined): boolean => text === null || text === undefined || cleanText(text).trim() === '';
