import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBimtekDocx } from '../../../electron/services/export/bimtek-docx';
import type { BimtekAttendee, Workshop } from '../../../shared/model';
import { demoWorkshop } from '../../unit/document/fixture';
import { PDFTOTEXT, SOFFICE, convertToPdf, normalise, pdfPages, tempDir } from './tools';

/*
 * The daftar hadir's signatures never open a page alone: the attendance list's last rows go with them. Nine attendees
 * and the signatures fill the first A4 page; from ten to fifteen the list still ended on page 1 and the signatures used
 * to open page 2 alone, and so on page 3 with 34 or 36 (a list already running over pages, as Kota Batu's 29 longer
 * rows do). Each list is printed through LibreOffice and read page by page with pdftotext.
 */

const COUNTS = [9, 10, 12, 14, 15, 34, 36];

const attendee = (i: number): BimtekAttendee => ({
  id: `hadir-${i}`,
  name: `Peserta Nomor ${i}`,
  title: 'Staf Bidang Aplikasi Informatika',
  opdId: 'diskominfo',
  group: '',
  present: { 'tahap-1': true, 'tahap-2': false, 'tahap-3': false, 'tahap-4': false },
});

const withAttendees = (w: Workshop, count: number): Workshop => ({
  ...w,
  bimtek: { ...w.bimtek, attendees: Array.from({ length: count }, (_, i) => attendee(i + 1)) },
});

describe.skipIf(!SOFFICE || !PDFTOTEXT)('daftar hadir: the signatures stay with the attendance list', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('bimtek-signatures-');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the last attendees on the page of the signatures, whatever the length of the list', { timeout: 240_000 }, async () => {
    const pagesOf: Record<number, string[]> = {};
    for (const count of COUNTS) {
      const file = join(dir, `daftar-hadir-${count}.docx`);
      await writeFile(file, await writeBimtekDocx(withAttendees(demoWorkshop(), count), 'tahap-1', 'daftar-hadir', 'A4'));
      const pages = (await pdfPages(await convertToPdf(file, dir))).map(normalise);
      pagesOf[count] = pages;
      const signed = pages.filter((page) => page.includes('Mengetahui,'));
      expect(signed, `${count} attendees`).toHaveLength(1);
      const page = signed[0] ?? '';
      // The signatures' page also holds the last two rows of the list (and, on a page of its own, the repeated header).
      expect(page, `${count} attendees`).toContain(`Peserta Nomor ${count} `);
      expect(page, `${count} attendees`).toContain(`Peserta Nomor ${count - 1} `);
      expect(page.indexOf(`Peserta Nomor ${count} `), `${count} attendees`).toBeLessThan(page.indexOf('Mengetahui,'));
      // Every attendee is printed once.
      for (let i = 1; i <= count; i += 1) expect(pages.join(' ').split(`Peserta Nomor ${i} `).length - 1, `attendee ${i} of ${count}`).toBe(1);
    }
    // The lengths cover the cases: a list that ends on the first page with its signatures, and lists whose signatures
    // would not fit under them, on page 1 or on page 2, so that their last rows move over with them (under the
    // repeated header row).
    expect(COUNTS.some((count) => pagesOf[count]?.length === 1)).toBe(true);
    expect(COUNTS.some((count) => pagesOf[count]?.length === 2)).toBe(true);
    expect(COUNTS.some((count) => pagesOf[count]?.length === 3)).toBe(true);
    for (const count of COUNTS.filter((c) => (pagesOf[c]?.length ?? 0) > 1)) expect(pagesOf[count]?.at(-1), `${count} attendees`).toMatch(/^No Nama Jabatan Instansi\/OPD /);
  });
});
