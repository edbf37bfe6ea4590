import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Opened {
  workshop: { id: string; revision: number; programs: { code: string; name: string }[] };
}

const demoWorkshop = async (page: Page, baseUrl: string): Promise<Opened['workshop']> => {
  const listing = await callApi<{ workshops: { id: string; title: string }[] }>(page, baseUrl, 'workshops.list', {});
  const demo = listing.workshops.find((w) => w.title === DEMO_TITLE);
  if (!demo) throw new Error('the demo workshop was not seeded');
  return (await callApi<Opened>(page, baseUrl, 'workshop.open', { workshopId: demo.id })).workshop;
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });

const openDemo = async (page: Page) => {
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByLabel('Provinsi')).toBeVisible();
};

/** A CSV as Indonesian Excel saves it: BOM, ";" separators, CRLF. */
const csv = (rows: string[][]): Buffer => Buffer.from(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');
const HEADER = ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'OPD penanggung jawab', 'Tahun pelaksanaan', 'Anggaran 2024 (Rp)', 'Sumber pendanaan'];
const ANGKOT = ['SL-MB-07', 'Smart Living', 'Sarana Transportasi', 'Angkot Pintar Terjadwal', 'Dishub', '2024–2025', '1.250.000.000', 'APBD Kabupaten/Kota'];
const PARKIR = ['SL-MB-08', 'Smart Living', 'Sarana Transportasi', 'Parkir Daring Pasar', 'Dishub', '2024', '350.000.000', 'CSR / TJSL'];

