import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { WorkshopSchema, type Workshop } from '../../../shared/model';
import { buildDemoWorkshop } from '../../../electron/services/reference/demo-workshop';
import { tableText, tables } from './helpers';

/** Issue 14: BAB II prints the region's facts and its smart-city milestones. */

const tableTitled = (w: Workshop, title: string) => {
  const table = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title.startsWith(title));
  if (!table) throw new Error(`Tabel tidak ditemukan: ${title}`);
  return tableText(table).split('\n');
};

describe('BAB II region profile', () => {
  const demo = buildDemoWorkshop('demo-malang', '2025-11-16T09:00:00+07:00');

  it('prints the code, ibu kota, motto, population with its year, kecamatan list and both titles with names', () => {
    const rows = tableTitled(demo, 'Profil singkat Kabupaten Malang');
    expect(rows).toEqual(
      expect.arrayContaining([
        'Kode wilayah (Kemendagri) | 35.07',
        'Ibu kota | Kepanjen',
        'Semboyan | Satata Gama Karta Raharja',
        'Jumlah penduduk | 2.654.448 jiwa (tahun 2020)',
        'Jumlah kecamatan | 33',
        'Kepala daerah | Bupati Malang: HM Sanusi',
        'Wakil kepala daerah | Wakil Bupati Malang: H Didik Gatot Subroto',
      ]),
    );
    const kecamatan = rows.find((r) => r.startsWith('Daftar kecamatan | '));
    expect(kecamatan?.split(' | ')[1]?.split(', ')).toHaveLength(33);
    expect(kecamatan).toContain('Ampelgading, Bantur, Bululawang');
  });

  it('prints the titles without names, the deputy’s from the kind or as entered', () => {
    const kota = WorkshopSchema.parse({ ...demo, region: { ...demo.region, name: 'Kota Batu', kind: 'kota', regionalHead: { title: '', name: '', deputyName: '', deputyTitle: '' } } });
    expect(tableTitled(kota, 'Profil singkat')).toEqual(expect.arrayContaining(['Kepala daerah | Wali Kota Batu', 'Wakil kepala daerah | Wakil Wali Kota Batu']));
    const entered = WorkshopSchema.parse({ ...kota, region: { ...kota.region, regionalHead: { title: '', name: '', deputyName: 'Heli Suyanto', deputyTitle: 'Wakil Wali Kota' } } });
    expect(tableTitled(entered, 'Profil singkat')).toContain('Wakil kepala daerah | Wakil Wali Kota Batu: Heli Suyanto');
  });

  it('prints the milestones in date order with their kind', () => {
    expect(tableTitled(demo, 'Tonggak smart city Kabupaten Malang')).toEqual([
      'No | Tanggal | Peristiwa | Jenis',
      '1 | 31 Mei 2021 | Kabupaten Malang terpilih sebagai salah satu dari 48 kabupaten/kota Gerakan Menuju Smart City 2021 | Lainnya',
      '2 | 24 Juni 2021 | Penandatanganan Nota Kesepakatan Gerakan Menuju Smart City dengan Kementerian Komunikasi dan Informatika | MoU dengan kementerian',
      '3 | 17 November 2021 | Bimbingan teknis Tahap IV dan penandatanganan lembar komitmen masterplan smart regency | Lainnya',
      '4 | 28 Maret 2022 | Peluncuran Masterplan Smart Regency Kabupaten Malang 2022–2031 dan quick win Desaku Tuntas | Peluncuran',
    ]);
  });

  it('leaves the milestones table out when there are none, and older profiles print as before', () => {
    const bare = WorkshopSchema.parse({ ...demo, region: { ...demo.region, code: '', capital: '', motto: '', populationYear: null, kecamatan: [], milestones: [] } });
    expect(() => tableTitled(bare, 'Tonggak smart city')).toThrow();
    const rows = tableTitled(bare, 'Profil singkat');
    expect(rows.some((r) => /^(Kode wilayah|Ibu kota|Semboyan|Daftar kecamatan)/.test(r))).toBe(false);
    expect(rows).toContain('Jumlah penduduk | 2.654.448 jiwa');
  });
});
