import { sameRichDoc } from '../../../../shared/logic/rich-doc';
import type { RichDoc, RichNode } from '../../../../shared/model';

const sameBlock = (a: RichNode, b: RichNode): boolean => sameRichDoc({ type: 'doc', content: [a] }, { type: 'doc', content: [b] });

/**
 * Two versions of one text combined for a person to tidy: all of `kept`, then the blocks
 * (paragraphs, lists, subheadings) of `added` that `kept` does not already hold, in their order.
 * Nothing typed by either side is lost; nothing is doubled when both hold the same paragraph.
 */
export const combineDocs = (kept: RichDoc, added: RichDoc): RichDoc => {
  const extra = added.content.filter((block) => !kept.content.some((other) => sameBlock(block, other)));
  return { type: 'doc', content: [...kept.content, ...extra] };
};
