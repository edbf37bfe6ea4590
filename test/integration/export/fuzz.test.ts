import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { hostileWorkshop } from './hostile';
import { PDFTOTEXT, SOFFICE, convertToPdf, pdfPages, tempDir } from './tools';

// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every problem found in the parts of a .docx; empty when Word can open it. */
const problemsIn = (docx: Uint8Array): string[] => {
  const problems: string[] = [];
  const files = unzipSync(docx);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts = Object.keys(files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if (!parts.includes('word/document.xml')) problems.push('word/document.xml hilang');
  for (const name of parts) {
    let xml: string;
    try {
      xml = decoder.decode(files[name]);
    } catch {
      problems.push(`${name}: bukan UTF-8`);
      continue;
    }
    if (XML_ILLEGAL.test(xml)) problems.push(`${name}: karakter ilegal XML`);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) problems.push(`${name}: ${valid.err.msg} (baris ${valid.err.line})`);
    if (name !== 'word/document.xml') continue;
    for (const table of xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) if (!table.includes('<w:tr')) problems.push('tabel tanpa baris');
    for (const row of xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) if (!/<w:tc[ >]/.test(row)) problems.push('baris tanpa sel');
    for (const level of xml.match(/<w:ilvl w:val="(\d+)"\/>/g) ?? []) if (Number(/\d+/.exec(level)?.[0]) > 8) problems.push(`tingkat daftar ${level}`);
    for (const extent of xml.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g) ?? []) {
      const cx = Number(/cx="(\d+)"/.exec(extent)?.[1]);
      // Landscape F4 text width is about 27.5 cm = 9,900,000 EMU.
      if (!(cx > 0 && cx <= 10_000_000)) problems.push(`gambar selebar ${cx} EMU`);
    }
  }
  return problems;
};

const exportHostile = async (seed: number, pageNumbers: boolean): Promise<Buffer> => {
  const workshop = hostileWorkshop(seed);
  const opdId = seed % 7 === 0 ? workshop.opds[0]?.id : undefined;
  const doc = buildMasterplanDocument(workshop, { draft: seed % 2 === 0, ...(opdId ? { opdId } : {}) });
  return writeMasterplanDocx(doc, { paperSize: workshop.exportSettings.paperSize, pageNumbers });
};

const BATCHES = 5;
const PER_BATCH = 100;

describe('exporting hostile workshops', () => {
  for (let batch = 0; batch < BATCHES; batch++) {
    it(`writes well-formed Word XML for workshops ${batch * PER_BATCH + 1}–${(batch + 1) * PER_BATCH}`, async () => {
      const failures: string[] = [];
      for (let seed = batch * PER_BATCH + 1; seed <= (batch + 1) * PER_BATCH; seed++) {
        // Laying the pages out is the slow part; do it for one workshop in a hundred.
        const buffer = await exportHostile(seed, seed % 100 === 3);
        const problems = problemsIn(new Uint8Array(buffer));
        if (problems.length > 0) failures.push(`benih ${seed}: ${[...new Set(problems)].slice(0, 5).join('; ')}`);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }

  it.skipIf(!SOFFICE || !PDFTOTEXT)('LibreOffice opens a hostile export with 50,000-character paragraphs, emoji and right-to-left text', async () => {
    const dir = await tempDir('ekspor-fuzz-');
    const path = join(dir, 'hostile.docx');
    await writeFile(path, await exportHostile(25, true));
    const pages = await pdfPages(await convertToPdf(path, dir, 280_000));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.join(' ')).toContain('Paragraf sangat panjang');
  }, 300_000);
});
