import { Fragment, type ReactNode } from 'react';
import type { Dimension, RichDoc, RichNode } from '../../../../shared/model';
import type { Language } from '../../i18n/i18n-context';

/** A dimension or element name in the UI's language (English falls back to Indonesian). */
export const localName = (item: Pick<Dimension, 'nameId' | 'nameEn'>, language: Language): string =>
  language === 'en' && item.nameEn.trim() !== '' ? item.nameEn : item.nameId;

const inline = (node: RichNode, key: number): ReactNode => {
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type !== 'text') return <Fragment key={key}>{(node.content ?? []).map(inline)}</Fragment>;
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
  }
  return <Fragment key={key}>{out}</Fragment>;
};

const textOf = (node: RichNode): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('');

/** A rich document as read-only paragraphs (lists become lines): what the room reads, not the editor. */
export const RichTextBlocks = ({ doc, className }: { doc: RichDoc; className: string }) => {
  const blocks = doc.content.flatMap((node): RichNode[] =>
    node.type === 'bulletList' || node.type === 'orderedList' ? (node.content ?? []).flatMap((item) => item.content ?? []) : [node],
  );
  return (
    <>
      {blocks
        .filter((block) => textOf(block).trim() !== '')
        .map((block, i) => (
          <p key={i} className={className}>
            {(block.content ?? []).map(inline)}
          </p>
        ))}
    </>
  );
};

/** Few items on a view: larger type, so a sparse board does not leave the room squinting at empty space. */
export const roomy = (count: number, max: number): string => (count <= max ? ' is-roomy' : '');

/** True when a rich document holds no visible text. */
export const richDocIsEmpty = (doc: RichDoc): boolean => doc.content.every((node) => textOf(node).trim() === '');
