import { describe, expect, it } from 'vitest';
import { MATRIX_ORDER, NO_PROGRAM_FILTER, filterPrograms, isProgramFilterActive, sortPrograms, type ProgramFilter } from '../../../shared/logic/program-filter';
import { demoWorkshop, emptyWorkshop, aProgram } from './workshop-fixtures';

const w = emptyWorkshop();
const programs = [
  aProgram({ id: 'izin', code: 'SG-SV-02', name: 'Perizinan Daring', acronym: 'Izin Sehari', leadOpdId: 'dpmptsp', years: [2026], quickWin: true, funding: [{ sourceId: 'apbd-kabkota', amount: 0 }], budget: [{ year: 2026, amount: 500 }] }),
  aProgram({ id: 'sampah', code: 'SN-WS-01', dimensionId: 'smart-environment', elementId: 'environment-waste', name: 'Bank Sampah Digital', description: 'Penimbangan sampah tercatat di aplikasi', leadOpdId: 'dlh', supportingOpdIds: ['diskominfo'], years: [2027, 2028, 2029], funding: [{ sourceId: 'csr', amount: 0 }, { sourceId: 'apbd-kabkota', amount: 0 }], budget: [{ year: 2027, amount: 900 }] }),
  aProgram({ id: 'data', code: 'SG-SV-01', name: 'Satu Data Kabupaten', leadOpdId: 'diskominfo', years: [2026, 2027, 2028, 2029, 2030], progress: 40 }),
  aProgram({ id: 'kosong', code: 'SG-PL-01', elementId: 'governance-policy', name: 'Kebijakan Data Terbuka', leadOpdId: null, years: [], horizon: 'panjang' }),
];
const only = (patch: Partial<ProgramFilter>) => filterPrograms(programs, { ...NO_PROGRAM_FILTER, ...patch }, w.horizon).map((p) => p.id);

describe('filtering the program matrix', () => {
  it('shows every program when nothing is chosen', () => {
    expect(only({})).toEqual(['izin', 'sampah', 'data', 'kosong']);
    expect(isProgramFilterActive(NO_PROGRAM_FILTER)).toBe(false);
    expect(isProgramFilterActive({ ...NO_PROGRAM_FILTER, text: '  ' })).toBe(false);
    expect(isProgramFilterActive({ ...NO_PROGRAM_FILTER, quickWin: false })).toBe(true);
  });

  it('narrows by dimension and by element', () => {
    expect(only({ dimensionId: 'smart-environment' })).toEqual(['sampah']);
    expect(only({ elementId: 'governance-policy' })).toEqual(['kosong']);
  });

  it('finds an OPD as lead or as supporting OPD', () => {
    expect(only({ opdId: 'diskominfo' })).toEqual(['sampah', 'data']);
    expect(only({ opdId: 'dlh' })).toEqual(['sampah']);
  });

  it('uses the horizon derived from the years, or the chosen one when there are no years', () => {
    expect(only({ horizon: 'pendek' })).toEqual(['izin']);
    expect(only({ horizon: 'menengah' })).toEqual(['sampah', 'data']);
    expect(only({ horizon: 'panjang' })).toEqual(['kosong']);
  });

  it('narrows by funding source, or to programs without one', () => {
    expect(only({ funding: { sourceId: 'apbd-kabkota' } })).toEqual(['izin', 'sampah']);
    expect(only({ funding: { sourceId: 'csr' } })).toEqual(['sampah']);
    expect(only({ funding: { sourceId: null } })).toEqual(['data', 'kosong']);
  });

  it('narrows to quick wins or to the rest', () => {
    expect(only({ quickWin: true })).toEqual(['izin']);
    expect(only({ quickWin: false })).toEqual(['sampah', 'data', 'kosong']);
  });

  it('searches code, name, acronym and description, ignoring case, and needs every word', () => {
    expect(only({ text: 'izin sehari' })).toEqual(['izin']);
    expect(only({ text: 'sn-ws' })).toEqual(['sampah']);
    expect(only({ text: 'APLIKASI sampah' })).toEqual(['sampah']);
    expect(only({ text: 'data kabupaten' })).toEqual(['data']);
    expect(only({ text: 'tidak ada' })).toEqual([]);
  });

  it('sees an edited program afresh (the search is not stale)', () => {
    const renamed = { ...programs[2]!, name: 'Portal Statistik' };
    expect(filterPrograms([renamed], { ...NO_PROGRAM_FILTER, text: 'statistik' }, w.horizon)).toEqual([renamed]);
  });

  it('combines every part', () => {
    expect(only({ dimensionId: 'smart-governance', opdId: 'diskominfo', horizon: 'menengah' })).toEqual(['data']);
  });
});

describe('sorting the program matrix', () => {
  const order = (key: Parameters<typeof sortPrograms>[1]['key'], direction: 'asc' | 'desc' = 'asc') => sortPrograms(programs, { key, direction }, w).map((p) => p.id);

  it('follows the dimension set, then the element, then the code by default', () => {
    expect(order(MATRIX_ORDER.key)).toEqual(['data', 'izin', 'kosong', 'sampah']);
  });

  it('sorts by code, name, lead OPD, horizon, budget, quick win and progress', () => {
    expect(order('code')).toEqual(['kosong', 'data', 'izin', 'sampah']);
    expect(order('name')).toEqual(['sampah', 'kosong', 'izin', 'data']);
    expect(order('leadOpd')).toEqual(['data', 'sampah', 'izin', 'kosong']);
    expect(order('horizon')).toEqual(['izin', 'data', 'sampah', 'kosong']);
    expect(order('budget', 'desc')).toEqual(['sampah', 'izin', 'data', 'kosong']);
    expect(order('quickWin')[0]).toBe('izin');
    expect(order('progress', 'desc')[0]).toBe('data');
  });

  it('does not change the list it was given', () => {
    const before = programs.map((p) => p.id);
    sortPrograms(programs, { key: 'name', direction: 'desc' }, w);
    expect(programs.map((p) => p.id)).toEqual(before);
  });

  it('keeps numbers in codes in numeric order (SG-SV-2 before SG-SV-10)', () => {
    const codes = ['SG-SV-10', 'SG-SV-2', 'SG-SV-1'].map((code, i) => aProgram({ id: `p${i}`, code }));
    expect(sortPrograms(codes, { key: 'code', direction: 'asc' }, w).map((p) => p.code)).toEqual(['SG-SV-1', 'SG-SV-2', 'SG-SV-10']);
  });

  it('puts the demo matrix in dimension order', () => {
    const demo = demoWorkshop();
    const sorted = sortPrograms(demo.programs, MATRIX_ORDER, demo);
    const rank = (id: string) => demo.dimensionSet.dimensions.findIndex((d) => d.id === id);
    const ranks = sorted.map((p) => rank(p.dimensionId));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
