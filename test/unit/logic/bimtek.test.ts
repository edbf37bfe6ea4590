import { describe, expect, it } from 'vitest';
import { AppError, applyCommand, applyNewCommand, invertCommand, type Command } from '../../../shared/commands';
import { DATE_WORDS_ID, attendanceCounts, attendeesAt, matchOpd, readPastedAttendees, stageDates } from '../../../shared/logic/bimtek';
import { BIMTEK_DECISION_TEXTS_ID, DECISION_WORDS_ID, bimtekDecisions, bimtekFindings, listWith, wordFinding, type BimtekDecisionWords } from '../../../shared/logic/bimtek-decisions';
import { BimtekStageSchema, EMPTY_BIMTEK, WorkshopSchema, type Workshop } from '../../../shared/model';
import { LATER, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const texts = (w: Workshop, stage: Parameters<typeof bimtekDecisions>[1]) => bimtekDecisions(w, stage).map((d) => [d.text, ...d.items].join(' | '));

describe('the Bimtek record', () => {
  it('is empty on a new workshop and filled in by default on a file written before it existed', () => {
    expect(emptyWorkshop().bimtek).toEqual(EMPTY_BIMTEK);
    const { bimtek: _gone, ...older } = emptyWorkshop();
    expect(WorkshopSchema.parse(older).bimtek).toEqual(EMPTY_BIMTEK);
  });

  it('refuses an end date before the start date, and a date that is not ISO', () => {
    const wrongOrder = BimtekStageSchema.safeParse({ startDate: '2025-03-11', endDate: '2025-03-10' });
    expect(wrongOrder.success).toBe(false);
    expect(wrongOrder.error?.issues[0]).toMatchObject({ message: 'invalid.dateOrder', path: ['endDate'] });
    expect(BimtekStageSchema.safeParse({ startDate: '10/03/2025' }).error?.issues[0]?.message).toBe('invalid.date');
    expect(BimtekStageSchema.parse({ startDate: '2025-03-10', endDate: '2025-03-10', venue: '  Aula\tBappeda ' }).venue).toBe('Aula Bappeda');
  });

  it('writes dates the Indonesian way', () => {
    expect(stageDates('2025-03-10', '2025-03-11')).toBe('Senin–Selasa, 10–11 Maret 2025');
    expect(stageDates('2025-02-28', '2025-03-03')).toBe('Jumat–Senin, 28 Februari – 3 Maret 2025');
    expect(stageDates('2021-11-17', null)).toBe('Rabu, 17 November 2021');
    expect(stageDates('2025-12-31', '2026-01-01')).toBe('Rabu–Kamis, 31 Desember 2025 – 1 Januari 2026');
    expect(stageDates(null, null)).toBe('');
  });
});

describe('the Bimtek commands', () => {
  const w0 = emptyWorkshop();
  const stage = { ...EMPTY_BIMTEK.stages['tahap-2'], startDate: '2026-04-14', endDate: '2026-04-15', venue: 'Aula Bappeda', mentor: 'Dr. Adi', agenda: ['Pembukaan', 'FGD visi'] };

  it('set a Tahap and take it back in one undo', () => {
    const command: Command = { type: 'setBimtekStage', stage: 'tahap-2', details: stage };
    const after = applyNewCommand(w0, command, LATER);
    expect(after.bimtek.stages['tahap-2']).toEqual(stage);
    expect(after.bimtek.stages['tahap-1']).toEqual(w0.bimtek.stages['tahap-1']);
    const back = applyCommand(after, invertCommand(w0, command), LATER);
    expect(back.bimtek).toEqual(w0.bimtek);
  });

  it('add, change and remove attendance rows; a row may have no name, but not an OPD the workshop lacks', () => {
    const row = { id: 'hadir-1', name: '', title: 'Kepala Bidang Aplikasi Informatika', opdId: 'diskominfo', group: 'Tim Pelaksana', present: { 'tahap-1': true, 'tahap-2': false, 'tahap-3': false, 'tahap-4': false } };
    const added = applyNewCommand(w0, { type: 'upsertBimtekAttendee', item: row }, LATER);
    expect(attendeesAt(added, 'tahap-1').map((a) => a.title)).toEqual(['Kepala Bidang Aplikasi Informatika']);
    expect(attendanceCounts(added)).toEqual({ 'tahap-1': 1, 'tahap-2': 0, 'tahap-3': 0, 'tahap-4': 0 });
    const removed = applyNewCommand(added, { type: 'removeBimtekAttendee', id: 'hadir-1' }, LATER);
    expect(removed.bimtek.attendees).toEqual([]);
    let refused: unknown = null;
    try {
      applyNewCommand(w0, { type: 'upsertBimtekAttendee', item: { ...row, opdId: 'dinas-hilang' } }, LATER);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'invalid_input', reason: 'workshop.opdUnknown', field: 'item.opdId' });
  });
});

