import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, expectSaved, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, checkLayout, deviceContext, enterCode, joinRoom, startShare } from './support/participant';

/*
 * An FGD group member's phone (issue 12, items 2 and 4): joins as a group (not an OPD), writes SWOT
 * factors, issues and a gap row for the group's dimension, proposes a program, marks a worksheet
 * "Selesai"; what is typed on a dropped hotspot survives a reload; a worksheet the facilitator locks
 * refuses the group's draft in Indonesian without losing it; the facilitator's decision on the proposal
 * shows on the phone with the new program's code. And every group screen fits a 360×640 phone.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Lookup {
  groups: { id: string; name: string; dimensionId: string; dimensionName: string }[];
}
interface Stored {
  workshop: {
    revision: number;
    issues: { id: string; text: string; groupId?: string | null; dimensionId: string }[];
    swotItems: { id: string; text: string; quadrant: string; groupId?: string | null }[];
    gapAnalyses: { id: string; gap: string; currentCondition: string; groupId?: string | null }[];
    proposals: { id: string; name: string; status: string; groupId: string; proposedBy: string; issueIds: string[]; leadOpdId: string | null; elementId: string | null }[];
    programs: { id: string; code: string }[];
    room: { locks: string[]; done: { groupId: string; worksheet: string }[] };
  };
}

/** Shares the demo workshop; its first FGD group is the one joined. */
const shareWithGroup = async (page: Page, baseUrl: string) => {
  const room = await startShare(page, baseUrl);
  const lookup = await callApi<Lookup>(page, room.url || baseUrl, 'share.lookup', { code: room.code });
  const group = lookup.groups[0];
  if (!group) throw new Error('The demo workshop has no FGD group');
  return { ...room, group };
};

const stored = async (page: Page, baseUrl: string, workshopId: string): Promise<Stored['workshop']> => (await callApi<Stored>(page, baseUrl, 'workshop.open', { workshopId })).workshop;

const nav = (member: Page) => member.getByRole('navigation', { name: 'Menu peserta' });

/** Joins as a member of `groupName` (the header shows the group), with a screenshot of the chosen group when `shot` names one. */
const joinAsGroup = async (member: Page, room: { url: string; code: string }, name: string, groupName: string, shot?: string): Promise<void> => {
  const screenshot = async (p: Page): Promise<void> => {
    if (shot) await p.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
  };
  await joinRoom(member, room, name, { group: groupName }, { group: screenshot });
  await expect(member.getByRole('banner')).toContainText(groupName);
};

