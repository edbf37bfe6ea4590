import { regionDisplayName } from '../document/context';
import { MILESTONE_KIND_LABELS, OPD_KIND_LABELS, deputyTitleOf, opdGroupOf, opdHeadTitleOf, opdKindOf } from '../logic/region-facts';
import type { Workshop } from '../model';
import { column, type CellValue, type WorkbookSheet } from './model';

const KIND_LABELS = { kabupaten: 'Kabupaten', kota: 'Kota' } as const;

/**
 * "Profil Daerah": the region's facts as BAB II prints them, its kecamatan, its smart-city milestones,
 * and the OPD list with each office's kind, head's and representative's titles and FGD group.
 */
export const profileSheet = (w: Workshop): WorkbookSheet => {
  const r = w.region;
  const head = r.regionalHead;
  const facts: Array<[string, CellValue]> = [
    ['Nama daerah', regionDisplayName(w)],
    ['Jenis daerah', KIND_LABELS[r.kind]],
    ['Kode wilayah (Kemendagri)', r.code],
    ['Provinsi', r.province],
    ['Ibu kota', r.capital],
    ['Semboyan', r.motto],
    ['Jumlah penduduk (jiwa)', r.population],
    ['Tahun data penduduk', r.populationYear === null ? null : String(r.populationYear)],
    ['Luas wilayah (km²)', r.areaKm2],
    ['Jumlah kecamatan', r.kecamatanCount],
    ['Jumlah desa', r.desaCount],
    ['Jumlah kelurahan', r.kelurahanCount],
    ['Periode RPJMD', r.rpjmdPeriod ? `${r.rpjmdPeriod.startYear}–${r.rpjmdPeriod.endYear}` : null],
    ['Sebutan kepala daerah', head.title],
    ['Nama kepala daerah', head.name],
    ['Sebutan wakil kepala daerah', deputyTitleOf(r)],
    ['Nama wakil kepala daerah', head.deputyName],
  ];
  const groupName = (id: string | null) => w.groups.find((g) => g.id === id)?.name ?? '';
  return {
    name: 'Profil Daerah',
    filter: false,
    tables: [
      { title: 'Profil daerah', columns: [column('Isian', 30), column('Nilai', 60, 'wrap')], rows: facts.map(([label, value]) => [label, value === '' ? null : value]) },
      { title: 'Daftar kecamatan', columns: [column('No.', 6, 'integer'), column('Kecamatan', 40)], rows: r.kecamatan.map((name, i) => [i + 1, name]) },
      {
        title: 'Tonggak smart city',
        columns: [column('Tanggal', 14), column('Peristiwa', 70, 'wrap'), column('Jenis', 24)],
        rows: r.milestones.map((m) => [m.date, m.event, MILESTONE_KIND_LABELS[m.kind]]),
      },
      {
        title: 'Daftar OPD',
        columns: [column('Singkatan', 16), column('Nama OPD', 48, 'wrap'), column('Jenis', 14), column('Jabatan kepala', 30, 'wrap'), column('Jabatan perwakilan yang hadir', 40, 'wrap'), column('Kelompok FGD', 28)],
        rows: w.opds.map((o) => [o.abbreviation, o.name, OPD_KIND_LABELS[opdKindOf(o)], opdHeadTitleOf(o), o.representativeTitle, groupName(opdGroupOf(w.groups, o))]),
      },
    ],
  };
};
