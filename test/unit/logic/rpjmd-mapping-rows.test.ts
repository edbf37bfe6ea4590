import { describe, expect, it } from 'vitest';
import { readRpjmdMappingRows } from '../../../shared/logic/rpjmd-mapping-rows';
import { parseSpreadsheetRows } from '../../../shared/logic/spreadsheet-rows';
import { aProgram, emptyWorkshop } from './workshop-fixtures';

const w = { ...emptyWorkshop(), programs: [aProgram({ id: 'izin', code: 'SG-SV-01', name: 'Perizinan Daring' })] };
const paste = (text: string, workshop: Parameters<typeof readRpjmdMappingRows>[1] = w) => readRpjmdMappingRows(parseSpreadsheetRows(text), workshop);

describe('pasting RPJMD/Renstra mapping rows', () => {
  it('reads an OPD by abbreviation and a smart-city program by code', () => {
    const result = paste('DPMPTSP\tPeningkatan pelayanan publik\tProgram Pelayanan Penanaman Modal\tPelayanan Perizinan\tPerizinan Elektronik\tSG-SV-01');
    expect(result.errorCount).toBe(0);
    expect(result.valid).toEqual([
      { opdId: 'dpmptsp', rpjmdProgram: 'Peningkatan pelayanan publik', renstraProgram: 'Program Pelayanan Penanaman Modal', kegiatan: 'Pelayanan Perizinan', subKegiatan: 'Perizinan Elektronik', programId: 'izin' },
    ]);
  });

  it('skips a header row and accepts a program named instead of coded, or none', () => {
    const result = paste('OPD\tProgram RPJMD\tProgram Renstra\tKegiatan\tSub-kegiatan\tProgram smart city\nDiskominfo\tA\tB\t\t\tperizinan daring\ndiskominfo\tC\tD');
    expect(result.hasHeader).toBe(true);
    expect(result.valid.map((m) => m.programId)).toEqual(['izin', null]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('finds an OPD by its full name, whatever the case', () => {
    const opd = w.opds[0]!;
    expect(paste(`${opd.name.toUpperCase()}\tProgram`).valid[0]?.opdId).toBe(opd.id);
  });

  it('explains each bad row in Indonesian, with its line, and keeps the good ones', () => {
    const result = paste(['Dinas Antah Berantah\tA', '\tB', 'Diskominfo', 'Diskominfo\tA\t\t\t\tXX-99', 'Diskominfo\tA\tB\tC\tD\tSG-SV-01\tlebih', 'Diskominfo\tBaik'].join('\n'));
    expect(result.rows.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.message))).toEqual([
      'Baris 1: OPD "Dinas Antah Berantah" tidak dikenal; tulis singkatan atau nama OPD dari daftar OPD lokakarya',
      'Baris 2: OPD wajib diisi',
      'Baris 3: isi minimal program RPJMD, program Renstra, kegiatan atau sub-kegiatan',
      'Baris 4: program smart city "XX-99" tidak ditemukan; tulis kodenya, misalnya SG-SV-01',
      'Baris 5: ada 7 kolom, paling banyak 6 (OPD, Program RPJMD, Program Renstra, Kegiatan, Sub-kegiatan, Program smart city (kode atau nama))',
    ]);
    expect(result.errorCount).toBe(5);
    expect(result.valid).toHaveLength(1);
  });

  it('refuses a row already mapped, or pasted twice', () => {
    const mapped = { ...w, rpjmdMappings: [{ opdId: 'diskominfo', rpjmdProgram: 'A', renstraProgram: 'B', kegiatan: '', subKegiatan: '', programId: null }] };
    const result = paste('Diskominfo\tA\tB\nDiskominfo\tC\nDiskominfo\tc', mapped);
    expect(result.rows.map((r) => (r.ok ? 'ok' : r.message))).toEqual(['Baris 1: sama dengan pemetaan yang sudah ada', 'ok', 'Baris 3: sama dengan pemetaan yang sudah ada']);
  });

  it('refuses text longer than a mapping cell holds', () => {
    const result = paste(`Diskominfo\t${'x'.repeat(501)}`);
    expect(result.rows[0]).toMatchObject({ ok: false, message: 'Baris 1: Program RPJMD paling banyak 500 karakter' });
  });

  it('asks for the code when two programs share a name', () => {
    const twins = { ...w, programs: [aProgram({ id: 'a', code: 'SG-SV-01', name: 'Kembar' }), aProgram({ id: 'b', code: 'SG-SV-02', name: 'Kembar' })] };
    expect(paste('Diskominfo\tA\t\t\t\tKembar', twins).rows[0]).toMatchObject({ ok: false, message: 'Baris 1: lebih dari satu program bernama "Kembar"; tulis kodenya' });
  });
});
