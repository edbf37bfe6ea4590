import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type MasterplanDocument } from '../../../shared/document';
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

  it('writes docx quirks as docx does: text replacing the element before it, arrays never self-closing, raw XML as it is', () => {
    expect(xmlString({ 'w:p': [{ 'w:r': {} }, 'tekst & <lain>'] })).toBe('<w:p>tekst &amp; &lt;lain&gt;</w:p>');
    expect(xmlString({ 'w:p': [] })).toBe('<w:p></w:p>');
    expect(xmlString({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a"b\u0001'] })).toBe('<w:t xml:space="preserve">a&quot;b</w:t>');
    expect(xmlString({ 'w:body': [rawXml('<w:p/>'), { 'w:sectPr': { _attr: { 'w:x': 1 } } }] })).toBe('<w:body><w:p/><w:sectPr w:x="1"/></w:body>');
  });
});
