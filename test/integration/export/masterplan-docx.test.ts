import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument, printedChapters, toRoman, type MasterplanDocument } from '../../../shared/document';
import type { Workshop } from '../../../shared/model';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { documentContents } from '../../../electron/services/export/contents';
import { DEFAULT_CHROMIUM, drawDiagrams } from '../../../electron/services/export/mermaid-chromium';
import { PDFTOTEXT, SOFFICE, contentsPageOf, convertToPdf, misplacedEntries, normalise, opensChapter, pdfPages, pythonDocxAvailable, readWithPythonDocx, tempDir } from './tools';

const officeMissing = !SOFFICE || !PDFTOTEXT;
if (officeMissing) {
  console.warn('[ekspor] LibreOffice (soffice) atau pdftotext tidak terpasang: pemeriksaan PDF dilewati. Pasang: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils');
}
const chromiumPath = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;
const chromiumMissing = !existsSync(chromiumPath);
if (chromiumMissing) console.warn(`[ekspor] Chromium tidak ada di ${chromiumPath}: pemeriksaan gambar diagram dilewati.`);

describe('the exported Word masterplan of the demo workshop', () => {
  let workshop: Workshop;
  let doc: MasterplanDocument;
  let dir: string;
  let docxPath: string;
  let pages: string[] = [];

  beforeAll(async () => {
    workshop = buildDemoWorkshop('demo-ekspor', '2025-11-20T09:00:00.000Z');
    doc = buildMasterplanDocument(workshop, { draft: true });
    dir = await tempDir('ekspor-');
    docxPath = join(dir, 'masterplan.docx');
    await writeFile(docxPath, await writeMasterplanDocx(doc, { paperSize: 'A4' }));
    if (!officeMissing) pages = await pdfPages(await convertToPdf(docxPath, dir));
  });

  it.skipIf(officeMissing)('shows every chapter title and every program name when LibreOffice prints it', () => {
    const text = normalise(pages.join(' '));
    printedChapters(workshop).forEach((chapter, i) => {
      const title = `BAB ${toRoman(i + 1)} ${chapter.title}`;
      // Once in the table of contents and once on the chapter's first page.
      expect(text.split(title).length - 1, title).toBeGreaterThanOrEqual(2);
    });
    for (const title of ['KATA SAMBUTAN', 'KATA PENGANTAR', 'DAFTAR ISI', 'DAFTAR TABEL', 'DAFTAR GAMBAR', 'RINGKASAN EKSEKUTIF', 'LAMPIRAN']) expect(text).toContain(title);
    for (const program of workshop.programs) expect(text, program.name).toContain(normalise(program.name));
  });

  it.skipIf(officeMissing)('has a table of contents and lists of tables and figures whose page numbers are the pages LibreOffice prints them on', () => {
    const contents = normalise(pages.slice(0, 12).join(' '));
    printedChapters(workshop).forEach((chapter, i) => {
      const title = `BAB ${toRoman(i + 1)} ${chapter.title}`;
      const listed = contentsPageOf(contents, title);
      expect(listed, `${title} tanpa nomor halaman di daftar isi`).not.toBeNull();
      const printed = pages.findIndex((page) => opensChapter(page, `BAB ${toRoman(i + 1)}`, chapter.title)) + 1;
      expect(printed, title).toBeGreaterThan(0);
      expect(Number(listed), `${title}: daftar isi ${listed}, tercetak ${printed}`).toBe(printed);
    });
    // And every heading and caption the three lists name.
    expect(misplacedEntries(pages, documentContents(doc).entries.map((e) => e.title))).toEqual([]);
    const tables = normalise(pages.slice(0, 14).join(' '));
    expect(tables).toMatch(/Tabel 3\.1 [^.]+\.{3,} ?\d+/);
    expect(tables).toMatch(/Gambar 7\.1 [^.]+\.{3,} ?\d+/);
  });

  it.skipIf(officeMissing)('numbers every page "Halaman X dari Y" under the running title, with the draft mark', () => {
    const second = normalise(pages[1] ?? '');
    expect(second).toContain(`Halaman 2 dari ${pages.length}`);
    expect(second).toContain('Masterplan Smart City');
    expect(second).toContain('DRAF');
    expect(normalise(pages[0] ?? '')).not.toContain('Halaman 1');
  });

  it('is read by python-docx with Heading styles, every table, landscape matrices and document properties', async (context) => {
    if (!(await pythonDocxAvailable())) {
      console.warn('[ekspor] /usr/bin/python3 dengan python-docx tidak ada: pemeriksaan python-docx dilewati (apt-get install python3-docx).');
      context.skip();
    }
    const facts = await readWithPythonDocx(docxPath);
    const blocks = doc.sections.flatMap((s) => s.blocks);
    const chapters = blocks.filter((b) => b.kind === 'heading' && b.level === 1).length;
    expect(facts.headingStyles['Heading 1']).toBe(chapters);
    expect(facts.headingStyles['Heading 2']).toBe(blocks.filter((b) => b.kind === 'heading' && b.level === 2).length);
    expect(facts.headingStyles['Heading 3']).toBeGreaterThan(0);
    // Written without pictures: a diagram with a table alternative (the mindmap, the quadrant) stands as that table.
    const alternativeTables = blocks.filter((b) => b.kind === 'figure' && doc.diagrams.some((d) => d.id === b.diagramId && d.alternative?.table)).length;
    expect(alternativeTables).toBeGreaterThan(0);
    const expectedTables = blocks.filter((b) => b.kind === 'table').length + blocks.filter((b) => b.kind === 'signatures').length + alternativeTables;
    expect(facts.tables).toBe(expectedTables);
    expect(facts.sections.length).toBe(doc.sections.length);
    expect(facts.sections.filter((s) => s.orientation === 'landscape').length).toBeGreaterThanOrEqual(1);
    for (const s of facts.sections) {
      expect(s.orientation === 'portrait' ? [s.widthMm, s.heightMm] : [s.heightMm, s.widthMm]).toEqual([210, 297]);
    }
    expect(facts.sections[1]?.header).toContain('DRAF');
    expect(facts.core.title).toBe(doc.meta.title);
    expect(facts.core.subject).toContain('Masterplan Smart City');
    expect(facts.core.author).toContain('Pemerintah');
    expect(facts.core.comments).toContain(workshop.title);
  });

  it('prints on F4 (215 × 330 mm) when the workshop asks for it', async (context) => {
    if (!(await pythonDocxAvailable())) context.skip();
    const path = join(dir, 'masterplan-f4.docx');
    await writeFile(path, await writeMasterplanDocx(doc, { paperSize: 'F4', pageNumbers: false }));
    const facts = await readWithPythonDocx(path);
    const portrait = facts.sections.find((s) => s.orientation === 'portrait');
    expect([portrait?.widthMm, portrait?.heightMm]).toEqual([215, 330]);
  });

  it.skipIf(chromiumMissing)('embeds the diagrams Chromium draws as pictures in place of their sources', async () => {
    const drawn = await drawDiagrams(doc.diagrams, chromiumPath);
    expect(drawn.failures).toEqual({});
    expect(Object.keys(drawn.pictures).sort()).toEqual(doc.diagrams.map((d) => d.id).sort());
    const buffer = await writeMasterplanDocx(doc, { paperSize: 'A4', diagrams: drawn.pictures, pageNumbers: false });
    const files = unzipSync(new Uint8Array(buffer));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(media.length).toBeGreaterThanOrEqual(doc.diagrams.length);
    const body = new TextDecoder().decode(files['word/document.xml']);
    expect(body).not.toContain('Diagram belum digambar');
  });
});