/** Imports two programs on Matriks Program (the core keeps a history snapshot before an import). */
const importTwoPrograms = async (page: Page) => {
  await nav(page).getByRole('link', { name: /Matriks Program/ }).click();
  await page.getByRole('button', { name: 'Impor program (XLSX/CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor program dari Excel atau CSV' });
  await dialog.getByLabel('Berkas program (.xlsx atau .csv)').setInputFiles({ name: 'program-dishub.csv', mimeType: 'text/csv', buffer: csv([HEADER, ANGKOT, PARKIR]) });
  await expect(dialog.getByText('2 program akan ditambahkan, 0 diperbarui.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.getByText(/Impor selesai: 2 program ditambahkan/)).toBeVisible();
};

const changeProvince = async (page: Page, province: string) => {
  await nav(page).getByRole('link', { name: /Profil Daerah/ }).click();
  const field = page.getByLabel('Provinsi');
  await field.fill(province);
  await field.blur();
  await expectSaved(page);
};

const openHistory = async (page: Page) => {
  await nav(page).getByRole('link', { name: 'Riwayat', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riwayat' })).toBeFocused();
};

test('Riwayat shows what a snapshot held, restores it as a new revision, and the restore can be undone', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  const before = await demoWorkshop(page, app.url);
  const programCount = before.programs.length;

  // An import that turns out wrong, then a change of province.
  await openDemo(page);
  await importTwoPrograms(page);
  await changeProvince(page, 'Jawa Tengah');

  await openHistory(page);
  const beforeImport = page.getByRole('list', { name: 'Snapshot' }).getByRole('button', { name: /Sebelum impor program/ });
  await expect(beforeImport).toHaveCount(1);
  await beforeImport.click();
  await expect(beforeImport).toHaveAttribute('aria-pressed', 'true');

  const preview = page.getByRole('region', { name: 'Isi snapshot' });
  await expect(preview).toContainText(`Revisi ${before.revision}`);
  await expect(preview).toContainText('Kabupaten Malang, Jawa Timur');
  await expect(preview).toContainText('sekarang: Kabupaten Malang, Jawa Tengah');
  await expect(preview).toContainText(`${programCount} program (sekarang ${programCount + 2})`);
  await expect(preview).toContainText('2 perubahan tercatat sesudah snapshot ini.');

  // The change log says who changed what.
  const log = page.getByRole('region', { name: 'Jejak perubahan' });
  await expect(log.getByRole('row', { name: /Angkot Pintar Terjadwal/ })).toContainText('Impor program (Excel/CSV)');
  await expect(log.getByRole('row', { name: /Angkot Pintar Terjadwal/ })).toContainText('Menambah program “Angkot Pintar Terjadwal”');
  await expect(log.getByRole('row', { name: /Mengubah profil daerah/ })).toContainText('Fasilitator');

  await page.screenshot({ path: path.join(SHOTS, 'history-1366x768.png') });

  await preview.getByRole('button', { name: 'Pulihkan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pulihkan snapshot ini?' });
  await expect(dialog).toContainText('revisi baru');
  await expect(dialog).toContainText('dapat dibatalkan');
  const replay = dialog.getByRole('checkbox', { name: 'Terapkan juga 2 perubahan sesudahnya' });
  await expect(replay).not.toBeChecked();
  await page.screenshot({ path: path.join(SHOTS, 'history-restore-dialog-1366x768.png') });
  await dialog.getByRole('button', { name: 'Pulihkan sebagai revisi baru' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Pemberitahuan' })).toContainText('Lokakarya dipulihkan ke snapshot');
  await expectSaved(page);
  await expect(log).toContainText(`Memulihkan snapshot revisi ${before.revision}`);

  // The content is back: the province, and no imported programs.
  await nav(page).getByRole('link', { name: /Profil Daerah/ }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Timur');
  const restored = await demoWorkshop(page, app.url);
  expect(restored.programs).toHaveLength(programCount);
  // A new revision after the import (one batch) and the province: nothing was rewound.
  expect(restored.revision).toBe(before.revision + 3);

  // The restore is one step of undo.
  await page.getByRole('banner').getByRole('button', { name: 'Batalkan', exact: true }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  await expectSaved(page);
  expect((await demoWorkshop(page, app.url)).programs.map((p) => p.code)).toEqual(expect.arrayContaining(['SL-MB-07', 'SL-MB-08']));
  await page.reload();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
});

test('restoring with the later changes applied again keeps them', async ({ page, app }) => {
  await page.goto(app.url);
  await openDemo(page);
  await importTwoPrograms(page);
  await changeProvince(page, 'Jawa Tengah');
  await openHistory(page);
  await page.getByRole('list', { name: 'Snapshot' }).getByRole('button', { name: /Sebelum impor program/ }).click();
  await page.getByRole('region', { name: 'Isi snapshot' }).getByRole('button', { name: 'Pulihkan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pulihkan snapshot ini?' });
  await dialog.getByRole('checkbox', { name: 'Terapkan juga 2 perubahan sesudahnya' }).check();
  await dialog.getByRole('button', { name: 'Pulihkan sebagai revisi baru' }).click();
  await expect(page.getByRole('region', { name: 'Pemberitahuan' })).toContainText('dengan 2 perubahan sesudahnya diterapkan lagi');
  await expectSaved(page);
  await nav(page).getByRole('link', { name: /Profil Daerah/ }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  expect((await demoWorkshop(page, app.url)).programs.map((p) => p.code)).toEqual(expect.arrayContaining(['SL-MB-07', 'SL-MB-08']));
});

test('Riwayat at projector size, in English', async ({ page, app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.url);
  await openDemo(page);
  await importTwoPrograms(page);
  await changeProvince(page, 'Jawa Tengah');
  await openHistory(page);
  await page.getByRole('list', { name: 'Snapshot' }).getByRole('button', { name: /Sebelum impor program/ }).click();
  await expect(page.getByRole('region', { name: 'Isi snapshot' })).toContainText('sekarang: Kabupaten Malang, Jawa Tengah');
  await page.screenshot({ path: path.join(SHOTS, 'history-1920x1080.png') });

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Snapshots' }).getByRole('button', { name: /Before a program import/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Snapshot contents' })).toContainText('now: Kabupaten Malang, Jawa Tengah');
  await expect(page.getByRole('region', { name: 'Change log' })).toContainText('Changed region profile');
});

test('a deleted workshop is found in the trash on the home screen and restored', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: `Hapus ${DEMO_TITLE}` }).click();
  await page.getByRole('dialog', { name: 'Hapus lokakarya?' }).getByRole('button', { name: 'Hapus lokakarya' }).click();
  await expect(page.getByRole('link', { name: `Buka ${DEMO_TITLE}` })).toBeHidden();

  await page.getByRole('button', { name: 'Tempat sampah' }).click();
  const trash = page.getByRole('dialog', { name: 'Tempat sampah' });
  const entry = trash.getByRole('listitem').filter({ hasText: DEMO_TITLE });
  await expect(entry).toContainText('Dihapus');
  await page.screenshot({ path: path.join(SHOTS, 'home-trash-1366x768.png') });
  await entry.getByRole('button', { name: `Pulihkan ${DEMO_TITLE}` }).click();
  await expect(page.getByRole('region', { name: 'Pemberitahuan' })).toContainText(`Lokakarya "${DEMO_TITLE}" dipulihkan dari tempat sampah.`);
  await expect(trash).toContainText('Tempat sampah kosong.');
  await trash.getByRole('button', { name: 'Tutup' }).click();
  await expect(trash).toBeHidden();

  await openDemo(page);
  await expect(page.getByLabel('Nama daerah')).toHaveValue('Kabupaten Malang');
});
