import { describe, expect, it } from 'vitest';
import { applyCommand, describeEntry, invertCommand, type Command } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { catalogueId, type MessageKey } from '../../../renderer/src/i18n/catalogue';
import { catalogueEn } from '../../../renderer/src/i18n/catalogue-en';
import { interpolate, type Translate } from '../../../renderer/src/i18n/i18n-context';
import { wordLogChange, wordUndoRedo } from '../../../renderer/src/features/history/word-change';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

/*
 * The room's commands (issue 12) in Riwayat and the undo/redo notices: each worded as what the
 * facilitator or the group did, in Indonesian and English, and an undo told as the step it took back
 * (an undone acceptance says "Dibatalkan: Usulan … diterima sebagai program …", not "2 perubahan").
 */

const tIn =
  (catalogue: Record<MessageKey, string>): Translate =>
  (key, values) =>
    interpolate(catalogue[key], values);
const id = tIn(catalogueId);
const en = tIn(catalogueEn);

const PROPOSAL = { id: 'usul-1', groupId: 'kelompok-smart-governance', dimensionId: 'smart-governance', elementId: 'governance-service', name: 'Layanan Izin Keliling', description: '', leadOpdId: null, issueIds: [], proposedBy: 'Ani', status: 'baru' as const, programId: null, reason: '' };
const w = applyCommand(demoWorkshop(), { type: 'upsertProposal', item: PROPOSAL }, LATER);

/** A change as the store logs it (the command and its inverse), named with the workshop before. */
const logged = (before: Workshop, command: Command) => describeEntry({ command, inverse: invertCommand(before, command) }, before);

/** The undo of `command` as the notice tells it: the inverse the core applies, on the workshop after the command. */
const undoOf = (before: Workshop, command: Command) => {
  const after = applyCommand(before, command, LATER);
  return { after, change: logged(after, invertCommand(before, command)) };
};

