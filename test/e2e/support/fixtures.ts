import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './app-server';

interface Fixtures {
  /** A fresh data folder for this test only; the server seeds the demo workshop into it. */
  dataDir: string;
  /** The browser-mode app serving that folder. */
  app: AppServer;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const server = await startAppServer(dataDir);
    await use(server);
    await server.stop();
  },
});

export { expect };

export const DEMO_TITLE = 'Bimtek Masterplan Smart Regency Kabupaten Malang';

/** The save indicator in the top bar (Tersimpan / Menyimpan… / Gagal menyimpan). */
export const saveStatus = (page: Page): Locator => page.getByRole('banner').getByRole('status');

/** Waits until every edit has been acknowledged by the core. */
export const expectSaved = async (page: Page): Promise<void> => {
  await expect(saveStatus(page)).toHaveText('Tersimpan');
};

/** Calls the app's HTTP API directly, to check what the core really stored. */
export const callApi = async <T>(page: Page, baseUrl: string, method: string, input: unknown): Promise<T> => {
  const response = await page.request.post(`${baseUrl}/api/${method}`, { data: input });
  expect(response.ok(), `${method} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
};
