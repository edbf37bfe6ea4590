import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { isProgramCodeTaken, nextProgramCode, programCodePrefix, programCodeSequence } from '../../../shared/logic';
import type { Workshop } from '../../../shared/model';
import { LATER, aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const withCodes = (...codes: string[]): Workshop => ({
  ...emptyWorkshop(),
  programs: codes.map((code, i) => aProgram({ id: `p${i}`, code })),
});

describe('program codes', () => {
  it('are built from the dimension and element codes', () => {
    expect(programCodePrefix('SG', 'SV')).toBe('SG-SV');
    expect(programCodeSequence('SG-SV-03', 'SG-SV')).toBe(3);
    expect(programCodeSequence('SG-SVX-03', 'SG-SV')).toBeNull();
    expect(programCodeSequence('SG-SV-03A', 'SG-SV')).toBeNull();
  });

  it('start at 01 for the first program of an element', () => {
    expect(nextProgramCode(emptyWorkshop(), 'smart-governance', 'governance-service')).toBe('SG-SV-01');
    expect(nextProgramCode(emptyWorkshop(), 'smart-environment', 'environment-waste')).toBe('SN-WS-01');
  });

  it('follow the highest number in use, e.g. SG-SV-03 after 01 and 02', () => {
    expect(nextProgramCode(withCodes('SG-SV-01', 'SG-SV-02'), 'smart-governance', 'governance-service')).toBe('SG-SV-03');
  });

  it('do not refill a gap left by a deleted program', () => {
    expect(nextProgramCode(withCodes('SG-SV-01', 'SG-SV-03'), 'smart-governance', 'governance-service')).toBe('SG-SV-04');
  });

  it('count per element, ignoring codes written by hand in another pattern', () => {
    const w = withCodes('SG-SV-01', 'SG-BR-05', 'LAYANAN-1');
    expect(nextProgramCode(w, 'smart-governance', 'governance-bureaucracy')).toBe('SG-BR-06');
    expect(nextProgramCode(w, 'smart-governance', 'governance-policy')).toBe('SG-PL-01');
  });

  it('grow past 99', () => {
    expect(nextProgramCode(withCodes('SG-SV-99'), 'smart-governance', 'governance-service')).toBe('SG-SV-100');
  });

  it('are not offered for an element outside the dimension', () => {
    expect(nextProgramCode(emptyWorkshop(), 'smart-governance', 'branding-tourism')).toBeNull();
    expect(nextProgramCode(emptyWorkshop(), 'smart-mobility', 'governance-service')).toBeNull();
  });

  it('know when a code is taken by another program', () => {
    const w = withCodes('SG-SV-01');
    expect(isProgramCodeTaken(w.programs, 'SG-SV-01')).toBe(true);
    expect(isProgramCodeTaken(w.programs, 'SG-SV-01', 'p0')).toBe(false);
    expect(isProgramCodeTaken(w.programs, 'SG-SV-02')).toBe(false);
  });

  it('offered for every element of the demo are accepted by the reducer', () => {
    let w = demoWorkshop();
    for (const d of w.dimensionSet.dimensions) {
      for (const e of d.elements) {
        const code = nextProgramCode(w, d.id, e.id)!;
        w = applyCommand(w, { type: 'upsertProgram', item: aProgram({ id: `baru-${e.id}`, code, dimensionId: d.id, elementId: e.id, years: [2023] }) }, LATER);
      }
    }
    expect(new Set(w.programs.map((p) => p.code)).size).toBe(w.programs.length);
    expect(w.programs.find((p) => p.id === 'baru-governance-service')?.code).toBe('SG-SV-04');
  });
});
