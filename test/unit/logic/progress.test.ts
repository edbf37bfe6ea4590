import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands';
import { WORKSHEETS, progressPercent, stageProgress, worksheetProgress, workshopProgress } from '../../../shared/logic';
import { sectionStage } from '../../../shared/logic/progress';
import { sectionOutline } from '../../../shared/logic/section-outline';
import { richDocFromText, type Workshop } from '../../../shared/model';
import { LATER, aProgram, aReadinessItem, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const run = (w: Workshop, ...commands: Command[]): Workshop => commands.reduce((acc, c) => applyCommand(acc, c, LATER), w);

describe('progress of the region profile', () => {
  it('asks for the region name first when it is empty', () => {
    const progress = worksheetProgress(emptyWorkshop({ regionName: '' }), 'profil');
    expect(progress.missing[0]).toBe('Nama daerah belum diisi');
    expect(progress.done).toBe(0);
    expect(progress.total).toBe(7);
  });

  it('lists what a new kabupaten still has to fill in', () => {
    expect(worksheetProgress(emptyWorkshop(), 'profil').missing).toEqual([
      'Provinsi belum diisi',
      'Jumlah penduduk belum diisi',
      'Jumlah kecamatan belum diisi',
      'Jumlah desa belum diisi',
      'Nama Bupati belum diisi',
      'Periode RPJMD belum diisi',
    ]);
  });

  it('asks a kota for kelurahan and its Wali Kota', () => {
    const missing = worksheetProgress(emptyWorkshop({ regionKind: 'kota', regionName: 'Kota Contoh' }), 'profil').missing;
    expect(missing).toContain('Jumlah kelurahan belum diisi');
    expect(missing).toContain('Nama Wali Kota belum diisi');
    expect(missing).not.toContain('Jumlah desa belum diisi');
  });

  it('warns, without counting it, when the plan does not end with the RPJMD', () => {
    const w = run(emptyWorkshop({ startYear: 2026 }), { type: 'setRegionProfile', patch: { rpjmdPeriod: { startYear: 2025, endYear: 2029 } } });
    const progress = worksheetProgress(w, 'profil');
    expect(progress.warnings).toEqual(['Akhir rencana (2030) tidak sama dengan akhir periode RPJMD (2029); pastikan program diselaraskan dengan RPJMD berikutnya.']);
    expect(progress.missing).not.toContain('Periode RPJMD belum diisi');
  });
});

describe('progress of the readiness worksheet', () => {
  it('names each pillar that has no item yet', () => {
    const w = run(emptyWorkshop(), { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r1', pillar: 'struktur', score: 3, evidence: 'SK Tim Pelaksana' }) });
    const progress = worksheetProgress(w, 'kesiapan');
    expect(progress.missing).toEqual(['Infrastruktur belum memiliki item', 'Suprastruktur belum memiliki item']);
  });

  it('counts the items not scored yet and those without evidence', () => {
    const w = run(
      emptyWorkshop(),
      { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r1', pillar: 'struktur' }) },
      { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r2', pillar: 'struktur', score: 2 }) },
      { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r3', pillar: 'infrastruktur', score: 4, evidence: 'Bandwidth 1 Gbps' }) },
      { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r4', pillar: 'suprastruktur', score: 1, evidence: 'Belum ada Perbup' }) },
    );
    const progress = worksheetProgress(w, 'kesiapan');
    expect(progress.missing).toEqual(['1 item Struktur belum dinilai', '2 item kesiapan belum memiliki data dukung']);
    expect(progress).toMatchObject({ done: 5, total: 7 });
  });
});

describe('progress of the dimension worksheets', () => {
  it('asks for an issue in every dimension', () => {
    const w = run(emptyWorkshop(), { type: 'upsertIssue', item: { id: 'i1', dimensionId: 'smart-governance', kind: 'permasalahan', text: 'Antre', rpjmdIssue: '' } });
    const progress = worksheetProgress(w, 'isu');
    expect(progress).toMatchObject({ done: 1, total: 6 });
    expect(progress.missing[0]).toBe('Smart Branding belum memiliki isu');
  });

  it('names the SWOT quadrants a dimension still lacks, and the missing TOWS strategy', () => {
    const w = run(
      emptyWorkshop(),
      { type: 'upsertSwotItem', item: { id: 's1', dimensionId: 'smart-economy', quadrant: 'S', text: 'Pertanian kuat' } },
      { type: 'upsertSwotItem', item: { id: 's2', dimensionId: 'smart-economy', quadrant: 'W', text: 'PBB tunai' } },
    );
    const missing = worksheetProgress(w, 'swot').missing;
    expect(missing).toContain('SWOT Smart Economy belum memiliki faktor Peluang dan Ancaman');
    expect(missing).toContain('SWOT Smart Governance belum memiliki faktor Kekuatan, Kelemahan, Peluang dan Ancaman');
    expect(missing).toContain('Belum ada strategi TOWS untuk Smart Economy');
  });
});

describe('progress of the program matrix and its views', () => {
  it('names the dimensions without programs and counts programs without a lead OPD', () => {
    const w = run(emptyWorkshop(), { type: 'upsertProgram', item: aProgram({ leadOpdId: null }) });
    const missing = worksheetProgress(w, 'program').missing;
    expect(missing).toContain('Smart Society belum memiliki program');
    expect(missing).not.toContain('Smart Governance belum memiliki program');
    expect(missing).toContain('1 program belum memiliki OPD penanggung jawab');
    expect(missing).toContain('1 program belum memiliki indikasi anggaran atau sumber dana');
  });

  it('asks for programs before anything can be said about innovations', () => {
    expect(worksheetProgress(emptyWorkshop(), 'inovasi').missing).toEqual(['Belum ada program untuk diberi inovasi']);
  });

  it('asks for short- and medium-term programs in a 5-year plan, and no long term', () => {
    const w = run(emptyWorkshop({ startYear: 2026 }), { type: 'upsertProgram', item: aProgram({ years: [2026] }) });
    const progress = worksheetProgress(w, 'roadmap');
    expect(progress.missing).toEqual(['Belum ada program jangka menengah (2027–2030)']);
    expect(progress.total).toBe(3);
  });

  it('asks for the long term too in a 10-year plan', () => {
    const w = run(emptyWorkshop({ startYear: 2026 }), { type: 'setPlanHorizon', horizon: { startYear: 2026, years: 10 } });
    expect(worksheetProgress(w, 'roadmap').missing).toEqual([
      'Belum ada program di peta jalan',
      'Belum ada program jangka pendek (2026)',
      'Belum ada program jangka menengah (2027–2030)',
      'Belum ada program jangka panjang (2031–2035)',
    ]);
  });
});

describe('progress of the quick wins', () => {
  const withChosenGovernanceWin = (): Workshop => {
    const demo = demoWorkshop();
    const governance = demo.quickWins.candidates.find((c) => c.programId === 'prog-sg-sv-01')!;
    return {
      ...demo,
      quickWins: { ...demo.quickWins, candidates: demo.quickWins.candidates.map((c) => (c.id === governance.id ? c : { ...c, decision: 'pending' as const })) },
    };
  };

  it('names every dimension still without a quick win', () => {
    const missing = worksheetProgress(withChosenGovernanceWin(), 'quick-win').missing;
    expect(missing).toContain('Belum ada quick win untuk Smart Branding');
    expect(missing).not.toContain('Belum ada quick win untuk Smart Governance');
    expect(missing).toHaveLength(5);
  });

  it('in top-N mode counts the chosen ones and only warns about uncovered dimensions', () => {
    const w = run(withChosenGovernanceWin(), { type: 'setQuickWinSelection', selection: { mode: 'top-n', topN: 3 } });
    const progress = worksheetProgress(w, 'quick-win');
    expect(progress.missing).toEqual(['Baru 1 dari 3 quick win dipilih']);
    expect(progress.warnings).toContain('Belum ada quick win untuk Smart Environment');
  });

  it('asks why a chosen quick win that fails a gate was chosen', () => {
    const demo = demoWorkshop();
    const candidate = demo.quickWins.candidates.find((c) => c.decision === 'chosen')!;
    const w = run(demo, { type: 'upsertQuickWinCandidate', item: { ...candidate, gates: { ...candidate.gates, fundingIdentified: false }, overrideReason: '' } });
    const program = demo.programs.find((p) => p.id === candidate.programId)!;
    expect(worksheetProgress(w, 'quick-win').missing).toEqual([`Quick win "${program.name}" belum lolos syarat dan belum ada alasan penetapan`]);
  });
});

describe('progress of the whole workshop', () => {
  it('finds the demo’s worksheets of Tahap I to III complete, but not the stages: most of their chapters are not written', () => {
    const demo = demoWorkshop();
    for (const stage of ['tahap-1', 'tahap-2', 'tahap-3'] as const) {
      const progress = stageProgress(demo, stage);
      const worksheets = progress.worksheets.filter((s) => s.part === 'worksheet');
      expect(worksheets.every((s) => s.done === s.total), stage).toBe(true);
      expect(progress.done, stage).toBeLessThan(progress.total);
    }
    expect(stageProgress(demo, 'tahap-1').worksheets.at(-1)).toMatchObject({
      worksheetId: 'bagian',
      part: 'sections',
      done: 4,
      total: 14,
      missing: ['10 bagian naskah belum dibuat: Visi, Misi dan Isu Strategis RPJMD; Inovasi dan Aplikasi yang Sudah Ada; Analisis Isu Daerah per Dimensi; dan 7 lainnya'],
    });
    const final = stageProgress(demo, 'tahap-4');
    expect(final.worksheets.map((s) => s.worksheetId)).toEqual(['komitmen', 'bagian']);
    expect(final.worksheets[0]!.missing).toEqual(['6 baris komitmen belum memiliki nama pejabat', '5 bab belum direviu']);
    expect(final.done).toBeLessThan(final.total);
  });

  it('the demo, with 34 of 58 sections not written, is far from 96%', () => {
    const progress = workshopProgress(demoWorkshop());
    expect(progress.stages.map((s) => progressPercent(s))).toEqual([82, 59, 65, 77]);
    expect(progressPercent(progress)).toBe(73);
  });

  it('puts each chapter’s sections in the stage it serves', () => {
    expect(sectionStage('bab2-demografi')).toBe('tahap-1');
    expect(sectionStage('bab3-swot')).toBe('tahap-1');
    expect(sectionStage('bab4-visi')).toBe('tahap-2');
    expect(sectionStage('bab5-dimensi-smart-economy')).toBe('tahap-2');
    expect(sectionStage('bab6-matriks')).toBe('tahap-2');
    expect(sectionStage('bab6-quick-win')).toBe('tahap-3');
    expect(sectionStage('bab7-tahapan')).toBe('tahap-3');
    expect(sectionStage('kata-pengantar')).toBe('tahap-4');
    expect(sectionStage('bab1-latar-belakang')).toBe('tahap-4');
    expect(sectionStage('bab8-monev')).toBe('tahap-4');
    expect(sectionStage('penutup')).toBe('tahap-4');
    expect(sectionStage('opsi-infra-jaringan')).toBe('tahap-4');
  });

  it('adds up the stages, covering every worksheet the masterplan needs once (not Jajak Pendapat, Usulan nor Pelaksanaan Bimtek) and each stage’s sections', () => {
    const progress = workshopProgress(emptyWorkshop());
    const entries = progress.stages.flatMap((s) => s.worksheets.map((x) => `${x.worksheetId}${x.part === 'sections' ? `@${s.stage}` : ''}`));
    expect(entries.filter((e) => !e.includes('@'))).toEqual(WORKSHEETS.map((s) => s.id).filter((id) => id !== 'jajak-pendapat' && id !== 'usulan' && id !== 'pelaksanaan'));
    expect(entries.filter((e) => e.includes('@'))).toEqual(['bagian@tahap-1', 'bagian@tahap-2', 'bagian@tahap-3']);
    expect(progress.total).toBe(progress.stages.reduce((n, s) => n + s.total, 0));
    expect(progress.done).toBeLessThan(progress.total);
    expect(progressPercent(progress)).toBeLessThan(20);
  });

  it('turns done/total into a whole percent', () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
    expect(progressPercent({ done: 7, total: 7 })).toBe(100);
  });
});

describe('progress of the reference data', () => {
  it('a new workshop already has its dimensions, OPDs and funding sources', () => {
    expect(worksheetProgress(emptyWorkshop(), 'data-rujukan')).toMatchObject({ stage: 'tahap-1', done: 3, total: 3, missing: [] });
  });

  it('an emptied OPD list or funding list is reported', () => {
    const w = { ...emptyWorkshop(), opds: [], fundingSources: [] };
    expect(worksheetProgress(w, 'data-rujukan').missing).toEqual(['Daftar OPD masih kosong', 'Daftar sumber dana masih kosong']);
  });

  it('a dimension the region adds is asked for issues, SWOT and programs like the others', () => {
    const w = run(emptyWorkshop(), {
      type: 'upsertDimension',
      item: { id: 'smart-maritime', code: 'SM', nameId: 'Smart Maritime', nameEn: '', meaningId: '', meaningEn: '', elements: [{ id: 'port', code: 'PT', nameId: 'Pelabuhan', nameEn: '', meaningId: '', meaningEn: '' }] },
    });
    expect(worksheetProgress(w, 'isu').missing).toContain('Smart Maritime belum memiliki isu');
    expect(worksheetProgress(w, 'swot').missing).toContain('Belum ada strategi TOWS untuk Smart Maritime');
    expect(worksheetProgress(w, 'program').missing).toContain('Smart Maritime belum memiliki program');
  });
});

describe('a stage is complete when its worksheets have their essentials', () => {
  const tahapOne = (): Workshop => {
    let w = run(emptyWorkshop(), {
      type: 'setRegionProfile',
      patch: { province: 'Jawa Timur', population: 1_000_000, kecamatanCount: 20, desaCount: 300, regionalHead: { title: 'Bupati', name: 'Budi', deputyName: '', deputyTitle: '' }, rpjmdPeriod: { startYear: 2026, endYear: 2030 } },
    });
    for (const pillar of ['struktur', 'infrastruktur', 'suprastruktur'] as const) {
      w = run(w, { type: 'upsertReadinessItem', item: aReadinessItem({ id: `r-${pillar}`, pillar, score: 3, evidence: 'SK Bupati' }) });
    }
    for (const d of w.dimensionSet.dimensions) {
      w = run(
        w,
        { type: 'upsertIssue', item: { id: `i-${d.id}`, dimensionId: d.id, kind: 'permasalahan', text: 'Masalah', rpjmdIssue: '' } },
        ...(['S', 'W', 'O', 'T'] as const).map((q): Command => ({ type: 'upsertSwotItem', item: { id: `s-${d.id}-${q}`, dimensionId: d.id, quadrant: q, text: `Faktor ${q}` } })),
        { type: 'upsertTowsStrategy', item: { id: `t-${d.id}`, dimensionId: d.id, kind: 'SO', text: 'Strategi', sourceItemIds: [`s-${d.id}-S`, `s-${d.id}-O`] } },
        { type: 'upsertGapAnalysis', item: { id: `g-${d.id}`, dimensionId: d.id, currentCondition: 'Kini', targetCondition: 'Nanti', gap: '' } },
      );
    }
    return w;
  };

  /** BAB II and BAB III written, one section per outline slot of Tahap I. */
  const withChapters = (w: Workshop): Workshop => {
    const slots = sectionOutline(w).flatMap((g) => g.slots).filter((slot) => sectionStage(slot.outlineKey) === 'tahap-1');
    return run(w, ...slots.map((slot, i): Command => ({ type: 'upsertSection', item: { id: `b-${i}`, outlineKey: slot.outlineKey, title: slot.title, content: richDocFromText(`Isi ${slot.title}`), ownerOpdId: null, status: 'draft' } })));
  };

  it('Tahap I is complete with scored readiness in all three core pillars, issues, SWOT, TOWS and gaps for every dimension, and BAB II and III written', () => {
    const progress = stageProgress(withChapters(tahapOne()), 'tahap-1');
    expect(progress.worksheets.flatMap((s) => s.missing)).toEqual([]);
    expect(progress.done).toBe(progress.total);
  });

  it('Tahap I is not complete while its worksheets are done but its chapters are not written', () => {
    const progress = stageProgress(tahapOne(), 'tahap-1');
    expect(progress.worksheets.flatMap((s) => s.missing)).toEqual(['12 bagian naskah belum dibuat: Kondisi Geografis dan Administrasi; Demografi; Perekonomian Daerah; dan 9 lainnya']);
    expect(progressPercent(progress)).toBeLessThan(100);
  });

  it('a section created but left empty counts as not written, and is named', () => {
    const w = withChapters(tahapOne());
    const emptied = { ...w, sections: w.sections.map((s) => (s.outlineKey === 'bab3-swot' ? { ...s, content: richDocFromText('') } : s)) };
    expect(stageProgress(emptied, 'tahap-1').worksheets.flatMap((s) => s.missing)).toEqual(['1 bagian naskah masih kosong: Analisis SWOT dan TOWS']);
  });

  it('Tahap I is not complete while one readiness item is unscored', () => {
    const w = run(withChapters(tahapOne()), { type: 'upsertReadinessItem', item: aReadinessItem({ id: 'r-extra', pillar: 'suprastruktur', evidence: 'Draf Perbup' }) });
    expect(stageProgress(w, 'tahap-1').worksheets.flatMap((s) => s.missing)).toEqual(['1 item Suprastruktur belum dinilai']);
  });

  it('a TOWS strategy kept from before it showed its SWOT factors is not complete', () => {
    const w = tahapOne();
    const unsourced = { ...w, towsStrategies: w.towsStrategies.map((t, i) => (i === 0 ? { ...t, sourceItemIds: [] } : t)) };
    const missing = worksheetProgress(unsourced, 'swot').missing;
    expect(missing).toEqual(['1 strategi TOWS belum menunjukkan faktor SWOT asalnya']);
  });

  it('a goal needs its indicator, baseline and target', () => {
    const w = run(
      emptyWorkshop(),
      { type: 'upsertMission', item: { id: 'm1', text: 'Pelayanan publik digital', dimensionIds: [] } },
      { type: 'upsertGoal', item: { id: 'g1', missionId: 'm1', text: 'Layanan daring', indicator: { name: 'Persentase layanan daring', unit: '%', baseline: null, baselineYear: null, targets: [{ year: 2030, value: 90 }] } } },
    );
    expect(worksheetProgress(w, 'visi').missing).toContain('1 tujuan belum memiliki indikator, baseline dan target');
  });

  it('the commitment sheet asks what each OPD commits to and for the chapter-by-chapter review', () => {
    const w = run(
      emptyWorkshop(),
      { type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: '2026-09-10', statement: 'Kami berkomitmen.' } },
      { type: 'upsertCommitmentEntry', item: { id: 'c1', opdId: 'bappeda', headTitle: 'Kepala Bappeda', headName: 'Ani', commitment: '' } },
    );
    expect(worksheetProgress(w, 'komitmen').missing).toEqual(['1 baris komitmen belum berisi komitmen', 'Reviu bab per bab belum dimulai']);
    const reviewed = run(w, { type: 'setReviewChecklist', items: [{ chapterKey: 'bab1', reviewed: true, note: '' }, { chapterKey: 'bab2', reviewed: false, note: '' }] });
    expect(worksheetProgress(reviewed, 'komitmen').missing).toEqual(['1 baris komitmen belum berisi komitmen', '1 bab belum direviu']);
  });

  it('the masterplan sections are complete only when every one is final', () => {
    const demo = demoWorkshop();
    const progress = worksheetProgress(demo, 'bagian');
    const notFinal = demo.sections.filter((s) => s.status !== 'final').length;
    expect(progress.missing).toContain(`${notFinal} bagian naskah belum final`);
    const allFinal = { ...demo, sections: demo.sections.map((s) => ({ ...s, status: 'final' as const })) };
    // What is left on the worksheet are Tahap IV's own sections nobody has started yet.
    expect(worksheetProgress(allFinal, 'bagian').missing).toEqual(['4 bagian naskah belum dibuat: Tim Penyusun; Ringkasan Eksekutif; Sistematika Penulisan; dan 1 lainnya']);
  });
});
