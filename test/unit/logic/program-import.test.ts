import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/logic/program-import-csv';
import { formatRowError, planProgramImport, type SheetRow } from '../../../shared/logic/program-import';
import { OpdSchema, type Workshop } from '../../../shared/model';
import { formatIndicators, programSheet, readHeader, readIndicators } from '../../../shared/workbook';
import { NOW, aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

/** A workshop planned 2026–2030 for Kabupaten Contoh, holding the given programs. */
const workshop = (programs = [aProgram()]): Workshop => ({ ...emptyWorkshop(), programs });

const HEADER = ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'OPD penanggung jawab', 'Tahun pelaksanaan', 'Anggaran 2026 (Rp)', 'Sumber pendanaan'];

/** Rows as a spreadsheet numbers them: the header on row 1. */
const sheet = (...rows: string[][]): SheetRow[] => [HEADER, ...rows].map((cells, i) => ({ row: i + 1, cells }));

let counter = 0;
const plan = (w: Workshop, rows: SheetRow[]) => planProgramImport(w, rows, { newId: () => `baru-${++counter}`, nowIso: NOW });

describe('reading the matriks program from a spreadsheet', () => {
  it('a new program row becomes a program with every name resolved to the workshop’s own ids', () => {
    const result = plan(workshop(), sheet(['SE-WF-01', 'smart economy', 'Kesejahteraan Rakyat', 'Pasar Desa Digital', 'diskominfo', '2026–2028', '1.250.000.000', 'APBD Kabupaten/Kota; CSR']));
    expect(result.errors).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.added[0]).toMatchObject({
      code: 'SE-WF-01',
      dimensionId: 'smart-economy',
      elementId: 'economy-welfare',
      name: 'Pasar Desa Digital',
      leadOpdId: 'diskominfo',
      years: [2026, 2027, 2028],
      budget: [{ year: 2026, amount: 1_250_000_000 }],
      funding: [{ sourceId: 'apbd-kabkota', amount: 0 }, { sourceId: 'csr', amount: 0 }],
    });
    expect(result.commands).toEqual([{ type: 'upsertProgram', item: result.added[0] }]);
  });

  it('a row whose code is already used updates that program and keeps what the file has no column for', () => {
    const existing = aProgram({ description: 'Uraian lama', mentorNotes: 'Catatan mentor' });
    const result = plan(workshop([existing]), sheet(['sg-sv-01', 'Smart Governance', 'SV', 'Perizinan daring sehari', 'DPMPTSP', '2026', '500000000', '']));
    expect(result.errors).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.updated).toEqual([{ ...existing, name: 'Perizinan daring sehari', budget: [{ year: 2026, amount: 500_000_000 }] }]);
  });

  it('a row that says what the program already says is counted as unchanged and sends no command', () => {
    const w = demoWorkshop();
    const table = programSheet(w).tables[0];
    if (!table) throw new Error('no table');
    const rows = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))].map((cells, i) => ({ row: i + 1, cells }));
    const result = plan(w, rows);
    expect(result).toMatchObject({ rows: w.programs.length, added: [], updated: [], unchanged: w.programs.length, commands: [], errors: [] });
  });

  it('a row without a code gets the next free code of its dimension and element', () => {
    const result = plan(workshop(), sheet(['', 'Smart Governance', 'Pelayanan Publik', 'Aduan Warga Terpadu', '', '', '', ''], ['SG-SV-02', 'Smart Governance', 'Pelayanan Publik', 'Kios Layanan', '', '', '', '']));
    expect(result.errors).toEqual([]);
    expect(result.added.map((p) => [p.code, p.name])).toEqual([
      ['SG-SV-03', 'Aduan Warga Terpadu'],
      ['SG-SV-02', 'Kios Layanan'],
    ]);
  });

  it('names the row and the column of every problem, in Indonesian', () => {
    const result = plan(
      workshop(),
      sheet(
        ['SE-WF-01', 'Smart Economy', 'Kesejahteraan Rakyat', 'Pasar Desa Digital', 'Diskominfo', '2026', 'lima juta', ''],
        ['SE-WF-02', 'Smart Ekonomi', 'Kesejahteraan Rakyat', 'Koperasi Daring', 'Dinas Antah Berantah', '2035', '', 'Dana Siluman'],
      ),
    );
    expect(result.added).toEqual([]);
    expect(result.errors.map(formatRowError)).toEqual([
      'Baris 2, kolom Anggaran 2026 (Rp): bukan angka Rupiah (tulis misalnya 1250000000 atau 1,25 miliar)',
      'Baris 3, kolom Dimensi: Dimensi "Smart Ekonomi" tidak dikenal. Pilihan: Smart Governance, Smart Branding, Smart Economy, Smart Living, Smart Society, Smart Environment',
      'Baris 3, kolom OPD penanggung jawab: OPD "Dinas Antah Berantah" tidak dikenal; tulis singkatan atau nama OPD seperti pada daftar OPD lokakarya',
      'Baris 3, kolom Sumber pendanaan: Sumber pendanaan "Dana Siluman" tidak dikenal',
      'Baris 3, kolom Tahun pelaksanaan: Tahun 2035 di luar horizon rencana 2026–2030',
    ]);
  });

  it('an element of another dimension is refused with both names', () => {
    const result = plan(workshop(), sheet(['', 'Smart Governance', 'Kesejahteraan Rakyat', 'Program salah tempat', '', '', '', '']));
    expect(result.errors.map(formatRowError)).toEqual(['Baris 2, kolom Elemen: Elemen "Kesejahteraan Rakyat" termasuk Smart Economy, bukan Smart Governance']);
  });

  it('the same code twice in one file is refused at the second row', () => {
    const row = ['SL-HL-01', 'Smart Living', 'Prasarana Kesehatan', 'Puskesmas Keliling', '', '', '', ''];
    const result = plan(workshop(), sheet(row, [...row.slice(0, 3), 'Ambulans Desa', ...row.slice(4)]));
    expect(result.errors.map(formatRowError)).toEqual(['Baris 3, kolom Kode program: Kode SL-HL-01 sudah dipakai di baris 2 berkas ini']);
  });

  it('a budget column for a year outside the plan is refused only where it holds an amount', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['Dimensi', 'Elemen', 'Nama program', 'Anggaran 2031 (Rp)'] },
      { row: 2, cells: ['Smart Living', 'Mobility', 'Bus Sekolah', ''] },
      { row: 3, cells: ['Smart Living', 'Mobility', 'Halte Pintar', '100000000'] },
    ];
    expect(plan(workshop(), rows).errors.map(formatRowError)).toEqual(['Baris 3, kolom Anggaran 2031 (Rp): Tahun 2031 di luar horizon rencana 2026–2030']);
  });

  it('required fields and required columns are asked for by name', () => {
    expect(plan(workshop(), sheet(['', 'Smart Living', 'Mobility', '', '', '', '', ''])).errors.map(formatRowError)).toEqual(['Baris 2, kolom Nama program/inovasi: Wajib diisi']);
    const noElement = plan(workshop(), [{ row: 1, cells: ['Kode program', 'Dimensi', 'Nama program'] }, { row: 2, cells: ['X-1', 'Smart Living', 'Bus'] }]);
    expect(noElement.errors.map(formatRowError)).toEqual(['Baris 1: Kolom wajib tidak ditemukan: Elemen. Gunakan judul kolom seperti pada lembar "Matriks Program" hasil Ekspor Excel.']);
    expect(plan(workshop(), [{ row: 1, cells: ['apa', 'ini'] }]).errors[0]?.message).toMatch(/^Baris judul kolom tidak ditemukan/);
    expect(plan(workshop(), sheet()).errors.map(formatRowError)).toEqual(['Baris 2: Tidak ada baris program di bawah judul kolom.']);
  });

  it('a name two OPDs could share must be written in full', () => {
    const w = { ...workshop(), opds: [...workshop().opds, OpdSchema.parse({ id: 'dinkes-2', abbreviation: 'Dinkes', name: 'Dinas Kesehatan Hewan' })] };
    const result = plan(w, sheet(['', 'Smart Living', 'Health', 'Posyandu Digital', 'Dinkes', '', '', '']));
    expect(result.errors.map((e) => e.message)).toEqual(['"Dinkes" cocok dengan lebih dari satu OPD; tulis nama lengkapnya']);
  });

  it('a code the model refuses is reported with the model’s own words', () => {
    const result = plan(workshop(), sheet(['SG SV 9', 'Smart Governance', 'Service', 'Kode berspasi', '', '', '', '']));
    expect(result.errors.map(formatRowError)).toEqual(['Baris 2, kolom Kode program: Berbentuk seperti SG-SV-03 (huruf besar dan angka, dipisah tanda -)']);
  });

  it('headers match without case, spaces or a Rupiah suffix; unknown columns are ignored', () => {
    expect(readHeader('  nama PROGRAM / inovasi ')).toEqual({ kind: 'field', field: 'name' });
    expect(readHeader('Anggaran 2027')).toEqual({ kind: 'budget', year: 2027 });
    expect(readHeader('Anggaran Tahun 2027 (Rp)')).toEqual({ kind: 'budget', year: 2027 });
    expect(readHeader('Total anggaran (Rp)')).toEqual({ kind: 'computed' });
    expect(readHeader('Keterangan tambahan')).toEqual({ kind: 'unknown' });
  });
});

