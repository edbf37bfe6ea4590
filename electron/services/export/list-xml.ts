import { FileChild, type IContext, type Paragraph } from 'docx';
import type { ListBlock } from '../../../shared/document';
import type { WriteContext } from './context';
import { listLineParagraph, listLines, type FlowOptions, type ListLine, type ListNumbering } from './flow';
import { hasNoHyperlink, runsXmlText } from './paragraph-xml';
import type { WritesXmlText } from './streamed-body';
import { escapeXml, xmlString } from './xml-string';

/**
 * List paragraphs written as XML text for the body written in one pass (streamed-body.ts), the same bytes docx's
 * Paragraph writes for them (a unit test holds the two together): the list's style, keep-with-next, page break,
 * number or bullet, right-to-left and indent, and the runs as paragraph-xml.ts writes them. A paragraph with a link is
 * left to docx's Paragraph, written in its place.
 *
 * The number's list is registered with docx's numbering as docx's Paragraph registers it when it is written (one
 * concrete list per reference and instance, numbered in the order they are first written), and its id is written
 * straight away, where docx writes a `{reference-instance}` placeholder that it replaces over the whole document.
 */

/** The ids of the concrete lists registered in a document's numbering, by docx's key (`reference-instance`). */
const numIdsOf = new WeakMap<object, Map<string, string>>();

/** The id of the paragraph's list in the document being written, registering the list as docx does. */
const numIdOf = (numbering: ListNumbering, context: IContext): string => {
  const file = context.file.Numbering;
  let ids = numIdsOf.get(file);
  if (!ids) {
    ids = new Map();
    numIdsOf.set(file, ids);
  }
  const instance = numbering.instance ?? 0;
  const key = `${numbering.reference}-${instance}`;
  let id = ids.get(key);
  if (id === undefined) {
    file.createConcreteNumberingInstance(numbering.reference, instance);
    const made = file.ConcreteNumbering.find((c) => c.reference === numbering.reference && c.instance === instance && c.restartedListId === undefined);
    // Without the list's definition docx registers nothing and leaves its placeholder as it is: so does this.
    if (!made) return `{${key}}`;
    id = String(made.numId);
    ids.set(key, id);
  }
  return id;
};

/** `w:pPr` of a list paragraph, in docx's order; numbered paragraphs without a style of their own are List Paragraph. */
const linePropertiesText = (line: ListLine, context: IContext): string => {
  let out = '<w:pPr>';
  if (line.numbering && !line.style) out += '<w:pStyle w:val="ListParagraph"/>';
  if (line.style) out += `<w:pStyle w:val="${escapeXml(line.style)}"/>`;
  if (line.keepNext) out += '<w:keepNext/>';
  if (line.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (line.numbering) out += `<w:numPr><w:ilvl w:val="${line.numbering.level}"/><w:numId w:val="${numIdOf(line.numbering, context)}"/></w:numPr>`;
  if (line.block.rtl) out += '<w:bidi/>';
  if (line.indent) out += line.indent.hanging === undefined ? `<w:ind w:left="${line.indent.left}"/>` : `<w:ind w:left="${line.indent.left}" w:hanging="${line.indent.hanging}"/>`;
  return `${out}</w:pPr>`;
};

/** A list paragraph as XML text: written here without a link, by docx's Paragraph with one. */
const lineXmlText = (line: ListLine, context: IContext): string => {
  if (!hasNoHyperlink(line.block)) {
    const prepared = listLineParagraph(line).prepForXml(context);
    return prepared ? xmlString(prepared) : '';
  }
  return `<w:p>${linePropertiesText(line, context)}${runsXmlText(line.block.inlines, line.block.rtl === true)}</w:p>`;
};

/** A list's paragraphs as XML text (lists in table cells). */
export const listXmlText = (list: ListBlock, ctx: WriteContext, options: FlowOptions, context: IContext): string => {
  let out = '';
  for (const line of listLines(list, ctx, options)) out += lineXmlText(line, context);
  return out;
};

/**
 * A list paragraph of the body that writes its own XML text; docx's Paragraph for the same where docx must see one
 * (the end of a section).
 */
class TextListParagraph extends FileChild implements WritesXmlText {
  constructor(private readonly line: ListLine) {
    super('w:p');
  }

  override prepForXml(context: IContext) {
    return listLineParagraph(this.line).prepForXml(context);
  }

  xmlText(context: IContext): string {
    return lineXmlText(this.line, context);
  }

  toParagraph(): Paragraph {
    return listLineParagraph(this.line);
  }
}

/** A body list as paragraphs that write their own XML text (streamed-body.ts). */
export const textListParagraphs = (list: ListBlock, ctx: WriteContext, options: FlowOptions): FileChild[] => listLines(list, ctx, options).map((line) => new TextListParagraph(line));
