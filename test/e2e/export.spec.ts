import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { convertToPdf, normalise, pdfPages } from '../integration/export/tools';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES, scrollWorksheetTo } from './support/viewports';

const run = promisify(execFile);
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Opened {
  workshop: { exportSettings: { paperSize: string }; programs: Array<{ code: string; name: string; leadOpdId: string | null; supportingOpdIds: string[] }> };
}

const openPreview = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: 'Pratinjau & Ekspor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pratinjau & Ekspor' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)\/pratinjau/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const jumpTo = async (page: Page, chapter: RegExp) => {
  await page.getByRole('navigation', { name: 'Daftar bab' }).getByRole('button', { name: chapter }).click();
};

/** Exports with the button and waits for the browser's download. */
const exportDocx = async (page: Page): Promise<Download> => {
  const arrives = page.waitForEvent('download', { timeout: 240_000 });
  await page.getByRole('button', { name: /^Ekspor (Word \(\.docx\)|lagi)$/ }).click();
  await expect(page.getByRole('button', { name: 'Sedang mengekspor…' })).toBeDisabled();
  const download = await arrives;
  await expect(page.getByText(`Berkas ${download.suggestedFilename()} diunduh oleh peramban`)).toBeVisible({ timeout: 30_000 });
  return download;
};

const documentXml = async (file: string): Promise<string> => strFromU8(unzipSync(new Uint8Array(await readFile(file)))['word/document.xml'] ?? new Uint8Array());

