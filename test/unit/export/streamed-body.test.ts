import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type Block, type Inline, type ListBlock, type MasterplanDocument, type ParagraphBlock } from '../../../shared/document';
import { writeMasterplanDocx, type DiagramPicture } from '../../../electron/services/export';
import { rawXml, xmlString } from '../../../electron/services/export/xml-string';
import { buildLargeWorkshop } from '../../../bench/large-workshop';
import { pngOf } from '../../integration/export/png-fixture';
import { demoWorkshop } from '../document/fixture';
import { normaliseDocxIds } from './docx-ids';

/*
 * The body written in one pass (streamed-body.ts, xml-string.ts, tables and plain paragraphs as XML text) against
 * docx's own writing of the same document (body: 'docx', the writer as it was): word/document.xml and every other
 * part byte for byte, once the ids docx numbers per process or draws at random are renumbered in order of appearance
 * (docx-ids.ts: bookmarks, drawings, hyperlinks' relationships). docProps/core.xml is left out: it holds the time of
 * writing.
 */

const decoder = new TextDecoder();

const parts = async (doc: MasterplanDocument, body: 'stream' | 'docx', diagrams: Record<string, DiagramPicture>): Promise<Map<string, string>> => {
  const files = unzipSync(new Uint8Array(await writeMasterplanDocx(doc, { paperSize: 'A4', diagrams, body })));
  return new Map(
    Object.entries(files)
      .filter(([path]) => path !== 'docProps/core.xml')
      .map(([path, bytes]) => [path, path.endsWith('.xml') || path.endsWith('.rels') ? normaliseDocxIds(decoder.decode(bytes)) : Buffer.from(bytes).toString('base64')]),
  );
};

const expectSameParts = async (doc: MasterplanDocument, diagrams: Record<string, DiagramPicture> = {}): Promise<void> => {
  const before = await parts(doc, 'docx', diagrams);
  const streamed = await parts(doc, 'stream', diagrams);
  expect([...streamed.keys()]).toEqual([...before.keys()]);
  const xml = streamed.get('word/document.xml') ?? '';
  expect(xml.length).toBeGreaterThan(10_000);
  // Compared as strings, not with toEqual, so a difference is reported as a position and not a 9 MB diff.
  const reference = before.get('word/document.xml') ?? '';
  let at = 0;
  while (at < xml.length && xml.charCodeAt(at) === reference.charCodeAt(at)) at += 1;
  expect({ at, streamed: xml.slice(at - 80, at + 80) }).toEqual({ at: reference.length, streamed: reference.slice(at - 80, at + 80) });
  for (const [path, content] of before) expect(streamed.get(path), path).toBe(content);
};

