import { FileChild, type IContext } from 'docx';
import { rawXml, xmlString, type Xml } from './xml-string';

/**
 * The body of the document written in one pass: a section's content goes to docx as ONE child, whose XML is the text
 * of all the section's blocks, written here (xml-string.ts) instead of as docx's object tree written by docx's
 * stringifier. docx still prepares each block in document order with the same context, so numbering instances,
 * hyperlink relationships, bookmarks and pictures are registered as before, and docx still makes the package: styles,
 * numbering, headers and footers, relationships, media, and the `{…}` placeholders of pictures, which it fills in
 * over the whole document text (lists written as text have their numbering's id written in place, list-xml.ts). A
 * unit test holds the result byte for byte to docx's own writing.
 */

/** A block that can write its own XML text (tables and plain paragraphs) rather than objects for docx to write. */
export interface WritesXmlText {
  xmlText(context: IContext): string;
  /** docx's own Paragraph for the same, where docx must see a Paragraph (the end of a section). */
  toParagraph?(): FileChild;
}

const writesXmlText = (child: unknown): child is WritesXmlText => typeof (child as Partial<WritesXmlText>).xmlText === 'function';

/** Several blocks of a section as one child of the body, written as text when docx prepares the body. */
class StreamedBlocks extends FileChild {
  constructor(private readonly blocks: readonly FileChild[]) {
    super('w:streamed');
  }

  override prepForXml(context: IContext): Xml {
    const parts: string[] = [];
    for (const block of this.blocks) {
      if (writesXmlText(block)) {
        parts.push(block.xmlText(context));
        continue;
      }
      const prepared = block.prepForXml(context);
      if (prepared) parts.push(xmlString(prepared));
    }
    return rawXml(parts.join(''));
  }
}

/**
 * A section's content for docx with every block but the last written as text in one child. The last block stays
 * docx's own, so docx ends the section in the same paragraph (or adds the same empty paragraph after a table) as it
 * would for the blocks given one by one.
 */
export const streamedSection = (blocks: readonly FileChild[]): FileChild[] => {
  const last = blocks[blocks.length - 1];
  if (!last) return [];
  const end = writesXmlText(last) && last.toParagraph ? last.toParagraph() : last;
  return blocks.length < 2 ? [end] : [new StreamedBlocks(blocks.slice(0, -1)), end];
};