test('a group member on a phone adds a SWOT factor and an issue, proposes a program, marks Selesai, and keeps what was typed offline', async ({ page, browser, app }) => {
  test.slow();
  const { workshopId, url, code, group } = await shareWithGroup(page, app.url);
  test.skip(LOOPBACK_ONLY.test(url), NO_ROOM_NETWORK);

  const context = await deviceContext(browser, 390, 844);
  const member = await context.newPage();
  await joinAsGroup(member, { url, code }, 'Rina Kartika', group.name, 'participant-group-join-390.png');
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-issues-390.png'), fullPage: true });

  // A strength on the SWOT board.
  await nav(member).getByRole('link', { name: /SWOT/ }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await member.getByRole('button', { name: 'Tambah faktor Kekuatan (S)' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Faktor SWOT baru' })).toBeVisible();
  await member.getByRole('textbox', { name: /Uraian faktor/ }).fill('Jaringan serat optik sudah menjangkau semua kecamatan');
  await expectSaved(member);
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-swot-editor-390.png'), fullPage: true });
  await member.getByRole('link', { name: 'Kembali ke daftar' }).click();
  const strengths = member.getByRole('region', { name: /Kekuatan \(S\)/ });
  await expect(strengths.getByRole('link', { name: 'Ubah kartu: Jaringan serat optik sudah menjangkau semua kecamatan' })).toBeVisible();
  await expect
    .poll(async () => (await stored(page, app.url, workshopId)).swotItems.filter((s) => s.groupId === group.id).map((s) => [s.quadrant, s.text]))
    .toEqual([['S', 'Jaringan serat optik sudah menjangkau semua kecamatan']]);

  // "Selesai" on the SWOT worksheet: the facilitator's workshop has the mark.
  await member.getByRole('checkbox', { name: 'Selesai' }).check();
  await expect(member.getByText('Kelompok Anda menandai lembar ini selesai.')).toBeVisible();
  await expect.poll(async () => (await stored(page, app.url, workshopId)).room.done).toContainEqual({ groupId: group.id, worksheet: 'swot' });
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-swot-390.png'), fullPage: true });

  // The facilitator hides the strength: it no longer vanishes without a word. The group's phone keeps
  // it listed, muted and read-only, as "Disembunyikan fasilitator", and leaves it out of the count.
  const hideStrength = async (hidden: boolean) => {
    const w = await stored(page, app.url, workshopId);
    const id = w.swotItems.find((x) => x.groupId === group.id)?.id ?? '';
    await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: w.revision, command: { type: 'hideCard', card: 'swotItem', id, hidden } });
  };
  const counted = Number(await strengths.locator('.p-nav-count').textContent());
  const swotTab = nav(member).getByRole('link', { name: /SWOT/ }).locator('.p-nav-count');
  const inTab = Number(await swotTab.textContent());
  await hideStrength(true);
  const setAside = strengths.locator('.p-row.is-set-aside');
  await expect(setAside).toContainText('Disembunyikan fasilitator');
  await expect(setAside).toContainText('Jaringan serat optik sudah menjangkau semua kecamatan');
  await expect(strengths.getByRole('link', { name: /Ubah kartu: Jaringan serat optik/ })).toHaveCount(0);
  await expect(strengths.locator('.p-nav-count')).toHaveText(String(counted - 1));
  await expect(swotTab).toHaveText(String(inTab - 1));
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-swot-hidden-390.png'), fullPage: true });
  await hideStrength(false);
  await expect(strengths.getByRole('link', { name: 'Ubah kartu: Jaringan serat optik sudah menjangkau semua kecamatan' })).toBeVisible();

  // An issue.
  await nav(member).getByRole('link', { name: /Isu/ }).click();
  await member.getByRole('button', { name: 'Tambah isu' }).click();
  await member.getByRole('radio', { name: 'Potensi', exact: true }).check();
  await member.getByRole('textbox', { name: /Uraian isu/ }).fill('Komunitas digital anak muda aktif di setiap kecamatan');
  await expectSaved(member);
  await member.getByRole('link', { name: 'Kembali ke daftar' }).click();
  await expect(member.getByRole('link', { name: 'Ubah kartu: Komunitas digital anak muda aktif di setiap kecamatan' })).toBeVisible();
  let issueId = '';
  await expect
    .poll(async () => {
      const issue = (await stored(page, app.url, workshopId)).issues.find((i) => i.groupId === group.id);
      issueId = issue?.id ?? '';
      return issue?.text;
    })
    .toBe('Komunitas digital anak muda aktif di setiap kecamatan');

  // A program proposal answering that issue.
  await nav(member).getByRole('link', { name: /Usulan/ }).click();
  await member.getByRole('button', { name: 'Usulkan program' }).click();
  await member.getByRole('textbox', { name: /Nama program/ }).fill('Inkubator komunitas digital kecamatan');
  await member.getByRole('textbox', { name: 'Deskripsi singkat' }).fill('Ruang kerja bersama dan pendampingan bagi komunitas digital.');
  const element = member.getByLabel('Elemen dimensi (opsional)');
  await element.selectOption({ index: 1 });
  await member.getByLabel('OPD pengampu (opsional)').selectOption({ index: 1 });
  await member.getByRole('checkbox', { name: 'Komunitas digital anak muda aktif di setiap kecamatan' }).check();
  await expectSaved(member);
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-proposal-390.png'), fullPage: true });
  await member.getByRole('link', { name: 'Kembali ke daftar' }).click();
  await expect(member.getByRole('link', { name: 'Buka usulan Inkubator komunitas digital kecamatan' })).toContainText('Baru');
  let proposalId = '';
  await expect
    .poll(async () => {
      const p = (await stored(page, app.url, workshopId)).proposals.find((x) => x.groupId === group.id);
      proposalId = p?.id ?? '';
      return p && [p.name, p.status, p.proposedBy, p.issueIds, p.leadOpdId !== null, p.elementId !== null];
    })
    .toEqual(['Inkubator komunitas digital kecamatan', 'baru', 'Rina Kartika', [issueId], true, true]);

  // The facilitator accepts it: the phone shows the new program's code.
  const programId = 'prog-dari-usulan-e2e';
  const before = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: before.revision, command: { type: 'acceptProposal', proposalId, programId } });
  const programCode = (await stored(page, app.url, workshopId)).programs.find((p) => p.id === programId)?.code ?? '';
  expect(programCode).not.toBe('');
  await expect(member.getByRole('link', { name: 'Buka usulan Inkubator komunitas digital kecamatan' })).toContainText(`Diterima ke matriks program dengan kode ${programCode}.`);
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-proposals-390.png'), fullPage: true });

  // A second proposal, declined with a reason: the phone gives the reason as such (the chip already says "Ditolak").
  await member.getByRole('button', { name: 'Usulkan program' }).click();
  await member.getByRole('textbox', { name: /Nama program/ }).fill('Wi-Fi gratis di semua balai desa');
  await expectSaved(member);
  await member.getByRole('link', { name: 'Kembali ke daftar' }).click();
  let declinedId = '';
  await expect.poll(async () => (declinedId = (await stored(page, app.url, workshopId)).proposals.find((x) => x.name === 'Wi-Fi gratis di semua balai desa')?.id ?? '')).not.toBe('');
  const beforeDecline = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: beforeDecline.revision, command: { type: 'declineProposal', proposalId: declinedId, reason: 'Sudah ada di program Diskominfo.' } });
  const declined = member.getByRole('link', { name: 'Buka usulan Wi-Fi gratis di semua balai desa' });
  await expect(declined).toContainText('Alasan penolakan: Sudah ada di program Diskominfo.');
  await declined.click();
  await expect(member.getByRole('heading', { level: 1, name: 'Usulan program' })).toBeVisible();
  await member.getByRole('link', { name: 'Kembali ke daftar' }).click();

  // The hotspot drops while a gap row is typed; the phone reloads; nothing is lost.
  await nav(member).getByRole('link', { name: /Kesen/ }).click();
  await member.getByRole('button', { name: 'Tambah baris kesenjangan' }).click();
  await context.setOffline(true);
  await member.getByRole('textbox', { name: 'Kondisi saat ini' }).fill('Layanan izin masih manual');
  await member.getByRole('textbox', { name: 'Kesenjangan' }).fill('Belum ada layanan izin daring');
  await expect(member.getByRole('banner').getByRole('status')).toHaveText('Luring');
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-gap-offline-390.png'), fullPage: true });
  await member.reload().catch(() => undefined);
  await context.setOffline(false);
  await member.goto(`${url.replace(/\/$/, '')}/#/kesenjangan`);
  await expect(member.getByRole('link', { name: 'Ubah kartu: Belum ada layanan izin daring' })).toBeVisible();
  await expectSaved(member);
  await expect
    .poll(async () => (await stored(page, app.url, workshopId)).gapAnalyses.filter((g) => g.groupId === group.id).map((g) => [g.currentCondition, g.gap]))
    .toEqual([['Layanan izin masih manual', 'Belum ada layanan izin daring']]);
  expect(await member.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('masterplan.peserta.draf.')))).toEqual([]);

  // Offline again, the issue is reworded; meanwhile the facilitator locks the issues worksheet.
  await nav(member).getByRole('link', { name: /Isu/ }).click();
  await member.getByRole('link', { name: /^Ubah kartu: Komunitas digital/ }).click();
  await context.setOffline(true);
  const reworded = 'Komunitas digital anak muda aktif di 33 kecamatan';
  await member.getByRole('textbox', { name: /Uraian isu/ }).fill(reworded);
  const now = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: now.revision, command: { type: 'setWorksheetLock', worksheet: 'isu', locked: true } });
  await context.setOffline(false);
  await member.evaluate(() => window.dispatchEvent(new Event('online')));
  // The server refuses it (403, worded in Indonesian); the text stays on the phone and on screen.
  await expect(member.getByText(/Tidak dapat disimpan: Lembar «isu» sedang dikunci fasilitator/)).toBeVisible();
  await expect(member.getByText('Lembar ini dikunci fasilitator.', { exact: false })).toBeVisible();
  await expect(member.getByRole('textbox', { name: /Uraian isu/ })).toHaveValue(reworded);
  await expect(member.getByRole('textbox', { name: /Uraian isu/ })).toBeDisabled();
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-locked-390.png'), fullPage: true });
  expect((await stored(page, app.url, workshopId)).issues.find((i) => i.id === issueId)?.text).toBe('Komunitas digital anak muda aktif di setiap kecamatan');

  // Unlocked: the phone sends it again by itself.
  const locked = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: locked.revision, command: { type: 'setWorksheetLock', worksheet: 'isu', locked: false } });
  await expect(member.getByRole('textbox', { name: /Uraian isu/ })).toBeEnabled();
  await expectSaved(member);
  await expect(member.getByRole('button', { name: 'Kirim lagi' })).toHaveCount(0);
  await expect.poll(async () => (await stored(page, app.url, workshopId)).issues.find((i) => i.id === issueId)?.text).toBe(reworded);

  // A group member votes like an OPD member: an open-text poll, answered from the phone.
  const beforePoll = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', {
    workshopId,
    baseRevision: beforePoll.revision,
    command: { type: 'createPoll', pollId: 'jajak-kelompok', settings: { title: 'Satu kata untuk visi kota', kind: 'text', anonymous: false } },
  });
  const created = await stored(page, app.url, workshopId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: created.revision, command: { type: 'openPoll', pollId: 'jajak-kelompok' } });
  await nav(member).getByRole('link', { name: /Jajak/ }).click();
  await member.getByRole('textbox', { name: 'Jawaban Anda' }).fill('Melayani');
  // Sent with the Wi-Fi down: the phone does not say "tersimpan" before the server has the vote.
  await context.setOffline(true);
  await member.getByRole('button', { name: 'Kirim suara' }).click();
  await expect(member.getByText('Suara belum terkirim: koneksi terputus.', { exact: false })).toBeVisible();
  await expect(member.getByRole('banner').getByRole('status')).toHaveText('Luring');
  await expect(member.getByText('Suara Anda tersimpan.', { exact: false })).toHaveCount(0);
  await context.setOffline(false);
  await expect(member.getByText('Suara Anda tersimpan.', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(member.getByRole('banner').getByRole('status')).toHaveText('Tersimpan');
  await expect
    .poll(async () => {
      const poll = (await callApi<{ workshop: { polls: { id: string; ballots: { voterName: string; opdId: string | null; answer: unknown }[] }[] } }>(page, app.url, 'workshop.open', { workshopId })).workshop.polls.find((x) => x.id === 'jajak-kelompok');
      return poll?.ballots.map((b) => [b.voterName, b.opdId, b.answer]);
    })
    .toEqual([['Rina Kartika', null, { kind: 'text', text: 'Melayani' }]]);
  await context.close();
});