describe('the room’s commands worded in Riwayat and the undo/redo notices', () => {
  it('an accepted proposal names the program it became, and its undo is told as the acceptance taken back', () => {
    const accept: Command = { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1' };
    const change = logged(w, accept);
    expect(wordLogChange(id, change)).toBe('Usulan “Layanan Izin Keliling” diterima sebagai program SG-SV-04');
    expect(wordLogChange(en, change)).toBe('Proposal “Layanan Izin Keliling” accepted as program SG-SV-04');
    expect(wordUndoRedo(id, 'redo', change)).toBe('Diulang: Usulan “Layanan Izin Keliling” diterima sebagai program SG-SV-04 — Usulan');
    const { after, change: undo } = undoOf(w, accept);
    expect(undo).toMatchObject({ code: 'proposal.decided', params: { decision: 'diterima', program: 'SG-SV-04', reopened: true }, place: 'usulan' });
    expect(wordUndoRedo(id, 'undo', undo)).toBe('Dibatalkan: Usulan “Layanan Izin Keliling” diterima sebagai program SG-SV-04 — Usulan');
    expect(wordUndoRedo(en, 'undo', undo)).toMatch(/^Undone: Proposal “Layanan Izin Keliling” accepted as program SG-SV-04 — /);
    // Riwayat's line of the undo says what the undo did (marked "Urungkan:" beside it).
    expect(wordLogChange(id, undo)).toBe('Usulan “Layanan Izin Keliling” kembali menjadi usulan baru');
    // In Riwayat later, the accepted program is named from the workshop at hand.
    expect(wordLogChange(id, describeEntry({ command: accept, inverse: invertCommand(w, accept) }, after))).toMatch(/program SG-SV-04$/);
  });

  it('a merge names the program, a decline says so; their undos are the decisions taken back', () => {
    const merge: Command = { type: 'mergeProposal', proposalId: 'usul-1', programId: 'prog-sg-sv-01' };
    expect(wordLogChange(id, logged(w, merge))).toBe('Usulan “Layanan Izin Keliling” digabung ke program SG-SV-01');
    expect(wordLogChange(en, logged(w, merge))).toBe('Proposal “Layanan Izin Keliling” merged into program SG-SV-01');
    expect(wordUndoRedo(id, 'undo', undoOf(w, merge).change)).toMatch(/^Dibatalkan: Usulan “Layanan Izin Keliling” digabung ke program SG-SV-01 — /);
    const decline: Command = { type: 'declineProposal', proposalId: 'usul-1', reason: 'Sudah tercakup' };
    expect(wordLogChange(id, logged(w, decline))).toBe('Usulan “Layanan Izin Keliling” ditolak');
    expect(wordLogChange(en, logged(w, decline))).toBe('Proposal “Layanan Izin Keliling” declined');
    expect(wordUndoRedo(id, 'undo', undoOf(w, decline).change)).toBe('Dibatalkan: Usulan “Layanan Izin Keliling” ditolak — Usulan');
  });

  it('a hidden card, a lock, a group’s "Selesai" and sharing: one sentence, turned back for an undo', () => {
    const hide: Command = { type: 'hideCard', card: 'gapAnalysis', id: 'g-sg', hidden: true };
    expect(wordLogChange(id, logged(w, hide))).toBe('Analisis kesenjangan “Smart Governance” disembunyikan dari ruang');
    expect(wordLogChange(en, logged(w, hide))).toBe('Gap analysis “Smart Governance” hidden from the room');
    const undoHide = undoOf(w, hide).change;
    expect(wordLogChange(id, undoHide)).toBe('Analisis kesenjangan “Smart Governance” ditampilkan lagi');
    expect(wordUndoRedo(id, 'undo', undoHide)).toBe('Dibatalkan: Analisis kesenjangan “Smart Governance” disembunyikan dari ruang — Analisis Kesenjangan');

    const lock: Command = { type: 'setWorksheetLock', worksheet: 'swot', locked: true };
    expect(wordLogChange(id, logged(w, lock))).toBe('Lembar SWOT dikunci untuk kelompok');
    expect(wordLogChange(en, logged(w, lock))).toBe('SWOT sheet locked for the groups');
    expect(wordUndoRedo(id, 'undo', undoOf(w, lock).change)).toBe('Dibatalkan: Lembar SWOT dikunci untuk kelompok — SWOT & TOWS');

    const done: Command = { type: 'setGroupDone', groupId: 'kelompok-smart-governance', worksheet: 'swot', done: true };
    expect(wordLogChange(id, logged(w, done))).toBe('Kelompok Smart Governance menandai SWOT selesai');
    expect(wordLogChange(en, logged(w, done))).toBe('Kelompok Smart Governance marked SWOT done');
    expect(wordLogChange(id, undoOf(w, done).change)).toBe('Kelompok Smart Governance membatalkan tanda selesai SWOT');
    // A group since removed: the line still reads.
    expect(wordLogChange(id, describeEntry({ command: done, inverse: invertCommand(w, done) }, null))).toBe('Sebuah kelompok menandai SWOT selesai');

    const share: Command = { type: 'setRoomSharing', shareAcrossGroups: true };
    expect(wordLogChange(id, logged(w, share))).toBe('Kelompok dapat melihat kartu kelompok lain');
    expect(wordUndoRedo(en, 'undo', undoOf(w, share).change)).toBe('Undone: Groups see each other’s cards');
  });

  it('merged duplicates name the card kept; groups and proposals are named like every other item', () => {
    const merge: Command = { type: 'mergeCards', card: 'issue', keepId: 'i-sg-antre-kantor', mergeIds: ['i-sg-layanan-digital'] };
    expect(wordLogChange(id, logged(w, merge))).toMatch(/^1 kartu duplikat digabung ke isu “Pemohon izin/);
    expect(wordLogChange(en, logged(w, merge))).toMatch(/^Duplicates merged into issue “Pemohon izin.*” \(1 merged\)$/);
    const group: Command = { type: 'upsertGroup', item: { id: 'kel-9', name: 'Kelompok Ruang 2', dimensionId: 'smart-governance' } };
    expect(wordLogChange(id, logged(w, group))).toBe('Menambah kelompok FGD “Kelompok Ruang 2”');
    expect(wordUndoRedo(id, 'redo', logged(w, group))).toBe('Diulang: Penambahan kelompok FGD “Kelompok Ruang 2” — Data Rujukan');
    const proposal: Command = { type: 'upsertProposal', item: { ...PROPOSAL, id: 'usul-2', name: 'Pasar Desa Daring' } };
    expect(wordLogChange(id, logged(w, proposal))).toBe('Menambah usulan “Pasar Desa Daring”');
    expect(wordLogChange(en, logged(w, proposal))).toBe('Added proposal “Pasar Desa Daring”');
  });
});
