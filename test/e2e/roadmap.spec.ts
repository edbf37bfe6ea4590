import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

interface Opened {
  workshop: {
    id: string;
    horizon: { startYear: number; years: number };
    roadmap: { phaseLabels: Record<'pendek' | 'menengah' | 'panjang', string>; notes: { dimensionId: string; text: string }[] };
    programs: { id: string; years: number[]; budget: { year: number; amount: number }[] }[];
  };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');

const openRoadmap = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Peta Jalan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Peta Jalan' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const stored = async (page: Page, url: string, workshopId: string) => (await callApi<Opened>(page, url, 'workshop.open', { workshopId })).workshop;
const program = (w: Opened['workshop'], id: string) => w.programs.find((p) => p.id === id)!;

test('the roadmap draws a Gantt per dimension, edits horizon, phases, notes and years, and keeps them after a reload', async ({ page, app }) => {
  test.setTimeout(120_000);
  const workshopId = await openRoadmap(page, app.url);

  // The demo plans 2022–2031 while its RPJMD ends in 2026.
  await expect(page.getByText('Masa rencana 2022–2031 tidak berakhir bersama periode RPJMD 2021–2026')).toBeVisible();

  // The Gantt chart is drawn offline in the page, with the table as its text alternative.
  const gantt = page.getByRole('img', { name: /Diagram Gantt peta jalan Smart Governance/ });
  await expect(gantt.locator('svg')).toBeVisible();
  await expect(gantt).toContainText('7. SG-PL-02');
  const table = page.getByRole('table', { name: 'Tabel peta jalan Smart Governance' });
  const perbup = table.getByRole('row', { name: /SG-PL-02/ });
  await expect(perbup.getByRole('cell', { name: 'dilaksanakan' })).toHaveCount(1);

  // The picture can be saved as a print-size PNG.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan gambar (PNG)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('peta-jalan-smart-governance.png');
  const png = await readFile((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);

  // Years are ticked straight in the table and land in the program matrix.
  await page.getByRole('button', { name: 'Ubah tahun di tabel' }).click();
  const year2023 = page.getByRole('checkbox', { name: 'SG-PL-02 Perbup Masterplan Smart Regency dan SPBE dilaksanakan tahun 2023' });
  await year2023.check();
  await expect(year2023).toBeChecked();
  await expectSaved(page);
  expect(program(await stored(page, app.url, workshopId), 'prog-sg-pl-02').years).toEqual([2022, 2023]);

  // Dimension tabs work with the arrow keys.
  await page.getByRole('tab', { name: /Smart Governance/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Smart Branding/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Smart Branding/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 3, name: 'Smart Branding', exact: true })).toBeVisible();
  const note = page.getByLabel('Catatan peta jalan Smart Branding');
  await note.fill('Promosi Bromo dulu, desa wisata digital menyusul setelah jaringan desa siap.');
  await note.blur();

  // A phase name may not be emptied; the stored one stays.
  const shortTerm = page.getByLabel('Nama tahapan jangka pendek');
  await shortTerm.fill('');
  await shortTerm.blur();
  // Said under the phase's own box ("Nama tahapan jangka pendek"), so the message needs no field name.
  const phaseRequired = page.getByRole('listitem').filter({ has: shortTerm }).getByText('Wajib diisi', { exact: true });
  await expect(phaseRequired).toBeVisible();
  await expect(shortTerm).toHaveAttribute('aria-invalid', 'true');
  expect((await stored(page, app.url, workshopId)).roadmap.phaseLabels.pendek).toBe('Jangka Pendek (2022)');
  await shortTerm.fill('Fondasi');
  await shortTerm.blur();
  await expect(phaseRequired).toBeHidden();

  // A start year that is not a year is refused in place.
  const startYear = page.getByLabel('Tahun mulai rencana');
  await startYear.fill('2150');
  await startYear.blur();
  await expect(page.getByText('Tahun harus antara 2000 dan 2100', { exact: true })).toBeVisible();
  await startYear.fill('20a2');
  await startYear.blur();
  await expect(page.getByText('Masukkan tahun empat angka, misalnya 2026')).toBeVisible();
  expect((await stored(page, app.url, workshopId)).horizon).toEqual({ startYear: 2022, years: 10 });
  await startYear.fill('2022');
  await startYear.blur();

  // Five years: the plan now ends with the RPJMD, but some programs run past it.
  await page.getByRole('radio', { name: '5 tahun' }).check();
  await expect(page.locator('.horizon-range')).toHaveText('2022–2026');
  await expect(page.getByText(/tidak berakhir bersama periode RPJMD/)).toBeHidden();
  await expect(page.getByText(/program memiliki tahun pelaksanaan atau anggaran di luar masa rencana 2022–2026/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Peta jalan 2022–2026' })).toBeVisible();
  await expect(page.getByLabel('Nama tahapan jangka panjang')).toHaveCount(0);

  // The room drops the out-of-plan years of one program from the table.
  const branding = page.getByRole('table', { name: 'Tabel peta jalan Smart Branding' });
  await expect(branding.getByRole('row', { name: /SB-TR-02/ })).toContainText('Di luar masa rencana: 2027');
  await page.getByRole('button', { name: 'Ubah tahun di tabel' }).click();
  await page.getByRole('button', { name: 'Hapus tahun dan anggaran 2027 dari SB-TR-02' }).click();
  await expect(branding.getByRole('row', { name: /SB-TR-02/ })).not.toContainText('Di luar masa rencana');
  await expectSaved(page);

  const after = await stored(page, app.url, workshopId);
  expect(after.horizon).toEqual({ startYear: 2022, years: 5 });
  expect(after.roadmap.phaseLabels.pendek).toBe('Fondasi');
  expect(after.roadmap.notes.find((n) => n.dimensionId === 'smart-branding')?.text).toMatch(/^Promosi Bromo dulu/);
  const desaWisata = program(after, 'prog-sb-tr-02');
  expect(desaWisata.years.every((y) => y <= 2026)).toBe(true);
  expect(desaWisata.budget.every((b) => b.year <= 2026)).toBe(true);

  await page.reload();
  await expect(page.getByLabel('Tahun mulai rencana')).toHaveValue('2022');
  await expect(page.getByRole('radio', { name: '5 tahun' })).toBeChecked();
  await expect(page.getByLabel('Nama tahapan jangka pendek')).toHaveValue('Fondasi');
  await page.getByRole('tab', { name: /Smart Branding/ }).click();
  await expect(page.getByLabel('Catatan peta jalan Smart Branding')).toHaveValue(/^Promosi Bromo dulu/);
  await expect(page.getByRole('img', { name: /Diagram Gantt peta jalan Smart Branding/ }).locator('svg')).toBeVisible();
});

test('a dimension without scheduled programs says so instead of drawing an empty chart', async ({ page, app }) => {
  const workshopId = await openRoadmap(page, app.url);
  const w = await stored(page, app.url, workshopId);
  // Unschedule every Smart Environment program through the API, as another device would.
  for (const p of w.programs.filter((x) => x.id.startsWith('prog-sn-'))) {
    const full = (await callApi<{ workshop: { programs: Record<string, unknown>[]; revision: number } }>(page, app.url, 'workshop.open', { workshopId })).workshop;
    const item = full.programs.find((x) => x['id'] === p.id)!;
    await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: full.revision, command: { type: 'upsertProgram', item: { ...item, years: [], budget: [] } } });
  }
  await page.reload();
  await page.getByRole('tab', { name: /Smart Environment/ }).click();
  await expect(page.getByText('Diagram Gantt muncul setelah program dimensi ini diberi tahun pelaksanaan.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tabel peta jalan Smart Environment' }).getByText('Belum dijadwalkan')).toHaveCount(3);
});

