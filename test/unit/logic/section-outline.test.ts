import { describe, expect, it } from 'vitest';
import { chapterOfOutlineKey, filterOutline, outlineCounts, reviewChapters, reviewChecklistLines, sectionOutline, titleCaseId, withReviewLine } from '../../../shared/logic/section-outline';
import { NarrativeSectionSchema, ReadinessItemSchema, type Workshop } from '../../../shared/model';
import { demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const slotsOf = (w: Workshop) => sectionOutline(w).flatMap((g) => g.slots.map((s) => ({ group: g.key, ...s })));

describe('the masterplan outline on the sections worksheet', () => {
  it('starts with Kata Sambutan and Kata Pengantar and ends with BAB IX Penutup', () => {
    const groups = sectionOutline(emptyWorkshop());
    expect(groups[0]?.slots.slice(0, 2).map((s) => s.title)).toEqual(['Kata Sambutan', 'Kata Pengantar']);
    expect(groups[1]).toMatchObject({ key: 'bab1', numeral: 'BAB I', title: 'Pendahuluan' });
    expect(groups[1]?.slots[0]).toMatchObject({ outlineKey: 'bab1-latar-belakang', title: 'Latar Belakang', section: null });
    expect(groups.at(-1)).toMatchObject({ key: 'penutup', numeral: 'BAB IX', title: 'Penutup' });
  });

  it('gives BAB V and BAB VII one section per dimension of the workshop', () => {
    const w = emptyWorkshop();
    const bab5 = sectionOutline(w).find((g) => g.key === 'bab5');
    expect(bab5?.slots.map((s) => s.outlineKey)).toEqual(['bab5-pengantar', ...w.dimensionSet.dimensions.map((d) => `bab5-dimensi-${d.id}`)]);
    const bab7 = sectionOutline(w).find((g) => g.key === 'bab7');
    expect(bab7?.slots[1]?.title).toBe(`Peta Jalan ${w.dimensionSet.dimensions[0]?.nameId}`);
    expect(bab7?.slots.at(-1)?.outlineKey).toBe('bab7-pendukung');
  });

  it('shows nature and culture readiness only for a workshop that assesses them', () => {
    const w = emptyWorkshop();
    expect(slotsOf(w).map((s) => s.outlineKey)).not.toContain('bab3-kesiapan-nature');
    const withNature = { ...w, readinessItems: [ReadinessItemSchema.parse({ id: 'n1', pillar: 'nature', title: 'Potensi alam' })] };
    expect(slotsOf(withNature).map((s) => s.outlineKey)).toContain('bab3-kesiapan-nature');
    expect(slotsOf(withNature).map((s) => s.outlineKey)).not.toContain('bab3-kesiapan-culture');
  });

  it('numbers optional chapters after BAB VIII, so Penutup moves down', () => {
    const w = { ...emptyWorkshop(), exportSettings: { paperSize: 'A4' as const, optionalChapters: ['pola-penganggaran' as const] } };
    const groups = sectionOutline(w);
    expect(groups.find((g) => g.key === 'opsi-pola-penganggaran')?.numeral).toBe('BAB IX');
    expect(groups.at(-1)).toMatchObject({ key: 'penutup', numeral: 'BAB X' });
  });

  it('files each demo section under its outline key, with nothing left over', () => {
    const w = demoWorkshop();
    const placed = slotsOf(w).filter((s) => s.section !== null);
    expect(placed).toHaveLength(w.sections.length);
    expect(placed.find((s) => s.outlineKey === 'bab1-latar-belakang')?.section?.ownerOpdId).toBe('bappeda');
    expect(sectionOutline(w).some((g) => g.key === 'lainnya')).toBe(false);
  });

  it('keeps a section under an unknown key, and a second section under the same key, instead of hiding them', () => {
    const w = emptyWorkshop();
    const extra = (id: string, outlineKey: string) => NarrativeSectionSchema.parse({ id, outlineKey, title: `Bagian ${id}` });
    const groups = sectionOutline({ ...w, sections: [extra('a', 'catatan-pembimbing'), extra('b', 'penutup'), extra('c', 'penutup')] });
    expect(groups.at(-1)).toMatchObject({ key: 'lainnya', slots: [{ outlineKey: 'catatan-pembimbing' }] });
    expect(groups.find((g) => g.key === 'penutup')?.slots.map((s) => s.section?.id)).toEqual(['b', 'c']);
  });

  it('writes chapter titles the way the document reads them', () => {
    expect(titleCaseId('VISI, MISI, TUJUAN DAN SASARAN SMART CITY')).toBe('Visi, Misi, Tujuan dan Sasaran Smart City');
    expect(titleCaseId('PETA JALAN (ROADMAP)')).toBe('Peta Jalan (Roadmap)');
  });

  it('knows which chapter a section belongs to', () => {
    expect(chapterOfOutlineKey('bab1-latar-belakang')).toBe('bab1');
    expect(chapterOfOutlineKey('bab5-dimensi-smart-governance')).toBe('bab5');
    expect(chapterOfOutlineKey('penutup')).toBe('penutup');
    expect(chapterOfOutlineKey('opsi-anggaran-pola')).toBe('opsi-pola-penganggaran');
    expect(chapterOfOutlineKey('kata-sambutan')).toBeNull();
  });
});

describe('the chapter review checklist of Tahap IV', () => {
  const chapters = reviewChapters(emptyWorkshop());

  it('has one line per chapter, BAB I Pendahuluan to BAB IX Penutup', () => {
    expect(chapters).toHaveLength(9);
    expect(chapters[0]).toEqual({ key: 'bab1', label: 'BAB I Pendahuluan' });
    expect(chapters.at(-1)).toEqual({ key: 'penutup', label: 'BAB IX Penutup' });
  });

  it('starts every chapter unreviewed and keeps what was already noted', () => {
    const lines = reviewChecklistLines(chapters, [{ chapterKey: 'bab3', reviewed: true, note: 'Data desa perlu dimutakhirkan' }]);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toEqual({ chapterKey: 'bab1', reviewed: false, note: '' });
    expect(lines[2]).toEqual({ chapterKey: 'bab3', reviewed: true, note: 'Data desa perlu dimutakhirkan' });
  });

  it('keeps the note of a chapter that is no longer printed', () => {
    const lines = reviewChecklistLines(chapters, [{ chapterKey: 'opsi-pola-penganggaran', reviewed: true, note: 'KPBU' }]);
    expect(lines.at(-1)).toEqual({ chapterKey: 'opsi-pola-penganggaran', reviewed: true, note: 'KPBU' });
  });

  it('ticks one chapter without touching the others', () => {
    const stored = [{ chapterKey: 'bab1', reviewed: false, note: 'Tambah Perpres SPBE' }];
    const next = withReviewLine(chapters, stored, 'bab1', { reviewed: true });
    expect(next[0]).toEqual({ chapterKey: 'bab1', reviewed: true, note: 'Tambah Perpres SPBE' });
    expect(next.filter((l) => l.reviewed)).toHaveLength(1);
  });
});

describe('filtering the sections by status and owner OPD', () => {
  const groups = sectionOutline(demoWorkshop());
  const slots = (filter: Parameters<typeof filterOutline>[1]) => filterOutline(groups, filter).flatMap((g) => g.slots);

  it('shows only final sections when asked for final', () => {
    const final = slots({ status: 'final', owner: 'all' });
    expect(final.length).toBeGreaterThan(0);
    expect(final.every((s) => s.section?.status === 'final')).toBe(true);
  });

  it('lists the outline slots nobody has started', () => {
    const missing = slots({ status: 'missing', owner: 'all' });
    expect(missing.every((s) => s.section === null)).toBe(true);
    expect(missing.length).toBe(outlineCounts(groups).missing);
  });

  it('shows one OPD’s sections, and drops chapters where it writes nothing', () => {
    const bappeda = filterOutline(groups, { status: 'all', owner: 'bappeda' });
    expect(bappeda.flatMap((g) => g.slots).every((s) => s.section?.ownerOpdId === 'bappeda')).toBe(true);
    expect(bappeda.some((g) => g.key === 'bab1')).toBe(true);
    expect(bappeda.length).toBeLessThan(groups.length);
  });

  it('"tanpa OPD" lists sections without an owner and the slots not started yet', () => {
    expect(slots({ status: 'all', owner: 'none' }).every((s) => (s.section?.ownerOpdId ?? null) === null)).toBe(true);
  });

  it('counts every slot once: started ones by status, the rest as missing', () => {
    const c = outlineCounts(groups);
    expect(c.draft + c.review + c.final + c.missing).toBe(c.slots);
    expect(c.slots - c.missing).toBe(demoWorkshop().sections.length);
  });
});
