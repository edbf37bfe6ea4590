import { z } from 'zod';

/**
 * Rich text as the editor (Tiptap/ProseMirror) stores it, bounded at the door.
 *
 * The editor's JSON is recursive, and so is a naive schema for it: a document nested a few hundred
 * levels deep overflows zod's stack in a freshly started process, so a workshop saved by a running
 * server could no longer be opened after a restart. So every rich document is first measured by an
 * ITERATIVE walk (no recursion: nothing can overflow) against the limits below, and only a document
 * within them reaches the recursive schema. The limits are far above any real narrative section
 * (a long chapter has a few hundred nodes, six or seven levels deep) and far below what breaks zod.
 *
 * `attrs` are typed per node kind: only what the editor writes and the Word exporter reads is kept,
 * as bounded scalars. Unknown keys and ill-typed values are dropped (the editor never writes them and
 * the exporter would ignore them), so no file can smuggle a deep or huge value through `attrs`.
 */

export const RICH_TEXT_LIMITS = {
  /** Levels of nesting below the document (a paragraph in the document is level 1). */
  depth: 64,
  /** Nodes (blocks, list items, text runs …) in one document. */
  nodes: 50_000,
  /** Characters in one text node. */
  textPerNode: 100_000,
  /** Characters in one document. */
  textPerDoc: 500_000,
  /** Marks (bold, link …) on one text node. */
  marksPerNode: 20,
} as const;

const L = RICH_TEXT_LIMITS;

/** Scalar attribute that is kept when valid, dropped (undefined) when not. */
const keep = <T extends z.ZodType>(schema: T) => schema.nullable().optional().catch(undefined);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const shortString = (max: number) => z.string().max(max);

/** Attributes per node kind: what StarterKit writes (heading, orderedList, taskItem) and what the exporter reads. */
const NODE_ATTRS: Record<string, z.ZodObject> = {
  heading: z.object({ level: keep(int(1, 6)), dir: keep(z.enum(['ltr', 'rtl', 'auto'])) }),
  orderedList: z.object({ start: keep(int(-1_000_000, 1_000_000)), type: keep(shortString(16)) }),
  taskItem: z.object({ checked: keep(z.boolean()) }),
  /** `dir`: Tiptap's TextDirection attribute; the exporter writes a right-to-left paragraph (an Arabic basmalah) as such. */
  paragraph: z.object({ textAlign: keep(z.enum(['left', 'center', 'right', 'justify'])), dir: keep(z.enum(['ltr', 'rtl', 'auto'])) }),
  tableCell: z.object({ colspan: keep(int(1, 100)), rowspan: keep(int(1, 1000)), colwidth: keep(z.array(int(0, 100_000)).max(100)) }),
  tableHeader: z.object({ colspan: keep(int(1, 100)), rowspan: keep(int(1, 1000)), colwidth: keep(z.array(int(0, 100_000)).max(100)) }),
  codeBlock: z.object({ language: keep(shortString(64)) }),
};

/** Attributes per mark kind: the link's (Tiptap writes all five, most of them null). */
const MARK_ATTRS: Record<string, z.ZodObject> = {
  link: z.object({
    href: keep(shortString(4096)),
    target: keep(shortString(32)),
    rel: keep(shortString(200)),
    class: keep(shortString(200)),
    title: keep(shortString(500)),
  }),
};

/** The typed attributes of a node or mark kind; none for kinds that have none. Undefined values are left out. */
const typedAttrs = (table: Record<string, z.ZodObject>, type: string, attrs: unknown): Record<string, unknown> | undefined => {
  const schema = Object.hasOwn(table, type) ? table[type] : undefined;
  if (!schema || attrs === undefined) return undefined;
  const parsed = schema.safeParse(attrs);
  if (!parsed.success) return undefined;
  const kept = Object.entries(parsed.data).filter(([, value]) => value !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
};

const withAttrs = <T extends { attrs?: unknown }>(value: T, attrs: Record<string, unknown> | undefined): Omit<T, 'attrs'> & { attrs?: Record<string, unknown> } => {
  const { attrs: _raw, ...rest } = value;
  return attrs === undefined ? rest : { ...rest, attrs };
};

const TypeSchema = z.string().min(1).max(64);

/** A mark on a text node in the editor's JSON. */
export const RichMarkSchema = z
  .object({ type: TypeSchema, attrs: z.unknown().optional() })
  .transform((mark) => withAttrs(mark, typedAttrs(MARK_ATTRS, mark.type, mark.attrs)));
export type RichMark = z.infer<typeof RichMarkSchema>;

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichNode[] | undefined;
  text?: string | undefined;
  marks?: RichMark[] | undefined;
}

