import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, deviceContext, joinRoom } from './support/participant';
import { expectWorksheetShown } from './support/worksheet';

/*
 * Accessibility in the suite (issue 13, Tests): axe-core (WCAG 2 A and AA rules) over every screen a
 * facilitator, the projector and a participant see — every worksheet, home, Riwayat, Pratinjau, the
 * main dialogs and the program drawer, the stage views, and the participant's join, group, OPD and
 * ballot screens. Any critical or serious violation fails the test; each test collects them all
 * before failing, so one run names every screen that needs work.
 */

type Finding = string;

/** Runs axe on the page as it is (or on `include` only) and returns one line per critical/serious violation. */
const audit = async (page: Page, screen: string, include?: string): Promise<Finding[]> => {
  // Only violations are gathered: passes and incomplete results cost seconds on a long worksheet.
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${screen}: [${v.impact}] ${v.id} — ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
};

const sheets = (page: Page) => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu peserta' });

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

interface Stored {
  workshop: { revision: number; programs: { id: string; code: string }[] };
}

const openDemo = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(sheets(page)).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const applyAll = async (page: Page, baseUrl: string, workshopId: string, commands: Record<string, unknown>[]): Promise<void> => {
  for (const command of commands) {
    const { workshop } = await callApi<Stored>(page, baseUrl, 'workshop.open', { workshopId });
    await callApi(page, baseUrl, 'workshop.apply', { workshopId, baseRevision: workshop.revision, command });
  }
};

/** The worksheets are audited in three parts, so that the suite's workers share them. */
const WORKSHEET_PARTS = 3;

