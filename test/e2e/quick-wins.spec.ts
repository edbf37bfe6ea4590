import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

interface Candidate {
  id: string;
  programId: string;
  gates: Record<string, boolean>;
  scores: Record<string, number | null>;
  decision: string;
  overrideReason: string;
  sheet: { problem: string; plan: { quarter: number; activity: string; opdId: string | null; deliverable: string }[]; indicators: string; risks: string; progress: number };
}
interface Opened {
  workshop: {
    programs: { id: string; quickWin: boolean }[];
    quickWins: { weights: Record<string, number>; selection: { mode: string; topN: number }; candidates: Candidate[] };
  };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const EOFFICE = 'SG-BR-01 E-Office dan Tanda Tangan Elektronik';
const CRITERIA = ['Dampak langsung', 'Kecepatan hasil', 'Kesiapan', 'Biaya & kepastian anggaran', 'Kebaruan', 'Keberlanjutan'];

const openQuickWins = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Quick Win/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick Win' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const board = async (page: Page, url: string, workshopId: string) => (await callApi<Opened>(page, url, 'workshop.open', { workshopId })).workshop;
const candidateOf = (w: Opened['workshop'], programId: string) => w.quickWins.candidates.find((c) => c.programId === programId);
const decisionOf = (page: Page, code: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('group', { name: new RegExp(`^Keputusan untuk ${code}`) }) });

