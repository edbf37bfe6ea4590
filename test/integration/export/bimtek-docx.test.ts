import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvokeDispatcher, type InvokeSender } from '../../../electron/main/ipc';
import { startServer, type RunningServer } from '../../../electron/server/index';
import { createServices } from '../../../electron/services/index';
import type { Handlers } from '../../../shared/contract';
import { INDEX_HTML, call, errorOf, ok } from '../http/fixture';
import { pngOf } from './png-fixture';
import { PDFTOTEXT, PYTHON, SOFFICE, convertToPdf, normalise, pdfPages, pythonDocxAvailable, tempDir } from './tools';

/*
 * The Bimtek record over HTTP and its two papers per Tahap: set through workshop.apply (with 400s for what the record
 * refuses), written by bimtek.docx for the demo, read back through python-docx (the attendance table, its numbered
 * signature cells alternating left and right) and through LibreOffice and pdftotext (attendees, date, venue, decisions).
 */

const run = promisify(execFile);

interface Attendee {
  id: string;
  name: string;
  title: string;
  opdId: string | null;
  present: Record<string, boolean>;
}
type Opened = { workshop: { revision: number; bimtek: { stages: Record<string, Record<string, unknown>>; attendees: Attendee[] }; quickWins: { candidates: { programId: string; decision: string }[] }; programs: { id: string; name: string }[] } };
type Paper = { fileName: string; base64: string; attendees: number };

const TABLES = `
import json, sys, docx
d = docx.Document(sys.argv[1])
out = []
for t in d.tables:
    rows = []
    for r in t.rows:
        rows.append([c.text for c in r.cells])
    out.append(rows)
# Tables inside cells (the daftar hadir's signatures, in the attendance table's last row), each cell once.
nested = [[[c.text for c in r.cells] for r in nt.rows] for t in d.tables for r in t.rows for tc in r._tr.tc_lst for nt in docx.table._Cell(tc, t).tables]
print(json.dumps({'tables': out, 'nested': nested, 'pictures': len(d.inline_shapes), 'width': round(d.sections[0].page_width.mm), 'height': round(d.sections[0].page_height.mm)}))
`;

