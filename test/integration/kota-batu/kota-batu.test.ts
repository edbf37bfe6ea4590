import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, post, startServerProcess, type ServerProcess } from '../fuzz/server-process';
import { PDFTOTEXT, PYTHON, SOFFICE, contentsPageOf, normalise, opensChapter, pdfPages, pythonDocxAvailable, tempDir } from '../export/tools';
import { TAHAP, commandsOf, loadKotaBatu, type CandidateShape, type Command, type KotaBatu } from './script';

/*
 * Issue 14's second realistic fixture: Kota Batu (35.79), a kota whose smart city starts with its farmers and with
 * the citizens' needs collected before any program. A real server process is driven from an empty workshop to
 * Tahap IV only through the HTTP API, as a Bappeda script would: the methods and command types are discovered from
 * GET /api, one command per call. Then one masterplan export (export.docx) and the Bimtek papers (bimtek.docx), read
 * back through python-docx and through one LibreOffice run (PDF, pdftotext): every program under its dimension and
 * element with its lead OPD, jangka, years and budget, every total, the funding table adding up to the grand total,
 * indicators with their units, the head's title on the foreword, the basmalah right to left, TABs as w:tab, and no
 * mermaid source anywhere. KOTA_BATU_OUT=<dir> keeps the .docx and .pdf files for a look at the pages.
 */

const run = promisify(execFile);
const officeMissing = !SOFFICE || !PDFTOTEXT;

interface Listed {
  name: string;
  input: { properties?: Record<string, JsonSchema> };
}
interface JsonSchema {
  type?: string;
  const?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}
interface Suggestion {
  mode: string;
  suggested: { candidateId: string; programId: string; dimensionId: string; score: number | null }[];
  dimensionsWithout: { id: string }[];
}
interface ExportOutput {
  fileName: string;
  base64: string;
  draft: boolean;
  diagramsMissing: string[];
  diagramsDrawnByServer?: string[];
  diagramsMissingReason?: string;
}
interface Opened {
  workshop: {
    revision: number;
    opds: { id: string }[];
    dimensionSet: { dimensions: { id: string; code: string; nameId: string; elements: { id: string; nameId: string }[] }[] };
    fundingSources: { id: string; name: string }[];
    programs: { id: string; quickWin: boolean }[];
    quickWins: { candidates: { id: string; decision: string }[] };
  };
}

/** The command variants of workshop.apply, by type, from the listing's JSON Schema. */
const commandSchemas = (listing: Listed[]): Map<string, JsonSchema> => {
  const apply = listing.find((m) => m.name === 'workshop.apply');
  const command = apply?.input.properties?.['command'];
  const variants = command?.anyOf ?? command?.oneOf ?? [];
  return new Map(variants.flatMap((v) => (v.properties?.['type']?.const ? [[v.properties['type'].const, v] as const] : [])));
};

/** Whether this build's candidate has a problem statement and a quarterly plan on its sheet (issue 14 lands them). */
const candidateShapeOf = (schemas: Map<string, JsonSchema>): CandidateShape => {
  const item = schemas.get('upsertQuickWinCandidate')?.properties?.['item'];
  const sheet = item?.properties?.['sheet'];
  const quarterly = Object.entries(sheet?.properties ?? {}).find(([, s]) => s.items?.properties?.['quarter'] !== undefined);
  return {
    problem: item?.properties?.['problem'] !== undefined ? 'candidate' : sheet?.properties?.['problem'] !== undefined ? 'sheet' : null,
    quarterly: quarterly ? { property: quarterly[0], fields: Object.keys(quarterly[1].items?.properties ?? {}) } : null,
  };
};

const PYTHON_READ = `
import json, sys
import docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
body = d.element.body
out = {'paragraphs': [], 'rtl': [], 'tabs': 0, 'rawTabs': 0, 'tables': []}
for p in d.paragraphs:
    out['paragraphs'].append(p.text)
    ppr = p._p.pPr
    if ppr is not None and ppr.find(qn('w:bidi')) is not None:
        runs = [r for r in p.runs if r.text]
        out['rtl'].append({'text': p.text, 'rtlRuns': len(runs) > 0 and all(r._r.rPr is not None and r._r.rPr.find(qn('w:rtl')) is not None for r in runs)})
for t in body.iter(qn('w:t')):
    if t.text and '\\t' in t.text: out['rawTabs'] += 1
out['tabs'] = sum(1 for _ in body.iter(qn('w:tab')))
for table in d.tables:
    rows = []
    for r in table.rows:
        cells = []
        for c in r.cells:
            cells.append(c.text)
        rows.append(cells)
    out['tables'].append(rows)
print(json.dumps(out))
`;

