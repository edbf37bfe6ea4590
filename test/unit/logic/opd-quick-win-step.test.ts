import { describe, expect, it } from 'vitest';
import { applyCommand, invertCommand, type Command } from '../../../shared/commands';
import { wordDetail } from '../../../shared/i18n/errors';
import { checkOpdRemoval } from '../../../shared/logic/reference-integrity';
import { opdUses } from '../../../shared/logic/reference-usage';
import { QuickWinCandidateSchema, type QuickWinCandidate, type QuickWinStep, type Workshop } from '../../../shared/model';
import { LATER, aProgram, emptyWorkshop } from './workshop-fixtures';

/** A quick win's quarterly plan names OPDs: they must be the workshop's, and removing one must not leave steps pointing at nothing. */

const run = (w: Workshop, ...commands: Command[]): Workshop => commands.reduce((acc, c) => applyCommand(acc, c, LATER), w);

const step = (id: string, quarter: number, activity: string, opdId: string | null): QuickWinStep => ({ id, quarter, activity, opdId, deliverable: '' });

const candidate = (plan: QuickWinStep[]): QuickWinCandidate =>
  QuickWinCandidateSchema.parse({ id: 'izin-qw', programId: 'prog-uji', sheet: { problem: 'Izin lambat', plan } });

const upsert = (item: QuickWinCandidate): Command => ({ type: 'upsertQuickWinCandidate', item });

describe("an OPD named in a quick win's quarterly plan", () => {
  const base = run(emptyWorkshop(), { type: 'upsertProgram', item: aProgram() });
  const withSteps = run(
    base,
    upsert(candidate([step('s1', 1, 'Rapat koordinasi perizinan daring', 'dispora'), step('s2', 3, 'Uji coba layanan', 'dispora'), step('s3', 2, 'Pelatihan petugas', 'bappeda'), step('s4', 4, 'Evaluasi', null)])),
  );

  it('must be one of the workshop\'s OPDs: an unknown one is refused with the code other OPD references use, naming the step', () => {
    expect(() => run(base, upsert(candidate([step('s1', 1, 'Rapat', 'bappeda'), step('s2', 2, 'Uji coba', 'dinas-hilang')])))).toThrow(
      expect.objectContaining({ code: 'invalid_input', reason: 'workshop.opdUnknown', field: 'item.sheet.plan.1.opdId' }),
    );
    const removed = run(base, { type: 'removeOpd', id: 'dispora' });
    expect(() => run(removed, upsert(candidate([step('s1', 1, 'Rapat', 'dispora')])))).toThrow(expect.objectContaining({ reason: 'workshop.opdUnknown' }));
    expect(withSteps.quickWins.candidates[0]?.sheet.plan).toHaveLength(4);
  });

  it('counts as a use, each step named by its program code, Triwulan and activity', () => {
    expect(opdUses(base, 'dispora')).toEqual([]);
    expect(opdUses(withSteps, 'dispora')).toEqual([{ kind: 'quickWinStep', names: ['SG-SV-01 TW I: Rapat koordinasi perizinan daring', 'SG-SV-01 TW III: Uji coba layanan'] }]);
  });

  it('cannot be removed while steps name it; the refusal lists them in both languages', () => {
    const problem = checkOpdRemoval(withSteps, 'dispora');
    expect(problem).toMatchObject({ reason: 'item.inUse', field: 'id' });
    expect(() => run(withSteps, { type: 'removeOpd', id: 'dispora' })).toThrow(expect.objectContaining({ code: 'invalid_input', reason: 'item.inUse' }));
    expect(wordDetail(problem!, 'id')).toContain('2 langkah rencana quick win (SG-SV-01 TW I: Rapat koordinasi perizinan daring; SG-SV-01 TW III: Uji coba layanan)');
    expect(wordDetail(problem!, 'en')).toContain('2 quick-win plan steps');
  });

  it('can be removed once the steps name another OPD, and undo brings it back', () => {
    const plan = withSteps.quickWins.candidates[0]!.sheet.plan.map((s) => (s.opdId === 'dispora' ? { ...s, opdId: 'bappeda' } : s));
    const moved = run(withSteps, upsert({ ...withSteps.quickWins.candidates[0]!, sheet: { ...withSteps.quickWins.candidates[0]!.sheet, plan } }));
    expect(checkOpdRemoval(moved, 'dispora')).toBeNull();
    const remove: Command = { type: 'removeOpd', id: 'dispora' };
    const removed = run(moved, remove);
    expect(removed.opds.some((o) => o.id === 'dispora')).toBe(false);
    expect(run(removed, invertCommand(moved, remove)).opds).toEqual(moved.opds);
  });
});
