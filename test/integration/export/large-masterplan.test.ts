import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument, printedChapters, toRoman, type MasterplanDocument } from '../../../shared/document';
import type { Workshop } from '../../../shared/model';
import { writeMasterplanDocx, type DiagramPicture } from '../../../electron/services/export';
import { documentContents } from '../../../electron/services/export/contents';
import { buildLargeWorkshop } from '../../../bench/large-workshop';
import { pngOf } from './png-fixture';
import { PDFTOTEXT, SOFFICE, contentsPageOf, convertToPdf, misplacedEntries, normalise, opensChapter, pdfPages, pythonDocxAvailable, readWithPythonDocx, tempDir } from './tools';

/*
 * A large masterplan: the demo workshop grown to 200 programs spread over every dimension, element, OPD and plan
 * year, every optional chapter switched on and every part of the outline written. The diagrams are given as plain
 * pictures (drawing them is the export script's and the demo test's business).
 */

const PROGRAMS = 200;
const officeMissing = !SOFFICE || !PDFTOTEXT;
if (officeMissing) console.warn('[ekspor besar] LibreOffice (soffice) atau pdftotext tidak terpasang: pemeriksaan PDF dilewati.');

const chapterTitle = (i: number, title: string): string => `BAB ${toRoman(i + 1)} ${title}`;

describe(`the exported Word masterplan of a workshop with ${PROGRAMS} programs`, () => {
  let workshop: Workshop;
  let doc: MasterplanDocument;
  let docxPath: string;
  let pictures: Record<string, DiagramPicture>;
  let pages: string[] = [];

  beforeAll(async () => {
    workshop = buildLargeWorkshop(PROGRAMS);
    doc = buildMasterplanDocument(workshop, { draft: false });
    pictures = Object.fromEntries(doc.diagrams.map((d) => [d.id, { png: pngOf(820, 340), width: 820, height: 340 }]));
    const dir = await tempDir('ekspor-besar-');
    docxPath = join(dir, 'masterplan-besar.docx');
    await writeFile(docxPath, await writeMasterplanDocx(doc, { paperSize: 'A4', diagrams: pictures }));
    if (!officeMissing) pages = await pdfPages(await convertToPdf(docxPath, dir));
  }, 300_000);

  it.skipIf(officeMissing)('shows every chapter title and every program name when LibreOffice prints it', () => {
    expect(workshop.programs).toHaveLength(PROGRAMS);
    const text = normalise(pages.join(' '));
    printedChapters(workshop).forEach((chapter, i) => {
      const title = chapterTitle(i, chapter.title);
      // Once in the table of contents and once on the chapter's first page.
      expect(text.split(title).length - 1, title).toBeGreaterThanOrEqual(2);
    });
    const missing = workshop.programs.filter((p) => !text.includes(normalise(p.name))).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  /** Every chapter in the table of contents, with the page LibreOffice prints it on. */
  const expectChaptersListedWhereTheyPrint = (printedPages: readonly string[]): void => {
    const contents = normalise(printedPages.slice(0, 15).join(' '));
    printedChapters(workshop).forEach((chapter, i) => {
      const title = chapterTitle(i, chapter.title);
      const listed = contentsPageOf(contents, title);
      expect(listed, `${title} tanpa nomor halaman di daftar isi`).not.toBeNull();
      const printed = printedPages.findIndex((page) => opensChapter(page, `BAB ${toRoman(i + 1)}`, chapter.title)) + 1;
      expect(printed, title).toBeGreaterThan(0);
      expect(Number(listed), `${title}: daftar isi ${listed}, tercetak ${printed}`).toBe(printed);
    });
    // And every heading and caption the three lists name.
    expect(misplacedEntries(printedPages, documentContents(doc).entries.map((e) => e.title))).toEqual([]);
    expect(normalise(printedPages[1] ?? '')).toContain(`Halaman 2 dari ${printedPages.length}`);
  };

  it.skipIf(officeMissing)('has a table of contents with the page LibreOffice prints each chapter on', () => {
    expectChaptersListedWhereTheyPrint(pages);
  });

  it.skipIf(officeMissing)('has them on F4 paper too, where LibreOffice lays the page out a fraction of a millimetre wider', { timeout: 300_000 }, async () => {
    // On F4 a bullet line of BAB V that fits the page as written by 0.08 twip wraps in LibreOffice (page-estimate.ts).
    const dir = await tempDir('ekspor-besar-f4-');
    const path = join(dir, 'masterplan-besar-f4.docx');
    await writeFile(path, await writeMasterplanDocx(doc, { paperSize: 'F4', diagrams: pictures }));
    expectChaptersListedWhereTheyPrint(await pdfPages(await convertToPdf(path, dir)));
  });

  it('is read by python-docx with landscape sections for the matrices and every table', async (context) => {
    if (!(await pythonDocxAvailable())) context.skip();
    const facts = await readWithPythonDocx(docxPath);
    const blocks = doc.sections.flatMap((s) => s.blocks);
    expect(facts.tables).toBe(blocks.filter((b) => b.kind === 'table').length + blocks.filter((b) => b.kind === 'signatures').length);
    expect(facts.sections.length).toBe(doc.sections.length);
    expect(facts.sections.filter((s) => s.orientation === 'landscape').length).toBe(doc.sections.filter((s) => s.orientation === 'landscape').length);
    expect(facts.sections.filter((s) => s.orientation === 'landscape').length).toBeGreaterThanOrEqual(1);
    expect(facts.headingStyles['Heading 1']).toBe(blocks.filter((b) => b.kind === 'heading' && b.level === 1).length);
  });
});