for (let part = 0; part < WORKSHEET_PARTS; part += 1) {
  test(`facilitator: worksheets, part ${part + 1} of ${WORKSHEET_PARTS}, have no critical or serious axe violation`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await openDemo(page, app.url);
    // Every worksheet the stepper offers, every third one from `part`.
    await expect(sheets(page).locator('.worksheet-links a').first()).toBeVisible();
    const hrefs = await sheets(page).locator('.worksheet-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(15);
    const found: Finding[] = [];
    for (const href of hrefs.filter((_, index) => index % WORKSHEET_PARTS === part)) {
      const id = href.split('/').pop() ?? href;
      await page.goto(`${app.url}/${href}`);
      await expectWorksheetShown(page, id);
      found.push(...(await audit(page, `worksheet ${id}`)));
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('facilitator: home, Riwayat, Pratinjau, the main dialogs and the program drawer have no critical or serious axe violation', async ({ page, app }) => {
  test.setTimeout(180_000);
  const found: Finding[] = [];

  // Home, and the create-workshop dialog.
  await page.goto(app.url);
  await expect(page.getByRole('link', { name: `Buka ${DEMO_TITLE}` })).toBeVisible();
  found.push(...(await audit(page, 'home')));
  await page.getByRole('button', { name: 'Lokakarya baru' }).first().click();
  const create = page.getByRole('dialog', { name: 'Buat lokakarya baru' });
  await expect(create).toBeVisible();
  found.push(...(await audit(page, 'dialog: Buat lokakarya baru')));
  await page.keyboard.press('Escape');
  await expect(create).toHaveCount(0);

  const workshopId = await openDemo(page, app.url);
  // A proposal to accept in Usulan, and one accepted already so that its program asks before deletion.
  await applyAll(page, app.url, workshopId, [
    { type: 'upsertProposal', item: proposal('usul-keliling', 'Layanan Izin Keliling') },
    { type: 'upsertProposal', item: proposal('usul-pasar', 'Pasar Desa Daring') },
    { type: 'acceptProposal', proposalId: 'usul-keliling', programId: 'prog-keliling' },
  ]);
  await page.reload();
  await expect(sheets(page)).toBeVisible();

  // Riwayat and Pratinjau.
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/riwayat`);
  await expect(page.getByRole('heading', { level: 1, name: 'Riwayat' })).toBeVisible();
  found.push(...(await audit(page, 'Riwayat')));
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/pratinjau`);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.locator('.worksheet-loading')).toHaveCount(0);
  await page.waitForTimeout(500);
  found.push(...(await audit(page, 'Pratinjau')));

  // The program matrix: Tambah program, the drawer, and deleting a program a proposal became.
  await sheets(page).getByRole('link', { name: /Matriks Program/ }).click();
  const matrix = page.getByRole('table', { name: 'Daftar program' });
  await expect(matrix).toBeVisible();
  await page.getByRole('button', { name: 'Tambah program' }).click();
  const add = page.getByRole('dialog', { name: 'Tambah program' });
  await expect(add).toBeVisible();
  found.push(...(await audit(page, 'dialog: Tambah program')));
  await page.keyboard.press('Escape');
  await expect(add).toHaveCount(0);

  const row = (code: string) => matrix.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await row('SG-SV-01').getByRole('button', { name: /^Rincian SG-SV-01/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' });
  await expect(drawer).toBeVisible();
  found.push(...(await audit(page, 'drawer: program')));
  await drawer.getByRole('button', { name: 'Tutup rincian' }).click();
  await expect(drawer).toHaveCount(0);

  await row('SG-SV-04').getByRole('button', { name: /^Hapus SG-SV-04/ }).click();
  const ask = page.getByRole('dialog', { name: 'Hapus program SG-SV-04?' });
  await expect(ask).toBeVisible();
  found.push(...(await audit(page, 'dialog: Hapus program (with a proposal)')));
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);

  // Usulan: the accept dialog.
  await sheets(page).getByRole('link', { name: /^Usulan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usulan' })).toBeVisible();
  await page.getByRole('button', { name: 'Terima Pasar Desa Daring' }).click();
  const accept = page.getByRole('dialog', { name: 'Terima ke Matriks Program' });
  await expect(accept).toBeVisible();
  found.push(...(await audit(page, 'dialog: Terima usulan')));
  await page.keyboard.press('Escape');
  await expect(accept).toHaveCount(0);

  // Bagikan, before and after sharing starts.
  await page.getByRole('banner').getByRole('button', { name: 'Bagikan di jaringan lokal' }).click();
  const share = page.getByRole('dialog', { name: 'Bagikan di jaringan lokal' });
  await expect(share).toBeVisible();
  const startSharing = share.getByRole('button', { name: 'Mulai berbagi' });
  await expect(startSharing).toBeEnabled();
  found.push(...(await audit(page, 'dialog: Bagikan')));
  await startSharing.click();
  await expect(share.locator('.share-code')).toBeVisible();
  found.push(...(await audit(page, 'dialog: Bagikan (sharing)')));

  expect(found, found.join('\n')).toEqual([]);
});

test('stage: every kind of stage view has no critical or serious axe violation at 1920×1080', async ({ page, app }) => {
  test.setTimeout(180_000);
  const workshopId = await openDemo(page, app.url);
  // A poll of each common kind, open, so the stage has its poll views too.
  const { workshop } = await callApi<{ workshop: { issues: { id: string; text: string }[] } }>(page, app.url, 'workshop.open', { workshopId });
  const items = workshop.issues.slice(0, 3).map((issue, i) => ({ id: `pilihan-${i}`, label: issue.text.slice(0, 200), ref: { source: 'issue', id: issue.id } }));
  await applyAll(page, app.url, workshopId, [
    { type: 'createPoll', pollId: 'jajak-titik', settings: { title: 'Isu mana yang paling mendesak?', kind: 'dots', items } },
    { type: 'setPollState', pollId: 'jajak-titik', status: 'open', revealed: false },
    { type: 'createPoll', pollId: 'jajak-kata', settings: { title: 'Satu kata untuk kabupaten 2030?', kind: 'words', items: [] } },
    { type: 'setPollState', pollId: 'jajak-kata', status: 'closed', revealed: true },
  ]);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/panggung`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Home');
  const counter = page.getByRole('navigation', { name: 'Tampilan presentasi' }).getByText(/^\d+ \/ \d+$/);
  const total = Number(((await counter.textContent()) ?? '').split(' / ')[1]);
  expect(total).toBeGreaterThan(25);
  const found: Finding[] = [];
  const seen = new Map<string, number>();
  for (let n = 1; n <= total; n += 1) {
    await expect(counter).toHaveText(`${n} / ${total}`);
    const slug = /\/panggung\/([^/]+)$/.exec(page.url())?.[1] ?? String(n);
    // Views of one kind (swot-<dimension>, …) share their markup: two of each is enough.
    const kind = slug.split('-')[0] ?? slug;
    const count = seen.get(kind) ?? 0;
    if (count < 2) {
      seen.set(kind, count + 1);
      found.push(...(await audit(page, `stage ${slug}`)));
    }
    if (n < total) await page.keyboard.press('ArrowRight');
  }
  expect(seen.size).toBeGreaterThan(5);
  expect(found, found.join('\n')).toEqual([]);
});

test('participant: join, group screens, OPD screens and an open ballot have no critical or serious axe violation', async ({ page, browser, app }) => {
  test.setTimeout(180_000);
  const workshopId = await openDemo(page, app.url);
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const url = status.urls[0] ?? '';
  test.skip(LOOPBACK_ONLY.test(url), NO_ROOM_NETWORK);
  const { workshop } = await callApi<{ workshop: { issues: { id: string; text: string }[] } }>(page, app.url, 'workshop.open', { workshopId });
  const items = workshop.issues.slice(0, 3).map((issue, i) => ({ id: `pilihan-${i}`, label: issue.text.slice(0, 200), ref: { source: 'issue', id: issue.id } }));
  await applyAll(page, app.url, workshopId, [
    { type: 'upsertProposal', item: proposal('usul-keliling', 'Layanan Izin Keliling') },
    { type: 'createPoll', pollId: 'jajak-titik', settings: { title: 'Isu mana yang paling mendesak?', kind: 'dots', items, limits: { dotsPerPerson: 3, maxPerItem: 2, wordsPerPerson: 3 } } },
    { type: 'setPollState', pollId: 'jajak-titik', status: 'open', revealed: false },
    { type: 'createPoll', pollId: 'jajak-kata', settings: { title: 'Satu kata untuk kabupaten 2030?', kind: 'words', items: [] } },
    { type: 'setPollState', pollId: 'jajak-kata', status: 'open', revealed: false },
    { type: 'createPoll', pollId: 'jajak-skala', settings: { title: 'Seberapa siap tiap isu ditangani?', kind: 'scale', items } },
    { type: 'setPollState', pollId: 'jajak-skala', status: 'open', revealed: false },
  ]);
  const found: Finding[] = [];

  // A group member on a phone: the join screens, then every group screen.
  const groupCtx = await deviceContext(browser);
  const member = await groupCtx.newPage();
  await joinRoom(member, { url, code: status.code }, 'Rina Kartika', { group: 'Smart Governance' }, {
    code: async (p) => {
      found.push(...(await audit(p, 'join: code')));
    },
    details: async (p) => {
      found.push(...(await audit(p, 'join: name and OPD')));
    },
    group: async (p) => {
      found.push(...(await audit(p, 'join: group list')));
    },
  });
  for (const [link, heading] of [
    [/Isu/, 'Isu daerah'],
    [/SWOT/, 'SWOT'],
    [/Kesen/, 'Analisis kesenjangan'],
    [/Usulan/, 'Usulan program'],
    [/Jajak/, 'Jajak pendapat'],
  ] as const) {
    await menu(member).getByRole('link', { name: link }).click();
    await expect(member.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    found.push(...(await audit(member, `group: ${heading}`)));
  }
  await menu(member).getByRole('link', { name: /SWOT/ }).click();
  await member.getByRole('button', { name: 'Tambah faktor Kekuatan (S)' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Faktor SWOT baru' })).toBeVisible();
  found.push(...(await audit(member, 'group: SWOT card editor')));
  await menu(member).getByRole('link', { name: /Usulan/ }).click();
  await member.getByRole('link', { name: 'Buka usulan Layanan Izin Keliling' }).click();
  await expect(member.getByRole('textbox', { name: /Nama program/ })).toBeVisible();
  found.push(...(await audit(member, 'group: proposal editor')));
  await groupCtx.close();

  // An OPD head on a phone: the document sections, programs, the program editor, the open ballots.
  const opdCtx = await deviceContext(browser);
  const head = await opdCtx.newPage();
  await joinRoom(head, { url, code: status.code }, 'Bambang Sutrisno', { opd: 'Dinkes' });
  found.push(...(await audit(head, 'OPD: Bagian naskah')));
  await menu(head).getByRole('link', { name: /Program/ }).click();
  await expect(head.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  found.push(...(await audit(head, 'OPD: Program')));
  await head.getByRole('link', { name: /^Sunting program / }).first().click();
  await expect(head.getByRole('textbox', { name: 'Output (keluaran)' })).toBeVisible();
  found.push(...(await audit(head, 'OPD: program editor')));
  await menu(head).getByRole('link', { name: /Jajak/ }).click();
  await expect(head.getByRole('heading', { level: 1, name: /Jajak pendapat/ })).toBeVisible();
  await expect(head.getByRole('button', { name: 'Kirim suara' }).first()).toBeVisible();
  found.push(...(await audit(head, 'OPD: open ballots (dots, words, scale)')));
  await opdCtx.close();

  expect(found, found.join('\n')).toEqual([]);
});
