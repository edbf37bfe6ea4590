import { describe, expect, it } from 'vitest';
import { applyCommand, invertCommand, type Command } from '../../../shared/commands';
import { wordDetail } from '../../../shared/i18n/errors';
import { checkOpdRemoval } from '../../../shared/logic/reference-integrity';
import { opdUses } from '../../../shared/logic/reference-usage';
import { type BimtekAttendee, type Workshop } from '../../../shared/model';
import { LATER, emptyWorkshop } from './workshop-fixtures';

/** An OPD named only by Bimtek attendance rows: removing it must not leave rows pointing at nothing. */

const run = (w: Workshop, ...commands: Command[]): Workshop => commands.reduce((acc, c) => applyCommand(acc, c, LATER), w);

const row = (id: string, fields: Partial<BimtekAttendee>): BimtekAttendee => ({
  id,
  name: '',
  title: '',
  opdId: null,
  group: '',
  present: { 'tahap-1': true, 'tahap-2': false, 'tahap-3': false, 'tahap-4': false },
  ...fields,
});

const upsert = (item: BimtekAttendee): Command => ({ type: 'upsertBimtekAttendee', item });

describe('an OPD named on the Bimtek attendance list', () => {
  const base = emptyWorkshop();
  const opd = base.opds.find((o) => o.id === 'dispora')!;
  const withRows = run(
    base,
    upsert(row('a1', { name: 'Rina Wulandari', title: 'Kepala Bidang Pemuda', opdId: 'dispora' })),
    upsert(row('a2', { title: 'Sekretaris Dinas', opdId: 'dispora' })),
    upsert(row('a3', { opdId: 'dispora' })),
    upsert(row('a4', { name: 'Budi', opdId: 'bappeda' })),
  );

  it('is in use through those rows, each named as the list shows it (name, else position, else its number)', () => {
    expect(opdUses(base, 'dispora')).toEqual([]);
    expect(opdUses(withRows, 'dispora')).toEqual([{ kind: 'bimtekAttendee', names: ['Rina Wulandari', 'Sekretaris Dinas', 'No. 3'] }]);
  });

  it('cannot be removed while rows name it; the refusal lists them in both languages', () => {
    const problem = checkOpdRemoval(withRows, 'dispora');
    expect(problem).toMatchObject({ reason: 'item.inUse', field: 'id', params: { item: 'opd', name: opd.abbreviation } });
    expect(() => run(withRows, { type: 'removeOpd', id: 'dispora' })).toThrow(expect.objectContaining({ code: 'invalid_input', reason: 'item.inUse', message: wordDetail(problem!, 'id') }));
    expect(wordDetail(problem!, 'id')).toContain('3 baris daftar hadir (Rina Wulandari; Sekretaris Dinas; No. 3)');
    expect(wordDetail(problem!, 'en')).toContain('3 attendance rows (Rina Wulandari; Sekretaris Dinas; No. 3)');
    // Nothing changed: the rows still point at an OPD that is there.
    expect(withRows.opds.some((o) => o.id === 'dispora')).toBe(true);
  });

  it('can be removed once its rows are moved to another OPD or removed, and undo brings it back', () => {
    const moved = run(withRows, upsert({ ...withRows.bimtek.attendees[0]!, opdId: 'bappeda' }), { type: 'removeBimtekAttendee', id: 'a2' }, upsert({ ...withRows.bimtek.attendees[2]!, opdId: null }));
    expect(checkOpdRemoval(moved, 'dispora')).toBeNull();
    const remove: Command = { type: 'removeOpd', id: 'dispora' };
    const removed = run(moved, remove);
    expect(removed.opds.some((o) => o.id === 'dispora')).toBe(false);
    expect(removed.bimtek.attendees.every((a) => a.opdId === null || removed.opds.some((o) => o.id === a.opdId))).toBe(true);
    expect(run(removed, invertCommand(moved, remove)).opds).toEqual(moved.opds);
  });

  it('a row naming a removed OPD is refused, so the list never points at nothing', () => {
    const removed = run(base, { type: 'removeOpd', id: 'dispora' });
    expect(() => run(removed, upsert(row('a9', { opdId: 'dispora' })))).toThrow(expect.objectContaining({ reason: 'workshop.opdUnknown', field: 'item.opdId' }));
  });
});
