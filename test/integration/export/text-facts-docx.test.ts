import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { WorkshopSchema, type Workshop } from '../../../shared/model';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { PDFTOTEXT, PYTHON, SOFFICE, convertToPdf, normalise, pdfPages, pythonDocxAvailable, tempDir } from './tools';

/*
 * Issue 14's text facts in the real Word file: the basmalah right to left, TABs as w:tab, the head's title on the
 * foreword and in BAB II without a personal name, the Jangka column of BAB VI, the phase table adding up to the
 * program count, the quick-win score on the 1–5 scale, the SWOT/TOWS annex. Read back from the XML, with python-docx
 * when it is installed, and through LibreOffice as PDF text.
 */

const run = promisify(execFile);
const officeMissing = !SOFFICE || !PDFTOTEXT;
const BASMALAH = 'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ';

/** The demo workshop as a region that entered no head's name nor title, with a foreword opening with the basmalah and a tabbed line. */
const workshopOf = (): Workshop => {
  const demo = buildDemoWorkshop('demo-fakta-teks', '2025-11-20T09:00:00.000Z');
  const sections = demo.sections.map((s) =>
    s.outlineKey === 'kata-sambutan'
      ? {
          ...s,
          content: {
            type: 'doc',
            content: [
              { type: 'paragraph', attrs: { dir: 'rtl', textAlign: 'center' }, content: [{ type: 'text', text: BASMALAH }] },
              { type: 'paragraph', content: [{ type: 'text', text: 'Nomor\t: 050/123/35.07.301/2025' }] },
              ...(s.content.content ?? []),
            ],
          },
        }
      : s,
  );
  return WorkshopSchema.parse({ ...demo, sections, region: { ...demo.region, regionalHead: { title: '', name: '', deputyName: '' } } });
};

const PYTHON_FACTS = `
import json, sys
import docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = {'rtl': [], 'tabs': 0, 'rawTabs': 0, 'paragraphs': [], 'jangka': 0, 'phases': None}
for p in d.paragraphs:
    out['paragraphs'].append(p.text)
    ppr = p._p.pPr
    if ppr is not None and ppr.find(qn('w:bidi')) is not None:
        runs = [r for r in p.runs if r.text]
        out['rtl'].append({'text': p.text, 'rtlRuns': all(r._r.rPr is not None and r._r.rPr.find(qn('w:rtl')) is not None for r in runs)})
for t in d.element.body.iter(qn('w:t')):
    if t.text and '\\t' in t.text: out['rawTabs'] += 1
out['tabs'] = sum(1 for _ in d.element.body.iter(qn('w:tab')))
for table in d.tables:
    header = [c.text for c in table.rows[0].cells]
    if 'Jangka' in header: out['jangka'] += 1
    if header[:3] == ['Tahapan', 'Tahun', 'Jumlah program'] and out['phases'] is None:
        out['phases'] = [[c.text for c in r.cells] for r in table.rows[1:]]
print(json.dumps(out))
`;

interface PythonFacts {
  rtl: Array<{ text: string; rtlRuns: boolean }>;
  tabs: number;
  rawTabs: number;
  paragraphs: string[];
  jangka: number;
  phases: string[][] | null;
}

describe('the Word masterplan’s text facts (issue 14)', () => {
  let workshop: Workshop;
  let dir: string;
  let docxPath: string;
  let xml = '';
  let pages: string[] = [];
  let pythonDocx = false;

  beforeAll(async () => {
    workshop = workshopOf();
    dir = await tempDir('fakta-teks-');
    docxPath = join(dir, 'masterplan.docx');
    const bytes = await writeMasterplanDocx(buildMasterplanDocument(workshop, { draft: false }), { paperSize: 'A4' });
    await writeFile(docxPath, bytes);
    xml = new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    pythonDocx = await pythonDocxAvailable();
    if (!officeMissing) pages = await pdfPages(await convertToPdf(docxPath, dir));
  }, 180_000);

  it('writes the basmalah as a right-to-left paragraph and TABs as w:tab, never inside w:t', () => {
    const paragraph = xml.split('<w:p>').concat(xml.split('<w:p ')).find((p) => p.includes(BASMALAH.slice(0, 5)));
    expect(paragraph).toBeDefined();
    expect(paragraph).toContain('<w:bidi/>');
    expect(paragraph).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:rtl\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">بِسْمِ/);
    expect(xml).toContain('<w:t xml:space="preserve">Nomor</w:t><w:tab/><w:t xml:space="preserve">: 050/123/35.07.301/2025</w:t>');
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\t[^<]*<\/w:t>/);
  });

  it('reads back through python-docx: rtl runs, tabs, the head on the foreword, the Jangka column and phases adding up', async (context) => {
    if (!pythonDocx) context.skip();
    const { stdout } = await run(PYTHON, ['-c', PYTHON_FACTS, docxPath], { maxBuffer: 64 * 1024 * 1024 });
    const facts = JSON.parse(stdout) as PythonFacts;
    expect(facts.rtl).toEqual([{ text: BASMALAH, rtlRuns: true }]);
    expect(facts.tabs).toBeGreaterThan(0);
    expect(facts.rawTabs).toBe(0);
    const foreword = facts.paragraphs.indexOf('KATA SAMBUTAN');
    expect(facts.paragraphs[foreword + 1]).toBe('BUPATI MALANG');
    expect(facts.jangka).toBe(workshop.dimensionSet.dimensions.length);
    const phases = facts.phases ?? [];
    expect(phases.at(-1)?.[2]).toBe(String(workshop.programs.length));
    expect(phases.slice(0, -1).reduce((sum, r) => sum + Number(r[2]), 0)).toBe(workshop.programs.length);
  });

  it.skipIf(officeMissing)('prints through LibreOffice: the foreword signed by the head, BAB II’s head, BAB VI’s Jangka, phases, the 1–5 score and the SWOT/TOWS annex', () => {
    const foreword = pages.find((p) => p.includes('KATA SAMBUTAN') && p.includes('BUPATI MALANG'));
    expect(foreword, 'halaman kata sambutan').toBeDefined();
    expect(normalise(foreword ?? '')).toMatch(/Bupati Malang \(\.+\)/);
    const text = normalise(pages.join(' '));
    expect(text).toMatch(/Kepala daerah Bupati Malang/);
    expect(pages.some((p) => /Jangka/.test(p) && /Matriks program/.test(p))).toBe(true);
    const phases = pages.find((p) => p.includes('Tahapan pelaksanaan masterplan') && p.includes('dihitung satu kali')) ?? '';
    // pdftotext reads table cells out of order; python-docx checks the rows add up, here the total is printed.
    expect(normalise(phases)).toMatch(new RegExp(`Jumlah .*\\b${workshop.programs.length}\\b.*Setiap program dihitung satu kali`));
    expect(text).toContain('Jumlah program berjalan per tahun');
    expect(text).toMatch(/Skor prioritas \(skala 1–5\) [1-5],\d\d/);
    expect(text).toContain('Lembar Kerja SWOT dan TOWS');
    expect(text).toMatch(/Matriks TOWS/);
  });
});
