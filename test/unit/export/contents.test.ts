import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type MasterplanDocument } from '../../../shared/document';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { documentContents } from '../../../electron/services/export/contents';

/*
 * The table of contents and the lists of tables and figures are written with the document: every heading and
 * caption they list is bookmarked, and every entry links to its bookmark with a PAGEREF field whose result is the
 * estimated page, inside the TOC field Word rebuilds them from.
 */

const partsOf = async (doc: MasterplanDocument, pageNumbers: boolean): Promise<Record<string, string>> => {
  const files = unzipSync(new Uint8Array(await writeMasterplanDocx(doc, { paperSize: 'A4', pageNumbers })));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
};

describe('the lists of the demo masterplan', () => {
  let doc: MasterplanDocument;
  let body: string;
  let parts: Record<string, string>;

  beforeAll(async () => {
    doc = buildMasterplanDocument(buildDemoWorkshop('demo-daftar', '2025-11-20T09:00:00.000Z'), { draft: true });
    parts = await partsOf(doc, true);
    body = parts['word/document.xml'] ?? '';
  });

  it('lists every chapter, section and subsection heading, every numbered table and every figure', () => {
    const contents = documentContents(doc);
    const blocks = doc.sections.flatMap((s) => s.blocks);
    expect(contents.entries.filter((e) => e.list === 'contents')).toHaveLength(blocks.filter((b) => b.kind === 'heading' && b.level <= 3).length);
    expect(contents.entries.filter((e) => e.list === 'tables')).toHaveLength(blocks.filter((b) => b.kind === 'table' && b.caption).length);
    expect(contents.entries.filter((e) => e.list === 'figures')).toHaveLength(blocks.filter((b) => b.kind === 'figure').length);
    expect(contents.entries.find((e) => e.list === 'contents' && e.level === 1 && e.title.startsWith('BAB I '))?.title).toBe('BAB I PENDAHULUAN');
  });

  it('links every entry to a bookmark on its heading or caption, with its page written', () => {
    const anchors = [...body.matchAll(/w:anchor="(_Toc\d+)"/g)].map((m) => m[1]);
    const bookmarks = new Set([...body.matchAll(/<w:bookmarkStart [^>]*w:name="(_Toc\d+)"/g)].map((m) => m[1]));
    expect(anchors.length).toBe(documentContents(doc).entries.length);
    expect(anchors.filter((a) => !bookmarks.has(a))).toEqual([]);
    const pages = [...body.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => Number(m[1]));
    expect(pages).toHaveLength(anchors.length);
    expect(body).not.toContain('w:dirty');
  });

  it('keeps the fields Word rebuilds the lists from, in Table of Contents content controls', () => {
    expect(body).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(body).toContain('TOC \\h \\t &quot;Keterangan Tabel,1&quot;');
    expect(body).toContain('TOC \\h \\t &quot;Keterangan Gambar,1&quot;');
    expect(body.match(/<w:docPartGallery w:val="Table of Contents"\/>/g)).toHaveLength(3);
    expect(body.match(/<w:fldChar w:fldCharType="begin"\/>/g)?.length).toBe(body.match(/<w:fldChar w:fldCharType="end"\/>/g)?.length);
  });

  it('writes the estimated page count in the footer "Halaman X dari Y"', () => {
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => /NUMPAGES<\/w:instrText><\/w:r><w:r><w:rPr><w:sz w:val="16"\/><w:szCs w:val="16"\/><\/w:rPr><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/.test(xml))).toBe(true);
  });

  it('leaves the page numbers for Word to fill in when the pages are not estimated', async () => {
    const xml = (await partsOf(doc, false))['word/document.xml'] ?? '';
    expect(xml).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF');
    expect(xml).not.toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t/);
  });
});
