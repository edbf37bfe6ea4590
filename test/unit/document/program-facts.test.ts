import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type TableBlock } from '../../../shared/document';
import { allBlocks, tableText, tables, textOf } from './helpers';
import { demoWorkshop } from './fixture';
import { demoWorkshop as malangDemo } from '../logic/workshop-fixtures';
import type { Workshop } from '../../../shared/model';

const rupiah = (text: string): number => Number(text.replace(/^Rp\s*/, '').replace(/\./g, ''));
const cellText = (table: TableBlock, row: number, column: number): string => textOf(table.rows[row]?.cells[column]?.blocks ?? []);

const fundingTable = (w: Workshop): TableBlock => {
  const table = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title === 'Indikasi anggaran menurut sumber pendanaan');
  if (!table) throw new Error('no funding table');
  return table;
};

describe('the funding table by source', () => {
  for (const [name, build] of [
    ['the document fixture', demoWorkshop],
    ['the Kabupaten Malang demo', malangDemo],
  ] as const) {
    it(`adds up to the grand total, with no bucket for programs of several sources (${name})`, () => {
      const w = build();
      const table = fundingTable(w);
      const amounts = table.rows.slice(0, -1).map((_, i) => rupiah(cellText(table, i, 2)));
      const total = rupiah(cellText(table, table.rows.length - 1, 2));
      const grand = w.programs.flatMap((p) => p.budget).reduce((s, b) => s + b.amount, 0);
      expect(total).toBe(grand);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(grand);
      expect(tableText(table)).not.toMatch(/Gabungan/);
    });
  }

  it('counts the part of a split program under each of its sources', () => {
    const w = demoWorkshop();
    const table = fundingTable(w);
    const csr = table.rows.findIndex((_, i) => cellText(table, i, 0) === 'CSR / TJSL');
    const splitCsr = w.programs.flatMap((p) => p.funding).filter((f) => f.sourceId === 'csr').reduce((s, f) => s + f.amount, 0);
    expect(splitCsr).toBeGreaterThan(0);
    expect(rupiah(cellText(table, csr, 2))).toBe(splitCsr);
  });
});

describe('a program in the document', () => {
  it('names its partners beside the supporting OPDs and its main source first', () => {
    const w = demoWorkshop();
    const text = allBlocks(buildMasterplanDocument(w, { draft: false }))
      .filter((b): b is TableBlock => b.kind === 'table')
      .map(tableText)
      .join('\n');
    expect(text).toContain('Perguruan tinggi setempat');
    expect(text).toMatch(/APBD[^\n|]*\(utama\), CSR/);
  });
});

describe('the program annex', () => {
  it('prints the missions, SWOT factors and TOWS strategies each program answers, numbered as the worksheets number them', () => {
    const w = malangDemo();
    const annex = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title === 'Matriks program lengkap');
    expect(annex).toBeDefined();
    const text = tableText(annex!);
    expect(text).toContain('Isu, misi dan SWOT/TOWS yang dijawab');
    const izin = annex!.rows.find((r) => cellText({ ...annex!, rows: [r] }, 0, 0) === 'SG-SV-01');
    const links = cellText({ ...annex!, rows: [izin!] }, 0, 3);
    expect(links).toContain('Misi 1');
    expect(links).toContain('SWOT: S1, S2, O1');
    expect(links).toContain('TOWS: SO1');
  });
});

describe('indicators in the document', () => {
  it('print the goals\' baselines and targets per year with their units, numbers written the Indonesian way', () => {
    const w = malangDemo();
    const goals = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title === 'Tujuan, sasaran dan indikator smart city');
    const text = tableText(goals!);
    expect(text).toContain('Baseline (tahun) | Target (tahun)');
    expect(text).toContain('35% (2021) | 62% (2026)\n90% (2031)');
    expect(text).toContain('1.500 UMKM (2021) | 5.750 UMKM (2026)\n10.000 UMKM (2031)');
  });

  it('print a program indicator as "name: baseline (year) → target (year)" in the annex', () => {
    const annex = tables(buildMasterplanDocument(malangDemo(), { draft: false })).find((t) => t.caption?.title === 'Matriks program lengkap');
    expect(tableText(annex!)).toMatch(/Persentase jenis izin yang dapat diajukan daring: 40% \(2021\) → 70% \(2022\), 90% \(2023\), 100% \(2024\)/);
  });
});

describe('a quick-win sheet', () => {
  it('names the problem it solves and prints the action plan by quarter with OPD and deliverable', () => {
    const w = malangDemo();
    const candidate = w.quickWins.candidates.find((c) => c.programId === 'prog-sg-sv-01')!;
    candidate.sheet.plan = [
      { id: 'a', quarter: 3, activity: 'Uji coba 10 jenis izin', opdId: 'dpmptsp', deliverable: '10 izin terbit daring' },
      { id: 'b', quarter: 1, activity: 'Inventarisasi jenis izin', opdId: 'diskominfo', deliverable: 'Daftar izin dan SOP' },
    ];
    const doc = buildMasterplanDocument(w, { draft: false });
    const sheet = tables(doc).find((t) => t.caption?.title === 'Lembar quick win Perizinan Daring Satu Hari Tanpa ke Kantor');
    expect(tableText(sheet!)).toContain('Permasalahan yang diselesaikan | Pemohon izin harus datang berkali-kali');
    const plan = tables(doc).find((t) => t.caption?.title.startsWith('Rencana aksi per triwulan Perizinan Daring'));
    const text = tableText(plan!);
    expect(text.split('\n')).toEqual(['Triwulan | Kegiatan | OPD pelaksana | Keluaran', 'I | Inventarisasi jenis izin | Diskominfo | Daftar izin dan SOP', 'III | Uji coba 10 jenis izin | DPMPTSP | 10 izin terbit daring']);
    expect(tables(doc).some((t) => t.caption?.title.startsWith('Jadwal pelaksanaan'))).toBe(false);
  });
});

