import { describe, expect, it } from 'vitest';
import { CHAPTERS, OPTIONAL_CHAPTERS, buildMasterplanDocument, printedChapters } from '../../../shared/document';
import { WorkshopSchema } from '../../../shared/model';
import { allBlocks, blocksUnder, headingTexts, headings, tableText, tables, textOf } from './helpers';
import { demoWorkshop, demoWorkshopInput, emptyWorkshop } from './fixture';

describe('the masterplan document', () => {
  it('has the cover, the front matter, every chapter of the outline and the annexes, in order', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const texts = headingTexts(doc);
    const expected = [
      'KATA SAMBUTAN',
      'KATA PENGANTAR',
      'TIM PENYUSUN',
      'RINGKASAN EKSEKUTIF',
      'BAB I PENDAHULUAN',
      'BAB II GAMBARAN UMUM DAERAH',
      'BAB III ANALISIS STRATEGIS DAN KESIAPAN DAERAH',
      'BAB IV VISI, MISI, TUJUAN DAN SASARAN SMART CITY',
      'BAB V STRATEGI PEMBANGUNAN SMART CITY',
      'BAB VI RENCANA PROGRAM DAN RENCANA AKSI',
      'BAB VII PETA JALAN (ROADMAP)',
      'BAB VIII TATA KELOLA, PEMBIAYAAN DAN RENCANA TINDAK LANJUT',
      'BAB IX INFRASTRUKTUR PENDUKUNG',
      'BAB X PENUTUP',
      'LAMPIRAN',
    ];
    const positions = expected.map((title) => texts.indexOf(title));
    expect(positions.every((p) => p >= 0), `hilang: ${expected.filter((_, i) => (positions[i] ?? -1) < 0).join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const section of CHAPTERS.bab1.sections) expect(texts.some((t) => t.endsWith(section.title))).toBe(true);
    expect(allBlocks(doc)[0]?.kind).toBe('cover');
    expect(allBlocks(doc).map((b) => b.kind)).toEqual(expect.arrayContaining(['toc', 'listOfTables', 'listOfFigures']));
  });

  it('ends with BAB IX PENUTUP when no optional chapter is chosen', () => {
    const workshop = { ...demoWorkshop(), exportSettings: { paperSize: 'A4' as const, optionalChapters: [] } };
    const doc = buildMasterplanDocument(workshop, { draft: false });
    expect(headingTexts(doc)).toContain('BAB IX PENUTUP');
    expect(printedChapters(workshop)).toHaveLength(9);
  });

  it('inserts the chosen optional chapters before the closing chapter, in the outline order', () => {
    const workshop = { ...demoWorkshop(), exportSettings: { paperSize: 'A4' as const, optionalChapters: ['pola-penganggaran' as const, 'kebijakan-kelembagaan' as const] } };
    const texts = headingTexts(buildMasterplanDocument(workshop, { draft: false }));
    expect(texts).toContain(`BAB IX ${OPTIONAL_CHAPTERS['kebijakan-kelembagaan'].title}`);
    expect(texts).toContain(`BAB X ${OPTIONAL_CHAPTERS['pola-penganggaran'].title}`);
    expect(texts).toContain('BAB XI PENUTUP');
  });

  it('says [Belum diisi] for every part of an empty workshop instead of leaving it out', () => {
    const doc = buildMasterplanDocument(emptyWorkshop(), { draft: false });
    const texts = headingTexts(doc);
    for (const title of ['1.1 Latar Belakang', '1.2 Maksud, Tujuan dan Sasaran', '2.2 Demografi', '3.1 Analisis Isu Daerah per Dimensi', '4.1 Visi Smart City', '4.2 Misi Smart City', '6.3 Program Quick Win', '8.3 Pola Pembiayaan']) {
      expect(texts).toContain(title);
      expect(textOf(blocksUnder(doc, title))).toContain('[Belum diisi]');
    }
    expect(textOf(blocksUnder(doc, 'KATA PENGANTAR'))).toContain('[Belum diisi]');
    expect(textOf(blocksUnder(doc, '6.1.1 Smart Governance'))).toContain('[Belum diisi]');
    expect(textOf(blocksUnder(doc, 'Lampiran 1 Lembar Komitmen Bersama'))).toContain('[Belum diisi]');
  });

  it('lists every program in the matrix of its own dimension and nowhere else in the matrices', () => {
    const workshop = demoWorkshop();
    const doc = buildMasterplanDocument(workshop, { draft: false });
    for (const dimension of workshop.dimensionSet.dimensions) {
      const matrix = tables(doc).find((t) => t.caption?.title === `Matriks program ${dimension.nameId}`);
      expect(matrix, dimension.nameId).toBeDefined();
      const text = tableText(matrix!);
      for (const program of workshop.programs) {
        if (program.dimensionId === dimension.id) expect(text).toContain(program.name);
        else expect(text).not.toContain(program.code);
      }
    }
  });

  it('prints the program matrices and the full matrix on landscape pages, the rest portrait', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const landscape = doc.sections.filter((s) => s.orientation === 'landscape');
    expect(landscape).toHaveLength(2);
    const captions = landscape.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' && b.caption ? [b.caption.title] : []));
    expect(captions).toContain('Matriks program Smart Governance');
    expect(captions).toContain('Matriks program lengkap');
    expect(doc.sections[0]?.running).toBe(false);
    expect(doc.sections.slice(1).every((s) => s.running)).toBe(true);
  });

  it('numbers captions per chapter: Tabel 3.1, Gambar 7.1, Tabel L.1', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const captions = allBlocks(doc).flatMap((b) => ((b.kind === 'table' || b.kind === 'figure') && b.caption ? [`${b.caption.label} ${b.caption.number}`] : []));
    expect(captions).toContain('Tabel 3.1');
    expect(captions).toContain('Gambar 4.1');
    expect(captions).toContain('Gambar 7.1');
    expect(captions).toContain('Tabel L.1');
    expect(new Set(captions).size).toBe(captions.length);
  });

  it('writes readiness scores with their labels and the Rupiah amounts in Indonesian format', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const readiness = tables(doc).find((t) => t.caption?.title === 'Hasil penilaian kesiapan struktur');
    expect(tableText(readiness!)).toContain('4 – Terpadu');
    expect(tableText(readiness!)).toContain('2 – Rintisan');
    const perYear = tables(doc).find((t) => t.caption?.title === 'Indikasi anggaran per tahun');
    expect(tableText(perYear!)).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    const perSource = tables(doc).find((t) => t.caption?.title === 'Indikasi anggaran menurut sumber pendanaan');
    expect(tableText(perSource!)).not.toContain('Gabungan beberapa sumber');
  });

  it('gives one quick-win sheet, on its own page, to every chosen quick win', () => {
    const workshop = demoWorkshop();
    const doc = buildMasterplanDocument(workshop, { draft: false });
    const sheets = tables(doc).filter((t) => t.caption?.title.startsWith('Lembar quick win'));
    expect(sheets).toHaveLength(workshop.quickWins.candidates.filter((c) => c.decision === 'chosen').length);
    const blocks = allBlocks(doc);
    for (const sheet of sheets) {
      const heading = blocks.lastIndexOf(blocks.slice(0, blocks.indexOf(sheet)).reverse().find((b) => b.kind === 'heading')!);
      expect(blocks[heading - 1]?.kind).toBe('pageBreak');
    }
  });

  it('never puts an empty table or a row without cells in the document', () => {
    for (const workshop of [demoWorkshop(), emptyWorkshop()]) {
      for (const table of tables(buildMasterplanDocument(workshop, { draft: true }))) {
        expect(table.rows.length).toBeGreaterThan(0);
        expect(table.columns.length).toBeGreaterThan(0);
        for (const row of table.rows) expect(row.cells.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps narrative filed under keys the outline does not know', () => {
    const input = demoWorkshopInput();
    input.sections = [
      ...(input.sections ?? []),
      { id: 'x1', outlineKey: 'catatan-khusus', title: 'Catatan Khusus Pembimbing', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Isi catatan khusus.' }] }] } },
    ];
    const doc = buildMasterplanDocument(WorkshopSchema.parse(input), { draft: false });
    expect(headingTexts(doc)).toContain('2.7 Potensi Desa Digital');
    expect(textOf(blocksUnder(doc, '2.7 Potensi Desa Digital'))).toContain('40 desa');
    const annex = headings(doc).find((h) => h.text === 'Catatan Khusus Pembimbing');
    expect(annex?.number).toMatch(/^Lampiran \d+$/);
  });

  it('exports one OPD part: only its programs, and a note where another OPD owns the narrative', () => {
    const workshop = demoWorkshop();
    const doc = buildMasterplanDocument(workshop, { draft: true, opdId: 'diskominfo' });
    const matrixText = tables(doc).filter((t) => t.caption?.title.startsWith('Matriks program')).map(tableText).join('\n');
    for (const program of workshop.programs) {
      const involved = program.leadOpdId === 'diskominfo' || program.supportingOpdIds.includes('diskominfo');
      if (involved) expect(matrixText).toContain(program.code);
      else expect(matrixText).not.toContain(program.code);
    }
    expect(textOf(blocksUnder(doc, '1.1 Latar Belakang'))).toContain('[Bagian ini disusun oleh Bappeda]');
    const cover = allBlocks(doc).find((b) => b.kind === 'cover');
    expect(cover?.kind === 'cover' && cover.subtitle).toBe('Bagian Diskominfo');
  });

  it('marks a draft on the cover and in the running header, and describes the document', () => {
    const draft = buildMasterplanDocument(demoWorkshop(), { draft: true });
    const cover = allBlocks(draft).find((b) => b.kind === 'cover');
    expect(cover?.kind === 'cover' && cover.draftMark).toBe('DRAF');
    expect(draft.meta).toMatchObject({ draft: true, title: 'Masterplan Smart City Kabupaten Sukamaju Tahun 2026–2030', pageLabel: 'Halaman {page} dari {pages}' });
    const final = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const finalCover = allBlocks(final).find((b) => b.kind === 'cover');
    expect(finalCover?.kind === 'cover' && finalCover.draftMark).toBeNull();
  });

  it('is the same document every time for the same workshop', () => {
    const workshop = demoWorkshop();
    expect(buildMasterplanDocument(workshop, { draft: false })).toEqual(buildMasterplanDocument(workshop, { draft: false }));
  });

  it('does not repeat "Kabupaten" when the region name already has it', () => {
    const workshop = demoWorkshop();
    const named = { ...workshop, region: { ...workshop.region, name: 'Kabupaten Sukamaju' } };
    expect(buildMasterplanDocument(named, { draft: false }).meta.title).toBe('Masterplan Smart City Kabupaten Sukamaju Tahun 2026–2030');
  });
});
