import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type TableBlock } from '../../../shared/document';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { ProgramProposalSchema } from '../../../shared/model';
import { buildWorkbook } from '../../../shared/workbook';
import { ballotSheet, pollSheet } from '../../../shared/workbook/poll-sheet';
import { allBlocks, blocksUnder, headingTexts, tableText, textOf } from './helpers';
import { DOT_QUESTION, OPEN_QUESTION, RANK_QUESTION, SCALE_QUESTION, TEXT_QUESTION, WORD_QUESTION, plenaryWorkshop } from './poll-fixture';

const ANNEX = 'Hasil FGD dan Pemungutan Suara';

const tableAfter = (doc: ReturnType<typeof buildMasterplanDocument>, heading: string): TableBlock => {
  const table = blocksUnder(doc, heading).find((b): b is TableBlock => b.kind === 'table');
  if (!table) throw new Error(`no table under ${heading}`);
  return table;
};
const bodyRows = (table: TableBlock): string[][] => table.rows.map((r) => r.cells.map((c) => textOf(c.blocks)));

describe('the annex "Hasil FGD dan Pemungutan Suara"', () => {
  const doc = buildMasterplanDocument(plenaryWorkshop(), { draft: true });
  const annexHeading = headingTexts(doc).find((h) => h.endsWith(ANNEX)) ?? '';

  it('comes after the program matrix and before the photos, as a numbered Lampiran with a subsection per poll', () => {
    const texts = headingTexts(doc);
    expect(annexHeading).toMatch(/^Lampiran \d+ Hasil FGD dan Pemungutan Suara$/);
    const at = texts.indexOf(annexHeading);
    expect(texts[at - 1]).toMatch(/Matriks Program Lengkap$/);
    const number = annexHeading.split(' ')[1];
    expect(texts.slice(at + 1, at + 7)).toEqual([
      `${number}.1 ${DOT_QUESTION}`,
      `${number}.2 ${RANK_QUESTION}`,
      `${number}.3 ${SCALE_QUESTION}`,
      `${number}.4 ${WORD_QUESTION}`,
      `${number}.5 ${TEXT_QUESTION}`,
      `${number}.6 ${OPEN_QUESTION}`,
    ]);
    expect(texts[at + 7]).toMatch(/Dokumentasi Bimtek$/);
    expect(texts.join('\n')).not.toContain('Belum dibuka');
  });

  it('sums the polls up: kind, ballots, paper ballots, anonymity and status; an open poll marked as interim', () => {
    const summary = tableAfter(doc, annexHeading);
    expect(summary.caption?.title).toBe('Ringkasan jajak pendapat');
    expect(summary.caption?.number).toMatch(/^L\.\d+$/);
    expect(bodyRows(summary)).toEqual([
      ['1', DOT_QUESTION, 'Voting titik', '4', '1', 'Anonim', 'Ditutup'],
      ['2', RANK_QUESTION, 'Peringkat', '3', '0', 'Dengan nama', 'Ditutup'],
      ['3', SCALE_QUESTION, 'Skala 1–5', '3', '1', 'Anonim', 'Ditutup'],
      ['4', WORD_QUESTION, 'Awan kata', '4', '1', 'Anonim', 'Ditutup'],
      ['5', TEXT_QUESTION, 'Jawaban terbuka', '2', '1', 'Dengan nama', 'Ditutup'],
      ['6', OPEN_QUESTION, 'Jawaban terbuka', '1', '0', 'Anonim', 'Masih dibuka (sementara)'],
    ]);
  });

  it('dot voting: dots per item best first with rank, voters and share; the paper ballot counted and said; where the result belongs', () => {
    const under = blocksUnder(doc, `${annexHeading.split(' ')[1]}.1 ${DOT_QUESTION}`);
    const facts = textOf(under.filter((b) => b.kind === 'paragraph'));
    expect(facts).toContain('Jenis: Voting titik; 3 titik per orang, paling banyak 2 titik pada satu pilihan.');
    expect(facts).toContain('Pilihan: 3 isu daerah dari lokakarya.');
    expect(facts).toContain('Surat suara: 4 surat suara, 1 di antaranya surat suara kertas yang diketik fasilitator.');
    expect(facts).toContain('Sifat: Anonim');
    const table = under.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.caption?.title).toBe(`Hasil voting titik: ${DOT_QUESTION}`);
    expect(table?.columns.map((c) => c.header)).toEqual(['Peringkat', 'Pilihan', 'Titik', 'Pemilih', 'Porsi titik (%)']);
    expect(bodyRows(table as TableBlock)).toEqual([
      ['1', 'Bolak-balik ke kantor untuk izin', '5', '3', '50,0'],
      ['2', 'Data sektoral tersebar', '4', '3', '40,0'],
      ['3', 'Layanan digital belum terhubung', '1', '1', '10,0'],
    ]);
    expect(table?.note).toContain('Jumlah titik: 10.');
    expect(textOf(under)).toContain('Penerapan: peringkat hasil ini dapat mengisi prioritas 3 isu daerah; dalam masterplan saat ini 3 isu belum berprioritas.');
  });

  it('says when the issues already carry the ranks as priorities', () => {
    const w = plenaryWorkshop();
    const ranks: Record<string, number> = { 'i-sg-antre-kantor': 1, 'i-sg-data-tersebar': 2, 'i-sg-layanan-digital': 3 };
    const at = (priorities: Record<string, number>) => ({ ...w, issues: w.issues.map((i) => (priorities[i.id] ? { ...i, priority: priorities[i.id] } : i)) });
    const applied = at(ranks);
    const partly = blocksUnder(buildMasterplanDocument(at({ 'i-sg-antre-kantor': 1, 'i-sg-data-tersebar': 3 }), { draft: true }), `${annexHeading.split(' ')[1]}.1 ${DOT_QUESTION}`);
    expect(textOf(partly)).toContain('dalam masterplan saat ini 1 isu belum berprioritas dan 1 isu memiliki prioritas lain.');
    const under = blocksUnder(buildMasterplanDocument(applied, { draft: true }), `${annexHeading.split(' ')[1]}.1 ${DOT_QUESTION}`);
    expect(textOf(under)).toContain('Penerapan: prioritas 3 isu daerah dalam masterplan sama dengan peringkat hasil ini.');
  });

  it('ranking: Borda points, first places and how many ranked each, best first', () => {
    const table = tableAfter(doc, `${annexHeading.split(' ')[1]}.2 ${RANK_QUESTION}`);
    expect(table.columns.map((c) => c.header)).toEqual(['Peringkat', 'Pilihan', 'Poin Borda', 'Urutan pertama', 'Diurutkan oleh']);
    expect(bodyRows(table)).toEqual([
      ['1', 'Jaringan internet balai desa', '8', '2', '3'],
      ['2', 'Pelatihan perangkat desa', '6', '1', '3'],
      ['3', 'Aplikasi layanan surat', '4', '0', '3'],
    ]);
    expect(table.note).toContain('Poin Borda');
  });

  it('scale: mean, n and the 1–5 distribution per item; the quick-win criterion it can fill', () => {
    const table = tableAfter(doc, `${annexHeading.split(' ')[1]}.3 ${SCALE_QUESTION}`);
    expect(bodyRows(table)).toEqual([
      ['1', 'Izin Sehari', '4,7', '3', '0', '0', '0', '1', '2'],
      ['2', 'Harga Komoditas', '3,0', '2', '0', '0', '2', '0', '0'],
    ]);
    expect(textOf(blocksUnder(doc, `${annexHeading.split(' ')[1]}.3 ${SCALE_QUESTION}`))).toContain('skor kriteria "Dampak langsung ke masyarakat" 2 kandidat quick win; saat ini 1 kandidat memiliki skor lain.');
  });

  it('word cloud: normalised words with how many sent each, and how many of the top words the vision carries', () => {
    const table = tableAfter(doc, `${annexHeading.split(' ')[1]}.4 ${WORD_QUESTION}`);
    const rows = bodyRows(table);
    expect(rows.map((r) => [r[1]?.toLowerCase(), r[2]])).toEqual([
      ['melayani', '3'],
      ['desa-desa', '2'],
      ['lestari', '1'],
      ['berdaya saing', '1'],
    ]);
    expect(textOf(blocksUnder(doc, `${annexHeading.split(' ')[1]}.4 ${WORD_QUESTION}`))).toContain('Penerapan: 3 dari 4 kata teratas tercantum sebagai kata kunci visi.');
  });

  it('open text: every answer, named only in a named poll, paper ones marked; an anonymous answer never carries a name', () => {
    const named = tableAfter(doc, `${annexHeading.split(' ')[1]}.5 ${TEXT_QUESTION}`);
    expect(named.columns.map((c) => c.header)).toEqual(['No', 'Jawaban', 'Nama', 'Asal']);
    expect(bodyRows(named)).toEqual([
      ['1', 'Satu data perizinan yang dipakai bersama.', 'Sari Dewi', 'Perangkat'],
      ['2', 'Petugas desa dilatih lebih dulu.', 'Pak Harun', 'Kertas'],
    ]);
    const anonymous = tableAfter(doc, `${annexHeading.split(' ')[1]}.6 ${OPEN_QUESTION}`);
    expect(anonymous.columns.map((c) => c.header)).toEqual(['No', 'Jawaban', 'Asal']);
    expect(textOf(blocksUnder(doc, `${annexHeading.split(' ')[1]}.6 ${OPEN_QUESTION}`))).toContain('hasil sementara');
    expect(textOf(allBlocks(doc))).not.toContain('Rahasia');
  });

  it('numbers its tables on from the other annexes (Tabel L.n), so they join the list of tables', () => {
    const captions = allBlocks(doc).flatMap((b) => (b.kind === 'table' && b.caption ? [b.caption.number] : [])).filter((n) => n.startsWith('L.'));
    expect(captions).toEqual(captions.map((_, i) => `L.${i + 1}`));
    const pollCaptions = blocksUnder(doc, annexHeading).flatMap((b) => (b.kind === 'table' && b.caption ? [b.caption.title] : []));
    expect(pollCaptions).toEqual([
      'Ringkasan jajak pendapat',
      `Hasil voting titik: ${DOT_QUESTION}`,
      `Hasil peringkat: ${RANK_QUESTION}`,
      `Hasil skala 1–5: ${SCALE_QUESTION}`,
      `Hasil awan kata: ${WORD_QUESTION}`,
      `Hasil jawaban terbuka: ${TEXT_QUESTION}`,
      `Hasil jawaban terbuka: ${OPEN_QUESTION}`,
    ]);
  });

  it('a final masterplan carries closed polls only and says how many open ones it left out', () => {
    const final = buildMasterplanDocument(plenaryWorkshop(), { draft: false });
    const heading = headingTexts(final).find((h) => h.endsWith(ANNEX)) ?? '';
    expect(textOf(blocksUnder(final, heading))).toContain('1 jajak pendapat yang masih dibuka tidak dimuat dalam dokumen final ini.');
    expect(headingTexts(final).join('\n')).not.toContain(OPEN_QUESTION);
    expect(tableText(tableAfter(final, heading))).not.toContain('Masih dibuka');
  });

  it('is left out when no poll has a ballot', () => {
    const w = plenaryWorkshop();
    const none = buildMasterplanDocument({ ...w, polls: w.polls.map((p) => ({ ...p, ballots: [] })) }, { draft: true });
    expect(headingTexts(none).some((h) => h.includes(ANNEX))).toBe(false);
  });
});

