import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: {
    dimensionSet: { name: string; dimensions: { id: string; code: string; nameId: string; elements: { code: string; nameId: string }[] }[] };
    opds: { id: string; abbreviation: string; name: string }[];
    fundingSources: { id: string; name: string }[];
  };
}

const openReferenceData = async (page: Page, baseUrl: string, workshopId: string) => {
  await page.goto(`${baseUrl}/#/lokakarya/${workshopId}/data-rujukan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Data Rujukan' })).toBeVisible();
};

const typeAndLeave = async (page: Page, label: string | RegExp, text: string, scope = page.locator('body')) => {
  await scope.getByLabel(label, { exact: typeof label === 'string' }).fill(text);
  // Leave with Tab: the field's region may be renamed by the very text typed into it.
  await page.keyboard.press('Tab');
};

test('a region adapts its dimensions, OPDs and funding sources; bad input is refused in Indonesian and everything is there after a reload', async ({ page, app }) => {
  // Many edits, each saved and checked.
  test.slow();
  const created = await callApi<{ id: string }>(page, app.url, 'workshops.create', { title: 'Bimtek Smart City Kabupaten Contoh', regionName: 'Kabupaten Contoh', regionKind: 'kabupaten' });
  await openReferenceData(page, app.url, created.id);

  // ——— Dimensions and elements ———
  const governance = page.getByRole('region', { name: 'SG Smart Governance' });
  await typeAndLeave(page, 'Nama dimensi', 'Tata Kelola Cerdas', governance);
  const tataKelola = page.getByRole('region', { name: 'SG Tata Kelola Cerdas' });
  await expect(tataKelola).toBeVisible();

  // Its name starts with its code, which changes as soon as a valid one is typed.
  const branding = page.getByRole('region', { name: /Smart Branding$/ });
  await typeAndLeave(page, 'Kode', 's-1', branding);
  await expect(branding.getByText('Hanya huruf besar dan angka', { exact: true })).toBeVisible();
  await typeAndLeave(page, 'Kode', 'sg', branding);
  await expect(branding.getByText('Kode SG sudah dipakai oleh dimensi Tata Kelola Cerdas')).toBeVisible();
  await typeAndLeave(page, 'Kode', 'sbr', branding);
  await expect(page.getByRole('region', { name: 'SBR Smart Branding' })).toBeVisible();

  await typeAndLeave(page, 'Nama elemen SV', 'Pelayanan Publik Terpadu', tataKelola);
  await tataKelola.getByRole('button', { name: 'Tambah elemen ke Tata Kelola Cerdas' }).click();
  const addElement = page.getByRole('dialog', { name: 'Tambah elemen ke Tata Kelola Cerdas' });
  await addElement.getByRole('button', { name: 'Tambah elemen' }).click();
  // Each field says what is wrong under its own label: both are required.
  await expect(addElement.getByText('Wajib diisi', { exact: true })).toHaveCount(2);
  await addElement.getByLabel('Kode (wajib)', { exact: true }).fill('sv');
  await addElement.getByLabel('Nama elemen (wajib)', { exact: true }).fill('Data Terpadu');
  await addElement.getByRole('button', { name: 'Tambah elemen' }).click();
  await expect(addElement.getByText('Kode elemen SV sudah dipakai oleh Pelayanan Publik Terpadu')).toBeVisible();
  await addElement.getByLabel('Kode (wajib)', { exact: true }).fill('dt');
  await addElement.getByRole('button', { name: 'Tambah elemen' }).click();
  await expect(addElement).toBeHidden();
  await expect(tataKelola.getByLabel('Nama elemen DT')).toHaveValue('Data Terpadu');

  await page.getByRole('button', { name: 'Tambah dimensi' }).click();
  const addDimension = page.getByRole('dialog', { name: 'Tambah dimensi' });
  await addDimension.getByLabel('Kode (wajib)', { exact: true }).fill('sm');
  await addDimension.getByLabel('Nama dimensi (wajib)', { exact: true }).fill('Smart Maritime');
  await addDimension.getByLabel('Kode elemen (wajib)', { exact: true }).fill('pt');
  await addDimension.getByLabel('Nama elemen (wajib)', { exact: true }).fill('Pelabuhan dan Perikanan');
  await addDimension.getByRole('button', { name: 'Tambah dimensi' }).click();
  const maritime = page.getByRole('region', { name: 'SM Smart Maritime' });
  await expect(maritime.getByLabel('Nama elemen PT')).toHaveValue('Pelabuhan dan Perikanan');
  // The only element of a dimension stays.
  await expect(maritime.getByRole('button', { name: 'Hapus elemen Pelabuhan dan Perikanan' })).toBeDisabled();

  // A new dimension is asked for its issues like the others.
  await page.getByRole('navigation').getByRole('link', { name: /Isu Daerah per Dimensi/ }).click();
  await page.getByText(/hal perlu dilengkapi/).click();
  await expect(page.getByText('Smart Maritime belum memiliki isu')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: /Data Rujukan/ }).click();

  // ——— OPDs ———
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await page.getByRole('button', { name: 'Tambah OPD' }).click();
  const addOpd = page.getByRole('dialog', { name: 'Tambah OPD' });
  await addOpd.getByRole('button', { name: 'Tambah OPD' }).click();
  // Each field says what is wrong under its own label: both are required.
  await expect(addOpd.getByText('Wajib diisi', { exact: true })).toHaveCount(2);
  await addOpd.getByLabel('Singkatan (wajib)', { exact: true }).fill('bappeda');
  await addOpd.getByLabel('Nama OPD (wajib)', { exact: true }).fill('Badan Perencanaan Kedua');
  await addOpd.getByRole('button', { name: 'Tambah OPD' }).click();
  await expect(addOpd.getByText('Singkatan bappeda sudah dipakai oleh Badan Perencanaan Pembangunan Daerah')).toBeVisible();
  await addOpd.getByLabel('Singkatan (wajib)', { exact: true }).fill('BKD');
  await addOpd.getByLabel('Nama OPD (wajib)', { exact: true }).fill('Badan Kepegawaian Daerah');
  await addOpd.getByLabel('Peran dalam smart city').fill('Pengembangan SDM TIK aparatur.');
  await addOpd.getByRole('button', { name: 'Tambah OPD' }).click();
  await expect(addOpd).toBeHidden();
  await expect(page.getByLabel('Nama lengkap BKD')).toHaveValue('Badan Kepegawaian Daerah');

  const bappedaAbbreviation = page.getByLabel('Singkatan Badan Perencanaan Pembangunan Daerah');
  await bappedaAbbreviation.fill('');
  await bappedaAbbreviation.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await bappedaAbbreviation.fill('Bappelitbangda');
  await bappedaAbbreviation.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeHidden();

  await page.getByLabel('Cari OPD').fill('olahraga');
  await page.getByRole('button', { name: 'Hapus OPD Dispora' }).click();
  await expect(page.getByText('OPD Dispora dihapus.')).toBeVisible();
  await expect(page.getByText('Tidak ada OPD yang cocok dengan pencarian.')).toBeVisible();
  await page.getByLabel('Cari OPD').fill('');
  await page.getByRole('button', { name: 'Muat ulang daftar bawaan' }).click();
  await expect(page.getByText('1 OPD bawaan ditambahkan kembali.')).toBeVisible();
  await expect(page.getByLabel('Nama lengkap Dispora')).toBeVisible();
  // A renamed default is not added again.
  await expect(page.getByLabel('Nama lengkap Bappeda', { exact: true })).toHaveCount(0);

  // ——— Funding sources, by keyboard ———
  await page.getByRole('tab', { name: /Daftar OPD/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Sumber dana/ })).toHaveAttribute('aria-selected', 'true');
  const newSource = page.getByLabel('Sumber dana baru');
  await newSource.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await page.keyboard.type('csr / tjsl');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sumber dana CSR / TJSL sudah ada')).toBeVisible();
  await newSource.fill('');
  await page.keyboard.type('Dana Bagi Hasil Cukai Hasil Tembakau');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nama sumber dana Dana Bagi Hasil Cukai Hasil Tembakau')).toBeVisible();
  await expect(newSource).toHaveValue('');
  await expectSaved(page);

  // What the core stored: no refused value, every accepted one.
  const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId: created.id });
  const dims = stored.workshop.dimensionSet.dimensions;
  expect(dims.map((d) => d.code)).toEqual(['SG', 'SBR', 'SE', 'SL', 'SS', 'SN', 'SM']);
  expect(dims[0]).toMatchObject({ nameId: 'Tata Kelola Cerdas' });
  expect(dims[0]!.elements.map((e) => `${e.code} ${e.nameId}`)).toEqual(['SV Pelayanan Publik Terpadu', 'BR Manajemen Birokrasi yang Efisien', 'PL Efisiensi Kebijakan Publik', 'DT Data Terpadu']);
  expect(stored.workshop.opds.find((o) => o.id === 'bappeda')?.abbreviation).toBe('Bappelitbangda');
  expect(stored.workshop.opds.filter((o) => o.abbreviation === 'BKD')).toHaveLength(1);
  expect(stored.workshop.opds.some((o) => o.id === 'dispora')).toBe(true);
  expect(stored.workshop.fundingSources.map((f) => f.name)).toContain('Dana Bagi Hasil Cukai Hasil Tembakau');
  expect(stored.workshop.fundingSources.filter((f) => f.name.toLowerCase() === 'csr / tjsl')).toHaveLength(1);

  await page.reload();
  await expect(page.getByRole('region', { name: 'SG Tata Kelola Cerdas' }).getByLabel('Nama elemen DT')).toHaveValue('Data Terpadu');
  await expect(page.getByRole('region', { name: 'SBR Smart Branding' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'SM Smart Maritime' })).toBeVisible();
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await expect(page.getByLabel('Singkatan Badan Perencanaan Pembangunan Daerah')).toHaveValue('Bappelitbangda');
  await expect(page.getByLabel('Peran BKD dalam smart city')).toHaveValue('Pengembangan SDM TIK aparatur.');
});

test('an OPD, a dimension, an element or a funding source still in use is not removed, and the warning names what uses it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation').getByRole('link', { name: /Data Rujukan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data Rujukan' })).toBeVisible();

  await page.getByRole('button', { name: 'Hapus dimensi Smart Governance' }).click();
  const dimensionWarning = page.getByRole('dialog', { name: 'Dimensi Smart Governance tidak dapat dihapus' });
  await expect(dimensionWarning.getByText(/^\d+ program$/)).toBeVisible();
  await expect(dimensionWarning.getByText(/SG-SV-01 Perizinan Daring Satu Hari Tanpa ke Kantor/)).toBeVisible();
  await expect(dimensionWarning.getByText(/^\d+ isu$/)).toBeVisible();
  await dimensionWarning.getByRole('button', { name: 'Mengerti' }).click();
  await expect(page.getByRole('region', { name: 'SG Smart Governance' })).toBeVisible();

  await page.getByRole('button', { name: 'Hapus elemen Pelayanan Publik' }).click();
  const elementWarning = page.getByRole('dialog', { name: 'Elemen Pelayanan Publik tidak dapat dihapus' });
  await expect(elementWarning.getByText(/SG-SV-01/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'reference-data-in-use-1366x768.png') });
  await elementWarning.getByRole('button', { name: 'Mengerti' }).click();

  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await page.getByRole('button', { name: 'Hapus OPD Diskominfo' }).click();
  const opdWarning = page.getByRole('dialog', { name: 'OPD Diskominfo tidak dapat dihapus' });
  await expect(opdWarning.getByText(/program dengan OPD ini sebagai penanggung jawab/)).toBeVisible();
  await expect(opdWarning.getByText(/bagian naskah yang disusun OPD ini/)).toBeVisible();
  // The warning leads to the worksheet where the lead OPD is changed.
  await opdWarning.getByRole('link', { name: 'buka Matriks Program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matriks Program' })).toBeVisible();

  // An OPD named only on the Bimtek attendance list is in use too, with a way to that list.
  await page.getByRole('navigation').getByRole('link', { name: /Data Rujukan/ }).click();
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await page.getByRole('button', { name: 'Hapus OPD Disdik' }).click();
  const attendanceWarning = page.getByRole('dialog', { name: 'OPD Disdik tidak dapat dihapus' });
  await expect(attendanceWarning.getByText('1 baris daftar hadir Bimtek')).toBeVisible();
  await attendanceWarning.getByRole('link', { name: 'buka Pelaksanaan Bimtek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pelaksanaan Bimtek' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: /Data Rujukan/ }).click();
  await page.getByRole('tab', { name: /Sumber dana/ }).click();
  await page.getByRole('button', { name: 'Hapus sumber dana APBD Kabupaten/Kota' }).click();
  await expect(page.getByRole('dialog', { name: 'Sumber dana APBD Kabupaten/Kota tidak dapat dihapus' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The core refuses the same removal, with the same words, whoever sends it.
  const opened = await page.request.post(`${app.url}/api/workshops.list`, { data: {} });
  const { workshops } = (await opened.json()) as { workshops: { id: string; title: string; revision: number }[] };
  const demo = workshops.find((w) => w.title === DEMO_TITLE)!;
  const refused = await page.request.post(`${app.url}/api/workshop.apply`, { data: { workshopId: demo.id, baseRevision: demo.revision, command: { type: 'removeOpd', id: 'diskominfo' } } });
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('invalid_input');
  expect(body.error.message).toMatch(/^OPD Diskominfo tidak dapat dihapus karena masih dipakai oleh \d+ program/);
});

interface StoredOpdFacts {
  workshop: { groups: { id: string; name: string }[]; opds: { id: string; kind: string | null; headTitle: string; representativeTitle: string; groupId: string | null }[] };
}

test('an OPD’s kind, head’s and representative’s titles and FGD group are set in its row and kept', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const created = await callApi<{ id: string }>(page, app.url, 'workshops.create', { title: 'Bimtek Smart City Kabupaten Contoh', regionName: 'Kabupaten Contoh', regionKind: 'kabupaten' });
  await openReferenceData(page, app.url, created.id);
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  const kind = page.getByLabel('Jenis Bappeda', { exact: true });
  // Read from the name until chosen; the head's title follows the kind.
  await expect(kind.locator('option:checked')).toHaveText('Otomatis (Badan)');
  await expect(page.getByLabel('Jabatan kepala Bappeda', { exact: true })).toHaveAttribute('placeholder', 'Kepala Badan');
  await kind.selectOption('sekretariat');
  await expect(page.getByLabel('Jabatan kepala Bappeda', { exact: true })).toHaveAttribute('placeholder', 'Sekretaris');
  await kind.selectOption('badan');
  await page.getByLabel('Kelompok FGD Bappeda', { exact: true }).selectOption({ label: 'Kelompok Smart Governance' });
  await typeAndLeave(page, 'Jabatan kepala Bappeda', 'Kepala Bappeda');
  await typeAndLeave(page, 'Jabatan perwakilan Bappeda yang hadir', 'Kepala Bidang Perencanaan dan Evaluasi');
  await expectSaved(page);

  const stored = await callApi<StoredOpdFacts>(page, app.url, 'workshop.open', { workshopId: created.id });
  const governance = stored.workshop.groups.find((g) => g.name === 'Kelompok Smart Governance');
  expect(stored.workshop.opds.find((o) => o.id === 'bappeda')).toMatchObject({ kind: 'badan', headTitle: 'Kepala Bappeda', representativeTitle: 'Kepala Bidang Perencanaan dan Evaluasi', groupId: governance?.id });

  await page.reload();
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await expect(page.getByLabel('Jenis Bappeda', { exact: true })).toHaveValue('badan');
  await expect(page.getByLabel('Kelompok FGD Bappeda', { exact: true }).locator('option:checked')).toHaveText('Kelompok Smart Governance');
  await expect(page.getByLabel('Jabatan perwakilan Bappeda yang hadir', { exact: true })).toHaveValue('Kepala Bidang Perencanaan dan Evaluasi');
  await page.screenshot({ path: path.join(SHOTS, 'reference-data-opd-facts-1366x768.png') });
});

test('Tambah OPD asks for the kind, titles and FGD group too (optional, the row’s controls) and fits 1366x768', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const created = await callApi<{ id: string }>(page, app.url, 'workshops.create', { title: 'Bimtek Smart City Kabupaten Contoh', regionName: 'Kabupaten Contoh', regionKind: 'kabupaten' });
  await openReferenceData(page, app.url, created.id);
  await page.getByRole('tab', { name: /Daftar OPD/ }).click();
  await page.getByRole('button', { name: 'Tambah OPD' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah OPD' });
  await dialog.getByLabel('Singkatan (wajib)', { exact: true }).fill('RSIA');
  await dialog.getByLabel('Nama OPD (wajib)', { exact: true }).fill('Rumah Sakit Ibu dan Anak Daerah');
  await dialog.getByLabel('Peran dalam smart city').fill('Rekam medis elektronik dan antrean daring.');
  // The kind is read from the name until chosen, and the head's title follows it, as in the table row.
  const kind = dialog.getByLabel('Jenis OPD', { exact: true });
  await expect(kind.locator('option:checked')).toHaveText('Otomatis (RSUD)');
  const head = dialog.getByLabel('Jabatan kepala', { exact: true });
  await expect(head).toHaveAttribute('placeholder', 'Direktur');
  await kind.selectOption('badan');
  await expect(head).toHaveAttribute('placeholder', 'Kepala Badan');
  await kind.selectOption('rsud');
  await dialog.getByLabel('Kelompok FGD', { exact: true }).selectOption({ label: 'Kelompok Smart Living' });
  await dialog.getByLabel('Jabatan perwakilan', { exact: true }).fill('Kepala Bidang Pelayanan Medik');

  await page.screenshot({ path: path.join(SHOTS, 'reference-data-add-opd-1366x768.png') });
  // The whole dialog, its buttons included, is on screen without scrolling.
  const box = await dialog.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  expect(await dialog.evaluate((d) => d.scrollHeight <= d.clientHeight)).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Tambah OPD' })).toBeInViewport();
  await dialog.getByRole('button', { name: 'Tambah OPD' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByLabel('Jenis RSIA', { exact: true })).toHaveValue('rsud');
  await expect(page.getByLabel('Kelompok FGD RSIA', { exact: true }).locator('option:checked')).toHaveText('Kelompok Smart Living');
  await expect(page.getByLabel('Jabatan kepala RSIA', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Jabatan perwakilan RSIA yang hadir', { exact: true })).toHaveValue('Kepala Bidang Pelayanan Medik');
  await expectSaved(page);
  const stored = await callApi<StoredOpdFacts>(page, app.url, 'workshop.open', { workshopId: created.id });
  const living = stored.workshop.groups.find((g) => g.name === 'Kelompok Smart Living');
  expect(stored.workshop.opds.find((o) => o.headTitle === '' && o.representativeTitle === 'Kepala Bidang Pelayanan Medik')).toMatchObject({ kind: 'rsud', groupId: living?.id });

  // Nothing of it is required: an OPD with abbreviation and name only is added as before.
  await page.getByRole('button', { name: 'Tambah OPD' }).click();
  await dialog.getByLabel('Singkatan (wajib)', { exact: true }).fill('BPPD');
  await dialog.getByLabel('Nama OPD (wajib)', { exact: true }).fill('Badan Pengelola Pusat Data Daerah');
  await dialog.getByRole('button', { name: 'Tambah OPD' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Jenis BPPD', { exact: true }).locator('option:checked')).toHaveText('Otomatis (Badan)');
});

for (const size of SIZES) {
  test(`the reference data worksheet of the demo at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Data Rujukan/ }).click();
    await expect(page.getByRole('region', { name: 'SG Smart Governance' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `reference-data-${size.name}.png`) });
    await page.getByRole('region', { name: 'SG Smart Governance' }).evaluate((card) => {
      card.scrollIntoView({ block: 'start' });
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(SHOTS, `reference-data-dimension-${size.name}.png`) });
    await page.getByRole('tab', { name: /Daftar OPD/ }).click();
    await expect(page.getByLabel('Nama lengkap Bappeda')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `reference-data-opd-${size.name}.png`) });
    await page.getByRole('tab', { name: /Sumber dana/ }).click();
    await page.screenshot({ path: path.join(SHOTS, `reference-data-funding-${size.name}.png`) });
  });
}
