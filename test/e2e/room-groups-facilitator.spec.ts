import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';

/*
 * The facilitator's side of group work (issue 12, item 2): an FGD group joins through the real HTTP
 * join API on the participants' listener and writes with its token; its cards appear on the Isu
 * worksheet (with the group's chip) and on the stage without a reload; a hidden card leaves the
 * stage; a proposal accepted from the Usulan inbox becomes a row of the matrix with a new code, and
 * "Urungkan" takes it back; a locked worksheet refuses the group's write (403, nothing written);
 * the stage's SWOT view shows which groups are done.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Group {
  id: string;
  name: string;
  dimensionId: string;
}
interface Stored {
  workshop: {
    revision: number;
    groups: Group[];
    dimensionSet: { dimensions: { id: string; nameId: string; elements: { id: string; code: string; nameId: string }[] }[] };
    issues: { id: string; text: string; groupId?: string | null; hidden?: boolean }[];
    programs: { id: string; code: string; name: string; dimensionId: string; elementId: string; issueIds: string[] }[];
    proposals: { id: string; status: string; programId: string | null }[];
  };
}

/** A group member's phone, spoken to through the HTTP API exactly as the participants' app does. */
class GroupMember {
  constructor(
    private readonly request: APIRequestContext,
    private readonly base: string,
    private readonly workshopId: string,
    private readonly token: string,
  ) {}

  static async join(request: APIRequestContext, base: string, workshopId: string, code: string, name: string, groupId: string): Promise<GroupMember> {
    const lookup = await request.post(`${base}/api/share.lookup`, { data: { code } });
    expect(lookup.ok()).toBe(true);
    const groups = ((await lookup.json()) as { groups: { id: string }[] }).groups.map((g) => g.id);
    expect(groups).toContain(groupId);
    const joined = await request.post(`${base}/api/share.join`, { data: { code, name, groupId } });
    expect(joined.ok(), `share.join answered ${joined.status()}`).toBe(true);
    const body = (await joined.json()) as { token: string; participant: { groupId: string | null; scope: { kind: string } } };
    expect(body.participant.scope.kind).toBe('group');
    expect(body.participant.groupId).toBe(groupId);
    return new GroupMember(request, base, workshopId, body.token);
  }

