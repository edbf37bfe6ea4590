import { describe, expect, it } from 'vitest';
import { referenceData } from '../../../electron/services/reference';
import { applyCommand } from '../../../shared/commands';
import {
  itemsOfPillar,
  newReadinessItem,
  readinessItemFromTemplate,
  readinessItemIndex,
  shownPillars,
  unusedTemplates,
  usesOptionalPillars,
  type ReadinessTemplate,
} from '../../../shared/logic/readiness-items';
import { ReadinessItemSchema } from '../../../shared/model';
import { LATER, aReadinessItem, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const templates: ReadinessTemplate[] = [
  { id: 'struktur-pimpinan', pillar: 'struktur', title: 'Komitmen kepala daerah', indicator: 'Arahan tertulis kepala daerah' },
  { id: 'struktur-sdm', pillar: 'struktur', title: 'Kualifikasi SDM aparatur', indicator: 'Persentase ASN S1/S2' },
  { id: 'infra-bandwidth', pillar: 'infrastruktur', title: 'Bandwidth internet', indicator: 'Mbps per OPD' },
];

describe('which pillars the readiness worksheet shows', () => {
  it('shows struktur, infrastruktur and suprastruktur, and nature and culture only when asked for', () => {
    expect(shownPillars(false)).toEqual(['struktur', 'infrastruktur', 'suprastruktur']);
    expect(shownPillars(true)).toEqual(['struktur', 'infrastruktur', 'suprastruktur', 'nature', 'culture']);
  });

  it('opens with the optional pillars when the workshop already assesses nature or culture', () => {
    expect(usesOptionalPillars([aReadinessItem({ id: 'a', pillar: 'struktur' })])).toBe(false);
    expect(usesOptionalPillars([aReadinessItem({ id: 'a', pillar: 'struktur' }), aReadinessItem({ id: 'b', pillar: 'culture' })])).toBe(true);
    expect(usesOptionalPillars(demoWorkshop().readinessItems)).toBe(true);
    expect(usesOptionalPillars(emptyWorkshop().readinessItems)).toBe(false);
  });

  it('lists a pillar’s items in the order the workshop holds them', () => {
    const items = [aReadinessItem({ id: 'a', pillar: 'struktur' }), aReadinessItem({ id: 'b', pillar: 'nature' }), aReadinessItem({ id: 'c', pillar: 'struktur' })];
    expect(itemsOfPillar(items, 'struktur').map((i) => i.id)).toEqual(['a', 'c']);
  });
});

describe('template suggestions', () => {
  it('offers only the templates of the pillar that the workshop has not taken yet', () => {
    const taken = [readinessItemFromTemplate('r1', templates[0]!)];
    expect(unusedTemplates(taken, templates, 'struktur').map((t) => t.id)).toEqual(['struktur-sdm']);
    expect(unusedTemplates(taken, templates, 'infrastruktur').map((t) => t.id)).toEqual(['infra-bandwidth']);
    expect(unusedTemplates(taken, templates, 'suprastruktur')).toEqual([]);
  });

  it('an item written by the room does not use up a template with the same words', () => {
    const custom = [newReadinessItem('r1', 'struktur', 'Komitmen kepala daerah')];
    expect(unusedTemplates(custom, templates, 'struktur')).toHaveLength(2);
  });

  it('every reference template makes a valid item, not yet scored, that remembers its template', () => {
    for (const template of referenceData().readinessTemplates) {
      const item = readinessItemFromTemplate(`r-${template.id}`, template);
      expect(ReadinessItemSchema.parse(item)).toEqual(item);
      expect(item).toMatchObject({ pillar: template.pillar, title: template.title, indicator: template.indicator, score: null, swot: null, opdId: null, templateId: template.id });
    }
  });
});

describe('items written by the room', () => {
  it('start with the title trimmed, an empty indicator and no score', () => {
    expect(newReadinessItem('r9', 'suprastruktur', '  Perbup SPBE  ')).toEqual({
      id: 'r9',
      pillar: 'suprastruktur',
      title: 'Perbup SPBE',
      indicator: '',
      score: null,
      evidence: '',
      swot: null,
      opdId: null,
      templateId: null,
    });
  });

  it('a deleted item goes back to the same place in the workshop', () => {
    const w = demoWorkshop();
    const third = w.readinessItems[2]!;
    const at = readinessItemIndex(w.readinessItems, third.id);
    const removed = applyCommand(w, { type: 'removeReadinessItem', id: third.id }, LATER);
    const restored = applyCommand(removed, { type: 'upsertReadinessItem', item: third, index: at }, LATER);
    expect(restored.readinessItems.map((i) => i.id)).toEqual(w.readinessItems.map((i) => i.id));
    expect(readinessItemIndex(w.readinessItems, 'tidak-ada')).toBe(-1);
  });
});
