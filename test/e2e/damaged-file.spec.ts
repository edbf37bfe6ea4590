import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startAppServer } from './support/app-server';
import { DEMO_TITLE, expect, test } from './support/fixtures';

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
