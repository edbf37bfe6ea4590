import { describe, expect, it } from 'vitest';
import { AppError, COLLECTIONS, COLLECTION_NAMES, applyCommand, invertCommand, type Command, type CollectionName, type CollectionSpec } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { nextProgramCode } from '../../../shared/logic';
import { LATER, aProgram, demoWorkshop, emptyWorkshop } from '../logic/workshop-fixtures';

/** The workshop without the fields every command changes (revision, updatedAt). */
const content = ({ revision: _r, updatedAt: _u, ...rest }: Workshop) => rest;

/** Applies a command, then its inverse (computed before applying, as the store does), and returns both results. */
const doThenUndo = (before: Workshop, command: Command) => {
  const inverse = invertCommand(before, command);
  const after = applyCommand(before, command, LATER);
  const undone = applyCommand(after, inverse, LATER);
  return { after, inverse, undone };
};

/** The demo workshop with three proposals of its first group in the inbox (the demo has none). */
const withProposals = (w: Workshop): Workshop => {
  const group = w.groups[0]!;
  return ['usul-a', 'usul-b', 'usul-c'].reduce<Workshop>(
    (state, id) => applyCommand(state, { type: 'upsertProposal', item: { id, groupId: group.id, dimensionId: group.dimensionId, elementId: null, name: `Usulan ${id}`, description: '', leadOpdId: null, issueIds: [], proposedBy: '', status: 'baru', programId: null, reason: '' } }, LATER),
    w,
  );
};

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
};

