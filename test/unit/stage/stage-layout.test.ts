import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotsOverlap, layoutDots } from '../../../renderer/src/features/stage/dot-layout';
import { entryViewFor, stageViews, viewSlug } from '../../../renderer/src/features/stage/stage-views';
import { WorkshopSchema } from '../../../shared/model';

const box = { width: 100, height: 75, radius: 3.6, gap: 0.6 };

describe('quick-win dots on the stage', () => {
  it('spreads candidates with the same scores so none covers another, inside the chart', () => {
    // Five candidates at impact 4, speed + cost 8 and two at the corner: a usual Bimtek board.
    const targets = [...Array.from({ length: 5 }, () => ({ x: 30, y: 20 })), { x: 5, y: 5 }, { x: 5, y: 5 }];
    const dots = layoutDots(targets, box);
    expect(dotsOverlap(dots, box.radius)).toBe(false);
    for (const d of dots) {
      expect(d.x).toBeGreaterThanOrEqual(box.radius);
      expect(d.x).toBeLessThanOrEqual(box.width - box.radius);
      expect(d.y).toBeGreaterThanOrEqual(box.radius);
      expect(d.y).toBeLessThanOrEqual(box.height - box.radius);
    }
    // Each dot stays near where its scores put it.
    dots.slice(0, 5).forEach((d) => expect(Math.hypot(d.x - 30, d.y - 20)).toBeLessThan(15));
  });

  it('never overlaps for up to 30 candidates on the 5 × 9 score grid', () => {
    const cell = fc.record({ impact: fc.integer({ min: 1, max: 5 }), ease: fc.integer({ min: 2, max: 10 }) });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
        const targets = cells.map((c) => ({ x: 5 + ((10 - c.ease) / 8) * 90, y: 5 + (1 - (c.impact - 1) / 4) * 65 }));
        const dots = layoutDots(targets, box);
        expect(dotsOverlap(dots, box.radius)).toBe(false);
        expect(layoutDots(targets, box)).toEqual(dots);
      }),
      { numRuns: 200 },
    );
  });
});

describe('quick-win dots and the quadrants\' names', () => {
  it('keeps every dot off the names in the corners, still apart from each other', () => {
    // Forty candidates piled in the bottom-right corner, where 'Tinjau ulang' is written.
    const labels = [
      { x: 0, y: 0, width: 14, height: 4 },
      { x: 80, y: 71, width: 20, height: 4 },
    ];
    const targets = [...Array.from({ length: 12 }, () => ({ x: 95, y: 70 })), ...Array.from({ length: 6 }, () => ({ x: 5, y: 5 }))];
    const dots = layoutDots(targets, { ...box, avoid: labels });
    expect(dotsOverlap(dots, box.radius)).toBe(false);
    for (const d of dots) {
      for (const l of labels) {
        const nearX = Math.min(l.x + l.width, Math.max(l.x, d.x));
        const nearY = Math.min(l.y + l.height, Math.max(l.y, d.y));
        expect(Math.hypot(d.x - nearX, d.y - nearY)).toBeGreaterThanOrEqual(box.radius - 1e-6);
      }
    }
  });
});

describe('the stage view list', () => {
  it('pages the dimension worksheets per dimension and opens each worksheet at its own view', () => {
    const dimension = (code: string, id: string) => ({ id, code, nameId: `Smart ${id}`, elements: [{ id: `${id}-1`, code: 'E1', nameId: 'Elemen' }] });
    const w = WorkshopSchema.parse({
      schemaVersion: 3,
      id: 'contoh',
      revision: 0,
      title: 'Bimtek Contoh',
      createdAt: '2026-03-10T02:00:00.000Z',
      updatedAt: '2026-03-10T02:00:00.000Z',
      region: { name: 'Kabupaten Contoh' },
      horizon: { startYear: 2027, years: 10 },
      dimensionSet: { id: 'set', name: 'Kominfo', dimensions: [dimension('SG', 'governance'), dimension('SB', 'branding'), dimension('SE', 'economy')] },
    });
    const views = stageViews(w);
    const slugs = views.map(viewSlug);
    const dimensions = w.dimensionSet.dimensions.length;
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => s.startsWith('swot-'))).toHaveLength(dimensions);
    expect(slugs.filter((s) => s.startsWith('roadmap-'))).toHaveLength(dimensions);
    expect(slugs[0]).toBe('kesiapan');
    expect(viewSlug(entryViewFor(views, 'program') ?? views[0]!)).toBe('program');
    expect(viewSlug(entryViewFor(views, 'swot') ?? views[0]!)).toBe(`swot-${w.dimensionSet.dimensions[0]?.id}`);
    // A worksheet the stage does not show on its own opens the first view.
    expect(entryViewFor(views, 'profil')).toBe(views[0]);
  });
});
