import { describe, expect, it } from 'vitest';
import { BLANK, BLANK_ROWS, beritaAcaraBlocks, bimtekSigners, daftarHadirBlocks, signingPlace } from '../../../electron/services/export/bimtek-blocks';
import type { Block, TableBlock } from '../../../shared/document';
import { demoWorkshop, emptyWorkshop } from '../logic/workshop-fixtures';

const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (blocks: Block[]): string =>
  JSON.stringify(blocks)
    .match(/"text":"[^"]*"/g)
    ?.map((t) => t.slice(8, -1))
    .join(' ') ?? '';

describe('the Bimtek papers as document blocks', () => {
  it('print a blank attendance list to fill in by hand, and dotted lines for what is not known yet', () => {
    const w = emptyWorkshop();
    const blocks = daftarHadirBlocks(w, 'tahap-1');
    const [facts, attendance] = tables(blocks);
    expect(attendance?.rows).toHaveLength(BLANK_ROWS + 1);
    expect(attendance?.rows[0]?.header).toBe(true);
    expect(texts(facts ? [facts] : [])).toContain(BLANK);
    expect(bimtekSigners(w, 'tahap-1').map((s) => s.name)).toEqual([BLANK, BLANK]);
    expect(texts(beritaAcaraBlocks(w, 'tahap-1'))).toContain('Susunan acara belum dicatat.');
    expect(texts(beritaAcaraBlocks(w, 'tahap-1'))).toContain('Belum ada hasil yang tercatat untuk tahap ini.');
  });

  it('write the opening sentence left-aligned while it has blanks to fill in, so justification does not stretch them', () => {
    const opening = (w: Parameters<typeof beritaAcaraBlocks>[0], stage: Parameters<typeof beritaAcaraBlocks>[1]) =>
      beritaAcaraBlocks(w, stage).find((b) => b.kind === 'paragraph' && texts([b]).startsWith('Pada hari'));
    const blank = opening(emptyWorkshop(), 'tahap-1');
    expect(texts(blank ? [blank] : [])).toMatch(/^Pada hari …+ tanggal …+, bertempat di …+, telah dilaksanakan/);
    expect(blank).toMatchObject({ kind: 'paragraph', align: 'left' });
    const demo = demoWorkshop();
    const recorded = opening(demo, 'tahap-2');
    expect(texts(recorded ? [recorded] : [])).not.toContain(BLANK);
    expect(recorded).not.toHaveProperty('align');
    const noVenue = { ...demo, bimtek: { ...demo.bimtek, stages: { ...demo.bimtek.stages, 'tahap-2': { ...demo.bimtek.stages['tahap-2'], venue: '' } } } };
    expect(opening(noVenue, 'tahap-2')).toMatchObject({ align: 'left' });
  });

  it('sign where the Tahap was held, on its last day, with the Bappeda head from the commitment sheet', () => {
    const demo = demoWorkshop();
    expect(signingPlace(demo, 'tahap-4')).toBe('Malang');
    const [head, mentor] = bimtekSigners(demo, 'tahap-4');
    expect(head).toMatchObject({ lead: 'Mengetahui,', role: 'Kepala Bappeda Kabupaten Malang', name: 'Timie Herawanto', nip: true });
    expect(mentor).toMatchObject({ lead: 'Malang, 17 November 2021', role: 'Pembimbing/Narasumber', name: 'Dr. Ir. Adi Nugroho, M.T.' });
  });

  it('number the signature cells on alternate sides, odd on the left', () => {
    const attendance = tables(daftarHadirBlocks(demoWorkshop(), 'tahap-2'))[1];
    const sides = attendance?.rows.slice(1, 5).map((r) => r.cells.slice(4).map((c) => texts(c.blocks)));
    expect(sides).toEqual([
      ['1.', ''],
      ['', '2.'],
      ['3.', ''],
      ['', '4.'],
    ]);
  });
});
