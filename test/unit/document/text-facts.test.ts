import { describe, expect, it } from 'vitest';
import { blocksOf, buildMasterplanDocument, type ParagraphBlock, type SignatureBlock } from '../../../shared/document';
import { WorkshopSchema, type Workshop } from '../../../shared/model';
import { quickWinScore, quickWinWeightedMean } from '../../../shared/logic/quick-win-score';
import { allBlocks, blocksUnder, tableText, tables, textOf } from './helpers';
import { demoWorkshopInput } from './fixture';

/** Issue 14's text facts: right-to-left paragraphs, the regional head, jangka and phases, quick-win scores and units, SWOT/TOWS worksheets. */

const BASMALAH = 'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ';

const workshopWith = (change: (input: ReturnType<typeof demoWorkshopInput>) => void): Workshop => {
  const input = demoWorkshopInput();
  change(input);
  return WorkshopSchema.parse(input);
};

const tableTitled = (doc: ReturnType<typeof buildMasterplanDocument>, title: string) => {
  const table = tables(doc).find((t) => t.caption?.title.startsWith(title));
  if (!table) throw new Error(`Tabel tidak ditemukan: ${title}`);
  return table;
};

describe('right-to-left paragraphs', () => {
  it('keep the editor’s dir attribute through the schema and become rtl paragraphs', () => {
    const w = workshopWith((input) => {
      input.sections![1]!.content = {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { dir: 'rtl', textAlign: 'center' }, content: [{ type: 'text', text: BASMALAH }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Assalamu’alaikum warahmatullahi wabarakatuh.' }] },
        ],
      };
    });
    expect(w.sections[1]!.content.content?.[0]?.attrs).toEqual({ dir: 'rtl', textAlign: 'center' });
    const foreword = blocksUnder(buildMasterplanDocument(w, { draft: false }), 'KATA SAMBUTAN').filter((b): b is ParagraphBlock => b.kind === 'paragraph');
    const basmalah = foreword.find((p) => p.inlines.some((i) => i.kind === 'text' && i.text === BASMALAH));
    expect(basmalah?.rtl).toBe(true);
    expect(basmalah?.align).toBe('center');
    expect(foreword.filter((p) => p.rtl)).toHaveLength(1);
  });

  it('take their direction from the first strong letter when dir is auto or absent, and from dir when it says so', () => {
    const [auto, none, latin, forcedLtr, mixed] = blocksOf([
      { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: `«${BASMALAH}»` }] },
      { type: 'paragraph', content: [{ type: 'text', text: '1. שלום עולם' }] },
      { type: 'paragraph', content: [{ type: 'text', text: `Bismillah ${BASMALAH}` }] },
      { type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: BASMALAH }] },
      { type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'Latin text set right to left' }] },
    ]) as ParagraphBlock[];
    expect([auto?.rtl, none?.rtl, latin?.rtl, forcedLtr?.rtl, mixed?.rtl]).toEqual([true, true, undefined, undefined, true]);
  });
});

describe('the regional head in the document', () => {
  const noName = (kind: 'kabupaten' | 'kota', name: string, title = '') =>
    workshopWith((input) => {
      input.region!.kind = kind;
      input.region!.name = name;
      input.region!.regionalHead = { title, name: '', deputyName: '' };
    });

  it('titles the foreword with the head built from region kind and name, and signs it without a personal name', () => {
    for (const [w, title] of [
      [noName('kabupaten', 'Malang'), 'Bupati Malang'],
      [noName('kota', 'Kota Batu'), 'Wali Kota Batu'],
      [noName('kota', 'Batu', 'Wali Kota Batu'), 'Wali Kota Batu'],
    ] as const) {
      const foreword = blocksUnder(buildMasterplanDocument(w, { draft: false }), 'KATA SAMBUTAN');
      expect(foreword[0]).toMatchObject({ kind: 'paragraph', align: 'center', inlines: [{ kind: 'text', text: title.toUpperCase(), bold: true }] });
      const signature = foreword.find((b): b is SignatureBlock => b.kind === 'signatures');
      expect(signature?.signers).toEqual([{ role: title, name: '(....................................)' }]);
      expect(signature?.placeAndDate).toMatch(/^Sukamaju, \d{1,2} \w+ \d{4}$/);
    }
  });

  it('signs with the name and prints the head in BAB II, title always, name when there is one', () => {
    const named = buildMasterplanDocument(workshopWith(() => undefined), { draft: false });
    expect(allBlocks(named).find((b): b is SignatureBlock => b.kind === 'signatures')?.signers[0]).toEqual({ role: 'Bupati Sukamaju', name: 'Dr. H. Ahmad Suryana, M.Si.' });
    expect(tableText(tableTitled(named, 'Profil singkat'))).toContain('Kepala daerah | Bupati Sukamaju: Dr. H. Ahmad Suryana, M.Si.');
    const unnamed = buildMasterplanDocument(noName('kota', 'Batu'), { draft: false });
    expect(tableText(tableTitled(unnamed, 'Profil singkat'))).toContain('Kepala daerah | Wali Kota Batu');
  });
});

