import type { IXmlableObject } from 'docx';
import type { Inline, ParagraphBlock } from '../../../shared/document';
import { isSafeLink, runText } from './inline';
import { MONO_FONT } from './styles';
import { escapeXml, xmlString } from './xml-string';

/**
 * Paragraphs of table cells written straight as the objects docx serialises (`{ "w:p": [...] }`), element for element
 * what docx's Paragraph and TextRun write for them (a unit test holds the two together). The program matrix of a large
 * workshop has tens of thousands of cells; built through docx's classes, their paragraphs were most of the export's
 * time and memory. Identical properties are shared between paragraphs: docx only reads these objects.
 *
 * Only plain paragraphs take this way: text with bold, italic, underline, strike and code marks, and line breaks.
 * A paragraph with a link (a relationship to add) is left to docx.
 */

export type Xml = IXmlableObject;

const EMPTY = Object.freeze({});
const PRESERVE = Object.freeze({ _attr: Object.freeze({ 'xml:space': 'preserve' }) });
const LINE_BREAK: Xml = Object.freeze({ 'w:r': Object.freeze([Object.freeze({ 'w:br': EMPTY })]) });

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/** Whether the paragraph has no link docx writes as a hyperlink (which adds a relationship). */
export const hasNoHyperlink = (block: ParagraphBlock): boolean => block.inlines.every((i) => i.kind === 'break' || !i.link || !isSafeLink(i.link));

/** Whether the paragraph is written here rather than by docx (a right-to-left paragraph is left to docx too). */
export const isPlainParagraph = (block: ParagraphBlock): boolean => block.rtl !== true && hasNoHyperlink(block);

/** The shared `w:pPr` of each look: by style, then by keep-with-next and alignment (ALIGN_INDEX), without building a key. */
const propertiesCache = new Map<string, Array<Xml | undefined>>();
const ALIGN_INDEX = { left: 1, center: 2, right: 3, justify: 4 } as const;

/** `w:pPr` with the style, keep-with-next and alignment, in the order of the schema (shared). */
const paragraphProperties = (style: string | undefined, keepNext: boolean, align: ParagraphBlock['align']): Xml | null => {
  if (!style && !keepNext && !align) return null;
  let looks = propertiesCache.get(style ?? '');
  if (!looks) {
    looks = [];
    propertiesCache.set(style ?? '', looks);
  }
  const index = (keepNext ? 5 : 0) + (align ? ALIGN_INDEX[align] : 0);
  let properties = looks[index];
  if (!properties) {
    const children: Xml[] = [];
    if (style) children.push({ 'w:pStyle': { _attr: { 'w:val': style } } });
    if (keepNext) children.push({ 'w:keepNext': EMPTY });
    if (align) children.push({ 'w:jc': { _attr: { 'w:val': JC[align] } } });
    properties = Object.freeze({ 'w:pPr': Object.freeze(children) });
    looks[index] = properties;
  }
  return properties;
};

const runPropertiesCache = new Map<number, Xml | null>();

type TextInline = Extract<Inline, { kind: 'text' }>;

/** `w:rPr` for the marks of a run (and `w:rtl` in a right-to-left paragraph), in the order of the schema (shared); null without any. */
const runProperties = (inline: TextInline, rtl = false): Xml | null => {
  const key = (inline.code ? 1 : 0) | (inline.bold ? 2 : 0) | (inline.italic ? 4 : 0) | (inline.strike ? 8 : 0) | (inline.underline ? 16 : 0) | (rtl ? 32 : 0);
  if (key === 0) return null;
  let properties = runPropertiesCache.get(key);
  if (properties === undefined) {
    const children: Xml[] = [];
    if (inline.code) children.push({ 'w:rFonts': { _attr: { 'w:ascii': MONO_FONT, 'w:cs': MONO_FONT, 'w:eastAsia': MONO_FONT, 'w:hAnsi': MONO_FONT } } });
    if (inline.bold) children.push({ 'w:b': EMPTY }, { 'w:bCs': EMPTY });
    if (inline.italic) children.push({ 'w:i': EMPTY }, { 'w:iCs': EMPTY });
    if (inline.strike) children.push({ 'w:strike': EMPTY });
    if (inline.underline) children.push({ 'w:u': { _attr: { 'w:val': 'single' } } });
    if (rtl) children.push({ 'w:rtl': EMPTY });
    properties = Object.freeze({ 'w:rPr': Object.freeze(children) });
    runPropertiesCache.set(key, properties);
  }
  return properties;
};

