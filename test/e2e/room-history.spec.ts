import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

/*
 * The room's commands in Riwayat (issue 11/12 follow-up): a lock, a group's "Selesai", a hidden
 * card and decisions on proposals are worded there, never "Perubahan acceptProposal". Then a
 * program a proposal became is deleted from the matrix: the dialog names the proposal, the inbox
 * says the program was deleted, and Urungkan brings the program and the proposal's link back.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: { revision: number; programs: { id: string; code: string }[]; proposals: { id: string; status: string; programId: string | null }[] };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });

const openDemo = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(nav(page)).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const proposal = (id: string, name: string) => ({
  id,
  groupId: 'kelompok-smart-governance',
  dimensionId: 'smart-governance',
  elementId: 'governance-service',
  name,
  description: '',
  leadOpdId: null,
  issueIds: [],
  proposedBy: 'Ani',
  status: 'baru',
  programId: null,
  reason: '',
});

test('Riwayat words the room’s commands; deleting a program a proposal became names the proposal, and Urungkan brings both back', async ({ page, app }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  const workshopId = await openDemo(page, app.url);
  const stored = async () => (await callApi<Stored>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const apply = async (command: Record<string, unknown>) => callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: (await stored()).revision, command });

  await apply({ type: 'upsertProposal', item: proposal('usul-keliling', 'Layanan Izin Keliling') });
  await apply({ type: 'upsertProposal', item: proposal('usul-pasar', 'Pasar Desa Daring') });
  await apply({ type: 'setWorksheetLock', worksheet: 'swot', locked: true });
  await apply({ type: 'setGroupDone', groupId: 'kelompok-smart-governance', worksheet: 'swot', done: true });
  await apply({ type: 'hideCard', card: 'gapAnalysis', id: 'g-sg', hidden: true });
  await apply({ type: 'acceptProposal', proposalId: 'usul-keliling', programId: 'prog-keliling' });
  await apply({ type: 'declineProposal', proposalId: 'usul-pasar', reason: 'Sudah tercakup program lain' });
  const code = (await stored()).programs.find((p) => p.id === 'prog-keliling')?.code;
  expect(code).toBe('SG-SV-04');

  await nav(page).getByRole('link', { name: 'Riwayat', exact: true }).click();
  const log = page.getByRole('table').filter({ hasText: 'Perubahan' }).last();
  for (const line of [
    'Usulan “Pasar Desa Daring” ditolak',
    'Usulan “Layanan Izin Keliling” diterima sebagai program SG-SV-04',
    'Analisis kesenjangan “Smart Governance” disembunyikan dari ruang',
    'Kelompok Smart Governance menandai SWOT selesai',
    'Lembar SWOT dikunci untuk kelompok',
    'Menambah usulan “Layanan Izin Keliling”',
  ]) {
    await expect(log.getByRole('cell', { name: line, exact: true })).toBeVisible();
  }
  await expect(log).not.toContainText(/Perubahan (upsert|accept|decline|set|hide)/);
  await log.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'room-history-1366.png') });

  // The matrix asks before deleting the program the proposal became, naming the proposal.
  await nav(page).getByRole('link', { name: /Matriks Program/ }).click();
  const matrix = page.getByRole('table', { name: 'Daftar program' });
  await matrix.getByRole('row').filter({ has: page.getByRole('cell', { name: 'SG-SV-04', exact: true }) }).getByRole('button', { name: /^Hapus SG-SV-04/ }).click();
  const ask = page.getByRole('dialog', { name: 'Hapus program SG-SV-04?' });
  await expect(ask).toContainText('berasal dari usulan kelompok');
  await expect(ask.getByRole('listitem')).toHaveText(['Usulan Layanan Izin Keliling (tetap tercatat, tanpa program)']);
  await page.screenshot({ path: path.join(SHOTS, 'program-delete-proposal-1366.png') });
  await ask.getByRole('button', { name: 'Hapus beserta rujukannya' }).click();
  await expectSaved(page);
  const gone = await stored();
  expect(gone.programs.some((p) => p.id === 'prog-keliling')).toBe(false);
  expect(gone.proposals.find((p) => p.id === 'usul-keliling')).toMatchObject({ status: 'diterima', programId: null });

  // Urungkan (the facilitator's undo) brings the program and the proposal's link back as one step.
  await page.locator('.toast', { hasText: 'Program SG-SV-04' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect.poll(async () => (await stored()).proposals.find((p) => p.id === 'usul-keliling')?.programId).toBe('prog-keliling');
  expect((await stored()).programs.some((p) => p.id === 'prog-keliling')).toBe(true);

  // Deleted again: the inbox says the program is gone, not "Menjadi program —".
  await matrix.getByRole('row').filter({ has: page.getByRole('cell', { name: 'SG-SV-04', exact: true }) }).getByRole('button', { name: /^Hapus SG-SV-04/ }).click();
  await page.getByRole('dialog', { name: 'Hapus program SG-SV-04?' }).getByRole('button', { name: 'Hapus beserta rujukannya' }).click();
  await expectSaved(page);
  await nav(page).getByRole('link', { name: /Usulan/ }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Diterima (1)' });
  const card = page.getByRole('listitem').filter({ hasText: 'Layanan Izin Keliling' });
  await expect(card).toContainText('Programnya sudah dihapus dari matriks program.');
  await expect(card).not.toContainText('Menjadi program');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'proposal-program-removed-1366.png') });
});
