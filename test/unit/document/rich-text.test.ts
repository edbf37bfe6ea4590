import { describe, expect, it } from 'vitest';
import { blocksOf, richDocBlocks, type Block, type ListBlock, type ParagraphBlock, type TableBlock } from '../../../shared/document';
import type { RichNode } from '../../../shared/model';
import { richNarrative } from './fixture';

const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): RichNode => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const cell = (type: 'tableCell' | 'tableHeader', text: string, attrs?: Record<string, unknown>): RichNode => ({ type, ...(attrs ? { attrs } : {}), content: [p(t(text))] });

const only = <K extends Block['kind']>(blocks: Block[], kind: K): Extract<Block, { kind: K }> => {
  expect(blocks).toHaveLength(1);
  expect(blocks[0]?.kind).toBe(kind);
  return blocks[0] as Extract<Block, { kind: K }>;
};

describe('narrative text from the editor', () => {
  it('keeps bold, italic and underline on their words', () => {
    const para = only(blocksOf([p(t('Visi '), t('cerdas', 'bold'), t(' dan '), t('sejahtera', 'italic', 'underline'))]), 'paragraph');
    expect(para.inlines).toEqual([
      { kind: 'text', text: 'Visi ' },
      { kind: 'text', text: 'cerdas', bold: true },
      { kind: 'text', text: ' dan ' },
      { kind: 'text', text: 'sejahtera', italic: true, underline: true },
    ]);
  });

  it('keeps web links and drops links that are not http(s) or mailto', () => {
    const link = (href: string): RichNode => ({ type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href } }] });
    const para = only(blocksOf([p(link('https://kominfo.go.id'), link('javascript:alert(1)'))]), 'paragraph');
    expect(para.inlines[0]).toMatchObject({ text: 'tautan', link: 'https://kominfo.go.id' });
    expect(para.inlines[1]).not.toHaveProperty('link');
  });

  it('turns a hard break into a line break inside the same paragraph', () => {
    const para = only(blocksOf([p(t('baris satu'), { type: 'hardBreak' }, t('baris dua'))]), 'paragraph');
    expect(para.inlines.map((i) => i.kind)).toEqual(['text', 'break', 'text']);
  });

  it('turns headings into unnumbered headings below the chapter levels', () => {
    const heading = only(blocksOf([{ type: 'heading', attrs: { level: 2 }, content: [t('Permasalahan')] }]), 'heading');
    expect(heading).toEqual({ kind: 'heading', level: 5, number: null, text: 'Permasalahan' });
  });

  it('keeps nested lists, ordered or not, as nested lists', () => {
    const list = only(
      blocksOf([
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('satu'))] },
            { type: 'listItem', content: [p(t('dua')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('dua.a'))] }] }] },
          ],
        },
      ]),
      'list',
    );
    expect(list.ordered).toBe(false);
    expect(list.items).toHaveLength(2);
    const nested = list.items[1]?.blocks[1] as ListBlock;
    expect(nested).toMatchObject({ kind: 'list', ordered: true });
    expect((nested.items[0]?.blocks[0] as ParagraphBlock).inlines[0]).toMatchObject({ text: 'dua.a' });
  });

  it('converts tables cell by cell, header cells bold, ragged rows padded to the same width', () => {
    const table = only(
      blocksOf([
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Indikator'), cell('tableHeader', 'Nilai'), cell('tableHeader', 'Catatan')] },
            { type: 'tableRow', content: [cell('tableCell', 'Indeks SPBE', { colspan: 2 })] },
            { type: 'tableRow', content: [cell('tableCell', 'a'), cell('tableCell', 'b'), cell('tableCell', 'c'), cell('tableCell', 'lebih')] },
          ],
        },
      ]),
      'table',
    ) as TableBlock;
    expect(table.columns).toHaveLength(4);
    expect(table.rows[0]?.header).toBe(true);
    expect(table.rows[0]?.cells[0]).toMatchObject({ shade: 'header', blocks: [{ inlines: [{ text: 'Indikator', bold: true }] }] });
    for (const row of table.rows) expect(row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)).toBe(4);
  });

  it('drops a table without cells rather than producing an empty table', () => {
    expect(blocksOf([{ type: 'table', content: [{ type: 'tableRow', content: [] }] }])).toEqual([]);
  });

  it('keeps the text of nodes it does not know and strips characters XML cannot hold', () => {
    const blocks = blocksOf([{ type: 'callout', content: [p(t('penting\u0001\u0008 sekali\uFFFE'))] }]);
    const para = only(blocks, 'paragraph');
    expect(para.inlines).toEqual([{ kind: 'text', text: 'penting sekali' }]);
  });

  it('trims empty paragraphs at the start and end, so an empty editor counts as not filled', () => {
    expect(richDocBlocks({ type: 'doc', content: [p(), p(t('  ')), p()] })).toEqual([]);
    expect(richDocBlocks(richNarrative()).map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list', 'table']);
  });
});
