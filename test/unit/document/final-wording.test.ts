import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type SignatureBlock } from '../../../shared/document';
import { regionSeat, signingPlace } from '../../../shared/document/place';
import { NO_PROGRAM } from '../../../shared/document/chapters/strategy';
import { ANNEX_NOT_ATTACHED } from '../../../shared/document/chapters/closing';
import { WorkshopSchema, type Workshop } from '../../../shared/model';
import { allBlocks, blocksUnder, headingTexts, tables, tableText, textOf } from './helpers';
import { demoWorkshop, demoWorkshopInput } from './fixture';

/*
 * What a reader of a final masterplan notices (issue 14, the Kota Batu reading): where it is signed, what an element
 * without programs and an annex nobody wrote say, and the SWOT labels the program annex gives.
 */

const region = (kind: 'kota' | 'kabupaten', name: string, capital = '') => ({ kind, name, capital });

describe('the place a paper is signed at', () => {
  it('is a kota’s own name and a kabupaten’s ibu kota', () => {
    expect(regionSeat(region('kota', 'Kota Batu'))).toBe('Batu');
    expect(regionSeat(region('kabupaten', 'Kabupaten Malang', 'Kepanjen'))).toBe('Kepanjen');
    expect(regionSeat(region('kabupaten', 'Malang'))).toBe('Malang');
    expect(regionSeat(region('kota', ''))).toBe('');
  });

  it('drops "Kota"/"Kabupaten" from a written place, and names the seat for the region itself', () => {
    expect(signingPlace('Kota Batu', region('kota', 'Kota Batu'))).toBe('Batu');
    expect(signingPlace(' Kabupaten Malang ', region('kabupaten', 'Kabupaten Malang', 'Kepanjen'))).toBe('Kepanjen');
    // A town written bare stays as written, even when the kabupaten shares its name (Kota Malang is not Kepanjen).
    expect(signingPlace('Malang', region('kabupaten', 'Kabupaten Malang', 'Kepanjen'))).toBe('Malang');
    expect(signingPlace('Kota Malang', region('kabupaten', 'Kabupaten Malang', 'Kepanjen'))).toBe('Malang');
    expect(signingPlace('', region('kabupaten', 'Kabupaten Malang', 'Kepanjen'))).toBe('Kepanjen');
  });

  it('signs the foreword and the commitment sheet at the seat when no place is written', () => {
    const input = demoWorkshopInput();
    input.region = { ...input.region, name: 'Kabupaten Sukamaju', capital: 'Sukaraja' };
    input.commitment = { ...input.commitment!, place: '' };
    const places = allBlocks(buildMasterplanDocument(WorkshopSchema.parse(input), { draft: false }))
      .filter((b): b is SignatureBlock => b.kind === 'signatures')
      .map((b) => b.placeAndDate);
    expect(places).toEqual(['Sukaraja, 20 November 2025', 'Sukaraja, 20 November 2025']);
  });
});

/** The demo without the programs of Smart Governance's second element (Manajemen Birokrasi). */
const withEmptyElement = (): Workshop => {
  const w = demoWorkshop();
  return { ...w, programs: w.programs.filter((p) => p.elementId !== 'el-sg-br') };
};

const bab5Element = (w: Workshop, draft: boolean): string[] => {
  const blocks = blocksUnder(buildMasterplanDocument(w, { draft }), '5.1 Smart Governance').map((b) => textOf([b]));
  const at = blocks.findIndex((t) => t.startsWith('Elemen Manajemen Birokrasi'));
  expect(at).toBeGreaterThanOrEqual(0);
  return blocks.slice(at, at + 2);
};

describe('a final masterplan', () => {
  it('says an element has no program yet where a draft marks the gap', () => {
    const w = withEmptyElement();
    expect(bab5Element(w, false)[1]).toBe(NO_PROGRAM);
    expect(bab5Element(w, true)[1]).toBe('[Belum diisi]');
  });

  it('says plainly that an unwritten decree or photo annex is not attached (progress does not ask for them); a draft marks the gap', () => {
    const w = demoWorkshop();
    const annex = (doc: ReturnType<typeof buildMasterplanDocument>, title: string): string => {
      const heading = headingTexts(doc).find((t) => t.startsWith('Lampiran') && t.endsWith(title));
      expect(heading, title).toBeDefined();
      return textOf(blocksUnder(doc, heading ?? '')).trim();
    };
    const final = buildMasterplanDocument(w, { draft: false });
    const draft = buildMasterplanDocument(w, { draft: true });
    expect(annex(final, 'Surat Keputusan Dewan Smart City dan Tim Pelaksana')).toBe(ANNEX_NOT_ATTACHED.decrees);
    expect(annex(final, 'Dokumentasi Bimtek')).toBe(ANNEX_NOT_ATTACHED.photos);
    expect(annex(draft, 'Dokumentasi Bimtek')).toBe('[Belum diisi]');
    const written: Workshop = {
      ...w,
      sections: [...w.sections, { id: 'sk', outlineKey: 'lampiran-sk', title: 'SK', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Keputusan Bupati Sukamaju Nomor 1.' }] }] }, ownerOpdId: null, status: 'final' }],
    };
    expect(annex(buildMasterplanDocument(written, { draft: false }), 'Surat Keputusan Dewan Smart City dan Tim Pelaksana')).toBe('Keputusan Bupati Sukamaju Nomor 1.');
  });

  it('labels a program’s SWOT factors as the SWOT annex numbers them, hidden factors not counted', () => {
    const w = demoWorkshop();
    const program = w.programs[0];
    const shown = w.swotItems.find((s) => s.dimensionId === program?.dimensionId && s.quadrant === 'S');
    if (!program || !shown) throw new Error('fixture without a strength');
    const hidden = { ...shown, id: 'tersembunyi', text: 'Faktor yang disembunyikan fasilitator', hidden: true };
    const linked: Workshop = {
      ...w,
      swotItems: [hidden, ...w.swotItems],
      programs: w.programs.map((p) => (p.id === program.id ? { ...p, swotItemIds: [hidden.id, shown.id] } : p)),
    };
    const doc = buildMasterplanDocument(linked, { draft: false });
    const matrix = tables(doc).find((t) => t.caption?.title === 'Matriks program lengkap' || tableText(t).includes('SWOT: '));
    expect(matrix && tableText(matrix)).toContain('SWOT: S1');
    expect(matrix && tableText(matrix)).not.toContain('SWOT: S2');
    const annex = tables(doc).find((t) => t.caption?.title.startsWith('Lembar kerja SWOT') && tableText(t).includes(shown.text));
    expect(annex && tableText(annex)).toContain(`S1. ${shown.text}`);
    expect(JSON.stringify(doc)).not.toContain(hidden.text);
  });
});
