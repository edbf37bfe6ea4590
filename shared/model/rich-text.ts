import { z } from 'zod';

/** A mark on a text node in the editor's (Tiptap/ProseMirror) JSON. */
export const RichMarkSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichNode[] | undefined;
  text?: string | undefined;
  marks?: z.infer<typeof RichMarkSchema>[] | undefined;
}

/** A node of rich text as the editor stores it; converted node by node for export. */
export const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(RichNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(RichMarkSchema).optional(),
  }),
);

export const RichDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(RichNodeSchema).default([]),
});
export type RichDoc = z.infer<typeof RichDocSchema>;

export const emptyRichDoc = (): RichDoc => ({ type: 'doc', content: [] });

/** A document with one paragraph per line of plain text. */
export const richDocFromText = (text: string): RichDoc => ({
  type: 'doc',
  content: text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
});

/** Plain text of a rich document, paragraphs separated by newlines. */
export const richDocToText = (doc: RichDoc): string => {
  const walk = (node: RichNode): string =>
    node.text ?? (node.content ?? []).map(walk).join(node.type === 'doc' ? '\n' : '');
  return doc.content.map(walk).join('\n');
};