describe('the workbook sheets "Jajak Pendapat" and "Surat Suara"', () => {
  const w = plenaryWorkshop();

  it('come after the other sheets only when a poll has ballots', () => {
    expect(buildWorkbook(w).sheets.map((s) => s.name)).toEqual(['Matriks Program', 'Quick Win', 'Kesiapan', 'SWOT', 'Anggaran', 'Profil Daerah', 'Jajak Pendapat', 'Surat Suara']);
    expect(buildWorkbook({ ...w, polls: [] }).sheets.map((s) => s.name)).not.toContain('Jajak Pendapat');
  });

  it('"Jajak Pendapat": a summary and each result with numbers as numbers, open polls marked interim', () => {
    const sheet = pollSheet(w);
    if (!sheet) throw new Error('no poll sheet');
    const [summary, ...results] = sheet.tables;
    expect(summary?.rows.map((r) => [r[0], r[2], r[5], r[7], r[8]])).toEqual([
      [1, 'Voting titik', 'Ditutup', 4, 1],
      [2, 'Peringkat', 'Ditutup', 3, 0],
      [3, 'Skala 1–5', 'Ditutup', 3, 1],
      [4, 'Awan kata', 'Ditutup', 4, 1],
      [5, 'Jawaban terbuka', 'Ditutup', 2, 1],
      [6, 'Jawaban terbuka', 'Masih dibuka (hasil sementara)', 1, 0],
    ]);
    expect(summary?.rows[0]?.[9]).toBe('peringkat hasil ini dapat mengisi prioritas 3 isu daerah; dalam masterplan saat ini 3 isu belum berprioritas.');
    expect(results.map((t) => t.title)).toEqual([
      `1. ${DOT_QUESTION} (Voting titik)`,
      `2. ${RANK_QUESTION} (Peringkat)`,
      `3. ${SCALE_QUESTION} (Skala 1–5)`,
      `4. ${WORD_QUESTION} (Awan kata)`,
      `5. ${TEXT_QUESTION} (Jawaban terbuka)`,
      `6. ${OPEN_QUESTION} (Jawaban terbuka, hasil sementara)`,
    ]);
    expect(results[0]?.rows).toEqual([
      [1, 'Bolak-balik ke kantor untuk izin', 5, 3, 50],
      [2, 'Data sektoral tersebar', 4, 3, 40],
      [3, 'Layanan digital belum terhubung', 1, 1, 10],
    ]);
    expect(results[2]?.rows[0]).toEqual([1, 'Izin Sehari', 4.7, 3, 0, 0, 0, 1, 2]);
    expect(results[2]?.columns.map((c) => c.format)).toEqual(['integer', 'wrap', 'decimal', 'integer', 'integer', 'integer', 'integer', 'integer', 'integer']);
  });

  it('"Surat Suara": one row per ballot, paper marked, no name or OPD on an anonymous poll', () => {
    const sheet = ballotSheet(w);
    const rows = sheet?.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(4 + 3 + 3 + 4 + 2 + 1);
    expect(rows[0]).toEqual([1, DOT_QUESTION, 1, 'Perangkat', 'Anonim', '', 'Bolak-balik ke kantor untuk izin ×2; Data sektoral tersebar ×1']);
    expect(rows[3]).toEqual([1, DOT_QUESTION, 4, 'Kertas', 'Anonim', '', 'Data sektoral tersebar ×1']);
    expect(rows[4]).toEqual([2, RANK_QUESTION, 1, 'Perangkat', 'Sari Dewi', '', '1. Jaringan internet balai desa; 2. Pelatihan perangkat desa; 3. Aplikasi layanan surat']);
    expect(rows.find((r) => r[1] === TEXT_QUESTION)).toEqual([5, TEXT_QUESTION, 1, 'Perangkat', 'Sari Dewi', 'Diskominfo', 'Satu data perizinan yang dipakai bersama.']);
    expect(rows.filter((r) => r[0] === 1 || r[0] === 3 || r[0] === 4 || r[0] === 6).every((r) => r[4] === 'Anonim' && r[5] === '')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Rahasia');
    expect(sheet?.filter).toBe(true);
  });
});

describe('the FGD groups in the annex and the workbook', () => {
  const base = plenaryWorkshop();
  const sg = 'kelompok-smart-governance';
  const sb = 'kelompok-smart-branding';
  const grouped = {
    ...base,
    issues: base.issues.map((i, n) => (n === 0 ? { ...i, groupId: sg } : n === 1 ? { ...i, groupId: sg, hidden: true } : n === 3 ? { ...i, groupId: sb } : i)),
    swotItems: base.swotItems.map((s, n) => (n < 2 ? { ...s, groupId: sg } : s)),
    proposals: [
      ProgramProposalSchema.parse({ id: 'u1', groupId: sg, dimensionId: 'smart-governance', name: 'Satu data izin', status: 'diterima' }),
      ProgramProposalSchema.parse({ id: 'u2', groupId: sg, dimensionId: 'smart-governance', name: 'Kios layanan', status: 'ditolak', reason: 'Sudah ada' }),
    ],
    room: { ...base.room, done: [{ groupId: sg, worksheet: 'swot' as const }, { groupId: sg, worksheet: 'isu' as const }] },
  };

  it('counts each group’s shown cards per worksheet, its proposals (taken into the matrix) and what it marked Selesai', () => {
    expect(base.groups.map((g) => g.id)).toContain(sg);
    const doc = buildMasterplanDocument(grouped, { draft: true });
    const heading = headingTexts(doc).find((h) => h.endsWith(ANNEX)) ?? '';
    const table = tableAfter(doc, heading);
    expect(table.caption?.title).toBe('Kontribusi kelompok FGD per lembar kerja');
    expect(table.columns.map((c) => c.header)).toEqual(['Kelompok', 'Dimensi', 'Isu', 'Faktor SWOT', 'Kesenjangan', 'Usulan (masuk matriks)', 'Selesai']);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(base.groups.length);
    expect(rows[0]).toEqual(['Kelompok Smart Governance', 'Smart Governance', '1', '2', '0', '2 (1)', 'Isu, SWOT']);
    expect(rows[1]).toEqual(['Kelompok Smart Branding', 'Smart Branding', '1', '0', '0', '0 (0)', '-']);
    // The polls follow, as before.
    expect(headingTexts(doc)).toContain(`${heading.split(' ')[1]}.1 ${DOT_QUESTION}`);

    const sheet = buildWorkbook(grouped).sheets.find((s) => s.name === 'Kelompok FGD');
    expect(sheet?.tables[0]?.rows[0]).toEqual(['Kelompok Smart Governance', 'Smart Governance', 1, 2, 0, 2, 1, 'Isu, SWOT']);
  });

  it('is left out while no group has contributed (the seeded groups alone are not a contribution)', () => {
    const doc = buildMasterplanDocument(base, { draft: true });
    expect(allBlocks(doc).some((b) => b.kind === 'table' && b.caption?.title === 'Kontribusi kelompok FGD per lembar kerja')).toBe(false);
    expect(buildWorkbook(base).sheets.map((s) => s.name)).not.toContain('Kelompok FGD');
    const onlyGroups = buildMasterplanDocument({ ...grouped, polls: [] }, { draft: false });
    const heading = headingTexts(onlyGroups).find((h) => h.endsWith(ANNEX)) ?? '';
    expect(textOf(blocksUnder(onlyGroups, heading))).not.toContain('jajak pendapat yang dilakukan');
    expect(tableAfter(onlyGroups, heading).caption?.title).toBe('Kontribusi kelompok FGD per lembar kerja');
  });
});

describe('the demo workshop', () => {
  it('carries its plenary’s two closed polls into the final masterplan’s annex', () => {
    const demo = buildDemoWorkshop('demo-lampiran', '2025-11-20T09:00:00.000Z');
    const doc = buildMasterplanDocument(demo, { draft: false });
    const heading = headingTexts(doc).find((h) => h.endsWith(ANNEX)) ?? '';
    expect(bodyRows(tableAfter(doc, heading)).map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      ['Voting titik', '12', '3', 'Ditutup'],
      ['Awan kata', '10', '2', 'Ditutup'],
    ]);
    const words = bodyRows(tableAfter(doc, `${heading.split(' ')[1]}.2 Satu kata untuk Kabupaten Malang 2031`));
    expect(words.slice(0, 3).map((r) => [r[1], r[2]])).toEqual([
      ['melayani', '4'],
      ['desa digital', '3'],
      ['lestari', '3'],
    ]);
  });
});
