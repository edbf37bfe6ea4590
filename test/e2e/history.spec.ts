import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Opened {
  workshop: { id: string; revision: number; programs: { id: string; name: string }[] };
}

const demoWorkshop = async (page: Page, baseUrl: string): Promise<Opened['workshop']> => {
  const listing = await callApi<{ workshops: { id: string; title: string }[] }>(page, baseUrl, 'workshops.list', {});
  const demo = listing.workshops.find((w) => w.title === DEMO_TITLE);
  if (!demo) throw new Error('the demo workshop was not seeded');
  return (await callApi<Opened>(page, baseUrl, 'workshop.open', { workshopId: demo.id })).workshop;
};

const openDemo = async (page: Page) => {
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByLabel('Provinsi')).toBeVisible();
};

test('Riwayat shows what a snapshot held, restores it as a new revision, and the restore can be undone', async ({ page, app }) => {
  await page.goto(app.url);
  const before = await demoWorkshop(page, app.url);
  const removed = before.programs.at(-1);
  if (!removed) throw new Error('the demo workshop has no programs');
  const programCount = before.programs.length;

  // An OPD head removes a program (the workshop's first change: the state before it goes to history)…
  await callApi(page, app.url, 'workshop.apply', {
    workshopId: before.id,
    baseRevision: before.revision,
    command: { type: 'removeProgram', id: removed.id },
    actor: { name: 'Bu Rina', opdId: null },
  });
  // …and the facilitator changes the province.
  await openDemo(page);
  const province = page.getByLabel('Provinsi');
  await province.fill('Jawa Tengah');
  await province.blur();
  await expectSaved(page);

  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: 'Riwayat', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riwayat' })).toBeFocused();
  const snapshots = page.getByRole('list', { name: 'Snapshot' });
  const periodic = snapshots.getByRole('button', { name: /Simpanan berkala otomatis/ });
  await expect(periodic).toHaveCount(1);
  await periodic.click();
  await expect(periodic).toHaveAttribute('aria-pressed', 'true');

  const preview = page.getByRole('region', { name: 'Isi snapshot' });
  await expect(preview).toContainText('Kabupaten Malang, Jawa Timur');
  await expect(preview).toContainText('sekarang: Kabupaten Malang, Jawa Tengah');
  await expect(preview).toContainText(`${programCount} program (sekarang ${programCount - 1})`);
  await expect(preview).toContainText('2 perubahan tercatat sesudah snapshot ini.');

  // The change log says who changed what.
  const log = page.getByRole('region', { name: 'Jejak perubahan' });
  await expect(log.getByRole('row', { name: /Bu Rina/ })).toContainText(`Menghapus program “${removed.name.slice(0, 20)}`);
  await expect(log.getByRole('row', { name: /Fasilitator/ }).first()).toContainText('Mengubah profil daerah');

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
  await expect(log).toContainText('Memulihkan snapshot revisi');

  // The content is back: the province and the removed program.
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Profil Daerah/ }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Timur');
  const restored = await demoWorkshop(page, app.url);
  expect(restored.programs.map((p) => p.id)).toContain(removed.id);
  expect(restored.revision).toBeGreaterThan(before.revision + 2);

  // The restore is one step of undo.
  await page.getByRole('button', { name: 'Batalkan', exact: true }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  await expectSaved(page);
  expect((await demoWorkshop(page, app.url)).programs).toHaveLength(programCount - 1);
  await page.reload();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
});

test('Riwayat at projector size, in English', async ({ page, app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.url);
  await openDemo(page);
  const province = page.getByLabel('Provinsi');
  await province.fill('Jawa Tengah');
  await province.blur();
  await expectSaved(page);
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: 'Riwayat', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Isi snapshot' })).toContainText('sekarang: Kabupaten Malang, Jawa Tengah');
  await page.screenshot({ path: path.join(SHOTS, 'history-1920x1080.png') });

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Snapshots' }).getByRole('button', { name: /Automatic periodic save/ })).toBeVisible();
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