describe('BAB VI jangka and the roadmap phases', () => {
  const w = workshopWith(() => undefined);
  const doc = buildMasterplanDocument(w, { draft: false });

  it('prints a Jangka column in every program matrix, derived from the program’s years', () => {
    const matrices = tables(doc).filter((t) => t.caption?.title.startsWith('Matriks program ') && !t.caption.title.includes('lengkap'));
    expect(matrices.length).toBeGreaterThan(0);
    for (const m of matrices) expect(m.columns.map((c) => c.header)).toContain('Jangka');
    const text = matrices.map(tableText).join('\n');
    expect(text).toMatch(/\| (Pendek|Menengah|Panjang) \|/);
  });

  it('counts each program once in the phase table, adding up to the program count, and says so; the year table counts every year', () => {
    const phases = tableTitled(doc, 'Tahapan pelaksanaan masterplan');
    const counts = phases.rows.map((r) => Number(tableText({ ...phases, columns: [], rows: [r] }).split(' | ').at(-1)));
    const total = counts.pop();
    expect(total).toBe(w.programs.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(w.programs.length);
    expect(phases.note).toMatch(/dihitung satu kali/);
    const years = tableTitled(doc, 'Jumlah program berjalan per tahun');
    expect(years.rows).toHaveLength(w.horizon.years);
    expect(years.note).toMatch(/setiap tahun pelaksanaannya/);
  });
});

describe('quick wins', () => {
  it('print the weighted score on the 1–5 scale (4,30 where the 0–100 rescale gave 82,5)', () => {
    const weights = { impact: 30, speed: 20, feasibility: 20, cost: 10, innovation: 10, sustainability: 10 };
    const scores = { impact: 5, speed: 4, feasibility: 4, cost: 4, innovation: 4, sustainability: 4 };
    expect(quickWinScore(scores, weights).score).toBe(82.5);
    expect(quickWinWeightedMean(scores, weights)).toBe(4.3);
    expect(quickWinWeightedMean({ ...scores, cost: null }, weights)).toBeNull();
    const w = workshopWith((input) => {
      input.quickWins!.weights = weights;
      input.quickWins!.candidates![0]!.scores = scores;
    });
    const doc = buildMasterplanDocument(w, { draft: false });
    const summary = tableTitled(doc, 'Program quick win terpilih');
    expect(summary.columns.at(-1)?.header).toBe('Skor (1–5)');
    expect(tableText(summary)).toMatch(/\| 4,30$/m);
    expect(tables(doc).filter((t) => t.caption?.title.startsWith('Lembar quick win')).map(tableText).join('\n')).toContain('Skor prioritas (skala 1–5) | 4,30');
  });

  it('print indicator baseline and targets with their unit', () => {
    const w = workshopWith((input) => {
      const program = input.programs!.find((p) => p.id === input.quickWins!.candidates![0]!.programId)!;
      program.indicators = [
        { id: 'ind-1', name: 'Layanan perizinan daring', unit: '%', baseline: 35, baselineYear: 2025, targets: [{ year: 2027, value: 85 }] },
        { id: 'ind-2', name: 'Aplikasi terintegrasi', unit: 'aplikasi', baseline: 4.5, baselineYear: null, targets: [{ year: 2030, value: 1500 }, { year: 2027, value: 12 }] },
      ];
    });
    const sheets = tables(buildMasterplanDocument(w, { draft: false })).filter((t) => t.caption?.title.startsWith('Lembar quick win')).map(tableText).join('\n');
    expect(sheets).toContain('Layanan perizinan daring: 35% (2025) → 85% (2027)');
    expect(sheets).toContain('Aplikasi terintegrasi: 4,5 aplikasi → 12 aplikasi (2027), 1.500 aplikasi (2030)');
  });
});

describe('SWOT/TOWS worksheets and readiness evidence', () => {
  const w = workshopWith((input) => {
    input.swotItems!.push({ id: 's5', dimensionId: 'dim-sg', quadrant: 'O', text: 'Rahasia yang disembunyikan', hidden: true });
    input.issues!.push({ id: 'isu-hidden', dimensionId: 'dim-sg', kind: 'permasalahan', text: 'Isu tersembunyi', hidden: true });
    input.towsStrategies![0]!.sourceItemIds = ['s1', 's3'];
  });
  const doc = buildMasterplanDocument(w, { draft: false });

  it('annex the SWOT 2×2 with numbered factors and the TOWS matrix naming the factors each strategy crosses', () => {
    const annex = textOf(blocksUnder(doc, `Lampiran 4 Lembar Kerja SWOT dan TOWS`));
    expect(annex).toContain('S1. Komitmen pimpinan kuat');
    expect(annex).toContain('O1. Program SPBE nasional');
    const tows = tableTitled(doc, 'Matriks TOWS');
    expect(tableText(tows)).toContain('SO1. Memanfaatkan komitmen pimpinan untuk integrasi layanan SPBE (S1, O1)');
    expect(tableText(tows)).toContain('WT1. Konsolidasi aplikasi');
  });

  it('never print hidden cards', () => {
    const text = textOf(allBlocks(doc));
    expect(text).not.toContain('Rahasia yang disembunyikan');
    expect(text).not.toContain('Isu tersembunyi');
  });

  it('show each readiness item’s evidence beside its score in BAB III', () => {
    const struktur = tableTitled(doc, 'Hasil penilaian kesiapan struktur');
    expect(struktur.columns.map((c) => c.header)).toEqual(['No', 'Item kesiapan', 'Indikator', 'Skor', 'Data dukung', 'SWOT']);
    expect(tableText(struktur)).toContain('Surat edaran Bupati 2025');
  });
});