describe('Pelaksanaan Bimtek over HTTP, and its daftar hadir and berita acara', () => {
  let fx: { server: RunningServer; handlers: Handlers; close(): Promise<void> };
  let root: string;
  let workshopId: string;
  let revision: number;
  let dir: string;

  const apply = (command: unknown) => call(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
  const applyOk = async (command: unknown) => {
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command }));
  };
  const opened = async () => (await ok<Opened>(fx.server, 'workshop.open', { workshopId })).workshop;
  const paper = async (stage: string, kind: string): Promise<{ file: string; output: Paper }> => {
    const output = await ok<Paper>(fx.server, 'bimtek.docx', { workshopId, stage, paper: kind });
    const file = join(dir, output.fileName);
    await writeFile(file, Buffer.from(output.base64, 'base64'));
    return { file, output };
  };

  beforeAll(async () => {
    // The real services with the demo seeded (as on a first launch), behind a real server.
    root = await tempDir('bimtek-http-');
    const dataDir = join(root, 'data');
    const staticDir = join(root, 'static');
    await mkdir(dataDir);
    await mkdir(staticDir);
    await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
    const services = await createServices({ dataDir, mode: 'web', seedDemo: true });
    const server = await startServer({ services, port: 0, staticDir, logError: () => undefined });
    fx = { server, handlers: services.handlers, close: async () => (await server.close(), await services.close()) };
    dir = await tempDir('bimtek-docx-');
    const listing = await ok<{ demoWorkshopId: string | null }>(fx.server, 'workshops.list', {});
    if (!listing.demoWorkshopId) throw new Error('the demo workshop was not seeded');
    workshopId = listing.demoWorkshopId;
    ({ revision } = await opened());
  });
  afterAll(async () => {
    await fx.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sets a Tahap and an attendance row (name optional), and refuses what the record cannot hold with 400 and the field', async () => {
    const w = await opened();
    const tahap2 = { ...w.bimtek.stages['tahap-2'], venue: 'Hotel Santika Premiere, Malang' };
    await applyOk({ type: 'setBimtekStage', stage: 'tahap-2', details: tahap2 });
    await applyOk({ type: 'upsertBimtekAttendee', item: { id: 'hadir-baru', title: 'Kepala Seksi Persandian', opdId: 'diskominfo', present: { 'tahap-2': true } } });
    const after = await opened();
    expect(after.bimtek.stages['tahap-2']?.venue).toBe('Hotel Santika Premiere, Malang');
    expect(after.bimtek.attendees.find((a) => a.id === 'hadir-baru')).toMatchObject({ name: '', title: 'Kepala Seksi Persandian', present: { 'tahap-1': false, 'tahap-2': true } });

    const order = await apply({ type: 'setBimtekStage', stage: 'tahap-2', details: { ...tahap2, startDate: '2021-09-15', endDate: '2021-09-14' } });
    expect(order.status).toBe(400);
    expect(errorOf(order)).toMatchObject({ code: 'invalid_input', field: 'command.details.endDate' });
    const stage = await apply({ type: 'setBimtekStage', stage: 'tahap-5', details: tahap2 });
    expect(stage.status).toBe(400);
    expect(errorOf(stage)).toMatchObject({ code: 'invalid_input', field: 'command.stage' });
    const opd = await apply({ type: 'upsertBimtekAttendee', item: { id: 'hadir-x', name: 'Ani', opdId: 'dinas-hilang' } });
    expect(opd.status).toBe(400);
    expect(errorOf(opd)).toMatchObject({ code: 'invalid_input', field: 'item.opdId' });
    const kind = await call(fx.server, 'bimtek.docx', { workshopId, stage: 'tahap-1', paper: 'notulen' });
    expect(kind.status).toBe(400);
    expect(errorOf(kind)).toMatchObject({ code: 'invalid_input', field: 'paper' });
    const missing = await call(fx.server, 'bimtek.docx', { workshopId: 'tidak-ada', stage: 'tahap-1', paper: 'daftar-hadir' });
    expect(missing.status).toBe(404);
  });

  it('answers bimtek.docx over IPC as over HTTP, with the same refusal for a paper it does not know', async () => {
    const invoke = createInvokeDispatcher({ handlers: fx.handlers, appOrigin: 'app://masterplan' });
    const fromApp = { senderFrame: { url: 'app://masterplan/index.html', parent: null } } as unknown as InvokeSender;
    const written = await invoke(fromApp, 'bimtek.docx', { workshopId, stage: 'tahap-4', paper: 'berita-acara' });
    expect(written).toMatchObject({ ok: true, value: { fileName: 'berita-acara-bimtek-tahap-iv-kabupaten-malang.docx' } });
    const refused = await invoke(fromApp, 'bimtek.docx', { workshopId, stage: 'tahap-4', paper: 'notulen' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'paper' } });
  });

  it('writes the daftar hadir of Tahap I: kop with the logo, one row per attendee, numbered signature cells alternating left and right', async () => {
    const logo = `data:image/png;base64,${pngOf(120, 140).toString('base64')}`;
    await applyOk({ type: 'setRegionProfile', patch: { logo } });
    const w = await opened();
    const present = w.bimtek.attendees.filter((a) => a.present['tahap-1']);
    const { file, output } = await paper('tahap-1', 'daftar-hadir');
    expect(output.fileName).toBe('daftar-hadir-bimtek-tahap-i-kabupaten-malang.docx');
    expect(output.attendees).toBe(present.length);
    if (!(await pythonDocxAvailable())) return;
    const { stdout } = await run(PYTHON, ['-c', TABLES, file], { maxBuffer: 16 * 1024 * 1024 });
    const facts = JSON.parse(stdout) as { tables: string[][][]; nested: string[][][]; pictures: number; width: number; height: number };
    expect(facts.pictures).toBe(1);
    expect([facts.width, facts.height]).toEqual([210, 297]);
    const attendance = facts.tables.find((t) => t[0]?.[1] === 'Nama');
    if (!attendance) throw new Error('no attendance table');
    expect(attendance[0]).toEqual(['No', 'Nama', 'Jabatan', 'Instansi/OPD', 'Tanda Tangan', 'Tanda Tangan']);
    // The header, a row per attendee, and the signatures in a last row across the table (so the last attendees stay on their page).
    expect(attendance.length).toBe(present.length + 2);
    expect(attendance.slice(1, -1).map((r) => r[1])).toEqual(present.map((a) => a.name));
    expect(facts.nested.map((t) => t[0])).toEqual([['Mengetahui,', expect.stringMatching(/^Kepanjen, /)]]);
    expect(attendance[1]?.slice(4)).toEqual(['1.', '']);
    expect(attendance[2]?.slice(4)).toEqual(['', '2.']);
    expect(attendance[3]?.slice(4)).toEqual(['3.', '']);
    expect(attendance.find((r) => r[1] === '' && r[2] === 'Kepala Bagian Organisasi')?.[3]).toBe('Sekretariat Daerah');
  });

  it('lines the two signatures up row by row, however long the Bappeda head’s title: leads, roles, room to sign, names and NIP each on one row', async () => {
    const { workshop } = await ok<{ workshop: { commitment: { entries: { opdId: string | null; headTitle: string }[] } } }>(fx.server, 'workshop.open', { workshopId });
    const entry = workshop.commitment.entries.find((e) => e.opdId === 'bappeda');
    if (!entry) throw new Error('the demo has no Bappeda on its commitment sheet');
    // A title that wraps onto three lines in its half of the page, as Kota Batu's Bappelitbangda does.
    await applyOk({ type: 'upsertCommitmentEntry', item: { ...entry, headTitle: 'Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah' } });
    const { file } = await paper('tahap-4', 'berita-acara');
    if (!(await pythonDocxAvailable())) return;
    const { stdout } = await run(PYTHON, ['-c', TABLES, file], { maxBuffer: 16 * 1024 * 1024 });
    const grid = (JSON.parse(stdout) as { tables: string[][][] }).tables.find((t) => t[0]?.[0] === 'Mengetahui,');
    expect(grid).toEqual([
      ['Mengetahui,', 'Malang, 17 November 2021'],
      ['Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Malang', 'Pembimbing/Narasumber'],
      ['', ''],
      ['Timie Herawanto', 'Dr. Ir. Adi Nugroho, M.T.'],
      ['NIP. ……………………………', ''],
    ]);
  });

  it.skipIf(!SOFFICE || !PDFTOTEXT)('prints the attendees, the date and the venue, and each Tahap’s decisions in its berita acara (LibreOffice, pdftotext)', { timeout: 240_000 }, async () => {
    const w = await opened();
    const hadir = await convertToPdf((await paper('tahap-1', 'daftar-hadir')).file, dir);
    const hadirText = normalise((await pdfPages(hadir)).join(' '));
    expect(hadirText).toContain('DAFTAR HADIR');
    expect(hadirText).toContain('PEMERINTAH KABUPATEN MALANG');
    expect(hadirText).toContain('Selasa–Rabu, 10–11 Agustus 2021');
    expect(hadirText).toContain('Ruang Rapat Anusapati, Kantor Bupati Malang, Kepanjen');
    for (const a of w.bimtek.attendees.filter((x) => x.present['tahap-1'] && x.name !== '')) expect(hadirText).toContain(a.name);
    expect(hadirText).toContain('Timie Herawanto');

    const tahap2 = normalise((await pdfPages(await convertToPdf((await paper('tahap-2', 'berita-acara')).file, dir))).join(' '));
    expect(tahap2).toContain('BERITA ACARA');
    expect(tahap2).toContain('Hotel Santika Premiere, Malang');
    expect(tahap2).toContain('Visi smart city yang disepakati');
    expect(tahap2).toContain('Perumusan visi dan misi smart city');

    const tahap3 = normalise((await pdfPages(await convertToPdf((await paper('tahap-3', 'berita-acara')).file, dir))).join(' '));
    const chosen = w.quickWins.candidates.filter((c) => c.decision === 'chosen').map((c) => w.programs.find((p) => p.id === c.programId)?.name ?? '?');
    expect(tahap3).toContain(`Quick win yang dipilih (${chosen.length})`);
    for (const name of chosen) expect(tahap3).toContain(normalise(name));
    expect(tahap3).toContain('Pembimbing/Narasumber');
    expect(tahap3).toContain('Dr. Ir. Adi Nugroho, M.T.');

    const tahap4 = normalise((await pdfPages(await convertToPdf((await paper('tahap-4', 'berita-acara')).file, dir))).join(' '));
    expect(tahap4).toContain('Lembar Komitmen Bersama ditandatangani di Malang pada 17 November 2021');
    expect(tahap4).toContain('Malang, 17 November 2021');
    // As printed: the two names on one line of the page, though the title on the left takes three lines.
    const { stdout: laidOut } = await run('pdftotext', ['-layout', join(dir, 'berita-acara-bimtek-tahap-iv-kabupaten-malang.pdf'), '-'], { maxBuffer: 16 * 1024 * 1024 });
    expect(laidOut.split('\n').find((line) => line.includes('Timie Herawanto'))).toContain('Dr. Ir. Adi Nugroho, M.T.');
  });
});