describe('what each Tahap decided', () => {
  const demo = demoWorkshop();

  it('reads the demo: readiness and SWOT in Tahap I, the vision in Tahap II, the chosen quick wins in Tahap III, the signing in Tahap IV', () => {
    expect(texts(demo, 'tahap-1').join('\n')).toMatch(/Analisis kesiapan daerah disepakati: \d+ item dinilai/);
    expect(texts(demo, 'tahap-1').join('\n')).toMatch(/Analisis SWOT dan TOWS disepakati/);
    const visi = texts(demo, 'tahap-2').join('\n');
    expect(visi).toContain('Visi smart city yang disepakati: “');
    expect(visi).toMatch(/Misi yang disepakati \(\d+\)/);
    const chosen = demo.quickWins.candidates.filter((c) => c.decision === 'chosen');
    expect(chosen.length).toBeGreaterThan(0);
    const tahap3 = bimtekDecisions(demo, 'tahap-3').find((d) => d.text.startsWith('Quick win yang dipilih'));
    expect(tahap3?.items).toHaveLength(chosen.length);
    const firstProgram = demo.programs.find((p) => p.id === chosen[0]?.programId);
    expect(tahap3?.items[0]).toContain(firstProgram?.name ?? '?');
    expect(texts(demo, 'tahap-4').join('\n')).toContain('Lembar Komitmen Bersama ditandatangani di Malang pada 17 November 2021');
  });

  it('are data first, so another language words the same findings with its own templates, names and numbers', () => {
    const english: BimtekDecisionWords = {
      texts: {
        ...BIMTEK_DECISION_TEXTS_ID,
        readiness: '{scored} items scored, per pillar {pillars}.',
        programs: '{programs} programs ({perDimension}).',
        commitment: 'Signed{where} by {parties} parties.',
        commitmentPlace: ' in {place}',
        commitmentDate: ' on {date}',
      },
      pillar: (p) => p.toUpperCase(),
      dimension: (d) => d.nameEn || d.nameId,
      decimal: (v) => v.toFixed(2),
      list: listWith('and'),
      date: (iso) => stageDates(iso, null, false, { days: DATE_WORDS_ID.days, months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] }),
    };
    const say = (stage: Parameters<typeof bimtekFindings>[1]) => bimtekFindings(demo, stage).map((f) => wordFinding(f, english).text);
    expect(say('tahap-1')[0]).toMatch(/^\d+ items scored, per pillar STRUKTUR \d\.\d\d, INFRASTRUKTUR \d\.\d\d(, [A-Z]+ \d\.\d\d)* and [A-Z]+ \d\.\d\d\.$/);
    expect(say('tahap-2').find((t) => t.includes('programs ('))).toMatch(/^\d+ programs \(Smart Governance \d+; /);
    expect(say('tahap-4')).toContain(`Signed in Malang on 17 November 2021 by ${demo.commitment.entries.length} parties.`);
    // The same findings in Indonesian are what the berita acara prints.
    expect(bimtekFindings(demo, 'tahap-2').map((f) => wordFinding(f, DECISION_WORDS_ID))).toEqual(bimtekDecisions(demo, 'tahap-2'));
  });

  it('quote the vision without a second full stop', () => {
    const texts2 = texts(demo, 'tahap-2');
    const vision = texts2.find((t) => t.startsWith('Visi smart city'));
    expect(vision).toMatch(/[^.]”\.$/);
  });

  it('write dates in other languages’ words too', () => {
    const en = { days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] };
    expect(stageDates('2025-03-10', '2025-03-11', true, en)).toBe('Monday–Tuesday, 10–11 March 2025');
    expect(stageDates('2025-02-28', '2025-03-03', false, en)).toBe('28 February – 3 March 2025');
  });

  it('add the Tahap’s own notes, one per line, after what the worksheets hold', () => {
    const notes = texts(demo, 'tahap-1');
    expect(notes[notes.length - 1]).toContain('Kertas kerja kesiapan dilengkapi data dukung');
    const empty = emptyWorkshop();
    expect(bimtekDecisions(empty, 'tahap-2')).toEqual([]);
    const noted = { ...empty, bimtek: { ...empty.bimtek, stages: { ...empty.bimtek.stages, 'tahap-2': { ...empty.bimtek.stages['tahap-2'], notes: '- Satu\n\n• Dua ' } } } };
    expect(texts(noted, 'tahap-2')).toEqual(['Satu', 'Dua']);
  });

  it('has a demo with about 30 attendees, some by position only, each Tahap attended', () => {
    expect(demo.bimtek.attendees.length).toBe(30);
    expect(demo.bimtek.attendees.some((a) => a.name === '' && a.title !== '')).toBe(true);
    for (const count of Object.values(attendanceCounts(demo))) expect(count).toBeGreaterThan(15);
    expect(demo.bimtek.stages['tahap-4'].endDate).toBe(demo.commitment.date);
  });
});

describe('a pasted attendance list', () => {
  const opds = emptyWorkshop().opds;

  it('reads name; title; OPD lines, tabs from a spreadsheet, numbers and a header, and OPDs by abbreviation or name', () => {
    const rows = readPastedAttendees(
      ['No;Nama;Jabatan;OPD', '1. Ani Rahma; Analis Kebijakan; Bappeda', '2\tBudi\tKepala Seksi\tDinas Komunikasi dan Informatika', ';Sekretaris Dinas;diskominfo', 'Citra', '', 'Dedi; Dosen; Universitas Brawijaya'].join('\n'),
      opds,
    );
    expect(rows).toEqual([
      { name: 'Ani Rahma', title: 'Analis Kebijakan', opdId: 'bappeda', unknownOpd: '' },
      { name: 'Budi', title: 'Kepala Seksi', opdId: 'diskominfo', unknownOpd: '' },
      { name: '', title: 'Sekretaris Dinas', opdId: 'diskominfo', unknownOpd: '' },
      { name: 'Citra', title: '', opdId: null, unknownOpd: '' },
      { name: 'Dedi', title: 'Dosen', opdId: null, unknownOpd: 'Universitas Brawijaya' },
    ]);
    expect(matchOpd(opds, '  BAPPEDA ')?.id).toBe('bappeda');
    expect(matchOpd(opds, '')).toBeNull();
  });
});
