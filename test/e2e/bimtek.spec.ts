import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { scrollWorksheetTo } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: {
    bimtek: {
      stages: Record<string, { startDate: string | null; endDate: string | null; venue: string; mentor: string; agenda: string[] }>;
      attendees: { id: string; name: string; title: string; opdId: string | null; group: string; present: Record<string, boolean> }[];
    };
  };
}

const openDemoBimtek = async (page: Page, baseUrl: string): Promise<string> => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Pelaksanaan Bimtek/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pelaksanaan Bimtek' })).toBeVisible();
  expect(page.url()).toMatch(/\/pelaksanaan$/);
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const stored = (page: Page, baseUrl: string, workshopId: string) => callApi<Stored>(page, baseUrl, 'workshop.open', { workshopId });

test('Pelaksanaan Bimtek: a Tahap is recorded, attendees are added one by one and pasted, ticked and removed, and both papers download', async ({ page, app }) => {
  test.slow();
  const workshopId = await openDemoBimtek(page, app.url);

  // The four Tahap as tabs, with their days and head counts; Tahap I open.
  const tabs = page.getByRole('tablist', { name: 'Tahap Bimtek' });
  await expect(tabs.getByRole('tab')).toHaveCount(4);
  await expect(tabs.getByRole('tab', { name: /Tahap I\b.*10–11 Agustus 2021.*22 hadir/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Tahap I: Analisis Strategis dan Kesiapan Daerah' })).toBeVisible();
  await expect(page.getByText('22 orang hadir di Tahap I', { exact: false })).toHaveCount(0);
  await expect(page.getByText('30 orang tercatat; 22 hadir di Tahap I')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'bimtek-1366x768.png') });

  // Tahap II: the arrow key moves there; dates are typed day first; an end before the start is refused in place.
  await tabs.getByRole('tab', { name: /Tahap I\b/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: /Tahap II\b/ })).toHaveAttribute('aria-selected', 'true');
  const end = page.getByLabel('Tanggal selesai');
  await end.fill('13/09/2021');
  await end.press('Enter');
  await expect(page.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai')).toBeVisible();
  await end.fill('16/09/2021');
  await end.press('Enter');
  await expect(page.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai')).toBeHidden();
  await page.getByLabel('Tempat', { exact: true }).fill('Hotel Santika Premiere, Malang');
  await page.getByLabel('Tempat', { exact: true }).press('Enter');
  await expect(page.getByText('Visi smart city yang disepakati', { exact: false })).toBeVisible();

  // Quick add: a line known by its position only, present at the open Tahap.
  await scrollWorksheetTo(page.getByRole('heading', { name: 'Daftar hadir' }));
  await page.getByPlaceholder('Jabatan').fill('Kepala Seksi Persandian');
  await page.getByRole('form', { name: 'Tambah peserta' }).getByLabel('OPD').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
  await page.getByRole('button', { name: 'Tambah', exact: true }).click();
  await expect(page.getByLabel('Jabatan baris 31')).toHaveValue('Kepala Seksi Persandian');
  await expect(page.getByLabel('Baris 31 hadir di Tahap II', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Baris 31 hadir di Tahap I', { exact: true })).not.toBeChecked();

  // Paste of many lines: OPDs by abbreviation or name; an unknown one is kept in the group column.
  await page.getByRole('button', { name: 'Tempel daftar' }).click();
  await page.getByLabel('Tempel daftar peserta').fill('Ani Rahma; Analis Kebijakan; Bappeda\nBudi Santoso\tStaf\tDinas Kesehatan\nCitra Dewi; Dosen; Universitas Negeri Malang');
  await expect(page.getByText('3 baris akan ditambahkan, ditandai hadir di Tahap II.')).toBeVisible();
  await expect(page.getByText('OPD tidak dikenali pada 1 baris', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Tambahkan 3 baris' }).click();
  await expect(page.getByText('3 baris ditambahkan ke daftar hadir')).toBeVisible();
  await expect(page.getByLabel('Nama baris 34')).toHaveValue('Citra Dewi');
  await expect(page.getByLabel('Unsur atau kelompok baris 34')).toHaveValue('Universitas Negeri Malang');
  await scrollWorksheetTo(page.getByRole('heading', { name: 'Daftar hadir' }));
  await page.screenshot({ path: path.join(SHOTS, 'bimtek-attendance-1366x768.png') });

  // A tick, a removal and its undo from the toast.
  await page.getByLabel('Baris 1 hadir di Tahap II', { exact: true }).check();
  await page.getByRole('button', { name: 'Hapus baris 33' }).click();
  await expect(page.getByLabel('Nama baris 33')).toHaveValue('Citra Dewi');
  await page.getByRole('button', { name: 'Urungkan' }).first().click();
  await expect(page.getByLabel('Nama baris 33')).toHaveValue('Budi Santoso');
  await expectSaved(page);

  const after = await stored(page, app.url, workshopId);
  expect(after.workshop.bimtek.stages['tahap-2']).toMatchObject({ startDate: '2021-09-14', endDate: '2021-09-16', venue: 'Hotel Santika Premiere, Malang' });
  const added = after.workshop.bimtek.attendees.slice(30);
  expect(added.map((a) => [a.name, a.title, a.opdId, a.group, a.present['tahap-2']])).toEqual([
    ['', 'Kepala Seksi Persandian', 'diskominfo', '', true],
    ['Ani Rahma', 'Analis Kebijakan', 'bappeda', '', true],
    ['Budi Santoso', 'Staf', 'dinkes', '', true],
    ['Citra Dewi', 'Dosen', null, 'Universitas Negeri Malang', true],
  ]);
  expect(after.workshop.bimtek.attendees[0]?.present['tahap-2']).toBe(true);

  // Both papers of Tahap II as Word files.
  await scrollWorksheetTo(page.getByRole('heading', { name: 'Dokumen Tahap II' }));
  const attendance = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh daftar hadir' }).click();
  expect((await attendance).suggestedFilename()).toBe('daftar-hadir-bimtek-tahap-ii-kabupaten-malang.docx');
  await expect(page.getByText('Berkas daftar-hadir-bimtek-tahap-ii-kabupaten-malang.docx diunduh oleh peramban.')).toBeVisible();
  const minutes = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh berita acara' }).click();
  expect((await minutes).suggestedFilename()).toBe('berita-acara-bimtek-tahap-ii-kabupaten-malang.docx');

  // After a reload it is all there.
  await page.reload();
  await page.getByRole('tab', { name: /Tahap II\b/ }).click();
  await expect(page.getByLabel('Tempat', { exact: true })).toHaveValue('Hotel Santika Premiere, Malang');
  await expect(page.getByText('34 orang tercatat; 29 hadir di Tahap II')).toBeVisible();
});

test('Pelaksanaan Bimtek in English: themes, dates and what each Tahap decided in the UI’s language, the papers still Indonesian', async ({ page, app }) => {
  await openDemoBimtek(page, app.url);
  await page.getByRole('button', { name: 'English (EN)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bimtek Sessions' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Bimtek stages' });
  await expect(tabs.getByRole('tab', { name: /Stage I\b.*10–11 August 2021.*22 present/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Stage I: Strategic Analysis and Regional Readiness' })).toBeVisible();
  await expect(page.getByText(/^Regional readiness analysis agreed: \d+ items scored \(scale 1–5\), mean index per pillar Structure \d\.\d\d/)).toBeVisible();

  await tabs.getByRole('tab', { name: /Stage II\b/ }).click();
  await expect(page.getByRole('heading', { name: 'Stage II: Vision, Mission and Program Mapping' })).toBeVisible();
  await expect(page.getByText('Smart city vision agreed: “', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Programs mapped to the smart city dimensions: \d+ programs \(Smart Governance \d+;/)).toBeVisible();
  // Nothing of the worksheet's own wording is left in Indonesian (the notes and the names are the workshop's).
  const results = page.locator('.bimtek-decisions');
  await expect(results).not.toContainText('disepakati');
  await expect(results).not.toContainText('dipetakan');
  await page.screenshot({ path: path.join(SHOTS, 'bimtek-en-1366x768.png') });

  await tabs.getByRole('tab', { name: /Stage IV\b/ }).click();
  await expect(page.getByText(/^Joint Commitment Sheet signed in Malang on 17 November 2021 by \d+ parties\.$/)).toBeVisible();

  // The minutes downloaded from the English UI are the Indonesian document.
  const minutes = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download minutes' }).click();
  const file = await (await minutes).path();
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Lembar Komitmen Bersama ditandatangani di Malang pada 17 November 2021');
  expect(xml).not.toContain('Joint Commitment Sheet');
});