interface DocxRead {
  paragraphs: string[];
  rtl: { text: string; rtlRuns: boolean }[];
  tabs: number;
  rawTabs: number;
  tables: string[][][];
}

const MERMAID_WORDS = ['flowchart', 'gantt', 'quadrantChart', '<br>', 'mindmap', 'dateFormat', '%%{'];

/** "Rp 1.250.000.000", as the document writes a whole Rupiah amount. */
const rupiah = (amount: number): string => `Rp ${amount.toLocaleString('de-DE')}`;
/** The amounts a table may print for a sum: full Rupiah, or without the "Rp". */
const amountWritten = (amount: number): RegExp => new RegExp(`(Rp\\s?)?${amount.toLocaleString('de-DE').replace(/\./g, '\\.')}(?!\\d)`);
/** 4.5 → "4,5"; 1500 → "1.500". */
const decimal = (value: number): string => {
  const [whole = '0', fraction] = String(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
};
/** A figure with its unit as the masterplan prints it: "40%" joined (PUEBI), "12 layanan" spaced. */
const withItsUnit = (value: number, unit: string): string => (unit.trim().startsWith('%') ? `${decimal(value)}${unit.trim()}` : `${decimal(value)} ${unit}`);
/** Whole Rupiah from a cell's text ("Rp 1.250.000.000" → 1250000000); null when none. */
const amountOf = (text: string): number | null => {
  const match = /(?:Rp\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?!,\d)/.exec(text.replace(/\s+/g, ' '));
  return match?.[1] ? Number(match[1].replace(/\./g, '')) : null;
};

describe('Kota Batu from empty to Tahap IV over HTTP, and its Word masterplan', () => {
  let fixture: KotaBatu;
  let server: ServerProcess;
  let root: string;
  let out: string;
  let workshopId = '';
  let revision = 0;
  let calls = 0;
  let suggestion: Suggestion;
  let exported: ExportOutput;
  let docxPath: string;
  let xml = '';
  let read: DocxRead | null = null;
  let pages: string[] = [];
  let hadirPages: string[] = [];
  let beritaPages: string[] = [];
  let final: Opened['workshop'];
  let candidateShape: CandidateShape;

  const apply = async (command: Command): Promise<void> => {
    calls += 1;
    const answer = await post<{ revision: number }>(server.url, 'workshop.apply', { workshopId, baseRevision: revision, command });
    if (answer.status !== 200) throw new Error(`${command.type} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 600)}`);
    revision = answer.body.revision;
  };
  const open = async (): Promise<Opened['workshop']> => (await must<Opened>(server.url, 'workshop.open', { workshopId })).workshop;

  beforeAll(async () => {
    fixture = await loadKotaBatu();
    root = await tempDir('kota-batu-');
    out = process.env['KOTA_BATU_OUT'] ?? join(root, 'out');
    await mkdir(join(root, 'data'), { recursive: true });
    await mkdir(out, { recursive: true });
    server = await startServerProcess(join(root, 'data'));

    // What a script reads first: the methods and the command types this build offers.
    const listing = ((await (await fetch(`${server.url}/api`)).json()) as { methods: Listed[] }).methods;
    const methods = new Set(listing.map((m) => m.name));
    for (const needed of ['workshops.create', 'workshop.open', 'workshop.apply', 'quickWins.suggest', 'export.docx', 'bimtek.docx']) {
      if (!methods.has(needed)) throw new Error(`GET /api lists no ${needed}`);
    }
    const schemas = commandSchemas(listing);
    candidateShape = candidateShapeOf(schemas);

    const created = await must<{ id: string }>(server.url, 'workshops.create', {
      title: fixture.workshop.title,
      regionName: fixture.workshop.regionName,
      regionKind: fixture.workshop.regionKind,
      startYear: fixture.workshop.startYear,
    });
    workshopId = created.id;
    const empty = await open();
    revision = empty.revision;
    const ctx = { defaultOpdIds: empty.opds.map((o) => o.id), candidateShape };

    for (const tahap of TAHAP) {
      const commands = commandsOf(fixture, tahap, ctx);
      for (const command of commands) {
        if (!schemas.has(command.type)) throw new Error(`GET /api lists no command ${command.type}`);
        await apply(command);
      }
      if (tahap === 'tahap-3') {
        // The forum decides as the app suggests: the suggested candidates chosen, the others set aside.
        suggestion = await must<Suggestion>(server.url, 'quickWins.suggest', { workshopId });
        const suggested = new Set(suggestion.suggested.map((s) => s.candidateId));
        for (const c of fixture.quickWinCandidates) {
          await apply({ type: 'decideQuickWin', candidateId: c.id, decision: suggested.has(c.id) ? 'chosen' : 'rejected', reason: '' });
        }
      }
    }
    // Tahap IV's chapter-by-chapter review, every chapter the document prints.
    const chapters = ['bab1', 'bab2', 'bab3', 'bab4', 'bab5', 'bab6', 'bab7', 'bab8', 'penutup'];
    await apply({ type: 'setReviewChecklist', items: chapters.map((chapterKey) => ({ chapterKey, reviewed: true, note: '' })) });
    final = await open();

    exported = await must<ExportOutput>(server.url, 'export.docx', { workshopId });
    docxPath = join(out, exported.fileName);
    const bytes = Buffer.from(exported.base64, 'base64');
    await writeFile(docxPath, bytes);
    xml = new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    const papers: string[] = [];
    for (const [stage, paper] of [['tahap-1', 'daftar-hadir'], ['tahap-4', 'berita-acara']] as const) {
      const output = await must<{ fileName: string; base64: string }>(server.url, 'bimtek.docx', { workshopId, stage, paper });
      const file = join(out, output.fileName);
      await writeFile(file, Buffer.from(output.base64, 'base64'));
      papers.push(file);
    }
    if (await pythonDocxAvailable()) {
      const { stdout } = await run(PYTHON, ['-c', PYTHON_READ, docxPath], { maxBuffer: 64 * 1024 * 1024 });
      read = JSON.parse(stdout) as DocxRead;
    }
    if (!officeMissing && SOFFICE) {
      // One LibreOffice run for the masterplan and both papers.
      const profile = await tempDir('lo-profile-');
      await run(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, docxPath, ...papers], { timeout: 240_000 });
      await rm(profile, { recursive: true, force: true });
      const pdf = (file: string) => file.replace(/\.docx$/, '.pdf');
      pages = await pdfPages(pdf(docxPath));
      hadirPages = await pdfPages(pdf(papers[0] ?? ''));
      beritaPages = await pdfPages(pdf(papers[1] ?? ''));
    }
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('reaches Tahap IV through the API alone: the quick wins the app suggests, one per dimension, and a final (not draft) export', () => {
    expect(calls).toBeGreaterThan(250);
    expect(suggestion.mode).toBe('per-dimension');
    expect(suggestion.dimensionsWithout).toEqual([]);
    expect(new Set(suggestion.suggested.map((s) => s.dimensionId)).size).toBe(final.dimensionSet.dimensions.length);
    // Agriculture first: the farmers' service is Smart Economy's quick win, the citizens' needs Smart Governance's.
    expect(suggestion.suggested.map((s) => s.programId)).toEqual(expect.arrayContaining(['prog-se-wf-01', 'prog-sg-sv-01']));
    for (const s of suggestion.suggested) expect(s.score).toBeGreaterThanOrEqual(1);
    expect(final.programs.filter((p) => p.quickWin).map((p) => p.id).sort()).toEqual(suggestion.suggested.map((s) => s.programId).sort());
    expect(final.opds.map((o) => o.id).sort()).toEqual(fixture.opds.map((o) => o.id).sort());
    expect(exported.draft).toBe(false);
    expect(exported.fileName).toBe('masterplan-smart-city-kota-batu-2027-2036.docx');
  });

  it('has no diagram source anywhere in the Word file', () => {
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const word of MERMAID_WORDS) expect(text, word).not.toContain(word);
    expect(xml).not.toContain('&lt;br&gt;');
    if (exported.diagramsMissing.length > 0) expect(exported.diagramsMissingReason).toBeDefined();
  });

  it('writes the basmalah right to left (w:bidi, w:rtl runs) and every TAB as w:tab', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const basmalah = fixture.sections.find((s) => s.outlineKey === 'kata-sambutan');
    const first = JSON.stringify(basmalah?.content.content[0]);
    expect(read.rtl.length).toBe(1);
    expect(first).toContain(read.rtl[0]?.text ?? '-');
    expect(read.rtl[0]?.rtlRuns).toBe(true);
    expect(read.rawTabs).toBe(0);
    expect(read.tabs).toBeGreaterThanOrEqual(5);
    expect(xml).toContain('<w:t xml:space="preserve">Pengarah</w:t><w:tab/>');
  });

  it('opens the foreword with the head’s title and signs it with the title and name', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const head = fixture.region.regionalHead;
    const at = read.paragraphs.indexOf('KATA SAMBUTAN');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(read.paragraphs[at + 1]).toBe(head.title.toUpperCase());
    // The signature block: place and date of the signing, the title, the name (the document's first table).
    expect(read.tables[0]?.flat().join('\n').trim()).toBe(`Batu, 23 September 2026\n${head.title}\n${head.name}`);
  });

  it('prints every program under its dimension and element with lead OPD, jangka, years and budget', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    // BAB VI: one matrix per dimension; its rows name the element, the program, the lead OPD, jangka, years and budget.
    const matrices = read.tables.filter((t) => t[0]?.includes('Jangka') && t[0]?.some((h) => /OPD/.test(h)));
    expect(matrices.length).toBe(final.dimensionSet.dimensions.length);
    const rowsOf = (table: string[][]) => table.slice(1);
    for (const program of fixture.programs) {
      const dimension = final.dimensionSet.dimensions.find((d) => d.id === program.dimensionId);
      const element = dimension?.elements.find((e) => e.id === program.elementId);
      const lead = fixture.opds.find((o) => o.id === program.leadOpdId);
      const matrix = matrices.find((t) => rowsOf(t).some((r) => r.some((c) => normalise(c).includes(normalise(program.name)))));
      expect(matrix, program.code).toBeDefined();
      const row = rowsOf(matrix ?? []).find((r) => r.some((c) => normalise(c).includes(normalise(program.name)))) ?? [];
      const text = normalise(row.join(' | '));
      expect(text, program.code).toContain(program.code);
      expect(text, program.code).toContain(normalise(lead?.abbreviation ?? '?'));
      const first = Math.min(...program.years);
      const last = Math.max(...program.years);
      expect(text, program.code).toContain(first === last ? `${first}` : `${first}–${last}`);
      const total = program.budget.reduce((n, b) => n + b.amount, 0);
      expect(text, program.code).toMatch(amountWritten(total));
      const bucket = last <= fixture.workshop.startYear ? 'Pendek' : last <= fixture.workshop.startYear + 4 ? 'Menengah' : 'Panjang';
      expect(text, program.code).toContain(bucket);
      // The element: on the row or on the group heading row above it in the same table.
      const table = matrix ?? [];
      const index = table.indexOf(row);
      const above = table.slice(0, index + 1).map((r) => normalise(r.join(' '))).reverse();
      expect(above.some((r) => r.includes(normalise(element?.nameId ?? '?'))), `${program.code} ${element?.nameId}`).toBe(true);
      // The matrix is its dimension's: every other program in the table shares the dimension.
      const codes = rowsOf(table).map((r) => r.join(' ')).join(' ');
      const dimensionCode = program.code.split('-')[0] ?? '';
      for (const other of fixture.programs.filter((p) => !p.code.startsWith(dimensionCode))) expect(codes).not.toContain(other.code);
    }
  });

  it('adds up every total: programs and budget per dimension, the grand total, each program once in the phase table', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const budgetOf = (p: (typeof fixture.programs)[number]) => p.budget.reduce((n, b) => n + b.amount, 0);
    const recap = read.tables.find((t) => t[0]?.[0] === 'Dimensi' && t[0].includes('Jumlah program') && t[0].includes('Indikasi anggaran'));
    expect(recap, 'rekapitulasi per dimensi').toBeDefined();
    const header = recap?.[0] ?? [];
    const count = header.indexOf('Jumlah program');
    const quickWins = header.indexOf('Quick win');
    for (const dimension of final.dimensionSet.dimensions) {
      const row = recap?.find((r) => r[0] === dimension.nameId) ?? [];
      const programs = fixture.programs.filter((p) => p.dimensionId === dimension.id);
      expect(Number(row[count]), dimension.nameId).toBe(programs.length);
      expect(Number(row[quickWins]), dimension.nameId).toBe(1);
      expect(amountOf(row.at(-1) ?? ''), dimension.nameId).toBe(programs.reduce((n, p) => n + budgetOf(p), 0));
    }
    const sum = recap?.find((r) => r[0] === 'Jumlah') ?? [];
    expect(Number(sum[count])).toBe(fixture.programs.length);
    expect(amountOf(sum.at(-1) ?? '')).toBe(fixture.programs.reduce((n, p) => n + budgetOf(p), 0));
    // The roadmap's phases: each program counted once, in the bucket of its last year.
    const phases = read.tables.find((t) => t[0]?.slice(0, 3).join('|') === 'Tahapan|Tahun|Jumlah program') ?? [];
    const lastYears = fixture.programs.map((p) => Math.max(...p.years));
    const start = fixture.workshop.startYear;
    const bucketCounts = [lastYears.filter((y) => y <= start).length, lastYears.filter((y) => y > start && y <= start + 4).length, lastYears.filter((y) => y > start + 4).length];
    expect(phases.slice(1, 4).map((r) => Number(r[2]))).toEqual(bucketCounts);
    expect(phases.at(-1)?.[2]).toBe(String(fixture.programs.length));
  });

  it('adds the funding table up to the grand total, split by source as entered', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const grand = fixture.programs.reduce((n, p) => n + p.budget.reduce((m, b) => m + b.amount, 0), 0);
    const bySource = new Map<string, number>();
    for (const p of fixture.programs) for (const f of p.funding) bySource.set(f.sourceId, (bySource.get(f.sourceId) ?? 0) + f.amount);
    const names = new Map(final.fundingSources.map((s) => [s.id, s.name]));
    const table = read.tables.find((t) => /^Sumber (dana|pendanaan)/i.test(t[0]?.[0] ?? '') && t.some((r) => r[0] === 'APBD Kota Batu'));
    expect(table, 'tabel pendanaan per sumber').toBeDefined();
    const rows = table ?? [];
    const total = rows.find((r) => /^(Jumlah|Total)/i.test(normalise(r[0] ?? '')));
    expect(amountOf(total?.at(-1) ?? ''), 'total').toBe(grand);
    let sum = 0;
    for (const [sourceId, amount] of bySource) {
      if (amount === 0) continue;
      const row = rows.find((r) => r.some((c) => normalise(c) === normalise(names.get(sourceId) ?? '?')));
      expect(row, sourceId).toBeDefined();
      const printed = amountOf(row?.at(-1) ?? '');
      expect(printed, sourceId).toBe(amount);
      sum += printed ?? 0;
    }
    expect(sum).toBe(grand);
    expect(normalise(xml.replace(/<[^>]+>/g, ' '))).not.toContain('Gabungan beberapa sumber');
  });

  it('prints indicators with their units, baselines and targets', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const text = normalise([...read.paragraphs, ...read.tables.flat(2)].join(' '));
    for (const goal of fixture.goals) {
      const { unit, baseline, baselineYear, targets } = goal.indicator;
      expect(text, goal.id).toContain(normalise(goal.indicator.name));
      expect(text, goal.id).toContain(`${withItsUnit(baseline ?? 0, unit)} (${baselineYear})`);
      for (const t of targets) expect(text, `${goal.id} ${t.year}`).toContain(`${withItsUnit(t.value, unit)} (${t.year})`);
    }
    // Every program's indicator, in the full matrix annex and on the quick-win sheets: "0% (2026) → 40% (2027)".
    for (const program of fixture.programs) {
      for (const indicator of program.indicators) {
        const figures = [`${withItsUnit(indicator.baseline ?? 0, indicator.unit)} (${indicator.baselineYear})`, ...indicator.targets.map((t) => `${withItsUnit(t.value, indicator.unit)} (${t.year})`)];
        expect(text, program.code).toContain(`${normalise(indicator.name)}: ${figures[0]} → ${figures.slice(1).join(', ')}`);
      }
    }
  });

  it('prints each chosen quick win’s sheet: the problem in the room’s words when this build has the field, and its plan', (context) => {
    if (!read) return context.skip('python-docx tidak terpasang');
    const text = normalise([...read.paragraphs, ...read.tables.flat(2)].join(' '));
    for (const s of suggestion.suggested) {
      const candidate = fixture.quickWinCandidates.find((c) => c.id === s.candidateId);
      if (!candidate) throw new Error(`no fixture candidate ${s.candidateId}`);
      if (candidateShape.problem) expect(text, s.candidateId).toContain(normalise(candidate.problem));
      for (const step of candidate.quarterPlan) expect(text, s.candidateId).toContain(normalise(step.activity));
      if (candidateShape.quarterly) for (const step of candidate.quarterPlan) expect(text, s.candidateId).toContain(normalise(step.deliverable));
    }
  });

  it('leaves nothing unfilled in a final document', () => {
    expect(normalise(xml.replace(/<[^>]+>/g, ' '))).not.toContain('[Belum diisi]');
    expect(xml).not.toMatch(/>DRAF</);
  });

  it.skipIf(officeMissing)('prints no blank page: every page holds more than its running header and page number', () => {
    const running = (line: string): boolean => /^\s*(Masterplan Smart City\b.*|Halaman \d+ dari \d+)\s*$/.test(line);
    const blank = pages.map((text, index) => ({ page: index + 1, text: normalise(text.split('\n').filter((line) => !running(line)).join(' ')) })).filter((p) => p.text.length < 10);
    expect(blank).toEqual([]);
  });

  it.skipIf(officeMissing)('lines up the colons of TIM PENYUSUN, typed as "label<TAB>: name", whatever the label’s length', async () => {
    // Word's default stops put "Ketua"'s colon at 1.27 cm and "Penanggung jawab"'s at 3.81 cm; one stop past the widest label now.
    const page = pages.findIndex((p) => /^\s*TIM PENYUSUN\s*$/m.test(p) && !p.includes('....')) + 1;
    expect(page).toBeGreaterThan(0);
    const pdf = docxPath.replace(/\.docx$/, '.pdf');
    const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
    const colons = [...stdout.matchAll(/<word xMin="([\d.]+)"[^>]*>:<\/word>/g)].map((m) => Math.round(Number(m[1])));
    const words = [...stdout.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)<\/word>/g)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), text: m[3] }));
    expect(colons.length).toBe(5);
    expect(new Set(colons).size).toBe(1);
    // Every label ends before the colons: "Penanggung jawab", the longest, too.
    const names = ['Pengarah', 'Penanggung', 'jawab', 'Ketua', 'Sekretaris', 'Anggota'];
    const labels = words.filter((w) => w.from < (colons[0] ?? 0) && names.includes(w.text ?? ''));
    expect(labels.map((w) => w.text).sort()).toEqual([...names].sort());
    expect(Math.max(...labels.map((w) => w.to))).toBeLessThan(colons[0] ?? 0);
  });

  it.skipIf(officeMissing)('gives every chapter in the table of contents the page LibreOffice prints it on', () => {
    // The contents run from "DAFTAR ISI" to the list of tables; each chapter is "BAB IV VISI, MISI, … ..... 22".
    const first = pages.findIndex((p) => /^\s*DAFTAR ISI\s*$/m.test(p));
    const end = pages.findIndex((p, i) => i > first && /^\s*DAFTAR TABEL\s*$/m.test(p));
    expect(first).toBeGreaterThanOrEqual(0);
    const contents = normalise(pages.slice(first, end).join(' '));
    const chapters = [...contents.matchAll(/BAB ([IVX]+) ([^.]+?) ?\.{3,}/g)].map((m) => ({ number: `BAB ${m[1] ?? ''}`, title: (m[2] ?? '').trim() }));
    expect(chapters.map((c) => c.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'].map((n) => `BAB ${n}`));
    const drift = chapters.flatMap(({ number, title }) => {
      const listed = contentsPageOf(contents, `${number} ${title}`);
      const printed = pages.findIndex((page, i) => i >= end && opensChapter(page, number, title)) + 1;
      return listed === printed && printed > 0 ? [] : [`${number} ${title}: daftar isi ${listed}, tercetak ${printed}`];
    });
    expect(drift).toEqual([]);
  });

  it.skipIf(officeMissing)('prints through LibreOffice: foreword, BAB II facts, BAB VI totals, a quick-win sheet and the papers', () => {
    const all = normalise(pages.join(' '));
    const head = fixture.region.regionalHead;
    const foreword = pages.find((p) => p.includes('KATA SAMBUTAN') && p.includes(head.title.toUpperCase()));
    expect(foreword, 'halaman kata sambutan').toBeDefined();
    expect(normalise(foreword ?? '')).toContain(head.name);
    for (const fact of ['35.79', fixture.region.motto, '215.248 jiwa (tahun 2024)', 'Bumiaji', 'Junrejo', head.deputyTitle, 'Nota Kesepakatan Gerakan Menuju Smart City']) {
      expect(all, fact).toContain(fact);
    }
    const grand = fixture.programs.reduce((n, p) => n + p.budget.reduce((m, b) => m + b.amount, 0), 0);
    expect(all).toContain(rupiah(grand).replace('Rp ', ''));
    // Each chosen quick win's sheet prints its weighted score on the 1–5 scale, as the suggestion gives it.
    for (const s of suggestion.suggested) expect(all, s.programId).toContain(`Skor prioritas (skala 1–5) ${(s.score ?? 0).toFixed(2).replace('.', ',')}`);
    for (const fact of ['flowchart', 'gantt', 'quadrantChart', '<br>']) expect(all).not.toContain(fact);
    // BAB VI's headers and the OPD columns never break a word: the summary's status headers, "Bappelitbangda" whole.
    const summary = normalise(pages.find((p) => p.includes('Rekapitulasi program per dimensi') && p.includes('Jumlah')) ?? '');
    for (const header of ['Eksisting', 'Pengembangan', 'Indikasi anggaran']) expect(summary, header).toContain(header);
    expect(all).not.toMatch(/Bappelitbangd(?!a)|Pengembanga(?!n)|Eksistin(?!g)/);
    // No table but the annex's dense matrix cuts an OPD's abbreviation its column is too narrow for ("Diskumperinda g" in
    // the first year's action plan and in the risk table); the matrix and its columns are BAB VI's and the annex's own.
    const cut = (word: string): RegExp => new RegExp(Array.from({ length: word.length - 3 }, (_, i) => `\\b${word.slice(0, i + 2)} ${word.slice(i + 2)}\\b`).join('|'));
    const annex = pages.findIndex((p) => /^Lampiran 5 Matriks Program Lengkap\s*$/m.test(p));
    expect(annex).toBeGreaterThan(0);
    const beforeAnnex = normalise(pages.slice(0, annex > 0 ? annex : pages.length).join(' '));
    for (const word of fixture.opds.map((o) => o.abbreviation).filter((a) => /^[A-Za-z]{6,}$/.test(a))) expect(beforeAnnex, word).not.toMatch(cut(word));
    // The annex's matrix: the element and the location whole ("Kesejahteraa n Rakyat", "Sumberbrant as").
    const inAnnex = normalise(pages.slice(annex).join(' '));
    for (const word of ['Kesejahteraan', 'Sumberbrantas']) expect(inAnnex, word).not.toMatch(cut(word));
    expect(inAnnex).not.toMatch(/\b[A-Z]{2}-[A-Z]{2}- \d{2}\b/);

    const hadir = normalise(hadirPages.join(' '));
    expect(hadir).toContain('DAFTAR HADIR');
    expect(hadir).toContain('PEMERINTAH KOTA BATU');
    expect(hadir).toContain('Balai Kota Among Tani, Kota Batu');
    for (const a of fixture.bimtek.attendees.filter((x) => x.present['tahap-1'] && x.name !== '')) expect(hadir).toContain(a.name);
    const berita = normalise(beritaPages.join(' '));
    expect(berita).toContain('BERITA ACARA');
    expect(berita).toContain('Batu, 23 September 2026');
    // Signed at the city's name, as the foreword is ("Batu", not "Kota Batu").
    expect(berita).not.toContain('Kota Batu, 23 September 2026');
  });
});