test('the facilitator previews the masterplan, prints it on F4 and exports it to Word, then one OPD’s part', async ({ page, app }) => {
  test.setTimeout(600_000);
  const workshopId = await openPreview(page, app.url);
  const { workshop } = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });

  // The same document as the Word file: chapter titles, a program from the matrix, a diagram.
  const jump = page.getByRole('navigation', { name: 'Daftar bab' });
  await expect(jump.getByRole('button', { name: /BAB I\s*PENDAHULUAN/ })).toBeVisible();
  await expect(jump.getByRole('button', { name: /BAB VII\s*PETA JALAN/ })).toBeVisible();
  await jumpTo(page, /^DAFTAR ISI$/);
  const contents = page.getByRole('region', { name: 'DAFTAR ISI' });
  await expect(contents).toBeFocused();
  await expect(contents).toContainText('PENDAHULUAN');
  await expect(contents).toContainText('PENUTUP');
  await expect(page.getByText('Dokumen ditandai DRAF')).toBeVisible();
  // The DRAF box lists what progress counts as missing, per stage: the demo's BAB II and III are mostly unwritten.
  const draftBox = page.locator('.export-draft-notice');
  await expect(draftBox.getByRole('region', { name: /^Tahap I ·/ })).toContainText('10 bagian naskah belum dibuat: Visi, Misi dan Isu Strategis RPJMD;');
  await expect(draftBox.getByRole('region', { name: /^Tahap IV ·/ }).getByRole('link', { name: 'Lembar Komitmen' })).toBeVisible();

  await jumpTo(page, /BAB VI\s*RENCANA PROGRAM/);
  const programs = page.getByRole('region', { name: 'BAB VI RENCANA PROGRAM DAN RENCANA AKSI' });
  const program = workshop.programs[0];
  if (!program) throw new Error('the demo has no programs');
  await expect(programs.getByText(program.name).first()).toBeVisible();
  await expect(programs.getByRole('table', { name: /^Tabel 6\.1 / })).toBeVisible();

  await jumpTo(page, /BAB VII\s*PETA JALAN/);
  const roadmap = page.getByRole('region', { name: 'BAB VII PETA JALAN (ROADMAP)' });
  const gantt = roadmap.getByRole('img', { name: /^Gambar 7\.\d+ / }).first();
  await expect(gantt).toBeVisible({ timeout: 30_000 });
  await expect(gantt.locator('svg')).toBeVisible();

  // F4 is stored with the workshop.
  await page.getByRole('radio', { name: /F4/ }).check();
  await expectSaved(page);
  await expect(page.getByText('Kertas F4')).toBeVisible();
  expect((await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.exportSettings.paperSize).toBe('F4');

  const dir = await mkdtemp(path.join(os.tmpdir(), 'ekspor-e2e-'));
  try {
    const download = await exportDocx(page);
    expect(download.suggestedFilename()).toBe('masterplan-smart-city-kabupaten-malang-2022-2031-draf.docx');
    const docx = path.join(dir, download.suggestedFilename());
    await download.saveAs(docx);
    const xml = await documentXml(docx);
    expect(xml).toContain('<w:drawing>');
    const pdf = await convertToPdf(docx, dir);
    const text = normalise((await pdfPages(pdf)).join(' '));
    expect(text).toContain('BAB I');
    expect(text).toContain('PENDAHULUAN');
    expect(text).toContain('DRAF');
    expect(text).toContain(normalise(program.name));
    const { stdout } = await run('pdfinfo', [pdf]);
    // F4: 215 × 330 mm is 609.4 × 935.4 points (LibreOffice rounds to whole twips and millimetres).
    expect(stdout).toMatch(/Page size:\s+(609|610)(\.\d+)? x (935|936)(\.\d+)? pts/);

    // One OPD's part: its programs only.
    await page.getByLabel('Hanya bagian OPD').selectOption('diskominfo');
    await expect(page.getByRole('region', { name: 'SAMPUL' })).toContainText('Bagian Diskominfo');
    const other = workshop.programs.find((p) => p.leadOpdId !== 'diskominfo' && !p.supportingOpdIds.includes('diskominfo'));
    const own = workshop.programs.find((p) => p.leadOpdId === 'diskominfo');
    if (!other || !own) throw new Error('the demo needs programs of Diskominfo and of other OPDs');
    const forOpd = await exportDocx(page);
    expect(forOpd.suggestedFilename()).toBe('masterplan-smart-city-kabupaten-malang-2022-2031-diskominfo-draf.docx');
    const opdDocx = path.join(dir, forOpd.suggestedFilename());
    await forOpd.saveAs(opdDocx);
    const opdXml = await documentXml(opdDocx);
    expect(opdXml).toContain(own.code);
    expect(opdXml).not.toContain(other.code);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

for (const size of SIZES) {
  test(`the preview and export page at ${size.name}`, async ({ page, app }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openPreview(page, app.url);
    await expect(page.getByRole('region', { name: 'SAMPUL' })).toContainText('MASTERPLAN');
    await page.screenshot({ path: path.join(SHOTS, `export-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Pratinjau naskah' }));
    await page.screenshot({ path: path.join(SHOTS, `export-cover-${size.name}.png`) });
    await jumpTo(page, /BAB VI\s*RENCANA PROGRAM/);
    await expect(page.getByRole('region', { name: 'BAB VI RENCANA PROGRAM DAN RENCANA AKSI' }).getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `export-programs-${size.name}.png`) });
    await jumpTo(page, /BAB VII\s*PETA JALAN/);
    await expect(page.getByRole('region', { name: 'BAB VII PETA JALAN (ROADMAP)' }).getByRole('img').first().locator('svg')).toBeVisible({ timeout: 30_000 });
    await scrollWorksheetTo(page.getByRole('region', { name: 'BAB VII PETA JALAN (ROADMAP)' }).getByRole('img').first());
    await page.screenshot({ path: path.join(SHOTS, `export-diagram-${size.name}.png`) });

    // The export panel while it works and when it is done.
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Ekspor Word (.docx)' }));
    const arrives = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Ekspor Word (.docx)' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Menyusun dokumen' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `export-progress-${size.name}.png`) });
    await arrives;
    await expect(page.getByRole('region', { name: 'Ekspor Word (.docx)' }).getByRole('status')).toHaveText('Ekspor selesai');
    await expect(page.getByText(/diunduh oleh peramban/)).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `export-done-${size.name}.png`) });
  });
}

const LARGE_PROGRAMS = 800;

/** A workshop with 800 programs (the demo's, repeated), put in the data folder as a file the app opens. */
const writeLargeWorkshop = async (page: Page, url: string, dataDir: string): Promise<string> => {
  const { workshops } = await callApi<{ workshops: Array<{ id: string }> }>(page, url, 'workshops.list', {});
  const demoId = workshops[0]?.id;
  if (!demoId) throw new Error('the demo workshop was not seeded');
  const { workshop: demo } = await callApi<{ workshop: Opened['workshop'] & Record<string, unknown> & { quickWins: Record<string, unknown> } }>(page, url, 'workshop.open', { workshopId: demoId });
  const programs = Array.from({ length: LARGE_PROGRAMS }, (_, i) => {
    const base = demo.programs[i % demo.programs.length];
    if (!base) throw new Error('the demo has no programs');
    return { ...base, id: `program-${i + 1}`, code: `${base.code.replace(/-\d+$/, '')}-${String(i + 1).padStart(3, '0')}`, name: `${base.name} ${i + 1}` };
  });
  const id = 'lokakarya-besar';
  const large = { ...demo, id, title: 'Lokakarya 800 program', revision: 1, programs, quickWins: { ...demo.quickWins, candidates: [] }, rpjmdMappings: [] };
  await writeFile(path.join(dataDir, 'workshops', `${id}.json`), JSON.stringify(large));
  return id;
};

test('the quick-win score scale is a stored document setting: 0–100 rescales the preview’s quick-win table', async ({ page, app }) => {
  const workshopId = await openPreview(page, app.url);
  const scale = page.getByRole('group', { name: 'Skala skor quick win' });
  await expect(scale.getByRole('radio', { name: /1–5/ })).toBeChecked();
  await jumpTo(page, /BAB VI\s*RENCANA PROGRAM/);
  const table = page.getByRole('table', { name: /Program quick win terpilih/ });
  await expect(table.getByRole('columnheader', { name: 'Skor (1–5)' })).toBeVisible();
  await scale.getByRole('radio', { name: /0–100/ }).check();
  await expectSaved(page);
  await expect(table.getByRole('columnheader', { name: 'Skor (0–100)' })).toBeVisible();
  const opened = await callApi<{ workshop: { exportSettings: { quickWinScale?: string } } }>(page, app.url, 'workshop.open', { workshopId });
  expect(opened.workshop.exportSettings.quickWinScale).toBe('0-100');
  await page.screenshot({ path: path.join(SHOTS, 'export-quick-win-scale-1366.png') });
});

test('a workshop with 800 programs previews without drawing every row at once', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  const id = await writeLargeWorkshop(page, app.url, app.dataDir);
  await page.goto(`${app.url}/#/lokakarya/${id}/pratinjau`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pratinjau & Ekspor' })).toBeVisible({ timeout: 30_000 });
  await jumpTo(page, /^LAMPIRAN$/);
  const annexes = page.getByRole('region', { name: 'LAMPIRAN' });
  const matrix = annexes.getByRole('table', { name: /Matriks program lengkap/i });
  await expect(matrix).toBeVisible();
  await expect(annexes.getByText(`Menampilkan 40 dari ${LARGE_PROGRAMS} baris`)).toBeVisible();
  await expect(matrix.locator('tbody tr')).toHaveCount(40);
  const showAll = annexes.getByRole('button', { name: `Tampilkan semua ${LARGE_PROGRAMS} baris` }).first();
  await showAll.click();
  await expect(matrix.locator('tbody tr')).toHaveCount(LARGE_PROGRAMS);
  await expect(matrix).toContainText(`${LARGE_PROGRAMS}`);
  // The jump list still answers at once afterwards.
  await jumpTo(page, /BAB I\s*PENDAHULUAN/);
  await expect(page.getByRole('region', { name: 'BAB I PENDAHULUAN' })).toBeFocused();
});
