import { describe, expect, it } from 'vitest';
import { describeEntry, invertCommand, type Command } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { catalogueId, type MessageKey } from '../../../renderer/src/i18n/catalogue';
import { catalogueEn } from '../../../renderer/src/i18n/catalogue-en';
import { interpolate, type Translate } from '../../../renderer/src/i18n/i18n-context';
import { wordLogChange, wordUndoRedo } from '../../../renderer/src/features/history/word-change';
import { demoWorkshop } from '../logic/workshop-fixtures';

const w = demoWorkshop();
const tIn =
  (catalogue: Record<MessageKey, string>): Translate =>
  (key, values) =>
    interpolate(catalogue[key], values);
const id = tIn(catalogueId);
const en = tIn(catalogueEn);

const program = w.programs[0];
if (!program) throw new Error('the demo workshop has no program');
const added = { ...program, id: 'prog-angkot', code: 'ST-01', name: 'Angkot Pintar Terjadwal' };
const withAngkot: Workshop = { ...w, programs: [...w.programs, added] };

/** A change as the store logs it: the command and its inverse on the workshop before. */
const logged = (before: Workshop, command: Command) => describeEntry({ command, inverse: invertCommand(before, command) }, before);

describe('one describer, worded for Riwayat and for the undo/redo notice in both languages', () => {
  it('words an added program the same way in the log and in the redo notice', () => {
    const change = logged(w, { type: 'upsertProgram', item: added });
    expect(wordLogChange(id, change)).toBe('Menambah program “Angkot Pintar Terjadwal”');
    expect(wordLogChange(en, change)).toBe('Added program “Angkot Pintar Terjadwal”');
    expect(wordUndoRedo(id, 'redo', change)).toBe('Diulang: Penambahan program “Angkot Pintar Terjadwal” — Matriks Program');
    expect(wordUndoRedo(en, 'redo', change)).toMatch(/^Redone: Adding program “Angkot Pintar Terjadwal” — /);
  });

  it('an undo of an addition (the core applies the removal) is told as the addition taken back', () => {
    const undo = logged(withAngkot, { type: 'removeProgram', id: 'prog-angkot' });
    expect(wordLogChange(id, undo)).toBe('Menghapus program “Angkot Pintar Terjadwal”');
    expect(wordUndoRedo(id, 'undo', undo)).toMatch(/^Dibatalkan: Penambahan program “Angkot Pintar Terjadwal” — /);
  });

  it('words a region edit by its fields, and a singleton by its part', () => {
    const province = logged(w, { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } });
    expect(wordLogChange(id, province)).toBe('Mengubah profil daerah: Provinsi');
    expect(wordLogChange(en, province)).toBe('Changed region profile: Province');
    expect(wordUndoRedo(id, 'undo', province)).toBe('Dibatalkan: Provinsi — Profil Daerah & Horizon Rencana');
    const vision = logged(w, { type: 'addVisionKeyword', keyword: 'Inklusif' });
    expect(wordLogChange(id, vision)).toBe('Mengubah visi');
    expect(wordLogChange(en, vision)).toBe('Changed vision');
    expect(wordUndoRedo(id, 'undo', vision)).toMatch(/^Dibatalkan: Visi — /);
  });

  it('words a batch by its count and first parts, and a restore by its revision', () => {
    const batch = logged(w, { type: 'batch', label: 'Impor', commands: [{ type: 'upsertProgram', item: added }, { type: 'upsertProgram', item: { ...added, id: 'prog-b', code: 'ST-02', name: 'Pasar Daring' } }, { type: 'upsertProgram', item: { ...added, id: 'prog-c', code: 'ST-03', name: 'Parkir Cerdas' } }] });
    expect(wordLogChange(id, batch)).toBe('3 perubahan sekaligus: Menambah program “Angkot Pintar Terjadwal”; Menambah program “Pasar Daring”; dan 1 lainnya');
    expect(wordLogChange(en, batch)).toBe('3 changes at once: Added program “Angkot Pintar Terjadwal”; Added program “Pasar Daring”; and 1 more');
    const command = { type: 'restoreSnapshot', snapshotId: 'x_r12_y' };
    const inverse = { type: 'restoreSnapshot', snapshotId: 'z' };
    const restore = describeEntry({ command, inverse }, null);
    expect(wordLogChange(id, restore)).toBe('Memulihkan snapshot revisi 12');
    expect(wordLogChange(en, restore)).toBe('Restored the snapshot of revision 12');
  });
});