describe('indicators in one cell', () => {
  it('are written one per line and read back the same', () => {
    const indicators = [
      { name: 'Persentase izin daring', unit: '%', baseline: 40, baselineYear: 2025, targets: [{ year: 2026, value: 70 }, { year: 2027, value: 92.5 }] },
      { name: 'UMKM di katalog', unit: 'UMKM', baseline: 1500, baselineYear: null, targets: [{ year: 2031, value: 10000 }] },
      { name: 'Aplikasi terpadu', unit: '', baseline: null, baselineYear: null, targets: [] },
    ];
    const text = formatIndicators(indicators);
    expect(text).toBe('Persentase izin daring | satuan: % | baseline: 40 (2025) | target: 2026=70; 2027=92,5\nUMKM di katalog | satuan: UMKM | baseline: 1.500 | target: 2031=10.000\nAplikasi terpadu');
    expect(readIndicators(text)).toEqual({ ok: true, indicators });
  });

  it('a target written the wrong way is explained', () => {
    expect(readIndicators('Izin daring | target: tahun depan 70')).toEqual({ ok: false, message: 'target "tahun depan 70" pada indikator "Izin daring" harus ditulis seperti 2026=70' });
  });
});

describe('CSV as Indonesian Excel saves it', () => {
  it('reads ";" separators, quotes with separators and line breaks inside, a BOM and CRLF, numbering rows as Excel does', () => {
    const text = '\uFEFFKode;Nama program\r\nSG-SV-01;"Layanan; ""Sehari""\r\nJadi"\r\n\r\nSG-SV-02;Kios\r\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['Kode', 'Nama program'] },
      { row: 2, cells: ['SG-SV-01', 'Layanan; "Sehari"\nJadi'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['SG-SV-02', 'Kios'] },
    ]);
  });

  it('reads commas when the header uses them, and honours Excel’s "sep=" line', () => {
    expect(parseCsv('Kode,Nama\nA-1,"Satu, dua"')).toEqual([
      { row: 1, cells: ['Kode', 'Nama'] },
      { row: 2, cells: ['A-1', 'Satu, dua'] },
    ]);
    expect(parseCsv('sep=,\r\nKode,Nama;lain\r\n')).toEqual([{ row: 2, cells: ['Kode', 'Nama;lain'] }]);
  });
});

describe('columns the import does not read', () => {
  it('are named in the plan as the file writes them, while the known ones (a budget year, a computed total) are not', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'Tahun mulai', 'Anggaran', 'Anggaran 2026 (Rp)', 'Jumlah anggaran', ''] },
      { row: 2, cells: ['', 'Smart Economy', 'Transaction', 'QRIS Pasar', '2026', '150000000', '150000000', '150000000', ''] },
    ];
    const result = plan(workshop(), rows);
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(['Tahun mulai', 'Anggaran']);
    expect(plan(workshop(), sheet()).ignoredColumns).toEqual([]);
  });
});