test('the Gantt needs no diagram library: it is drawn as SVG even when mermaid cannot be loaded, beside its table', async ({ page, app }) => {
  await page.route(/mermaid\.core-[^/]*\.js$/, (route) => route.abort());
  await openRoadmap(page, app.url);
  const gantt = page.getByRole('img', { name: /Diagram Gantt peta jalan Smart Governance/ });
  await expect(gantt.locator('svg')).toBeVisible();
  await expect(gantt).toContainText('Perizinan Daring');
  await expect(page.getByRole('alert').filter({ hasText: 'Diagram Gantt tidak dapat digambar' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Tabel peta jalan Smart Governance' })).toBeVisible();
});

for (const size of [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
] as const) {
  test(`the roadmap worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openRoadmap(page, app.url);
    await expectSaved(page);
    await page.screenshot({ path: path.join(SHOTS, `roadmap-${size.name}.png`) });
    const gantt = page.getByRole('img', { name: /Diagram Gantt peta jalan Smart Governance/ });
    await expect(gantt.locator('svg')).toBeVisible();
    await page.getByRole('heading', { level: 3, name: 'Smart Governance', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `roadmap-gantt-${size.name}.png`) });
    await page.getByRole('table', { name: 'Tabel peta jalan Smart Governance' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `roadmap-table-${size.name}.png`) });
  });
}
