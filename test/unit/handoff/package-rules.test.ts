import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumText, commandForParticipant, opdScopeProblem, participantView, sameJson } from '../../../shared/handoff';
import { NarrativeSectionSchema, OpdSchema, ProgramSchema, type Workshop } from '../../../shared/model';
import { emptyWorkshop } from '../logic/workshop-fixtures';

const section = (id: string, ownerOpdId: string | null) => NarrativeSectionSchema.parse({ id, outlineKey: `bab-${id}`, title: `Bagian ${id}`, ownerOpdId });

const withItems = (w: Workshop): Workshop => {
  const dimension = w.dimensionSet.dimensions[0];
  const element = dimension?.elements[0];
  if (!dimension || !element) throw new Error('no dimension');
  const program = (id: string, code: string, leadOpdId: string | null) => ProgramSchema.parse({ id, code, dimensionId: dimension.id, elementId: element.id, name: `Program ${code}`, leadOpdId });
  return {
    ...w,
    opds: [
      OpdSchema.parse({ id: 'kominfo', abbreviation: 'Diskominfo', name: 'Dinas Komunikasi dan Informatika' }),
      OpdSchema.parse({ id: 'bappeda', abbreviation: 'Bappeda', name: 'Badan Perencanaan Pembangunan Daerah' }),
    ],
    sections: [section('a', 'kominfo'), section('b', 'bappeda'), section('umum', null)],
    programs: [program('pa', 'SG-01', 'kominfo'), program('pb', 'SG-02', 'bappeda')],
    quickWins: { ...w.quickWins, candidates: [] },
    rpjmdMappings: [],
  };
};

describe('canonical JSON, what a package checksum is computed over', () => {
  it('does not depend on key order, and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 2, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"z":2}]},"b":1}');
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('covers every member of the envelope except the checksum itself', () => {
    const envelope = { format: 'f', version: 1, workshopId: 'w', opdId: 'o', createdAt: 't', payload: { x: 1 }, checksum: 'sha256:abc' };
    expect(checksumText(envelope)).toBe('{"createdAt":"t","format":"f","opdId":"o","payload":{"x":1},"version":1,"workshopId":"w"}');
  });
});

describe('what an OPD may change on its own', () => {
  const w = withItems(emptyWorkshop());
  const sectionA = w.sections[0]!;
  const programA = w.programs[0]!;

  it('its own sections and programs, keeping itself as owner and lead', () => {
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertSection', item: { ...sectionA, title: 'Judul baru' } })).toBeNull();
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertProgram', item: { ...programA, name: 'Nama baru' } })).toBeNull();
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertProgram', item: { ...programA, id: 'baru', code: 'SG-05' } })).toBeNull();
    expect(opdScopeProblem(w, 'kominfo', { type: 'removeProgram', id: 'pa' })).toBeNull();
  });

  it('not another OPD’s items, not new sections, not the owner, not the outline, not the context', () => {
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertSection', item: { ...w.sections[1]!, title: 'x' } })).toMatch(/milik OPD lain/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertSection', item: { ...sectionA, id: 'baru' } })).toMatch(/hanya dapat ditambahkan oleh fasilitator/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertSection', item: { ...sectionA, ownerOpdId: 'bappeda' } })).toMatch(/Pemilik/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertSection', item: { ...sectionA, outlineKey: 'bab-lain' } })).toMatch(/kerangka/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'upsertProgram', item: { ...programA, leadOpdId: 'bappeda' } })).toMatch(/penanggung jawab/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'removeProgram', id: 'pb' })).toMatch(/OPD lain/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'removeSection', id: 'a' })).toMatch(/milik OPD Anda/);
    expect(opdScopeProblem(w, 'kominfo', { type: 'renameWorkshop', title: 'Judul' })).toMatch(/milik OPD Anda/);
  });
});

describe('what a participant sees', () => {
  const w = withItems(emptyWorkshop());

  it('only their OPD’s sections and programs', () => {
    const view = participantView(w, 'kominfo');
    expect(view.sections.map((s) => s.id)).toEqual(['a']);
    expect(view.programs.map((p) => p.id)).toEqual(['pa']);
    expect(view.vision).toEqual(w.vision);
  });

  it('of live updates: context changes, their own items, removals when an item leaves their OPD, and nothing of others', () => {
    const a = w.sections[0]!;
    const b = w.sections[1]!;
    const vision = { type: 'setVision' as const, vision: w.vision };
    expect(commandForParticipant(vision, vision, 'kominfo')).toEqual(vision);
    const ownEdit = { type: 'upsertSection' as const, item: { ...a, title: 'x' } };
    expect(commandForParticipant(ownEdit, { type: 'upsertSection', item: a }, 'kominfo')).toEqual(ownEdit);
    expect(commandForParticipant({ type: 'upsertSection', item: { ...b, title: 'x' } }, { type: 'upsertSection', item: b }, 'kominfo')).toBeNull();
    expect(commandForParticipant({ type: 'upsertSection', item: { ...a, ownerOpdId: 'bappeda' } }, { type: 'upsertSection', item: a }, 'kominfo')).toEqual({ type: 'removeSection', id: 'a' });
    expect(commandForParticipant({ type: 'removeProgram', id: 'pa' }, { type: 'upsertProgram', item: w.programs[0]! }, 'kominfo')).toEqual({ type: 'removeProgram', id: 'pa' });
    expect(commandForParticipant({ type: 'setQuickWinWeights', weights: w.quickWins.weights }, { type: 'setQuickWinWeights', weights: w.quickWins.weights }, 'kominfo')).toBeNull();
  });
});
