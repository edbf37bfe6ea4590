import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startAppServer } from './support/app-server';
import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';

test('a damaged workshop file is listed plainly and can be restored from its backup', async ({ page, dataDir }) => {
  let server = await startAppServer(dataDir);
  await server.stop();
  const workshops = path.join(dataDir, 'workshops');
  const snapshot = (await readdir(workshops)).find((name) => name.endsWith('.json'));
  if (!snapshot) throw new Error('the demo workshop was not seeded');
  await copyFile(path.join(workshops, snapshot), path.join(workshops, `${snapshot}.bak`));
  await writeFile(path.join(workshops, snapshot), '{"schemaVersion": 1, "title": terpotong');

  server = await startAppServer(dataDir, server.port);
  try {
    await page.goto(server.url);
    const damaged = page.getByRole('region', { name: 'Berkas lokakarya yang rusak' });
    await expect(damaged).toBeVisible();
    await expect(damaged).toContainText(snapshot.replace('.json', ''));
    await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'home-damaged-1366x768.png') });
    await damaged.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
    await expect(damaged).toBeHidden();
    await expect(page.getByRole('heading', { name: DEMO_TITLE })).toBeVisible();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await expect(page.getByLabel('Nama daerah')).toHaveValue('Kabupaten Malang');
  } finally {
    await server.stop();
  }
});

/** Two Dishub programs as Indonesian Excel saves a CSV: BOM, ";" separators, CRLF. */
const DISHUB_CSV = Buffer.from(
  `\uFEFF${[
    ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'OPD penanggung jawab', 'Tahun pelaksanaan', 'Anggaran 2024 (Rp)', 'Sumber pendanaan'],
    ['SL-MB-07', 'Smart Living', 'Sarana Transportasi', 'Angkot Pintar Terjadwal', 'Dishub', '2024–2025', '1.250.000.000', 'APBD Kabupaten/Kota'],
    ['SL-MB-08', 'Smart Living', 'Sarana Transportasi', 'Parkir Daring Pasar', 'Dishub', '2024', '350.000.000', 'CSR / TJSL'],
  ]
    .map((row) => row.join(';'))
    .join('\r\n')}\r\n`,
  'utf8',
);

/** The demo workshop's snapshot file name in the data folder. */
const demoSnapshotFile = async (workshops: string): Promise<string> => {
  const snapshot = (await readdir(workshops)).find((name) => name.endsWith('.json'));
  if (!snapshot) throw new Error('the demo workshop was not seeded');
  return snapshot;
};

test('when the file and its backup are both unreadable, the workshop comes back from a history snapshot with the changes made after it', async ({ page, dataDir }) => {
  let server = await startAppServer(dataDir);
  try {
    await page.goto(server.url);
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
    // Two programs imported (the core keeps a history snapshot before an import), then the province changed.
    await nav.getByRole('link', { name: /Matriks Program/ }).click();
    await page.getByRole('button', { name: 'Impor program (XLSX/CSV)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor program dari Excel atau CSV' });
    await dialog.getByLabel('Berkas program (.xlsx atau .csv)').setInputFiles({ name: 'program-dishub.csv', mimeType: 'text/csv', buffer: DISHUB_CSV });
    await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect(page.getByText(/Impor selesai: 2 program ditambahkan/)).toBeVisible();
    await nav.getByRole('link', { name: /Profil Daerah/ }).click();
    const province = page.getByLabel('Provinsi');
    await province.fill('Jawa Tengah');
    await province.blur();
    await expectSaved(page);
  } finally {
    await server.stop();
  }
  const workshops = path.join(dataDir, 'workshops');
  const snapshot = await demoSnapshotFile(workshops);
  await writeFile(path.join(workshops, snapshot), '{"schemaVersion": 1, "title": terpotong');
  await writeFile(path.join(workshops, `${snapshot}.bak`), '');

  server = await startAppServer(dataDir, server.port);
  try {
    await page.goto(server.url);
    const damaged = page.getByRole('region', { name: 'Berkas lokakarya yang rusak' });
    await expect(damaged).toContainText('Salinan cadangan tidak ada atau juga rusak.');
    await expect(damaged).not.toContainText(/hubungi|dukungan teknis|pendamping teknis/i);
    await expect(damaged.getByRole('button', { name: 'Pulihkan dari cadangan' })).toHaveCount(0);
    const offered = damaged.getByRole('list', { name: 'Snapshot riwayat' }).getByRole('listitem').filter({ hasText: 'Sebelum impor program' });
    await expect(offered).toHaveCount(1);
    await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'home-damaged-snapshots-1366x768.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'home-damaged-snapshots-1920x1080.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    await offered.getByRole('button', { name: /^Pulihkan dari snapshot ini/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Pulihkan dari snapshot?' });
    await expect(dialog).toContainText('Kabupaten Malang, Jawa Timur');
    const replay = dialog.getByRole('checkbox', { name: 'Terapkan juga 2 perubahan sesudahnya' });
    await replay.check();
    await page.screenshot({ path: path.join(import.meta.dirname, 'screenshots', 'home-damaged-restore-1366x768.png') });
    await dialog.getByRole('button', { name: 'Pulihkan lokakarya' }).click();
    await expect(damaged).toBeHidden();
    await expect(page.getByRole('region', { name: 'Pemberitahuan' })).toContainText(`Lokakarya "${DEMO_TITLE}" dipulihkan dari snapshot`);

    // The snapshot came back with the changes made after it: the province and the imported programs.
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await expect(page.getByLabel('Nama daerah')).toHaveValue('Kabupaten Malang');
    await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
    await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Matriks Program/ }).click();
    await expect(page.getByRole('table', { name: 'Daftar program' }).getByRole('cell', { name: 'SL-MB-07', exact: true })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a damaged file with no backup and no history says so plainly', async ({ page, dataDir }) => {
  let server = await startAppServer(dataDir);
  await server.stop();
  const workshops = path.join(dataDir, 'workshops');
  const snapshot = await demoSnapshotFile(workshops);
  await writeFile(path.join(workshops, snapshot), '');
  await writeFile(path.join(workshops, `${snapshot}.bak`), '');

  server = await startAppServer(dataDir, server.port);
  try {
    await page.goto(server.url);
    const damaged = page.getByRole('region', { name: 'Berkas lokakarya yang rusak' });
    await expect(damaged).toContainText('Tidak ada salinan cadangan maupun snapshot riwayat yang dapat dipulihkan untuk berkas ini.');
    await expect(damaged.getByRole('button')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
