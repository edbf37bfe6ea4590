import type { Opd, Program, RpjmdMapping } from '../model';
import { searchable } from './program-filter';
import type { SpreadsheetRow } from './spreadsheet-rows';

/** The columns of a pasted pemetaan RPJMD/Renstra, in order; the last one is optional. */
export const RPJMD_MAPPING_COLUMNS = ['OPD', 'Program RPJMD', 'Program Renstra', 'Kegiatan', 'Sub-kegiatan', 'Program smart city (kode atau nama)'] as const;

const TEXT_MAX = 500;

export type MappingDraft = Omit<RpjmdMapping, 'id'>;

export type MappingRowRead = { line: number; cells: string[]; ok: true; mapping: MappingDraft } | { line: number; cells: string[]; ok: false; message: string };

export interface MappingPaste {
  /** The first row named the columns and was skipped. */
  hasHeader: boolean;
  rows: MappingRowRead[];
  valid: MappingDraft[];
  errorCount: number;
}

const words = (text: string): string => searchable(text).replace(/\s+/g, ' ').trim();

const looksLikeHeader = (cells: readonly string[]): boolean => {
  const named = cells.map(words);
  return named[0] === 'opd' || named[0] === 'perangkat daerah' || (named.some((c) => c.includes('rpjmd')) && named.some((c) => c.includes('renstra')));
};

type Lookup<T> = (text: string) => { found: T } | { missing: true } | { ambiguous: true };

const lookupBy = <T>(items: readonly T[], keys: (item: T) => string[]): Lookup<T> => {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item).map(words).filter(Boolean))) index.set(key, [...(index.get(key) ?? []), item]);
  }
  return (text) => {
    const hits = index.get(words(text)) ?? [];
    const [first] = hits;
    if (first === undefined) return { missing: true };
    return hits.length > 1 ? { ambiguous: true } : { found: first };
  };
};

const signature = (m: MappingDraft): string => [m.opdId ?? '', m.rpjmdProgram, m.renstraProgram, m.kegiatan, m.subKegiatan].map(words).join('\u0000');

/**
 * Reads pasted spreadsheet rows as pemetaan RPJMD/Renstra rows: the OPD by abbreviation or name,
 * the smart-city program by code or name. Each row is either a mapping ready to add or an
 * Indonesian message saying what is wrong with it; nothing is added here.
 */
export const readRpjmdMappingRows = (
  rows: readonly SpreadsheetRow[],
  workshop: { opds: readonly Opd[]; programs: readonly Pick<Program, 'id' | 'code' | 'name'>[]; rpjmdMappings: readonly MappingDraft[] },
): MappingPaste => {
  const first = rows[0];
  const hasHeader = first !== undefined && looksLikeHeader(first.cells);
  const findOpd = lookupBy(workshop.opds, (o) => [o.id, o.abbreviation, o.name]);
  const findProgram = lookupBy(workshop.programs, (p) => [p.code, p.name]);
  const seen = new Set(workshop.rpjmdMappings.map(signature));

  const read = ({ line, cells }: SpreadsheetRow): MappingRowRead => {
    const fail = (message: string): MappingRowRead => ({ line, cells, ok: false, message: `Baris ${line}: ${message}` });
    const lastFilled = cells.reduce((last, cell, i) => (cell !== '' ? i : last), -1);
    if (lastFilled >= RPJMD_MAPPING_COLUMNS.length) return fail(`ada ${lastFilled + 1} kolom, paling banyak ${RPJMD_MAPPING_COLUMNS.length} (${RPJMD_MAPPING_COLUMNS.join(', ')})`);
    const [opdText = '', rpjmdProgram = '', renstraProgram = '', kegiatan = '', subKegiatan = '', programText = ''] = cells;
    if (opdText === '') return fail('OPD wajib diisi');
    const opd = findOpd(opdText);
    if ('missing' in opd) return fail(`OPD "${opdText}" tidak dikenal; tulis singkatan atau nama OPD dari daftar OPD lokakarya`);
    if ('ambiguous' in opd) return fail(`"${opdText}" cocok dengan lebih dari satu OPD; tulis nama lengkapnya`);
    const texts = { 'Program RPJMD': rpjmdProgram, 'Program Renstra': renstraProgram, Kegiatan: kegiatan, 'Sub-kegiatan': subKegiatan };
    const tooLong = Object.entries(texts).find(([, text]) => text.length > TEXT_MAX);
    if (tooLong) return fail(`${tooLong[0]} paling banyak ${TEXT_MAX} karakter`);
    if (Object.values(texts).every((text) => text === '')) return fail('isi minimal program RPJMD, program Renstra, kegiatan atau sub-kegiatan');
    let programId: string | null = null;
    if (programText !== '') {
      const program = findProgram(programText);
      if ('missing' in program) return fail(`program smart city "${programText}" tidak ditemukan; tulis kodenya, misalnya SG-SV-01`);
      if ('ambiguous' in program) return fail(`lebih dari satu program bernama "${programText}"; tulis kodenya`);
      programId = program.found.id;
    }
    const mapping: MappingDraft = { opdId: opd.found.id, rpjmdProgram, renstraProgram, kegiatan, subKegiatan, programId };
    const key = signature(mapping);
    if (seen.has(key)) return fail('sama dengan pemetaan yang sudah ada');
    seen.add(key);
    return { line, cells, ok: true, mapping };
  };

  const results = (hasHeader ? rows.slice(1) : rows).map(read);
  const valid = results.flatMap((r) => (r.ok ? [r.mapping] : []));
  return { hasHeader, rows: results, valid, errorCount: results.length - valid.length };
};