test('a facilitator proposes, checks and scores a candidate, and a decision that differs from the suggestion needs a reason', async ({ page, app }) => {
  test.setTimeout(120_000);
  const workshopId = await openQuickWins(page, app.url);

  // Proposing needs a program.
  await page.getByRole('button', { name: 'Tambahkan sebagai kandidat' }).click();
  await expect(page.getByText('Pilih program yang akan diusulkan terlebih dahulu')).toBeVisible();
  await page.getByLabel('Program yang diusulkan').selectOption({ label: EOFFICE });
  await page.getByRole('button', { name: 'Tambahkan sebagai kandidat' }).click();
  const gates = page.getByRole('table', { name: 'Uji syarat kandidat quick win' });
  const row = gates.getByRole('row', { name: /SG-BR-01/ });
  await expect(row).toContainText('Belum lolos');
  // Hints come from the program matrix; the room ticks the boxes.
  await expect(row).toContainText('Dijadwalkan 2022');
  await expect(row).toContainText('OPD: Diskominfo');
  for (const gate of ['Hasil dalam 12 bulan', 'Satu OPD penanggung jawab', 'Dana teridentifikasi', 'Terkait isu & RPJMD']) {
    await page.getByRole('checkbox', { name: `${EOFFICE}: ${gate}` }).check();
  }
  await expect(row).toContainText('Lolos');

  // A score out of range stays in its box with a message and is not stored.
  const impact = page.getByRole('textbox', { name: `Skor Dampak langsung untuk ${EOFFICE}` });
  await impact.fill('7');
  await impact.blur();
  await expect(page.getByText('Isi angka bulat 1–5')).toBeVisible();
  await expect(impact).toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  expect(candidateOf(await board(page, app.url, workshopId), 'prog-sg-br-01')?.scores.impact).toBeNull();
  for (const criterion of CRITERIA) {
    const box = page.getByRole('textbox', { name: `Skor ${criterion} untuk ${EOFFICE}` });
    await box.fill('5');
    await box.press('Enter');
  }
  await expect(page.getByText('Isi angka bulat 1–5')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Skor kandidat per kriteria' }).getByRole('row', { name: /SG-BR-01/ })).toContainText('100');

  // E-office now leads Smart Governance, so the earlier choice of online permits has no reason any more.
  await expect(page.getByText('Keputusan untuk SG-SV-01 kini berbeda dari saran dan belum beralasan. Tuliskan alasannya.')).toBeVisible();
  const eoffice = decisionOf(page, 'SG-BR-01');
  await expect(eoffice).toContainText('Disarankan');
  await eoffice.getByRole('radio', { name: 'Terpilih' }).check();
  await expect(page.getByRole('article', { name: /SG-BR-01/ })).toBeVisible();
  await expectSaved(page);
  let stored = await board(page, app.url, workshopId);
  expect(candidateOf(stored, 'prog-sg-br-01')).toMatchObject({ decision: 'chosen', gates: { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true } });
  expect(stored.programs.find((p) => p.id === 'prog-sg-br-01')?.quickWin).toBe(true);

  // Rejecting a suggested candidate needs a reason: without one nothing is stored.
  const relawan = decisionOf(page, 'SS-LR-01');
  await relawan.getByRole('radio', { name: 'Ditolak' }).check();
  await expect(relawan.getByText('Keputusan ini berbeda dari saran aplikasi. Tuliskan alasannya; keputusan belum disimpan.')).toBeVisible();
  await relawan.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(relawan.getByRole('alert')).toContainText('Tuliskan alasannya');
  await expectSaved(page);
  expect(candidateOf(await board(page, app.url, workshopId), 'prog-ss-lr-01')?.decision).toBe('pending');
  await relawan.getByLabel('Alasan keputusan untuk SS-LR-01').fill('Sudah berjalan lewat Relawan TIK provinsi; cukup diperkuat.');
  await relawan.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(relawan.getByText('Belum disimpan')).toBeHidden();
  await expectSaved(page);
  stored = await board(page, app.url, workshopId);
  expect(candidateOf(stored, 'prog-ss-lr-01')).toMatchObject({ decision: 'rejected', overrideReason: 'Sudah berjalan lewat Relawan TIK provinsi; cukup diperkuat.' });

  await page.reload();
  await expect(decisionOf(page, 'SG-BR-01').getByRole('radio', { name: 'Terpilih' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `${EOFFICE}: Dana teridentifikasi` })).toBeChecked();
  await expect(page.getByRole('textbox', { name: `Skor Kebaruan untuk ${EOFFICE}` })).toHaveValue('5');
  await expect(decisionOf(page, 'SS-LR-01').getByLabel('Alasan keputusan untuk SS-LR-01')).toHaveValue('Sudah berjalan lewat Relawan TIK provinsi; cukup diperkuat.');
});

test('weights, the way of suggesting and a quick-win sheet are edited with inline checks, and removing a chosen candidate lowers its flag', async ({ page, app }) => {
  test.setTimeout(120_000);
  const workshopId = await openQuickWins(page, app.url);

  // Weights are the room's; an impossible weight is refused in place.
  const impactWeight = page.getByLabel('Dampak langsung', { exact: true });
  await impactWeight.fill('150');
  await impactWeight.blur();
  await expect(page.getByText('Bobot paling besar 100')).toBeVisible();
  await impactWeight.fill('-5');
  await impactWeight.blur();
  await expect(page.getByText('Bobot tidak boleh negatif')).toBeVisible();
  await impactWeight.fill('40');
  await impactWeight.blur();
  await expect(page.getByText('Jumlah bobot: 110%')).toBeVisible();

  // Top N instead of one per dimension, with a warning for the dimensions left out.
  await page.getByRole('radio', { name: 'N kandidat terbaik' }).check();
  const topN = page.getByLabel('Jumlah quick win (N)');
  await topN.fill('0');
  await topN.blur();
  await expect(page.getByText('N harus bilangan bulat 1–20')).toBeVisible();
  await topN.fill('3');
  await topN.blur();
  await expect(page.getByText(/^Belum ada saran quick win untuk: /)).toBeVisible();

  // A chosen quick win's sheet: the problem it solves, the action plan by quarter and progress.
  const sheet = page.getByRole('article', { name: /SL-HL-01/ });
  await sheet.getByLabel('Permasalahan yang diselesaikan').fill('Warga antre sejak subuh untuk mendaftar di puskesmas.');
  await sheet.getByLabel('Permasalahan yang diselesaikan').blur();
  await sheet.getByRole('button', { name: 'Tambah kegiatan' }).click();
  await expect(sheet.getByText('Uraian kegiatan wajib diisi', { exact: true })).toBeVisible();
  await sheet.getByLabel('Triwulan kegiatan baru').selectOption({ label: 'Triwulan III' });
  await sheet.getByLabel('Kegiatan baru', { exact: true }).fill('Pelatihan petugas pendaftaran puskesmas');
  await sheet.getByLabel('OPD pelaksana kegiatan baru').selectOption({ label: 'Dinkes · Dinas Kesehatan' });
  await sheet.getByLabel('Keluaran kegiatan baru').fill('40 petugas terlatih');
  await sheet.getByLabel('Keluaran kegiatan baru').press('Enter');
  await expect(sheet.getByLabel('Triwulan untuk Pelatihan petugas pendaftaran puskesmas')).toHaveValue('3');
  // The step's OPD reads whole (abbreviation and name), as in every other OPD chooser.
  await expect(sheet.getByRole('row', { name: /Pelatihan petugas pendaftaran puskesmas/ })).toContainText('Dinkes · Dinas Kesehatan');
  await sheet.getByLabel('Triwulan untuk Pelatihan petugas pendaftaran puskesmas').selectOption({ label: 'Triwulan IV' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await sheet.getByRole('heading', { name: 'Rencana aksi per triwulan' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'quick-win-sheet-1366.png') });
  const progress = sheet.getByLabel('Progres (%)');
  await progress.fill('150');
  await progress.blur();
  await expect(sheet.getByText('Progres harus bilangan bulat 0–100')).toBeVisible();
  await progress.fill('45');
  await progress.blur();
  await sheet.getByLabel('Risiko dan mitigasi').fill('Jaringan internet puskesmas di kecamatan selatan belum stabil.');
  await sheet.getByLabel('Risiko dan mitigasi').blur();

  // Removing a chosen candidate lowers the program's quick-win flag.
  await page.getByRole('button', { name: 'Hapus kandidat SN-WS-01 Bank Sampah Digital' }).click();
  await expect(page.getByRole('article', { name: /SN-WS-01/ })).toHaveCount(0);
  await expectSaved(page);

  const stored = await board(page, app.url, workshopId);
  expect(stored.quickWins.weights.impact).toBe(40);
  expect(stored.quickWins.selection).toEqual({ mode: 'top-n', topN: 3 });
  const antrean = candidateOf(stored, 'prog-sl-hl-01')!;
  expect(antrean.sheet.plan.filter((e) => e.activity === 'Pelatihan petugas pendaftaran puskesmas')).toEqual([expect.objectContaining({ quarter: 4, opdId: 'dinkes', deliverable: '40 petugas terlatih' })]);
  expect(antrean.sheet.problem).toBe('Warga antre sejak subuh untuk mendaftar di puskesmas.');
  expect(antrean.sheet).toMatchObject({ progress: 45, risks: 'Jaringan internet puskesmas di kecamatan selatan belum stabil.' });
  expect(candidateOf(stored, 'prog-sn-ws-01')).toBeUndefined();
  expect(stored.programs.find((p) => p.id === 'prog-sn-ws-01')?.quickWin).toBe(false);

  await page.reload();
  await expect(page.getByLabel('Dampak langsung', { exact: true })).toHaveValue('40');
  await expect(page.getByLabel('Jumlah quick win (N)')).toHaveValue('3');
  const reloaded = page.getByRole('article', { name: /SL-HL-01/ });
  await expect(reloaded.getByLabel('Triwulan untuk Pelatihan petugas pendaftaran puskesmas')).toHaveValue('4');
  await expect(reloaded.getByLabel('Keluaran Pelatihan petugas pendaftaran puskesmas')).toHaveValue('40 petugas terlatih');
  await expect(reloaded.getByLabel('Progres (%)')).toHaveValue('45');
  await expect(page.getByRole('row', { name: /SN-WS-01/ })).toHaveCount(0);
});

test('the impact-versus-effort chart is drawn offline and can be saved as a PNG', async ({ page, app }) => {
  await openQuickWins(page, app.url);
  const chart = page.getByRole('img', { name: /Diagram kuadran dampak dan upaya 9 kandidat quick win/ });
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart).toContainText('SG-SV-01');
  await expect(page.getByRole('table', { name: 'Posisi kandidat pada peta dampak dan upaya' }).getByRole('row', { name: /SS-CM-01/ })).toContainText('Program strategis');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan gambar (PNG)' }).click();
  const png = await readFile((await (await downloading).path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1280);
});

test('a decision can be taken with the keyboard alone', async ({ page, app }) => {
  const workshopId = await openQuickWins(page, app.url);
  const desaku = decisionOf(page, 'SG-SV-02');
  await desaku.getByRole('radio', { name: 'Belum diputuskan' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(desaku.getByRole('radio', { name: 'Terpilih' })).toBeChecked();
  // Not suggested (online permits lead the dimension): the reason box asks for a reason.
  await expect(desaku.getByText('Keputusan ini berbeda dari saran aplikasi. Tuliskan alasannya; keputusan belum disimpan.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(desaku.getByLabel('Alasan keputusan untuk SG-SV-02')).toBeFocused();
  await page.keyboard.type('Kepala Dispendukcapil siap memimpin sejak Januari.');
  await page.keyboard.press('Tab');
  await expect(desaku.getByText('Belum disimpan')).toBeHidden();
  await expectSaved(page);
  expect(candidateOf(await board(page, app.url, workshopId), 'prog-sg-sv-02')).toMatchObject({ decision: 'chosen', overrideReason: 'Kepala Dispendukcapil siap memimpin sejak Januari.' });
});

for (const size of [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
] as const) {
  test(`the quick-win worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openQuickWins(page, app.url);
    await expectSaved(page);
    await page.screenshot({ path: path.join(SHOTS, `quick-wins-${size.name}.png`) });
    const shoot = async (heading: string, name: string) => {
      await page.getByRole('heading', { level: 2, name: heading }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SHOTS, `quick-wins-${name}-${size.name}.png`) });
    };
    await shoot('Skor berbobot', 'scores');
    await expect(page.getByRole('img', { name: /Diagram kuadran/ }).locator('svg')).toBeVisible();
    await shoot('Peta dampak dan upaya', 'quadrant');
    await shoot('Saran dan keputusan forum', 'decisions');
    await shoot('Lembar quick win', 'sheet');
    const impact = page.getByRole('textbox', { name: /Skor Dampak langsung untuk SG-SV-02/ });
    await impact.fill('9');
    await impact.blur();
    await expect(page.getByText('Isi angka bulat 1–5')).toBeVisible();
    await impact.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, `quick-wins-invalid-${size.name}.png`) });
  });
}
