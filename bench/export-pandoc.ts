import type { Block, Inline, ListBlock, MasterplanDocument, ParagraphBlock, TableBlock } from '../shared/document';

/*
 * The masterplan's content as HTML, for Pandoc to write the same document as a .docx (bench/export.ts compares the
 * two): headings, paragraphs with their marks and links, lists, tables with their captions and notes, figures as their
 * captions (no pictures: the app's figure is timed without diagrams too), the cover's lines, signatures as a table.
 */

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const inlines = (items: readonly Inline[]): string =>
  items
    .map((i) => {
      if (i.kind === 'break') return '<br>';
      let text = escape(i.text);
      if (i.code) text = `<code>${text}</code>`;
      if (i.bold) text = `<strong>${text}</strong>`;
      if (i.italic) text = `<em>${text}</em>`;
      if (i.underline) text = `<u>${text}</u>`;
      if (i.strike) text = `<s>${text}</s>`;
      return i.link ? `<a href="${escape(i.link)}">${text}</a>` : text;
    })
    .join('');

const flow = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>): string => blocks.map((b) => (b.kind === 'paragraph' ? `<p>${inlines(b.inlines)}</p>` : list(b))).join('');

const list = (block: ListBlock): string => {
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${flow(item.blocks)}</li>`).join('')}</${tag}>`;
};

const table = (block: TableBlock): string => {
  const caption = block.caption ? `<caption>${escape(`${block.caption.label} ${block.caption.number} ${block.caption.title}`)}</caption>` : '';
  const head = block.headerless ? '' : `<thead><tr>${block.columns.map((c) => `<th>${escape(c.header)}</th>`).join('')}</tr></thead>`;
  const rows = block.rows.map((r) => `<tr>${r.cells.map((c) => `<td${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}>${flow(c.blocks)}</td>`).join('')}</tr>`).join('');
  return `<table>${caption}${head}<tbody>${rows}</tbody></table>${block.note ? `<p>${escape(block.note)}</p>` : ''}`;
};

const block = (b: Block): string => {
  switch (b.kind) {
    case 'heading':
      return `<h${Math.min(6, Math.max(1, b.level))}>${escape(b.number ? `${b.number} ${b.text}` : b.text)}</h${Math.min(6, Math.max(1, b.level))}>`;
    case 'paragraph':
      return `<p>${inlines(b.inlines)}</p>`;
    case 'list':
      return list(b);
    case 'table':
      return table(b);
    case 'figure':
      return `<p><em>${escape(`${b.caption.label} ${b.caption.number} ${b.caption.title}`)}</em></p>`;
    case 'cover':
      return [b.title, b.regionLine, b.provinceLine, b.periodLine, b.subtitle, b.issuer, b.year].map((line) => `<p>${escape(line)}</p>`).join('');
    case 'signatures':
      return `<p>${escape(b.placeAndDate)}</p><table><tr>${b.signers.map((s) => `<td>${escape(s.role)}<br>${escape(s.name)}</td>`).join('')}</tr></table>`;
    case 'toc':
    case 'listOfTables':
    case 'listOfFigures':
      return `<h1>${escape(b.title)}</h1>`;
    case 'pageBreak':
      return '';
  }
};

/** The document as one HTML page. */
export const masterplanHtml = (doc: MasterplanDocument): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escape(doc.meta.title)}</title></head><body>${doc.sections.map((s) => s.blocks.map(block).join('\n')).join('\n')}</body></html>`;