const TAB: Xml = Object.freeze({ 'w:tab': EMPTY });

/** The run's text, a TAB as `w:tab` between pieces of text (as docx writes a Tab child). */
const runContent = (text: string): Xml[] => {
  if (!text.includes('\t')) return [{ 'w:t': [PRESERVE, runText(text)] }];
  const out: Xml[] = [];
  text.split('\t').forEach((piece, index) => {
    if (index > 0) out.push(TAB);
    if (piece !== '') out.push({ 'w:t': [PRESERVE, runText(piece)] });
  });
  return out;
};

const textRun = (inline: TextInline): Xml => {
  const content = runContent(inline.text);
  const properties = runProperties(inline);
  return { 'w:r': properties ? [properties, ...content] : content };
};

export interface ParagraphLookOptions {
  style?: string | undefined;
  keepNext?: boolean;
  align?: ParagraphBlock['align'];
}

/** A plain paragraph (see isPlainParagraph) as docx would write it. */
export const paragraphXml = (inlines: readonly Inline[], options: ParagraphLookOptions): Xml => {
  const children: Xml[] = [];
  const properties = paragraphProperties(options.style, options.keepNext === true, options.align);
  if (properties) children.push(properties);
  for (const inline of inlines) {
    if (inline.kind === 'break') children.push(LINE_BREAK);
    else if (inline.text !== '') children.push(textRun(inline));
  }
  return { 'w:p': children.length > 0 ? children : EMPTY };
};

const propertiesTextCache = new Map<Xml, string>();

/** The XML text of shared properties (`w:pPr`, `w:rPr`), written once. */
const propertiesText = (properties: Xml | null): string => {
  if (!properties) return '';
  let text = propertiesTextCache.get(properties);
  if (text === undefined) {
    text = xmlString(properties);
    propertiesTextCache.set(properties, text);
  }
  return text;
};

const T_START = '<w:t xml:space="preserve">';

const runContentText = (text: string): string => {
  if (!text.includes('\t')) return `${T_START}${escapeXml(runText(text))}</w:t>`;
  let out = '';
  text.split('\t').forEach((piece, index) => {
    if (index > 0) out += '<w:tab/>';
    if (piece !== '') out += `${T_START}${escapeXml(runText(piece))}</w:t>`;
  });
  return out;
};

/**
 * The runs of a paragraph without links as XML text, as docx's TextRuns write them (runsOf); in a right-to-left
 * paragraph each text run is marked `w:rtl` (a line break is not).
 */
export const runsXmlText = (inlines: readonly Inline[], rtl = false): string => {
  let body = '';
  for (const inline of inlines) {
    if (inline.kind === 'break') body += '<w:r><w:br/></w:r>';
    else if (inline.text !== '') body += `<w:r>${propertiesText(runProperties(inline, rtl))}${runContentText(inline.text)}</w:r>`;
  }
  return body;
};

/** paragraphXml's paragraph as XML text, the same bytes docx writes for its objects (one pass, no objects). */
export const paragraphXmlText = (inlines: readonly Inline[], options: ParagraphLookOptions): string => {
  const body = propertiesText(paragraphProperties(options.style, options.keepNext === true, options.align)) + runsXmlText(inlines);
  return body === '' ? '<w:p/>' : `<w:p>${body}</w:p>`;
};
