import { describe, expect, it } from 'vitest';
import { suggestionText, swotSuggestions } from '../../../shared/logic/swot-suggestions';
import { SwotItemSchema } from '../../../shared/model';
import { aReadinessItem, demoWorkshop } from './workshop-fixtures';

const komitmen = aReadinessItem({ id: 'r-komitmen', pillar: 'struktur', title: 'Komitmen kepala daerah', evidence: 'Bupati membuka Bimtek Tahap I', swot: 'S' });
const sdm = aReadinessItem({ id: 'r-sdm', pillar: 'struktur', title: 'SDM bidang TIK', swot: 'W' });
const pusatData = aReadinessItem({ id: 'r-pusat-data', pillar: 'infrastruktur', title: 'Pusat data', swot: null });

describe('readiness items offered to the SWOT board', () => {
  it('offers only the items the room tagged with a quadrant, with their evidence', () => {
    const suggestions = swotSuggestions([komitmen, sdm, pusatData], [], 'smart-governance');
    expect(suggestions).toEqual([
      { readinessItemId: 'r-komitmen', pillar: 'struktur', quadrant: 'S', title: 'Komitmen kepala daerah', text: 'Komitmen kepala daerah: Bupati membuka Bimtek Tahap I', onBoard: false },
      { readinessItemId: 'r-sdm', pillar: 'struktur', quadrant: 'W', title: 'SDM bidang TIK', text: 'SDM bidang TIK', onBoard: false },
    ]);
  });

  it('marks a suggestion already copied to this dimension, but not to another one', () => {
    const copied = SwotItemSchema.parse({ id: 'f1', dimensionId: 'smart-governance', quadrant: 'W', title: 'SDM bidang TIK', text: '  sdm bidang tik ' });
    expect(swotSuggestions([sdm], [copied], 'smart-governance')[0]?.onBoard).toBe(true);
    expect(swotSuggestions([sdm], [copied], 'smart-economy')[0]?.onBoard).toBe(false);
  });

  it('keeps a long evidence within what a factor may hold', () => {
    const text = suggestionText({ title: 'Indeks SPBE', evidence: 'x'.repeat(1200) });
    expect(text).toHaveLength(1000);
    expect(text.endsWith('…')).toBe(true);
  });

  it('finds suggestions in the demo workshop, where the room tagged most readiness items', () => {
    const demo = demoWorkshop();
    const suggestions = swotSuggestions(demo.readinessItems, demo.swotItems, 'smart-governance');
    expect(suggestions.length).toBeGreaterThan(10);
    expect(new Set(suggestions.map((s) => s.quadrant))).toEqual(new Set(['S', 'W', 'O', 'T']));
  });
});
