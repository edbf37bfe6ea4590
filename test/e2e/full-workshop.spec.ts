import { request, type Locator, type Page } from '@playwright/test';
import { sectionOutline } from '../../shared/logic/section-outline';
import { richDocFromText, type Workshop } from '../../shared/model';
import { expect, expectSaved, test } from './support/fixtures';

/**
 * Issue 3's acceptance walk: a facilitator takes a brand-new workshop from empty to every
 * stage complete using only the app's screens (the API is only read, to check what was stored),
 * reloads, and finds the stage marks and the work still there. The region keeps one smart city
 * dimension (removed through Data Rujukan), so each per-dimension rule needs one entry.
 * A stage is complete only when the narrative sections of its chapters are written too: the walk writes
 * one section in the editor and sees every stage still short of 100%; the other outline sections (about
 * forty) are then written through the API, since typing each one in the editor would add minutes and
 * nothing the sections e2e does not already cover.
 */

interface Stored {
  workshop: {
    dimensionSet: { dimensions: { id: string }[] };
    region: { province: string; population: number | null };
    issues: { text: string }[];
    programs: { code: string; name: string; leadOpdId: string | null; years: number[]; innovationType: string | null }[];
    quickWins: { candidates: { decision: string }[] };
    commitment: { place: string; entries: { headName: string }[]; reviewChecklist: { reviewed: boolean }[] };
    sections: { status: string }[];
  };
}

const COMPLETE = 'Semua butir kertas kerja ini sudah terpenuhi';
/** Tahap I–IV. */
const STAGE_COUNT = 4;

const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });

const openWorksheet = async (page: Page, link: RegExp, heading: string) => {
  await nav(page).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
};

/** The worksheet's own progress line says nothing is missing, once every edit is saved. */
const expectWorksheetComplete = async (page: Page) => {
  await expectSaved(page);
  await expect(page.getByText(COMPLETE)).toBeVisible();
};

/** Every worksheet of a stage is checked in the nav, while the stage waits for its chapters' sections. */
const expectStageWorksheetsComplete = async (page: Page, index: number) => {
  const stage = nav(page).locator('li.stage').nth(index);
  await expect(stage.locator('.worksheet-links .progress-mark:not(.is-done)')).toHaveCount(0);
  await expect(stage.locator('.stage-progress')).not.toHaveText(/100%$/);
};

/** Writes every outline section not started yet, through the API (Bappeda, final). */
const writeRemainingSections = async (baseUrl: string, workshopId: string): Promise<number> => {
  const context = await request.newContext();
  try {
    const open = async () => ((await (await context.post(`${baseUrl}/api/workshop.open`, { data: { workshopId } })).json()) as { workshop: Workshop }).workshop;
    let workshop = await open();
    const slots = sectionOutline(workshop).flatMap((g) => g.slots).filter((slot) => slot.section === null);
    for (const [i, slot] of slots.entries()) {
      const item = { id: `bagian-api-${i}`, outlineKey: slot.outlineKey, title: slot.title, content: richDocFromText(`Isi ${slot.title} Kota Lengkap.`), ownerOpdId: 'bappeda', status: 'final' };
      const response = await context.post(`${baseUrl}/api/workshop.apply`, { data: { workshopId, baseRevision: workshop.revision, command: { type: 'upsertSection', item } } });
      expect(response.ok(), `upsertSection ${slot.outlineKey} answered ${response.status()}`).toBe(true);
      workshop = { ...workshop, revision: ((await response.json()) as { revision: number }).revision };
    }
    return slots.length;
  } finally {
    await context.dispose();
  }
};

/** A stage's mark in the nav reads "N dari N butir terpenuhi" and 100%. */
const expectStageComplete = async (page: Page, index: number) => {
  const stage = nav(page).locator('li.stage').nth(index);
  await expect(stage.locator('.stage-progress')).toHaveText(/^(\d+) dari \1 butir terpenuhi\s*100%$/);
};

