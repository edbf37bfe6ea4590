import path from 'node:path';
import { callApi, expect, expectSaved, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, checkLayout, deviceContext, joinRoom, startShare } from './support/participant';

/*
 * An OPD head's phone on the room's hotspot: the participants' own app (participant.html at the root
 * of the room-network listener), one column at 390×844 and 360×640, and a dropped Wi-Fi connection
 * that loses nothing typed.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const DISKOMINFO = 'Diskominfo';

interface StoredProgram {
  id: string;
  code: string;
  name: string;
  output: string;
  description: string;
  leadOpdId: string | null;
}
interface Opened {
  workshop: { revision: number; programs: StoredProgram[]; opds: { id: string; abbreviation: string }[] };
}

test('on a phone, an OPD head edits a program, loses the Wi-Fi, types on, reloads, and the edit lands when the connection returns', async ({ page, browser, app }) => {
  test.slow();
  const { workshopId, url, code } = await startShare(page, app.url);
  test.skip(LOOPBACK_ONLY.test(url), NO_ROOM_NETWORK);

  const context = await deviceContext(browser, 390, 844);
  const opdHead = await context.newPage();
  await joinRoom(opdHead, { url, code }, 'Sari Dewi', { opd: DISKOMINFO }, {
    code: async (p) => {
      await p.screenshot({ path: path.join(SHOTS, 'participant-join-390.png') });
    },
  });
  // The join URL opened the participants' app, not the facilitator's.
  expect(new URL(opdHead.url()).pathname).toBe('/');
  await expect(opdHead.getByRole('banner')).toContainText('Sari Dewi');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-sections-390.png') });

  await opdHead.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await expect(opdHead.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-programs-390.png') });
  const before = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  const kominfo = before.workshop.opds.find((o) => o.abbreviation === 'Diskominfo');
  const program = before.workshop.programs.filter((p) => p.leadOpdId === kominfo?.id).sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }))[0];
  if (!program) throw new Error('Diskominfo leads no program in the demo workshop');
  await opdHead.getByRole('link', { name: `Sunting program ${program.name}` }).click();
  const output = opdHead.getByRole('textbox', { name: 'Output (keluaran)' });
  await output.fill('Pusat data terpadu beroperasi.');
  await expectSaved(opdHead);
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-program-390.png'), fullPage: true });
  await expect.poll(async () => (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.id === program.id)?.output).toBe('Pusat data terpadu beroperasi.');

  // The hotspot drops. She types on; the phone keeps it and says so.
  await context.setOffline(true);
  const typed = 'Pusat data terpadu beroperasi dan melayani 40 OPD.';
  await output.fill(typed);
  await expect(opdHead.getByRole('banner').getByRole('status')).toHaveText('Luring');
  await expect(opdHead.getByText('Koneksi terputus. Tulisan Anda tersimpan di ponsel ini')).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-offline-390.png') });

  // Meanwhile the facilitator rewrites the same program's description (another field).
  const stored = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const current = stored.programs.find((p) => p.id === program.id);
  await callApi(page, app.url, 'workshop.apply', {
    workshopId,
    baseRevision: stored.revision,
    command: { type: 'upsertProgram', item: { ...current, description: 'Dirumuskan ulang oleh fasilitator.' } },
  });

  // The phone's browser reloads while offline (the page cannot load), then the Wi-Fi returns.
  await opdHead.reload().catch(() => undefined);
  await context.setOffline(false);
  await opdHead.goto(`${url.replace(/\/$/, '')}/#/program/${program.id}`);
  await expect(opdHead.getByRole('textbox', { name: 'Output (keluaran)' })).toHaveValue(typed);
  await expectSaved(opdHead);
  await expect
    .poll(async () => {
      const p = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((x) => x.id === program.id);
      return [p?.output, p?.description];
    })
    .toEqual([typed, 'Dirumuskan ulang oleh fasilitator.']);
  // The phone shows the facilitator's description too, and keeps no draft.
  await expect(opdHead.getByRole('textbox', { name: 'Deskripsi singkat' })).toHaveValue('Dirumuskan ulang oleh fasilitator.');
  expect(await opdHead.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('masterplan.peserta.draf.')))).toEqual([]);
  await context.close();
});

test('every participant screen fits a 360×640 phone: no sideways scrolling, touch targets of 44 px', async ({ page, browser, app }) => {
  test.slow();
  const { url, code } = await startShare(page, app.url);
  test.skip(LOOPBACK_ONLY.test(url), NO_ROOM_NETWORK);
  const context = await deviceContext(browser, 360, 640);
  const opdHead = await context.newPage();

  await joinRoom(opdHead, { url, code }, 'Bambang Sutrisno Wicaksono Adiputra', { opd: DISKOMINFO }, {
    code: async (p) => {
      await checkLayout(p, 'join: code', { clipped: false });
      await p.screenshot({ path: path.join(SHOTS, 'participant-join-360.png') });
    },
    details: (p) => checkLayout(p, 'join: name and OPD', { clipped: false }),
  });
  await checkLayout(opdHead, 'sections', { clipped: false });
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-sections-360.png') });

  await opdHead.getByRole('link', { name: 'Tulis bagian Metodologi' }).click();
  await expect(opdHead.getByRole('textbox', { name: 'Isi bagian' })).toBeVisible();
  await checkLayout(opdHead, 'section editor', { clipped: false });
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-section-360.png') });

  await opdHead.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await expect(opdHead.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  await checkLayout(opdHead, 'programs', { clipped: false });
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-programs-360.png') });

  await opdHead.getByRole('link', { name: /^Sunting program / }).first().click();
  await expect(opdHead.getByRole('textbox', { name: 'Output (keluaran)' })).toBeVisible();
  await checkLayout(opdHead, 'program editor', { clipped: false });
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-program-360.png') });
  await context.close();
});
