import { describe, expect, it } from 'vitest';
import { applyCommand, applyNewCommand, invertCommand, type Command } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

const run = (w: Workshop, c: Command): Workshop => applyCommand(w, c, LATER);
const linked = (w: Workshop, field: 'missionIds' | 'swotItemIds' | 'towsStrategyIds', id: string) => w.programs.filter((p) => p[field].includes(id)).map((p) => p.code);

/** A program's links to missions, SWOT factors and TOWS strategies: never a reason to refuse a removal, taken out with it, back on undo. */
describe('removing what programs answer', () => {
  const cases = [
    ['a mission', 'missionIds', 'm-governance', 'removeMission'],
    ['a TOWS strategy', 'towsStrategyIds', 't-sg-so', 'removeTowsStrategy'],
  ] as const;
  for (const [what, field, id, type] of cases) {
    it(`${what}: the programs lose the link and undo gives it back`, () => {
      const w = demoWorkshop();
      const before = linked(w, field, id);
      expect(before.length).toBeGreaterThan(0);
      const command = { type, id, ...(type === 'removeMission' ? { cascade: true } : {}) } as Command;
      const after = applyNewCommand(w, command, LATER);
      expect(linked(after, field, id)).toEqual([]);
      const back = run(after, invertCommand(w, command));
      expect(linked(back, field, id)).toEqual(before);
      expect(back.programs).toEqual(w.programs);
    });
  }

  it('a SWOT factor that only programs answer goes without asking; one a TOWS strategy picked still asks', () => {
    const w = demoWorkshop();
    const onlyPrograms = w.swotItems.find((s) => linked(w, 'swotItemIds', s.id).length > 0 && !w.towsStrategies.some((t) => t.sourceItemIds.includes(s.id)));
    const picked = w.swotItems.find((s) => linked(w, 'swotItemIds', s.id).length > 0 && w.towsStrategies.some((t) => t.sourceItemIds.includes(s.id)));
    expect(picked).toBeDefined();
    expect(() => applyNewCommand(w, { type: 'removeSwotItem', id: picked!.id }, LATER)).toThrow();
    const cascaded = applyNewCommand(w, { type: 'removeSwotItem', id: picked!.id, cascade: true }, LATER);
    expect(linked(cascaded, 'swotItemIds', picked!.id)).toEqual([]);
    if (onlyPrograms) expect(linked(applyNewCommand(w, { type: 'removeSwotItem', id: onlyPrograms.id }, LATER), 'swotItemIds', onlyPrograms.id)).toEqual([]);
  });

  it('refuses a program linked to a mission that does not exist, naming the field', () => {
    const w = demoWorkshop();
    const program = w.programs[0]!;
    expect(() => applyNewCommand(w, { type: 'upsertProgram', item: { ...program, missionIds: ['tidak-ada'] } }, LATER)).toThrow(/Misi tidak dikenal/);
  });
});