test('every group screen fits a 360×640 phone: no sideways scrolling, touch targets of 44 px, no value cut off', async ({ page, browser, app }) => {
  test.slow();
  const { url, code, group } = await shareWithGroup(page, app.url);
  test.skip(LOOPBACK_ONLY.test(url), NO_ROOM_NETWORK);
  const context = await deviceContext(browser, 360, 640);
  const member = await context.newPage();
  await enterCode(member, url, code);
  await member.getByRole('radio', { name: 'Kelompok FGD', exact: true }).check();
  await checkLayout(member, 'join: group list');
  await member.screenshot({ path: path.join(SHOTS, 'participant-group-join-360.png'), fullPage: true });
  await joinAsGroup(member, { url, code }, 'Bambang Sutrisno Wicaksono Adiputra', group.name);

  const screens: { link: RegExp; heading: string; add: string | null; fill: (p: Page) => Promise<void> }[] = [
    { link: /Isu/, heading: 'Isu daerah', add: 'Tambah isu', fill: (p) => p.getByRole('textbox', { name: /Uraian isu/ }).fill('Sampah plastik menumpuk di pasar tradisional dan sungai kota') },
    { link: /SWOT/, heading: 'SWOT', add: 'Tambah faktor Peluang (O)', fill: (p) => p.getByRole('textbox', { name: /Uraian faktor/ }).fill('Dana desa untuk digitalisasi layanan') },
    { link: /Kesen/, heading: 'Analisis kesenjangan', add: 'Tambah baris kesenjangan', fill: (p) => p.getByRole('textbox', { name: 'Kondisi saat ini' }).fill('Data kependudukan tersebar di banyak aplikasi') },
    {
      link: /Usulan/,
      heading: 'Usulan program',
      add: 'Usulkan program',
      fill: async (p) => {
        await p.getByRole('textbox', { name: /Nama program/ }).fill('Satu data kependudukan terpadu');
        await p.getByLabel('Elemen dimensi (opsional)').selectOption({ index: 1 });
        await p.getByLabel('OPD pengampu (opsional)').selectOption({ index: 1 });
      },
    },
    { link: /Jajak/, heading: 'Jajak pendapat', add: null, fill: async () => undefined },
  ];
  for (const screen of screens) {
    await nav(member).getByRole('link', { name: screen.link }).click();
    await expect(member.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    await checkLayout(member, screen.heading);
    const slug = screen.heading.toLowerCase().replace(/\s+/g, '-');
    await member.screenshot({ path: path.join(SHOTS, `participant-group-${slug}-360.png`), fullPage: true });
    if (!screen.add) continue;
    await member.getByRole('button', { name: screen.add }).click();
    await screen.fill(member);
    await expectSaved(member);
    await checkLayout(member, `${screen.heading}: form`);
    await member.screenshot({ path: path.join(SHOTS, `participant-group-${slug}-form-360.png`), fullPage: true });
    await member.getByRole('link', { name: 'Kembali ke daftar' }).click();
    await checkLayout(member, `${screen.heading}: with a card`);
  }
  // The bottom menu in both languages: a label breaks at a space or its soft hyphen, never inside a
  // word (in English "Proposals" read "Proposal / s" at 360 px).
  for (const language of ['English (EN)', 'Bahasa Indonesia (ID)']) {
    await member.getByRole('banner').getByRole('button', { name: language }).click();
    const broken = await nav(member).locator('.p-nav-item > span:first-child').evaluateAll((labels) =>
      labels
        .filter((el) => !/[\s\u00ad]/.test(el.textContent ?? '') && el.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(el).lineHeight))
        .map((el) => el.textContent),
    );
    expect(broken, language).toEqual([]);
  }
  await checkLayout(member, 'menu after the language switch');

  // Keluar asks first; "Tetap di sini" keeps the member in, "Ya, keluar" leads to the join screen.
  await member.getByRole('button', { name: 'Keluar dan bergabung lagi dengan kode' }).click();
  await expect(member.getByText('Keluar dari lokakarya ini?', { exact: false })).toBeVisible();
  await checkLayout(member, 'leave: asked');
  await member.getByRole('button', { name: 'Tetap di sini' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Jajak pendapat' })).toBeVisible();
  await member.getByRole('button', { name: 'Keluar dan bergabung lagi dengan kode' }).click();
  await member.getByRole('button', { name: 'Ya, keluar' }).click();
  await expect(member.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await context.close();
});
