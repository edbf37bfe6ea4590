import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/** The office tools the export tests read documents with: LibreOffice, poppler and python-docx. */

const run = promisify(execFile);

const onPath = (command: string): boolean =>
  (process.env['PATH'] ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, command)));

export const SOFFICE = ['soffice', 'libreoffice'].find(onPath) ?? null;
export const PDFTOTEXT = onPath('pdftotext');
export const PYTHON = '/usr/bin/python3';

export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix));

/** Converts a .docx to PDF with LibreOffice headless, each run with its own throwaway profile. */
export const convertToPdf = async (docx: string, outDir: string, timeoutMs = 110_000): Promise<string> => {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) tidak terpasang');
  const profile = await tempDir('lo-profile-');
  await run(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: timeoutMs });
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice tidak menghasilkan ${pdf}`);
  return pdf;
};

/** The text of each page of a PDF (pdftotext separates pages with form feeds). */
export const pdfPages = async (pdf: string): Promise<string[]> => {
  const { stdout } = await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
};

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A chapter's first page: "BAB III" on a line of its own, its title on the next lines. */
export const opensChapter = (page: string, number: string, title: string): boolean => {
  const lines = page.split('\n').map((l) => l.trim());
  return lines.some((line, i) => line === number && normalise(lines.slice(i + 1, i + 4).join(' ')).startsWith(title));
};

/**
 * The page number the table of contents gives a title ("BAB III ANALISIS …… 23"), in the text of its pages; null when
 * none. A title that nearly fills its line keeps a leader of a dot or two, which pdftotext may part with a space (". .193").
 */
export const contentsPageOf = (contents: string, title: string): number | null => {
  const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?\\.[. ]*?(\\d+)`).exec(contents);
  return match ? Number(match[1]) : null;
};

/** A line of a table of contents or list of tables/figures: a title, a leader of dots and a page number. */
const LISTED = /\.{4,} ?\d+\s*$/m;

/**
 * Each title of the table of contents and the lists of tables and figures (in the document's order) whose listed page
 * is not the page it is printed on, as "title: daftar N, tercetak M"; empty when every one is right. The lists are
 * the pages with leader lines; a title is printed on the first other page, from the one the title before it is on, that
 * holds it (not followed by a comma, as the introduction's list of chapters has them).
 */
export const misplacedEntries = (pages: readonly string[], titles: readonly string[]): string[] => {
  const lists = pages.map((page) => LISTED.test(page));
  const listed = normalise(pages.filter((_, i) => lists[i]).join(' '));
  const printedPages = pages.map((page, i) => (lists[i] ? '' : normalise(page)));
  const wrong: string[] = [];
  let cursor = 0;
  for (const raw of titles) {
    const title = normalise(raw);
    const page = contentsPageOf(listed, title);
    let printed = cursor;
    while (printed < printedPages.length && !(printedPages[printed]?.includes(title) && !printedPages[printed]?.includes(`${title},`))) printed += 1;
    if (printed < printedPages.length) cursor = printed;
    if (page !== printed + 1) wrong.push(`${title}: daftar ${page ?? '-'}, tercetak ${printed < printedPages.length ? printed + 1 : '-'}`);
  }
  return wrong;
};

export interface DocxFacts {
  headingStyles: Record<string, number>;
  tables: number;
  sections: Array<{ orientation: 'portrait' | 'landscape'; widthMm: number; heightMm: number; header: string; footer: string }>;
  core: { title: string; subject: string; author: string; comments: string };
}

const PYTHON_READER = `
import json, sys, collections
import docx
from docx.enum.section import WD_ORIENT
d = docx.Document(sys.argv[1])
styles = collections.Counter(p.style.name for p in d.paragraphs if p.style is not None and p.style.name.startswith('Heading'))
sections = []
for s in d.sections:
    sections.append({
        'orientation': 'landscape' if s.orientation == WD_ORIENT.LANDSCAPE else 'portrait',
        'widthMm': round(s.page_width.mm, 1),
        'heightMm': round(s.page_height.mm, 1),
        'header': ' '.join(p.text for p in s.header.paragraphs),
        'footer': ' '.join(p.text for p in s.footer.paragraphs),
    })
cp = d.core_properties
print(json.dumps({'headingStyles': styles, 'tables': len(d.tables), 'sections': sections,
  'core': {'title': cp.title, 'subject': cp.subject, 'author': cp.author, 'comments': cp.comments}}))
`;

/** What python-docx (Debian's /usr/bin/python3) reads in a .docx. */
export const readWithPythonDocx = async (docx: string): Promise<DocxFacts> => {
  const { stdout } = await run(PYTHON, ['-c', PYTHON_READER, docx], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as DocxFacts;
};

export const pythonDocxAvailable = async (): Promise<boolean> => {
  if (!existsSync(PYTHON)) return false;
  try {
    await run(PYTHON, ['-c', 'import docx']);
    return true;
  } catch {
    return false;
  }
};

export const readBytes = (path: string): Promise<Buffer> => readFile(path);
