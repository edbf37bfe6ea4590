import type { ReactNode } from 'react';
import type { Inline, ListBlock, ParagraphBlock } from '../../../../shared/document';

/** One piece of text with its marks. Links are shown, not followed: the preview is a picture of the document. */
const InlineText = ({ inline }: { inline: Extract<Inline, { kind: 'text' }> }) => {
  let node: ReactNode = inline.text;
  if (inline.code) node = <code>{node}</code>;
  if (inline.strike) node = <s>{node}</s>;
  if (inline.underline) node = <u>{node}</u>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  if (inline.link) node = <span className="doc-link" title={inline.link}>{node}</span>;
  return <>{node}</>;
};

export const Inlines = ({ inlines }: { inlines: readonly Inline[] }) => (
  <>{inlines.map((inline, i) => (inline.kind === 'break' ? <br key={i} /> : <InlineText key={i} inline={inline} />))}</>
);

export const Paragraph = ({ block }: { block: ParagraphBlock }) => {
  const style = block.style ?? 'body';
  const align = block.align && block.align !== 'left' ? ` align-${block.align}` : '';
  if (style === 'code') {
    return (
      <pre className="doc-code">
        <Inlines inlines={block.inlines} />
      </pre>
    );
  }
  return (
    <p className={`doc-p doc-${style}${align}`}>
      <Inlines inlines={block.inlines} />
    </p>
  );
};

export const List = ({ block }: { block: ListBlock }) => {
  const Tag = block.ordered ? 'ol' : 'ul';
  return (
    <Tag className="doc-list">
      {block.items.map((item, i) => (
        <li key={i}>
          <CellBlocks blocks={item.blocks} />
        </li>
      ))}
    </Tag>
  );
};

/** Paragraphs and lists, as inside a table cell or a list item. */
export const CellBlocks = ({ blocks }: { blocks: ReadonlyArray<ParagraphBlock | ListBlock> }) => (
  <>{blocks.map((b, i) => (b.kind === 'list' ? <List key={i} block={b} /> : <Paragraph key={i} block={b} />))}</>
);