  private headers() {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  async revision(): Promise<number> {
    const opened = await this.request.post(`${this.base}/api/workshop.open`, { headers: this.headers(), data: { workshopId: this.workshopId } });
    expect(opened.ok(), `participant workshop.open answered ${opened.status()}`).toBe(true);
    return ((await opened.json()) as { workshop: { revision: number } }).workshop.revision;
  }

  /** Sends one command; returns the HTTP status and the error's reason, if any. */
  async send(command: Record<string, unknown>): Promise<{ status: number; reason: string | null }> {
    const response = await this.request.post(`${this.base}/api/workshop.apply`, {
      headers: this.headers(),
      data: { workshopId: this.workshopId, baseRevision: await this.revision(), command },
    });
    const body = (await response.json().catch(() => ({}))) as { error?: { reason?: string } };
    return { status: response.status(), reason: body.error?.reason ?? null };
  }
}

const openDemo = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByRole('navigation', { name: 'Tahap dan kertas kerja' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const goToSheet = async (page: Page, name: RegExp, heading: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
};

test('group cards reach the worksheet and the stage live; hide, accept a proposal with undo, lock, and the stage shows who is done', async ({ page, browser, app }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  const workshopId = await openDemo(page, app.url);
  const stored = async () => (await callApi<Stored>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const url = (status.urls[0] ?? '').replace(/\/$/, '');
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no device can be a participant.');

  const w0 = await stored();
  const dimension = w0.dimensionSet.dimensions[0];
  const other = w0.dimensionSet.dimensions[1];
  const group = w0.groups.find((g) => g.dimensionId === dimension?.id);
  const otherGroup = w0.groups.find((g) => g.dimensionId === other?.id);
  if (!dimension || !group || !otherGroup) throw new Error('the demo has no groups per dimension');

  const phones = await browser.newContext();
  const member = await GroupMember.join(phones.request, url, workshopId, status.code, 'Rina Kartika', group.id);
  const otherMember = await GroupMember.join(phones.request, url, workshopId, status.code, 'Andi Saputra', otherGroup.id);

  // The share dialog's participant list names each participant's group.
  await page.getByRole('banner').getByRole('button', { name: /Bagikan|Dibagikan/ }).click();
  const share = page.getByRole('dialog', { name: 'Bagikan di jaringan lokal' });
  // The group's name already says "Kelompok …": the list says FGD, not "Kelompok: Kelompok …".
  await expect(share.getByText(`FGD: ${group.name}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(share).toHaveCount(0);

  // The facilitator has the issues worksheet open; the stage is projected in a second window.
  await goToSheet(page, /Isu Daerah/, 'Isu Daerah per Dimensi');
  const stage = await page.context().newPage();
  await stage.setViewportSize({ width: 1920, height: 1080 });
  await stage.goto(`${app.url}#/lokakarya/${workshopId}/panggung/isu-${dimension.id}`);
  await expect(stage.locator('.panggung-title')).toContainText('Isu Daerah');

  // The group adds a problem from its phone: it appears on both without a reload, with the group's chip.
  const card = { id: 'isu-kelompok-1', dimensionId: dimension.id, kind: 'permasalahan', text: 'Sinyal internet lemah di desa pegunungan', rpjmdIssue: '', groupId: group.id };
  expect(await member.send({ type: 'upsertIssue', item: card })).toEqual({ status: 200, reason: null });
  const row = page.locator('.issue-row').filter({ has: page.locator('.group-chip', { hasText: group.name }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('textarea').first()).toHaveValue(card.text);
  const note = stage.locator('.panggung-note', { hasText: card.text });
  await expect(note).toBeVisible();

  // A group cannot write outside its dimension: 403, nothing written.
  const before = (await stored()).revision;
  const outside = await otherMember.send({ type: 'upsertIssue', item: { ...card, id: 'isu-luar', groupId: otherGroup.id } });
  expect(outside.status).toBe(403);
  expect((await stored()).revision).toBe(before);

  // Hidden by the facilitator: gone from the stage, faded on the worksheet, kept in the workshop.
  await row.getByRole('button', { name: /^Sembunyikan permasalahan/ }).click();
  await expect(note).toHaveCount(0);
  await expect(row).toHaveClass(/is-hidden-card/);
  await expect(row.getByText('Tersembunyi')).toBeVisible();
  await expect.poll(async () => (await stored()).issues.find((i) => i.id === card.id)?.hidden).toBe(true);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'room-isu-hidden-1366.png') });
  // A second card arrives live while the stage is showing.
  expect(await member.send({ type: 'upsertIssue', item: { ...card, id: 'isu-kelompok-2', text: 'Pelayanan perizinan masih manual' } })).toEqual({ status: 200, reason: null });
  await expect(stage.locator('.panggung-note', { hasText: 'Pelayanan perizinan masih manual' })).toBeVisible();

  // Lock the worksheet: the group's write is refused by the server and nothing is written.
  await page.getByRole('button', { name: 'Kunci untuk peserta' }).click();
  await expect(page.getByText('Terkunci: peserta tidak dapat mengubah')).toBeVisible();
  await expect.poll(async () => (await stored()).revision).toBeGreaterThan(before);
  const lockedAt = (await stored()).revision;
  const refused = await member.send({ type: 'upsertIssue', item: { ...card, id: 'isu-kelompok-3', text: 'Ditulis saat terkunci' } });
  expect(refused).toEqual({ status: 403, reason: 'room.worksheetLocked' });
  expect((await stored()).revision).toBe(lockedAt);
  expect((await stored()).issues.some((i) => i.id === 'isu-kelompok-3')).toBe(false);

  // SWOT: the group's factors with their chips, and its "Selesai" mark on the stage.
  for (const [i, [quadrant, text]] of ([
    ['S', 'Komitmen kepala daerah terhadap layanan digital'],
    ['W', 'Jaringan fiber belum menjangkau kecamatan selatan'],
    ['O', 'Program desa digital provinsi'],
    ['T', 'Serangan siber pada situs pemerintah'],
  ] as const).entries()) {
    expect(await member.send({ type: 'upsertSwotItem', item: { id: `swot-kelompok-${i}`, dimensionId: dimension.id, quadrant, text, groupId: group.id } })).toEqual({ status: 200, reason: null });
  }
  expect(await member.send({ type: 'setGroupDone', groupId: group.id, worksheet: 'swot', done: true })).toEqual({ status: 200, reason: null });
  await goToSheet(page, /SWOT/, 'SWOT & TOWS');
  await expect(page.locator('.swot-factor .group-chip', { hasText: group.name })).toHaveCount(4);
  await expect(page.getByRole('button', { name: group.name, pressed: true })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'room-swot-bar-1366.png') });
  await page.locator('.swot-board .card-title').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.swot-board')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'room-swot-chips-1366.png') });
  await stage.goto(`${app.url}#/lokakarya/${workshopId}/panggung/swot-${dimension.id}`);
  const doneRow = stage.getByRole('group', { name: /Kelompok selesai 1\// });
  await expect(doneRow).toBeVisible();
  await expect(doneRow.locator('.panggung-group-chip.is-done')).toHaveCount(1);
  await expect(doneRow.locator('.panggung-group-chip.is-done')).toContainText(`✓ ${group.name.replace(/^Kelompok /, '')}`);
  await expect(doneRow.getByText(`${group.name} (selesai)`)).toBeAttached();
  await expect(stage.locator('.panggung-swot-cell.is-S')).toContainText('Komitmen kepala daerah');
  await stage.screenshot({ path: path.join(SHOTS, 'room-stage-swot-1920.png') });

  // A proposal from the group lands in the Usulan inbox (badge in the sidebar).
  const element = dimension.elements[0];
  if (!element) throw new Error('no element');
  const proposal = {
    id: 'usul-kelompok-1',
    groupId: group.id,
    dimensionId: dimension.id,
    elementId: element.id,
    name: 'Aplikasi Layanan Desa Terpadu',
    description: 'Satu aplikasi untuk surat-menyurat dan pengaduan warga desa.',
    leadOpdId: null,
    issueIds: ['isu-kelompok-2'],
    proposedBy: '',
    status: 'baru',
    programId: null,
    reason: '',
  };
  expect(await member.send({ type: 'upsertProposal', item: proposal })).toEqual({ status: 200, reason: null });
  expect(await member.send({ type: 'upsertProposal', item: { ...proposal, id: 'usul-kelompok-2', name: 'Wi-Fi publik di balai desa', issueIds: [] } })).toEqual({ status: 200, reason: null });
  const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
  await expect(nav.getByRole('link', { name: /Usulan.*2 usulan baru/ })).toBeVisible();
  await goToSheet(page, /^Usulan/, 'Usulan');
  await expect(page.getByRole('heading', { name: /Menunggu keputusan/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'room-usulan-1366.png') });

  // Terima: element and lead OPD in a compact dialog; the matrix gets a row with the next code.
  await page.getByRole('button', { name: `Terima ${proposal.name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Terima ke Matriks Program' });
  await expect(dialog.getByLabel('Elemen')).toBeFocused();
  await dialog.getByLabel('OPD penanggung jawab').selectOption({ index: 1 });
  const code = ((await dialog.locator('.proposal-code-preview').textContent()) ?? '').replace('Kode program baru: ', '');
  expect(code).toMatch(/\S/);
  await page.screenshot({ path: path.join(SHOTS, 'room-usulan-accept-1366.png') });
  await dialog.getByRole('button', { name: 'Terima' }).click();
  await expect(page.getByText(`"${proposal.name}" diterima sebagai program ${code}.`)).toBeVisible();
  await expect.poll(async () => (await stored()).programs.find((p) => p.code === code)?.name).toBe(proposal.name);
  expect((await stored()).proposals.find((p) => p.id === proposal.id)?.status).toBe('diterima');

  // Undo from the toast: the program goes, the proposal waits again.
  await page.locator('.toast', { hasText: 'diterima sebagai program' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect.poll(async () => (await stored()).programs.some((p) => p.code === code)).toBe(false);
  expect((await stored()).proposals.find((p) => p.id === proposal.id)?.status).toBe('baru');

  // Accepted again, by keyboard: the row is in the Matriks Program with its new code.
  await page.getByRole('button', { name: `Terima ${proposal.name}` }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Elemen')).toBeFocused();
  // Elemen → OPD penanggung jawab → Batal → Terima.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Terima' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await stored()).programs.find((p) => p.name === proposal.name)?.code).toBe(code);

  // Tolak needs a reason.
  await page.getByRole('button', { name: 'Tolak Wi-Fi publik di balai desa' }).click();
  const decline = page.getByRole('dialog', { name: 'Tolak usulan' });
  await decline.getByRole('button', { name: 'Tolak usulan' }).click();
  await expect(decline.getByText('Tulis alasan penolakan.')).toBeVisible();
  await decline.getByLabel(/Alasan penolakan/).fill('Sudah ada di program Diskominfo.');
  await decline.getByRole('button', { name: 'Tolak usulan' }).click();
  await expect.poll(async () => (await stored()).proposals.find((p) => p.id === 'usul-kelompok-2')?.status).toBe('ditolak');
  await expect(nav.getByRole('link', { name: /usulan baru/ })).toHaveCount(0);

  // Both decided, the default filter (Baru) is empty: it says so and offers the decided ones, not "nothing matches".
  await expect(page.getByText('Semua usulan sudah diputuskan.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Tampilkan semua usulan (2)' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('');
  await expect(page.getByRole('heading', { name: /Diterima ke Matriks Program/ })).toBeVisible();
  await expect(page.getByText(`Menjadi program ${code} ${proposal.name}`)).toBeVisible();
  await expect(page.getByText('Alasan: Sudah ada di program Diskominfo.')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'room-usulan-decided-1366.png') });

  // Gabungkan: a third proposal joins the accepted program (same dimension), its issue with it.
  expect(await member.send({ type: 'upsertProposal', item: { ...proposal, id: 'usul-kelompok-3', name: 'Aplikasi surat desa', issueIds: ['isu-kelompok-1'] } })).toEqual({ status: 200, reason: null });
  await page.getByRole('button', { name: 'Gabungkan Aplikasi surat desa ke program yang ada' }).click();
  const merge = page.getByRole('dialog', { name: 'Gabungkan ke program yang ada' });
  await merge.getByLabel('Cari program (kode atau nama)').fill(code);
  await merge.getByRole('radio', { name: new RegExp(`${code} ${proposal.name}`) }).check();
  await merge.getByRole('button', { name: 'Gabungkan' }).click();
  await expect(page.getByText(`Digabung ke program ${code} ${proposal.name}`)).toBeVisible();
  const merged = await stored();
  const target = merged.programs.find((p) => p.code === code);
  expect(merged.proposals.find((p) => p.id === 'usul-kelompok-3')).toMatchObject({ status: 'digabung', programId: target?.id });
  expect(target?.issueIds).toContain('isu-kelompok-1');

  await goToSheet(page, /Matriks Program/, 'Matriks Program');
  const matrix = page.getByRole('table', { name: 'Daftar program' });
  await expect(matrix.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) })).toBeVisible();

  await phones.close();
});

test('groups as data: add, rename and remove one that wrote cards (they stay, Urungkan brings it back); merge duplicate issues into one kept card, undone', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const workshopId = await openDemo(page, app.url);
  const stored = async () => (await callApi<Stored>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const apply = async (command: Record<string, unknown>) =>
    callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: (await stored()).revision, command });

  await goToSheet(page, /Data Rujukan/, 'Data Rujukan');
  await page.getByRole('tab', { name: /Kelompok FGD/ }).click();
  const dimensions = (await stored()).dimensionSet.dimensions;
  const [first, second] = dimensions;
  if (!first || !second) throw new Error('the demo has fewer than two dimensions');

  // Add a second group for the first dimension, then rename it in place.
  await page.getByLabel('Nama kelompok baru').fill('Kelompok Pentahelix');
  await page.getByLabel('Dimensi', { exact: true }).selectOption({ label: first.nameId });
  await page.getByRole('button', { name: 'Tambah kelompok' }).click();
  const name = page.getByRole('textbox', { name: 'Nama kelompok Kelompok Pentahelix' });
  await expect(name).toHaveValue('Kelompok Pentahelix');
  await name.fill('Kelompok Pentahelix Kampus');
  await name.press('Enter');
  await expect.poll(async () => (await stored()).groups.find((g) => g.name === 'Kelompok Pentahelix Kampus')?.dimensionId).toBe(first.id);
  const added = (await stored()).groups.find((g) => g.name === 'Kelompok Pentahelix Kampus');
  if (!added) throw new Error('group not stored');

  // It writes a card (as the server would on its behalf); removing it asks first and keeps the card.
  await apply({ type: 'upsertIssue', item: { id: 'isu-pentahelix', dimensionId: first.id, kind: 'potensi', text: 'Tiga kampus siap mendampingi desa digital', rpjmdIssue: '', groupId: added.id } });
  await expect(page.getByRole('row', { name: /Kelompok Pentahelix Kampus/ })).toContainText('1 kartu · 0 usulan');
  await page.screenshot({ path: path.join(SHOTS, 'room-groups-1366.png') });
  await page.getByRole('button', { name: 'Hapus kelompok Kelompok Pentahelix Kampus' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus kelompok Kelompok Pentahelix Kampus?' });
  await expect(confirm.getByText('Tiga kampus siap mendampingi desa digital')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Batal' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Hapus kelompok' }).click();
  await expect.poll(async () => (await stored()).groups.some((g) => g.id === added.id)).toBe(false);
  expect((await stored()).issues.find((i) => i.id === 'isu-pentahelix')?.groupId ?? null).toBeNull();
  await page.locator('.toast', { hasText: 'Kelompok Kelompok Pentahelix Kampus dihapus.' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect.poll(async () => (await stored()).issues.find((i) => i.id === 'isu-pentahelix')?.groupId).toBe(added.id);

  // Merge duplicates on the issues worksheet: tick two, keep the group's one.
  await apply({ type: 'upsertIssue', item: { id: 'isu-duplikat', dimensionId: first.id, kind: 'potensi', text: 'Kampus mau mendampingi desa digital', rpjmdIssue: '' } });
  await goToSheet(page, /Isu Daerah/, 'Isu Daerah per Dimensi');
  const count = (await stored()).issues.length;
  await page.getByRole('button', { name: 'Gabungkan duplikat' }).click();
  const merge = page.getByRole('dialog', { name: 'Gabungkan kartu duplikat' });
  const rowOf = (text: string) => merge.getByRole('row').filter({ hasText: text });
  await rowOf('Tiga kampus siap').getByRole('checkbox').check();
  await rowOf('Kampus mau mendampingi').getByRole('checkbox').check();
  await rowOf('Tiga kampus siap').getByRole('radio').check();
  await expect(merge.getByRole('button', { name: 'Gabungkan 2 kartu' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'room-merge-1366.png') });
  await merge.getByRole('button', { name: 'Gabungkan 2 kartu' }).click();
  await expect.poll(async () => (await stored()).issues.length).toBe(count - 1);
  const after = await stored();
  expect(after.issues.some((i) => i.id === 'isu-duplikat')).toBe(false);
  expect(after.issues.some((i) => i.id === 'isu-pentahelix')).toBe(true);
  await page.locator('.toast', { hasText: '2 kartu digabung menjadi satu.' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect.poll(async () => (await stored()).issues.some((i) => i.id === 'isu-duplikat')).toBe(true);

  // A gap row from a group is listed under its dimension's card, with its chip and the hide switch.
  const group = (await stored()).groups.find((g) => g.dimensionId === second.id);
  if (!group) throw new Error('no group for the second dimension');
  await apply({ type: 'upsertGapAnalysis', item: { id: 'gap-kelompok', dimensionId: second.id, currentCondition: 'Promosi wisata masih lewat baliho', targetCondition: 'Kalender event digital terpadu', gap: 'Belum ada kanal digital bersama', groupId: group.id } });
  await goToSheet(page, /Analisis Kesenjangan/, 'Analisis Kesenjangan');
  const groupRow = page.locator('.gap-group-row', { hasText: 'Promosi wisata masih lewat baliho' });
  await expect(groupRow.locator('.group-chip')).toHaveText(`Dari ${group.name}`);
  await groupRow.getByRole('button', { name: /^Sembunyikan baris kesenjangan/ }).click();
  await expect(groupRow).toHaveClass(/is-hidden-card/);
  await groupRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'room-gap-1366.png') });
  await page.goto(`${app.url}#/lokakarya/${workshopId}/panggung/kesenjangan`);
  await expect(page.locator('.panggung-gap')).toBeVisible();
  await expect(page.locator('.panggung-gap')).not.toContainText('Promosi wisata masih lewat baliho');
});
