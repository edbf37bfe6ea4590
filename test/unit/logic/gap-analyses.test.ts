import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { gapAnalysisOf, gapAnalysisWith, orphanGapAnalyses } from '../../../shared/logic/gap-analyses';
import { GapAnalysisSchema, type Workshop } from '../../../shared/model';
import { LATER, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const write = (w: Workshop, dimensionId: string, patch: Parameters<typeof gapAnalysisWith>[2], newId = 'g-baru'): Workshop =>
  applyCommand(w, { type: 'upsertGapAnalysis', item: gapAnalysisWith(w, dimensionId, patch, newId) }, LATER);

describe('writing a dimension’s gap analysis', () => {
  it('the first text written for a dimension creates its analysis holding only that text', () => {
    const w = write(emptyWorkshop(), 'smart-governance', { currentCondition: 'Layanan perizinan sudah daring' });
    expect(w.gapAnalyses).toEqual([{ id: 'g-baru', dimensionId: 'smart-governance', currentCondition: 'Layanan perizinan sudah daring', targetCondition: '', gap: '' }]);
    expect(GapAnalysisSchema.parse(w.gapAnalyses[0])).toEqual(w.gapAnalyses[0]);
  });

  it('the next texts extend the same analysis and keep what was written before', () => {
    let w = write(emptyWorkshop(), 'smart-economy', { currentCondition: 'UMKM belum go digital' }, 'g-1');
    w = write(w, 'smart-economy', { targetCondition: 'Separuh UMKM berjualan daring' }, 'g-2');
    w = write(w, 'smart-economy', { gap: 'Pelatihan dan akses pembayaran digital' }, 'g-3');
    expect(w.gapAnalyses).toHaveLength(1);
    expect(gapAnalysisOf(w, 'smart-economy')).toEqual({
      id: 'g-1',
      dimensionId: 'smart-economy',
      currentCondition: 'UMKM belum go digital',
      targetCondition: 'Separuh UMKM berjualan daring',
      gap: 'Pelatihan dan akses pembayaran digital',
    });
  });

  it('each dimension keeps its own analysis', () => {
    let w = write(emptyWorkshop(), 'smart-living', { currentCondition: 'A' }, 'g-1');
    w = write(w, 'smart-society', { currentCondition: 'B' }, 'g-2');
    expect(gapAnalysisOf(w, 'smart-living')?.currentCondition).toBe('A');
    expect(gapAnalysisOf(w, 'smart-society')?.currentCondition).toBe('B');
    expect(gapAnalysisOf(w, 'smart-branding')).toBeUndefined();
  });

  it('an analysis for a dimension the workshop does not have is refused', () => {
    expect(() => write(emptyWorkshop(), 'smart-mobility', { currentCondition: 'Angkot' })).toThrow('Dimensi tidak dikenal');
  });
});

describe('analyses left without their dimension', () => {
  it('are found after the dimension is removed from the set, and the rest are not', () => {
    const w = demoWorkshop();
    expect(orphanGapAnalyses(w)).toEqual([]);
    const withoutBranding = { ...w, dimensionSet: { ...w.dimensionSet, dimensions: w.dimensionSet.dimensions.filter((d) => d.id !== 'smart-branding') } };
    expect(orphanGapAnalyses(withoutBranding).map((g) => g.dimensionId)).toEqual(['smart-branding']);
  });
});