describe('applying a command', () => {
  it('bumps the revision by one and stamps the time of the change', () => {
    const before = emptyWorkshop();
    const after = applyCommand(before, { type: 'renameWorkshop', title: 'Bimtek Tahap II' }, LATER);
    expect(after.title).toBe('Bimtek Tahap II');
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(LATER);
  });

  it('leaves the workshop it was given untouched', () => {
    const before = demoWorkshop();
    const copy = structuredClone(before);
    applyCommand(before, { type: 'removeProgram', id: before.programs[0]!.id }, LATER);
    applyCommand(before, { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } }, LATER);
    expect(before).toEqual(copy);
  });

  it('patches only the region fields it names', () => {
    const before = demoWorkshop();
    const after = applyCommand(before, { type: 'setRegionProfile', patch: { population: 2_700_000 } }, LATER);
    expect(after.region).toEqual({ ...before.region, population: 2_700_000 });
  });

  it('adds a new program at the end, or at the index it is given', () => {
    const before = emptyWorkshop();
    const first = applyCommand(before, { type: 'upsertProgram', item: aProgram({ id: 'a', code: 'SG-SV-01' }) }, LATER);
    const second = applyCommand(first, { type: 'upsertProgram', item: aProgram({ id: 'b', code: 'SG-SV-02' }) }, LATER);
    const third = applyCommand(second, { type: 'upsertProgram', item: aProgram({ id: 'c', code: 'SG-SV-03' }), index: 0 }, LATER);
    expect(third.programs.map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('edits a program in place when its id is already there', () => {
    const before = demoWorkshop();
    const target = before.programs[3]!;
    const after = applyCommand(before, { type: 'upsertProgram', item: { ...target, progress: 80 } }, LATER);
    expect(after.programs[3]).toEqual({ ...target, progress: 80 });
    expect(after.programs).toHaveLength(before.programs.length);
  });

  it('says plainly when the item to remove is already gone', () => {
    const error = refusal(() => applyCommand(emptyWorkshop(), { type: 'removeProgram', id: 'tidak-ada' }, LATER));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Program tidak ditemukan (mungkin sudah dihapus)');
    expect(error.reason).toBe('item.notFound');
  });
});

describe('undo by applying the inverse restores the exact previous workshop', () => {
  const singletons: [string, (w: Workshop) => Command][] = [
    ['renaming the workshop', () => ({ type: 'renameWorkshop', title: 'Judul baru' })],
    ['patching the region profile', () => ({ type: 'setRegionProfile', patch: { province: 'Jawa Tengah', desaCount: 400, rpjmdPeriod: null } })],
    ['changing the plan horizon', () => ({ type: 'setPlanHorizon', horizon: { startYear: 2023, years: 5 } })],
    ['rewriting the vision', (w) => ({ type: 'setVision', vision: { ...w.vision, keywords: ['gotong royong'] } })],
    ['changing the quick-win weights', () => ({ type: 'setQuickWinWeights', weights: { impact: 40, speed: 20, feasibility: 10, cost: 10, innovation: 10, sustainability: 10 } })],
    ['switching to top-N selection', () => ({ type: 'setQuickWinSelection', selection: { mode: 'top-n', topN: 3 } })],
    ['editing the roadmap notes', (w) => ({ type: 'setRoadmap', roadmap: { ...w.roadmap, notes: [] } })],
    ['setting the signing details', () => ({ type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: '2021-11-18', statement: 'Kami berkomitmen.' } })],
    ['ticking the chapter review', () => ({ type: 'setReviewChecklist', items: [{ chapterKey: 'bab1', reviewed: true, note: '' }] })],
    ['changing the export settings', () => ({ type: 'setExportSettings', settings: { paperSize: 'F4', optionalChapters: [] } })],
    ['replacing the dimension set', (w) => ({ type: 'setDimensionSet', dimensionSet: { ...w.dimensionSet, name: 'Set daerah' } })],
  ];

  it.each(singletons)('after %s', (_label, make) => {
    const before = demoWorkshop();
    const { after, undone } = doThenUndo(before, make(before));
    expect(content(after)).not.toEqual(content(before));
    expect(content(undone)).toEqual(content(before));
    expect(undone.revision).toBe(before.revision + 2);
  });

  it('after adding a program (the inverse removes it)', () => {
    const before = demoWorkshop();
    const code = nextProgramCode(before, 'smart-governance', 'governance-service');
    const { inverse, undone } = doThenUndo(before, { type: 'upsertProgram', item: aProgram({ id: 'prog-baru', code: code!, years: [2023] }) });
    expect(inverse).toEqual({ type: 'removeProgram', id: 'prog-baru' });
    expect(content(undone)).toEqual(content(before));
  });

  it('after editing a program (the inverse puts the old row back in its place)', () => {
    const before = demoWorkshop();
    const target = before.programs[5]!;
    const { inverse, undone } = doThenUndo(before, { type: 'upsertProgram', item: { ...target, name: 'Nama baru', years: [2022] } });
    expect(inverse).toEqual({ type: 'upsertProgram', item: target, index: 5 });
    expect(content(undone)).toEqual(content(before));
  });

  it.each(COLLECTION_NAMES.map((name) => [name]))('after removing an item from the middle of %s', (name: CollectionName) => {
    // Dimensions, OPDs and funding sources still in use cannot be removed: take a workshop where some are free.
    const spec = COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>;
    const removable = (w: Workshop) => spec.get(w).filter((item) => !spec.checkRemove?.(w, item.id));
    const before = [demoWorkshop(), emptyWorkshop(), withProposals(demoWorkshop())].find((w) => removable(w).length > 0) ?? demoWorkshop();
    const items = removable(before);
    expect(items.length, `the demo has ${name} items`).toBeGreaterThan(0);
    const middle = items[Math.floor(items.length / 2)]!;
    const { undone } = doThenUndo(before, { type: `remove${name}`, id: middle.id } as Command);
    expect(content(undone)).toEqual(content(before));
  });

  it('redo, by applying the original command again, gives the same workshop as the first time', () => {
    const before = demoWorkshop();
    const command: Command = { type: 'removeQuickWinCandidate', id: before.quickWins.candidates[0]!.id };
    const { after, undone } = doThenUndo(before, command);
    const redone = applyCommand(undone, command, LATER);
    expect(content(redone)).toEqual(content(after));
  });
});

describe('workshop rules the reducer enforces', () => {
  it('a program code already used is refused', () => {
    const before = demoWorkshop();
    const taken = before.programs[0]!;
    const error = refusal(() => applyCommand(before, { type: 'upsertProgram', item: aProgram({ id: 'prog-baru', code: taken.code, years: [2022] }) }, LATER));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('item.code');
    expect(error.message).toBe(`Kode ${taken.code} sudah dipakai oleh "${taken.name}"`);
  });

  it('a program keeps its own code when it is edited', () => {
    const before = demoWorkshop();
    const target = before.programs[0]!;
    expect(() => applyCommand(before, { type: 'upsertProgram', item: { ...target, description: 'Diperbarui' } }, LATER)).not.toThrow();
  });

  it('an element that is not in the program’s dimension is refused', () => {
    const error = refusal(() =>
      applyCommand(emptyWorkshop(), { type: 'upsertProgram', item: aProgram({ dimensionId: 'smart-governance', elementId: 'branding-tourism' }) }, LATER),
    );
    expect(error.field).toBe('item.elementId');
    expect(error.message).toBe('Elemen tidak termasuk dimensi Smart Governance');
  });

  it('an unknown dimension is refused', () => {
    const error = refusal(() => applyCommand(emptyWorkshop(), { type: 'upsertProgram', item: aProgram({ dimensionId: 'smart-mobility' }) }, LATER));
    expect(error.message).toBe('Dimensi tidak dikenal');
  });

  it('a year outside the plan horizon is refused, in the years and in the budget', () => {
    const w = emptyWorkshop({ startYear: 2026 });
    const late = refusal(() => applyCommand(w, { type: 'upsertProgram', item: aProgram({ years: [2026, 2031] }) }, LATER));
    expect(late.field).toBe('item.years');
    expect(late.message).toBe('Tahun 2031 di luar horizon rencana 2026–2030');
    const early = refusal(() => applyCommand(w, { type: 'upsertProgram', item: aProgram({ years: [2026], budget: [{ year: 2025, amount: 1_000_000 }] }) }, LATER));
    expect(early.message).toBe('Tahun 2025 di luar horizon rencana 2026–2030');
  });

  it('the last year of the plan is still inside the horizon', () => {
    const w = emptyWorkshop({ startYear: 2026 });
    expect(() => applyCommand(w, { type: 'upsertProgram', item: aProgram({ years: [2030] }) }, LATER)).not.toThrow();
  });

  it('a lead OPD that the workshop does not know is refused', () => {
    const error = refusal(() => applyCommand(emptyWorkshop(), { type: 'upsertProgram', item: aProgram({ leadOpdId: 'dinas-fiktif' }) }, LATER));
    expect(error.message).toBe('OPD penanggung jawab tidak dikenal');
  });

  it('a quick-win candidate must point at an existing program, once', () => {
    const w = demoWorkshop();
    const missing = refusal(() => applyCommand(w, { type: 'upsertQuickWinCandidate', item: { ...w.quickWins.candidates[0]!, id: 'qw-baru', programId: 'tidak-ada' } }, LATER));
    expect(missing.message).toBe('Program kandidat quick win tidak ditemukan');
    const twice = refusal(() => applyCommand(w, { type: 'upsertQuickWinCandidate', item: { ...w.quickWins.candidates[0]!, id: 'qw-baru' } }, LATER));
    expect(twice.message).toBe('Program ini sudah menjadi kandidat quick win');
  });

  it('an issue for a dimension outside the set is refused', () => {
    const error = refusal(() =>
      applyCommand(emptyWorkshop(), { type: 'upsertIssue', item: { id: 'isu-1', dimensionId: 'smart-mobility', kind: 'permasalahan', text: 'Macet', rpjmdIssue: '' } }, LATER),
    );
    expect(error.message).toBe('Dimensi tidak dikenal');
  });

  it('undoing the removal of an item that was never there is refused', () => {
    const error = refusal(() => invertCommand(emptyWorkshop(), { type: 'removeProgram', id: 'tidak-ada' }));
    expect(error.code).toBe('not_found');
  });
});