describe('the quick-win score', () => {
  const summaryScore = (w: Workshop) => {
    const summary = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title === 'Program quick win terpilih')!;
    return { header: summary.columns.at(-1)?.header, first: cellText(summary, 0, 5) };
  };
  it('is printed on the 1–5 scale by default, and rescaled to 0–100 only when the export settings ask', () => {
    const w = malangDemo();
    const onFive = summaryScore(w);
    expect(onFive.header).toBe('Skor (1–5)');
    expect(onFive.first).toMatch(/^[1-5],\d\d$/);
    const mean = Number(onFive.first.replace(',', '.'));
    const onHundred = summaryScore({ ...w, exportSettings: { ...w.exportSettings, quickWinScale: '0-100' } });
    expect(onHundred.header).toBe('Skor (0–100)');
    expect(Number(onHundred.first.replace(',', '.'))).toBeCloseTo(((mean - 1) / 4) * 100, 0);
  });
});

describe('what a Bappeda reader sees first in the demo', () => {
  it('reads the reference list’s "APBD Kabupaten/Kota" as the region’s own kind, in the matrix and the funding table', () => {
    const w = malangDemo();
    const doc = buildMasterplanDocument(w, { draft: false });
    const text = tables(doc).map(tableText).join('\n');
    expect(text).toContain('APBD Kabupaten');
    expect(text).not.toContain('Kabupaten/Kota');
    const kota = { ...w, region: { ...w.region, kind: 'kota' as const, name: 'Kota Batu' } };
    expect(tableText(fundingTable(kota))).toMatch(/^APBD Kota \|/m);
  });

  it('dates the cover by the year the commitment is signed, as the foreword is, and by the last edit before that', () => {
    const coverYear = (w: Workshop) => {
      const cover = allBlocks(buildMasterplanDocument(w, { draft: false })).find((b) => b.kind === 'cover');
      return cover?.kind === 'cover' ? cover.year : null;
    };
    const w = malangDemo();
    expect(coverYear({ ...w, updatedAt: '2026-12-06T10:00:00.000Z' })).toBe('2021');
    expect(coverYear({ ...w, updatedAt: '2026-12-06T10:00:00.000Z', commitment: { ...w.commitment, date: null } })).toBe('2026');
  });

  it('adds up the first year’s action plan to the year’s budget that BAB VIII gives', () => {
    const doc = buildMasterplanDocument(malangDemo(), { draft: false });
    const plan = tables(doc).find((t) => t.caption?.title === 'Rencana aksi tahun 2022')!;
    const last = plan.rows.at(-1)!;
    expect(textOf(last.cells[0]?.blocks ?? [])).toBe('Jumlah');
    const amounts = plan.rows.slice(0, -1).map((_, i) => rupiah(cellText(plan, i, 4)));
    expect(rupiah(textOf(last.cells[1]?.blocks ?? []))).toBe(amounts.reduce((a, b) => a + b, 0));
    const perYear = tables(doc).find((t) => t.caption?.title === 'Indikasi anggaran per tahun')!;
    const row2022 = perYear.rows.findIndex((_, i) => cellText(perYear, i, 0) === '2022');
    expect(rupiah(cellText(perYear, row2022, 2))).toBe(rupiah(textOf(last.cells[1]?.blocks ?? [])));
  });

  it('says under the budget per year why its program counts add up to more than its Jumlah row', () => {
    const w = malangDemo();
    const perYear = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title === 'Indikasi anggaran per tahun')!;
    const counts = perYear.rows.slice(0, -1).map((_, i) => Number(cellText(perYear, i, 1)));
    const total = Number(cellText(perYear, perYear.rows.length - 1, 1));
    expect(total).toBe(w.programs.length);
    // Programs running several years count in each: the rows add up to more than the total, and the note says so.
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(total);
    expect(perYear.note).toMatch(/jumlah program seluruh tahun dapat melebihi banyaknya program pada baris Jumlah/);
    // One program in one year: the rows add up to the total, and nothing needs saying.
    const single = { ...w, programs: w.programs.slice(0, 1).map((p) => ({ ...p, years: [w.horizon.startYear], budget: p.budget.slice(0, 1).map((b) => ({ ...b, year: w.horizon.startYear })) })) };
    const one = tables(buildMasterplanDocument(single, { draft: false })).find((t) => t.caption?.title === 'Indikasi anggaran per tahun')!;
    expect(one.note).toBeUndefined();
  });

  it('names the regional head’s row of the commitment sheet for the whole government, not "-"', () => {
    const sheet = tables(buildMasterplanDocument(malangDemo(), { draft: false })).find((t) => t.caption?.title === 'Komitmen perangkat daerah');
    expect(tableText(sheet!).split('\n')[1]).toMatch(/^1 \| Pemerintah Kabupaten Malang \| HM Sanusi/);
  });

  it('puts the photo box of a quick-win sheet under its title, before the sheet and its plan (it fell alone on the next page after them)', () => {
    const blocks = allBlocks(buildMasterplanDocument(malangDemo(), { draft: false }));
    const sheet = blocks.findIndex((b) => b.kind === 'table' && b.caption?.title === 'Lembar quick win Perizinan Daring Satu Hari Tanpa ke Kantor');
    const photo = blocks[sheet - 1];
    expect(photo?.kind === 'table' && tableText(photo)).toMatch(/Foto atau mock-up\n\[Tempel foto/);
    expect(blocks[sheet - 2]).toMatchObject({ kind: 'heading', text: 'Perizinan Daring Satu Hari Tanpa ke Kantor (Izin Sehari)' });
  });
});