const workshopIdFromUrl = (page: Page): string => {
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

/**
 * Reads the workshop the core stored, on a fresh connection: after the long walk through the
 * screens, a kept-alive socket of the page's request context may already be closed by the server.
 */
const readStored = async (baseUrl: string, workshopId: string): Promise<Stored> => {
  const context = await request.newContext();
  try {
    const response = await context.post(`${baseUrl}/api/workshop.open`, { data: { workshopId } });
    expect(response.ok(), `workshop.open answered ${response.status()}`).toBe(true);
    return (await response.json()) as Stored;
  } finally {
    await context.dispose();
  }
};

const leave = async (field: Locator) => {
  await field.press('Tab');
};

test('a facilitator takes a new workshop from empty to every stage complete through the screens, reloads, and everything is there', async ({ page, app }) => {
  // Fourteen worksheets filled in one walk; a busy machine makes it slow.
  test.setTimeout(480_000);
  await page.goto(app.url);

  // ——— A new workshop, from the home screen ———
  await page.getByRole('button', { name: 'Lokakarya baru' }).first().click();
  const create = page.getByRole('dialog', { name: 'Buat lokakarya baru' });
  await create.getByLabel('Judul lokakarya').fill('Bimtek Smart City Kota Lengkap 2026');
  await create.getByRole('radio', { name: 'Kota' }).check();
  await create.getByLabel('Nama kabupaten/kota').fill('Kota Lengkap');
  await create.getByRole('button', { name: 'Buat lokakarya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  const workshopId = workshopIdFromUrl(page);
  for (let i = 0; i < STAGE_COUNT; i += 1) await expect(nav(page).locator('li.stage').nth(i).locator('.stage-progress')).not.toHaveText(/100%$/);

  // ——— Tahap I · Profil daerah ———
  await page.getByLabel('Provinsi').fill('Kalimantan Timur');
  await page.getByLabel('Jumlah penduduk (jiwa)').fill('143.683');
  await page.getByLabel('Jumlah kecamatan').fill('3');
  await page.getByLabel('Jumlah kelurahan').fill('15');
  await page.getByLabel('Nama kepala daerah').fill('Budi Santoso');
  await page.getByLabel('Tahun awal').fill('2026');
  await page.getByLabel('Tahun akhir').fill('2030');
  await page.getByLabel('Tahun mulai rencana').fill('2026');
  await leave(page.getByLabel('Tahun mulai rencana'));
  await page.getByRole('radio', { name: '5 tahun' }).check();
  await expectWorksheetComplete(page);

  // ——— Tahap I · Data rujukan: the region keeps Smart Governance only ———
  await openWorksheet(page, /Data Rujukan/, 'Data Rujukan');
  for (const name of ['Smart Branding', 'Smart Economy', 'Smart Living', 'Smart Society', 'Smart Environment']) {
    await page.getByRole('button', { name: `Hapus dimensi ${name}` }).click();
    await expect(page.getByRole('button', { name: `Hapus dimensi ${name}` })).toHaveCount(0);
  }
  await expect(page.getByRole('region', { name: 'SG Smart Governance' })).toBeVisible();
  await expectWorksheetComplete(page);

  // ——— Tahap I · Analisis kesiapan: one scored item with evidence in each core pillar ———
  await openWorksheet(page, /Analisis Kesiapan/, 'Analisis Kesiapan');
  for (const pillar of ['Struktur', 'Infrastruktur', 'Suprastruktur']) {
    const region = page.getByRole('region', { name: pillar, exact: true });
    await region.getByRole('button', { name: /^Tambah usulan:/ }).first().click();
    const item = region.getByRole('group', { name: new RegExp(`^${pillar}, item 1:`) });
    await expect(item).toBeVisible();
    await item.getByRole('radio', { name: '3 Berkembang' }).check();
    await item.getByLabel('Data dukung').fill(`Dokumen data dukung ${pillar.toLowerCase()} 2025.`);
    await leave(item.getByLabel('Data dukung'));
  }
  await expectWorksheetComplete(page);

  // ——— Tahap I · Isu daerah ———
  await openWorksheet(page, /Isu Daerah per Dimensi/, 'Isu Daerah per Dimensi');
  await page.getByLabel('Permasalahan baru').fill('Perizinan masih manual dan pemohon harus datang ke kantor.');
  await page.getByRole('button', { name: 'Tambah permasalahan' }).click();
  await expect(page.getByLabel('Uraian permasalahan 1')).toHaveValue('Perizinan masih manual dan pemohon harus datang ke kantor.');
  await expectWorksheetComplete(page);

  // ——— Tahap I · SWOT and one TOWS strategy built from its factors ———
  await openWorksheet(page, /SWOT & TOWS/, 'SWOT & TOWS');
  for (const [field, button, text] of [
    ['Kekuatan baru', 'Tambah kekuatan', 'Komitmen Wali Kota pada layanan digital'],
    ['Kelemahan baru', 'Tambah kelemahan', 'SDM TIK di OPD terbatas'],
    ['Peluang baru', 'Tambah peluang', 'Kebijakan SPBE nasional'],
    ['Ancaman baru', 'Tambah ancaman', 'Serangan siber meningkat'],
  ] as const) {
    await page.getByLabel(field, { exact: true }).fill(text);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByLabel(field, { exact: true })).toHaveValue('');
  }
  await page.getByRole('button', { name: 'Tambah strategi SO' }).click();
  const tows = page.getByRole('dialog', { name: 'Strategi SO baru · Smart Governance' });
  await tows.getByRole('checkbox', { name: /S1.*Komitmen Wali Kota/ }).check();
  await tows.getByRole('checkbox', { name: /O1.*SPBE/ }).check();
  await tows.getByLabel('Rumusan strategi').fill('Memperluas layanan daring dengan dukungan program SPBE nasional.');
  await tows.getByRole('button', { name: 'Simpan strategi' }).click();
  await expect(tows).toBeHidden();
  await expectWorksheetComplete(page);

  // ——— Tahap I · Analisis kesenjangan ———
  await openWorksheet(page, /Analisis Kesenjangan/, 'Analisis Kesenjangan');
  const governanceGap = page.getByRole('region', { name: /Smart Governance/ });
  await governanceGap.getByLabel('Kondisi saat ini').fill('Baru dua OPD melayani perizinan secara daring.');
  await governanceGap.getByLabel('Kondisi yang diharapkan').fill('Semua layanan administrasi dapat diurus daring.');
  await governanceGap.getByLabel('Kesenjangan').fill('Integrasi aplikasi dan SDM TIK di OPD.');
  await leave(governanceGap.getByLabel('Kesenjangan'));
  await expectWorksheetComplete(page);
  await expectStageWorksheetsComplete(page, 0);

  // ——— Tahap II · Visi, misi dan tujuan ———
  await openWorksheet(page, /Visi, Misi & Tujuan/, 'Visi, Misi & Tujuan');
  await page.getByRole('textbox', { name: 'Rumusan visi' }).click();
  await page.keyboard.type('Kota Lengkap yang cerdas, melayani dan sejahtera.');
  await page.getByRole('heading', { level: 1 }).click();
  await page.getByLabel('Kata kunci baru').fill('melayani');
  await page.getByLabel('Kata kunci baru').press('Enter');
  await expect(page.getByRole('list', { name: 'Kata kunci terpilih' }).getByText('melayani', { exact: true })).toBeVisible();
  await page.getByLabel('Misi baru').fill('Mewujudkan pelayanan publik yang cepat dan terpadu.');
  await page.getByRole('button', { name: 'Tambah misi' }).click();
  await expect(page.getByLabel('Misi 1', { exact: true })).toHaveValue('Mewujudkan pelayanan publik yang cepat dan terpadu.');
  await page.getByLabel('Tujuan baru').fill('Meningkatkan layanan perizinan daring.');
  await page.getByLabel('Untuk misi').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Tambah tujuan' }).click();
  await page.getByLabel('Indikator tujuan 1', { exact: true }).fill('Persentase izin terbit secara daring');
  await page.getByLabel('Satuan indikator tujuan 1', { exact: true }).fill('%');
  await page.getByLabel('Baseline tujuan 1', { exact: true }).fill('20');
  await page.getByLabel(/^Target \d{4} tujuan 1$/).last().fill('90');
  await page.getByLabel(/^Target \d{4} tujuan 1$/).last().press('Enter');
  await expectWorksheetComplete(page);

  // ——— Tahap II · Matriks program: a short-term and a medium-term program, each led by an OPD ———
  await openWorksheet(page, /Matriks Program/, 'Matriks Program');
  const addProgram = async (name: string, code: string, years: string[], budgets: string[]) => {
    await page.getByRole('button', { name: 'Tambah program' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah program' });
    await dialog.getByLabel('Dimensi').selectOption({ label: 'Smart Governance' });
    await dialog.getByLabel('Elemen').selectOption({ label: 'SV · Pelayanan Publik' });
    await expect(dialog.getByLabel('Kode program')).toHaveValue(code);
    await dialog.getByLabel('Nama program/inovasi').fill(name);
    await dialog.getByLabel('OPD penanggung jawab').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
    await dialog.getByRole('button', { name: 'Tambah program' }).click();
    const drawer = page.getByRole('dialog', { name });
    await expect(drawer).toBeVisible();
    for (const year of years) await drawer.getByRole('checkbox', { name: year, exact: true }).check();
    for (const [i, year] of years.entries()) {
      const budget = drawer.getByLabel(`Anggaran ${year}`);
      await budget.fill(budgets[i] ?? '100 juta');
      await budget.press('Enter');
    }
    await expectSaved(page);
    await drawer.getByRole('button', { name: 'Tutup rincian' }).click();
    await expect(drawer).toBeHidden();
  };
  await addProgram('Perizinan Daring Satu Hari', 'SG-SV-01', ['2026'], ['250 juta']);
  await addProgram('Mal Pelayanan Publik Digital', 'SG-SV-02', ['2027', '2028'], ['1,5 miliar', '750 juta']);
  await expectWorksheetComplete(page);

  // ——— Tahap II · Pemetaan RPJMD/Renstra: each program mapped to an OPD programme ———
  await openWorksheet(page, /Pemetaan RPJMD\/Renstra/, 'Pemetaan RPJMD/Renstra');
  for (const [row, code] of [
    [1, 'SG-SV-01'],
    [2, 'SG-SV-02'],
  ] as const) {
    await page.getByRole('button', { name: 'Tambah baris' }).click();
    await page.getByLabel(`OPD baris ${row}`).selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
    await page.getByLabel(`Program RPJMD baris ${row}`).fill('Reformasi birokrasi dan pelayanan publik');
    await page.getByLabel(`Program Renstra baris ${row}`).fill('Program Aplikasi Informatika');
    const link = page.getByLabel(`Program smart city baris ${row}`);
    await link.fill(code);
    await link.press('Enter');
  }
  await expectWorksheetComplete(page);
  await expectStageWorksheetsComplete(page, 1);

  // ——— Tahap III · Inovasi per program ———
  await openWorksheet(page, /Inovasi per Program/, 'Inovasi per Program');
  for (const code of ['SG-SV-01', 'SG-SV-02']) {
    await page.getByLabel(`Jenis inovasi ${code}`).selectOption({ index: 1 });
    const description = page.getByLabel(`Uraian inovasi ${code}`);
    await description.fill(`Layanan ${code} diurus daring dari rumah, tanpa tatap muka.`);
    await leave(description);
  }
  await expectWorksheetComplete(page);

  // ——— Tahap III · Peta jalan: both horizons are already covered by the programs' years ———
  await openWorksheet(page, /Peta Jalan/, 'Peta Jalan');
  await expectWorksheetComplete(page);

  // ——— Tahap III · Quick win: one candidate tested, scored, chosen and planned ———
  await openWorksheet(page, /Quick Win/, 'Quick Win');
  const quickWin = 'SG-SV-01 Perizinan Daring Satu Hari';
  await page.getByLabel('Program yang diusulkan').selectOption({ label: quickWin });
  await page.getByRole('button', { name: 'Tambahkan sebagai kandidat' }).click();
  for (const gate of ['Hasil dalam 12 bulan', 'Satu OPD penanggung jawab', 'Dana teridentifikasi', 'Terkait isu & RPJMD']) {
    await page.getByRole('checkbox', { name: `${quickWin}: ${gate}` }).check();
  }
  await expect(page.getByRole('table', { name: 'Uji syarat kandidat quick win' }).getByRole('row', { name: /SG-SV-01/ })).toContainText('Lolos');
  for (const criterion of ['Dampak langsung', 'Kecepatan hasil', 'Kesiapan', 'Biaya & kepastian anggaran', 'Kebaruan', 'Keberlanjutan']) {
    const box = page.getByRole('textbox', { name: `Skor ${criterion} untuk ${quickWin}` });
    await box.fill('4');
    await box.press('Enter');
  }
  const decision = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^Keputusan untuk SG-SV-01/ }) });
  await decision.getByRole('radio', { name: 'Terpilih' }).check();
  const sheet = page.getByRole('article', { name: /SG-SV-01/ });
  await expect(sheet).toBeVisible();
  const newStep = sheet.getByRole('textbox', { name: 'Kegiatan baru', exact: true });
  await newStep.fill('Sosialisasi perizinan daring ke pelaku usaha');
  await sheet.getByLabel('Triwulan kegiatan baru').selectOption('2');
  await sheet.getByLabel('Keluaran kegiatan baru').fill('20 sesi sosialisasi di kecamatan');
  await newStep.press('Enter');
  await expect(sheet.getByLabel('Uraian kegiatan Sosialisasi perizinan daring ke pelaku usaha')).toHaveValue('Sosialisasi perizinan daring ke pelaku usaha');
  await expectWorksheetComplete(page);
  await expectStageWorksheetsComplete(page, 2);

  // ——— Tahap IV · Lembar komitmen and the chapter-by-chapter review ———
  await openWorksheet(page, /Lembar Komitmen/, 'Lembar Komitmen');
  await page.getByLabel('Tempat').fill('Kota Lengkap');
  await page.getByLabel('Tempat').press('Enter');
  await page.getByLabel('Tanggal').fill('2026-11-20');
  await page.getByLabel('Pernyataan komitmen').fill('Kami berkomitmen melaksanakan Masterplan Smart City Kota Lengkap.');
  await leave(page.getByLabel('Pernyataan komitmen'));
  await page.getByRole('button', { name: 'Tambah baris komitmen' }).click();
  await page.getByLabel('OPD baris 1').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
  await page.getByLabel('Nama kepala baris 1').fill('Siti Rahmawati');
  await page.getByLabel('Komitmen baris 1').fill('Memimpin pelaksanaan perizinan daring tahun pertama.');
  await leave(page.getByLabel('Komitmen baris 1'));
  const review = page.getByRole('table', { name: 'Reviu bab per bab' });
  const chapters = review.getByRole('checkbox');
  const chapterCount = await chapters.count();
  expect(chapterCount).toBeGreaterThan(0);
  for (let i = 0; i < chapterCount; i += 1) await chapters.nth(i).check();
  await expect(page.getByText(`${chapterCount} dari ${chapterCount} bab sudah direviu`)).toBeVisible();
  await expectWorksheetComplete(page);

  // ——— Tahap IV · Bagian naskah: a section written, owned and final ———
  await openWorksheet(page, /Bagian Naskah/, 'Bagian Naskah Masterplan');
  await page.getByRole('button', { name: 'Buat bagian Kata Pengantar' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kata Pengantar' })).toBeFocused();
  await page.getByLabel('OPD penyusun').selectOption({ label: 'Bappeda · Badan Perencanaan Pembangunan Daerah' });
  await page.getByRole('textbox', { name: 'Isi bagian' }).click();
  await page.keyboard.type('Puji syukur atas tersusunnya Masterplan Smart City Kota Lengkap.');
  await page.getByRole('radio', { name: 'Final' }).check();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Kembali ke daftar bagian' }).click();
  await expect(page.getByRole('table', { name: 'Bagian naskah', exact: true }).getByRole('row', { name: /Kata Pengantar/ })).toContainText('Final');
  await expectSaved(page);
  // One section is not a masterplan: the worksheet names the Tahap IV sections not started, and no stage is at 100%.
  await expect(page.getByText(/^15 bagian naskah belum dibuat: Kata Sambutan; Tim Penyusun; Ringkasan Eksekutif; dan 12 lainnya$/)).toHaveCount(1);
  for (let i = 0; i < STAGE_COUNT; i += 1) await expect(nav(page).locator('li.stage').nth(i).locator('.stage-progress')).not.toHaveText(/100%$/);
  await expect(nav(page).locator('.nav-overall-label')).not.toHaveText('Kemajuan lokakarya 100%');

  // ——— The rest of the outline, written through the API; the page loads it again ———
  const written = await writeRemainingSections(app.url, workshopId);
  expect(written).toBeGreaterThan(30);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bagian Naskah Masterplan' })).toBeVisible();
  await expectWorksheetComplete(page);
  await expectStageComplete(page, 3);

  // ——— The whole workshop: every stage at 100% in the nav and in "Lihat kemajuan" ———
  const expectEverythingComplete = async () => {
    for (let i = 0; i < STAGE_COUNT; i += 1) await expectStageComplete(page, i);
    await expect(nav(page).locator('.nav-overall-label')).toHaveText('Kemajuan lokakarya 100%');
    await nav(page).getByRole('button', { name: 'Lihat kemajuan' }).click();
    const progress = page.getByRole('dialog', { name: 'Kemajuan lokakarya' });
    await expect(progress).toContainText(/100% · (\d+) dari \1 butir terpenuhi/);
    // Four stages, fourteen worksheets and the sections of Tahap I–III, each marked complete, and nothing listed as missing.
    await expect(progress.getByText('Lengkap', { exact: true })).toHaveCount(4 + 14 + 3);
    await expect(progress.getByRole('list', { name: /^Yang belum lengkap di/ })).toHaveCount(0);
    await progress.getByRole('button', { name: 'Tutup' }).first().click();
    await expect(progress).toBeHidden();
  };
  await expectEverythingComplete();

  // What the core stored (read only): the work typed into the screens, nothing more.
  const checkStored = async () => {
    const { workshop } = await readStored(app.url, workshopId);
    expect(workshop.dimensionSet.dimensions.map((d) => d.id)).toEqual(['smart-governance']);
    expect(workshop.region).toMatchObject({ province: 'Kalimantan Timur', population: 143_683 });
    expect(workshop.issues.map((i) => i.text)).toEqual(['Perizinan masih manual dan pemohon harus datang ke kantor.']);
    expect(workshop.programs.map(({ code, leadOpdId, years }) => ({ code, leadOpdId, years }))).toEqual([
      { code: 'SG-SV-01', leadOpdId: 'diskominfo', years: [2026] },
      { code: 'SG-SV-02', leadOpdId: 'diskominfo', years: [2027, 2028] },
    ]);
    expect(workshop.programs.every((p) => p.innovationType !== null)).toBe(true);
    expect(workshop.quickWins.candidates.map((c) => c.decision)).toEqual(['chosen']);
    expect(workshop.commitment.place).toBe('Kota Lengkap');
    expect(workshop.commitment.entries.map((e) => e.headName)).toEqual(['Siti Rahmawati']);
    expect(workshop.commitment.reviewChecklist.every((r) => r.reviewed)).toBe(true);
    expect(workshop.sections.length).toBeGreaterThan(30);
    expect(workshop.sections.every((x) => x.status === 'final')).toBe(true);
  };
  await checkStored();

  // ——— Reload: the marks and the work are still there ———
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bagian Naskah Masterplan' })).toBeVisible();
  await expectEverythingComplete();
  await expect(page.getByRole('table', { name: 'Bagian naskah', exact: true }).getByRole('row', { name: /Kata Pengantar/ })).toContainText('Final');

  await openWorksheet(page, /Profil Daerah/, 'Profil Daerah & Horizon Rencana');
  await expect(page.getByLabel('Provinsi')).toHaveValue('Kalimantan Timur');
  await expect(page.getByLabel('Nama kepala daerah')).toHaveValue('Budi Santoso');
  await expect(page.getByText(COMPLETE)).toBeVisible();

  await openWorksheet(page, /SWOT & TOWS/, 'SWOT & TOWS');
  await expect(page.getByLabel('Uraian faktor T1')).toHaveValue('Serangan siber meningkat');
  await expect(page.getByRole('listitem').filter({ hasText: 'Memperluas layanan daring' }).locator('summary')).toHaveAccessibleName('Sumber SO1: S1 + O1');

  await openWorksheet(page, /Visi, Misi & Tujuan/, 'Visi, Misi & Tujuan');
  await expect(page.getByRole('textbox', { name: 'Rumusan visi' })).toHaveText('Kota Lengkap yang cerdas, melayani dan sejahtera.');
  await expect(page.getByLabel(/^Target \d{4} tujuan 1$/).last()).toHaveValue('90');

  await openWorksheet(page, /Matriks Program/, 'Matriks Program');
  const programs = page.getByRole('table', { name: 'Daftar program' });
  await expect(programs.getByRole('row').filter({ has: page.getByRole('cell', { name: 'SG-SV-02', exact: true }) })).toContainText('2027–2028');

  await openWorksheet(page, /Quick Win/, 'Quick Win');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^Keputusan untuk SG-SV-01/ }) }).getByRole('radio', { name: 'Terpilih' })).toBeChecked();

  await openWorksheet(page, /Lembar Komitmen/, 'Lembar Komitmen');
  await expect(page.getByLabel('Nama kepala baris 1')).toHaveValue('Siti Rahmawati');
  await checkStored();
});
