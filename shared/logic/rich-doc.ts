import type { RichDoc, RichNode } from '../model';

/**
 * The editor always holds at least one paragraph and adds an empty one after a list or heading;
 * the workshop stores none of that. Tidying keeps "nothing typed" equal to an empty document,
 * so opening and leaving an editor never writes a change.
 */
const isEmptyParagraph = (node: RichNode): boolean =>
  node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && (child.text ?? '') === '');

export const tidyRichDoc = (doc: RichDoc): RichDoc => {
  const content = [...doc.content];
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1] as RichNode)) content.pop();
  return { type: 'doc', content };
};

/** Same content once tidied; attribute order does not matter. */
export const sameRichDoc = (a: RichDoc, b: RichDoc): boolean => canonical(tidyRichDoc(a)) === canonical(tidyRichDoc(b));

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** Words in a rich document, for "jumlah kata" next to a narrative section. */
export const richDocWordCount = (doc: RichDoc): number => {
  let count = 0;
  const walk = (node: RichNode) => {
    if (node.text) count += node.text.split(/\s+/).filter(Boolean).length;
    (node.content ?? []).forEach(walk);
  };
  doc.content.forEach(walk);
  return count;
};