describe('the body written in one pass', () => {
  it('writes the demo masterplan as docx did, byte for byte, with and without diagram pictures', { timeout: 120_000 }, async () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: true });
    await expectSameParts(doc);
    await expectSameParts(doc, Object.fromEntries(doc.diagrams.map((d) => [d.id, { png: pngOf(820, 340), width: 820, height: 340 }])));
  });

  it('writes the 800-program masterplan as docx did, byte for byte', async () => {
    const doc = buildMasterplanDocument(buildLargeWorkshop(800), { draft: false });
    await expectSameParts(doc);
  }, 120_000);

  it('writes lists in the body and in table cells as docx did, byte for byte: bullets and numbers, nested, right-to-left, links, page breaks, kept with the next row, at the end of a section', async () => {
    const text = (value: string, marks: Partial<Extract<Inline, { kind: 'text' }>> = {}): Inline => ({ kind: 'text', text: value, ...marks });
    const paragraph = (inlines: Inline[], more: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ kind: 'paragraph', inlines, ...more });
    const basmalah = 'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيم';
    const nested = (ordered: boolean): ListBlock => ({
      kind: 'list',
      ordered,
      items: [
        {
          blocks: [
            paragraph([text('Perizinan', { bold: true }), text(' daring & <cepat>', { italic: true }), { kind: 'break' }, text('kode\tA-1', { code: true })]),
            paragraph([text('Lanjutan butir')], { style: 'quote', align: 'center' }),
            {
              kind: 'list',
              ordered: !ordered,
              items: [
                { blocks: [paragraph([text(basmalah)], { rtl: true }), paragraph([text('kedua', { underline: true, strike: true }), text(' ', {})])] },
                { blocks: [paragraph([text('Lihat '), text('portal', { link: 'https://malangkab.go.id' }), text(' atau '), text('ini', { link: 'javascript:alert(1)' })])] },
                { blocks: [{ kind: 'list', ordered: true, items: [{ blocks: [paragraph([text('sangat dalam')])] }] }] },
              ],
            },
          ],
        },
        { blocks: [paragraph([])] },
        { blocks: [paragraph([text(basmalah, { bold: true }), { kind: 'break' }, text('akhir')], { rtl: true })] },
      ],
    });
    const cellOf = (blocks: Array<ParagraphBlock | ListBlock>) => ({ blocks });
    const table = (short: boolean, compact: boolean): Block => ({
      kind: 'table',
      caption: null,
      compact,
      columns: [
        { header: 'Unsur', width: 1 },
        { header: 'Isi', width: 3, align: 'right' },
      ],
      rows: Array.from({ length: short ? 2 : 12 }, (_, row) => ({
        cells: [cellOf([paragraph([text(`Baris ${row + 1}`)])]), cellOf(row % 3 === 2 ? [{ kind: 'list', ordered: true, items: [] }] : [nested(row % 2 === 0), paragraph([text('sesudah')]), nested(true)])],
      })),
    });
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: true });
    const [cover, ...rest] = doc.sections;
    const listDoc: MasterplanDocument = {
      ...doc,
      sections: [
        ...(cover ? [cover] : []),
        {
          orientation: 'portrait',
          running: true,
          blocks: [
            { kind: 'heading', level: 1, number: 'BAB I', text: 'Daftar' },
            nested(true),
            { kind: 'pageBreak' },
            nested(false),
            paragraph([text('Antara')]),
            { kind: 'pageBreak' },
            { kind: 'list', ordered: true, items: [{ blocks: [nested(true)] }, { blocks: [paragraph([text('dua')])] }] },
            table(true, true),
            table(false, false),
            table(false, true),
            nested(false),
          ],
        },
        { orientation: 'landscape', running: true, blocks: [nested(true), table(true, false), { kind: 'list', ordered: false, items: [{ blocks: [paragraph([text('terakhir '), text('tautan', { link: 'mailto:a@b.id' })])] }] }] },
        ...rest,
      ],
    };
    await expectSameParts(listDoc);
    const xml = decoder.decode(unzipSync(new Uint8Array(await writeMasterplanDocx(listDoc, { paperSize: 'A4' })))['word/document.xml']);
    // The lists' ids are written in place, not as placeholders docx fills in over the whole document.
    expect(xml).toContain('<w:numId w:val="');
    expect(xml).not.toMatch(/\{masterplan-/);
  }, 120_000);

  it('writes docx quirks as docx does: text replacing the element before it, arrays never self-closing, raw XML as it is', () => {
    expect(xmlString({ 'w:p': [{ 'w:r': {} }, 'tekst & <lain>'] })).toBe('<w:p>tekst &amp; &lt;lain&gt;</w:p>');
    expect(xmlString({ 'w:p': [] })).toBe('<w:p></w:p>');
    expect(xmlString({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a"b\u0001'] })).toBe('<w:t xml:space="preserve">a&quot;b</w:t>');
    expect(xmlString({ 'w:body': [rawXml('<w:p/>'), { 'w:sectPr': { _attr: { 'w:x': 1 } } }] })).toBe('<w:body><w:p/><w:sectPr w:x="1"/></w:body>');
  });
});