/**
 * A node of rich text; converted node by node for export. Recursive: only safe on input that
 * `RichDocSchema`'s iterative measure has already bounded, so it is not exported on its own.
 */
const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z
    .object({
      type: TypeSchema,
      attrs: z.unknown().optional(),
      content: z.array(RichNodeSchema).optional(),
      text: z.string().optional(),
      marks: z.array(RichMarkSchema).optional(),
    })
    .transform((node): RichNode => withAttrs(node, typedAttrs(NODE_ATTRS, node.type, node.attrs))),
);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface RichTextBreach {
  /** What was breached, as a validation code (shared/i18n/validation.ts) with the limit as `max`. */
  code: 'invalid.richTooBig' | 'invalid.richTooDeep' | 'invalid.richNodeTooLong' | 'invalid.richTooLong' | 'invalid.tooManyMarks';
  params: { max: number };
  /** Path to the top-level block the breach is in (inside the document), or [] for the document itself. */
  path: (string | number)[];
}

/**
 * Measures a would-be rich document iteratively against RICH_TEXT_LIMITS; the first breach, or null.
 * Shapes it does not understand are left for the schema to refuse; it only descends into `content`.
 */
export const richTextBreach = (value: unknown): RichTextBreach | null => {
  if (!isRecord(value) || !Array.isArray(value['content'])) return null;
  const stack: { node: unknown; depth: number; top: number }[] = [];
  const top = value['content'];
  for (let i = top.length - 1; i >= 0; i--) stack.push({ node: top[i], depth: 1, top: i });
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth, top: block } = stack.pop() as { node: unknown; depth: number; top: number };
    const path = ['content', block];
    nodes += 1;
    if (nodes > L.nodes) return { code: 'invalid.richTooBig', params: { max: L.nodes }, path: [] };
    if (depth > L.depth) return { code: 'invalid.richTooDeep', params: { max: L.depth }, path };
    if (!isRecord(node)) continue;
    const text = node['text'];
    if (typeof text === 'string') {
      if (text.length > L.textPerNode) return { code: 'invalid.richNodeTooLong', params: { max: L.textPerNode }, path };
      chars += text.length;
      if (chars > L.textPerDoc) return { code: 'invalid.richTooLong', params: { max: L.textPerDoc }, path };
    }
    const marks = node['marks'];
    if (Array.isArray(marks) && marks.length > L.marksPerNode) return { code: 'invalid.tooManyMarks', params: { max: L.marksPerNode }, path };
    const content = node['content'];
    if (Array.isArray(content)) {
      if (nodes + stack.length + content.length > L.nodes) return { code: 'invalid.richTooBig', params: { max: L.nodes }, path: [] };
      for (let i = content.length - 1; i >= 0; i--) stack.push({ node: content[i], depth: depth + 1, top: block });
    }
  }
  return null;
};

const RichDocShapeSchema = z.object({
  type: z.literal('doc'),
  content: z.array(RichNodeSchema).default([]),
});

/**
 * A rich document: measured iteratively first (the outer shape only; nodes are not looked into),
 * then parsed with typed attrs only when within the limits.
 */
export const RichDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })
  .superRefine((value, ctx) => {
    const breach = richTextBreach(value);
    if (breach) ctx.addIssue({ code: 'custom', message: breach.code, params: breach.params, path: breach.path, input: value });
  })
  .pipe(RichDocShapeSchema);
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
