import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, describeCommand, invertCommand, reversedAction, type ChangeDescription, type Command, type CommandType } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { demoWorkshop } from '../logic/workshop-fixtures';

const w = demoWorkshop();
const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('the demo workshop has no such item');
  return item;
};

const POLL_PLACE: ChangeDescription = { place: 'jajak-pendapat', what: { kind: 'singleton', part: 'polls' } };
const BALLOT = { voterId: 'peserta-1', voterName: 'Ani', opdId: null, paper: false, answer: { kind: 'dots' as const, dots: [{ itemId: 'a', count: 1 }] } };
const SETTINGS = { title: 'Isu prioritas', kind: 'dots' as const, items: [{ id: 'a', label: 'Antrean', ref: null }], anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 1, wordsPerPerson: 3 }, criterion: null };
/** Poll commands are told as the polls page (applying a result: the worksheet it wrote to, or the polls page when there is none). */
const POLL_COMMANDS = {
  createPoll: { command: { type: 'createPoll', pollId: 'poll-1', settings: SETTINGS }, expected: POLL_PLACE },
  updatePoll: { command: { type: 'updatePoll', pollId: 'poll-1', settings: SETTINGS }, expected: POLL_PLACE },
  removePoll: { command: { type: 'removePoll', pollId: 'poll-1' }, expected: POLL_PLACE },
  restorePoll: { command: { type: 'restorePoll', poll: { id: 'poll-1', ...SETTINGS, status: 'draft', revealed: false, ballots: [] } }, expected: POLL_PLACE },
  openPoll: { command: { type: 'openPoll', pollId: 'poll-1' }, expected: POLL_PLACE },
  closePoll: { command: { type: 'closePoll', pollId: 'poll-1' }, expected: POLL_PLACE },
  revealPoll: { command: { type: 'revealPoll', pollId: 'poll-1', revealed: true }, expected: POLL_PLACE },
  setPollState: { command: { type: 'setPollState', pollId: 'poll-1', status: 'open', revealed: false }, expected: POLL_PLACE },
  castBallot: { command: { type: 'castBallot', pollId: 'poll-1', ballot: BALLOT }, expected: POLL_PLACE },
  addPaperBallot: { command: { type: 'addPaperBallot', pollId: 'poll-1', ballot: { ...BALLOT, voterId: 'kertas-1', paper: true } }, expected: POLL_PLACE },
  removeBallot: { command: { type: 'removeBallot', pollId: 'poll-1', voterId: 'peserta-1' }, expected: POLL_PLACE },
  applyPollResult: { command: { type: 'applyPollResult', pollId: 'poll-1' }, expected: POLL_PLACE },
} satisfies Partial<Record<CommandType, { command: Command; expected: ChangeDescription }>>;

/** One command of every type, on the demo workshop, and what the undo notice must say about it. */
const EVERY_COMMAND: Record<CommandType, { command: Command; expected: ChangeDescription }> = {
  renameWorkshop: { command: { type: 'renameWorkshop', title: 'Bimtek Baru' }, expected: { place: null, what: { kind: 'singleton', part: 'workshopTitle' } } },
  setRegionProfile: { command: { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } }, expected: { place: 'profil', what: { kind: 'region', fields: ['province'] } } },
  setPlanHorizon: { command: { type: 'setPlanHorizon', horizon: w.horizon }, expected: { place: 'profil', what: { kind: 'singleton', part: 'planHorizon' } } },
  setDimensionSet: { command: { type: 'setDimensionSet', dimensionSet: w.dimensionSet }, expected: { place: 'data-rujukan', what: { kind: 'singleton', part: 'dimensionSet' } } },
  setVision: { command: { type: 'setVision', vision: w.vision }, expected: { place: 'visi', what: { kind: 'singleton', part: 'vision' } } },
  setQuickWinWeights: { command: { type: 'setQuickWinWeights', weights: w.quickWins.weights }, expected: { place: 'quick-win', what: { kind: 'singleton', part: 'quickWinWeights' } } },
  setQuickWinSelection: { command: { type: 'setQuickWinSelection', selection: w.quickWins.selection }, expected: { place: 'quick-win', what: { kind: 'singleton', part: 'quickWinSelection' } } },
  setRoadmap: { command: { type: 'setRoadmap', roadmap: w.roadmap }, expected: { place: 'roadmap', what: { kind: 'singleton', part: 'roadmap' } } },
  setCommitmentDetails: {
    command: { type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: w.commitment.date, statement: w.commitment.statement } },
    expected: { place: 'komitmen', what: { kind: 'singleton', part: 'commitmentDetails' } },
  },
  setReviewChecklist: { command: { type: 'setReviewChecklist', items: [] }, expected: { place: 'komitmen', what: { kind: 'singleton', part: 'reviewChecklist' } } },
  setExportSettings: { command: { type: 'setExportSettings', settings: w.exportSettings }, expected: { place: 'pratinjau', what: { kind: 'singleton', part: 'exportSettings' } } },
  addVisionKeyword: { command: { type: 'addVisionKeyword', keyword: 'Inklusif' }, expected: { place: 'visi', what: { kind: 'singleton', part: 'vision' } } },
  removeVisionKeyword: { command: { type: 'removeVisionKeyword', keyword: 'Inklusif' }, expected: { place: 'visi', what: { kind: 'singleton', part: 'vision' } } },
  setRoadmapPhase: { command: { type: 'setRoadmapPhase', phase: 'pendek', label: 'Tahap Awal' }, expected: { place: 'roadmap', what: { kind: 'singleton', part: 'roadmap' } } },
  setRoadmapNote: { command: { type: 'setRoadmapNote', dimensionId: first(w.dimensionSet.dimensions).id, text: 'Catatan' }, expected: { place: 'roadmap', what: { kind: 'singleton', part: 'roadmap' } } },
  decideQuickWin: {
    command: { type: 'decideQuickWin', candidateId: 'qw-izin-sehari', decision: 'chosen', reason: '' },
    expected: { place: 'quick-win', what: { kind: 'item', collection: 'QuickWinCandidate', action: 'changed', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  batch: {
    command: { type: 'batch', label: 'Impor program', commands: [{ type: 'removeRpjmdMapping', id: 'map-dpmptsp-izin' }] },
    expected: { place: 'pemetaan-rpjmd', what: { kind: 'item', collection: 'RpjmdMapping', action: 'removed', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } },
  },

  upsertOpd: { command: { type: 'upsertOpd', item: { ...first(w.opds), role: 'Koordinator' } }, expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'Opd', action: 'changed', id: 'setda', name: 'Sekretariat Daerah' } } },
  removeOpd: { command: { type: 'removeOpd', id: 'setda' }, expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'Opd', action: 'removed', id: 'setda', name: 'Sekretariat Daerah' } } },
  upsertParticipant: {
    command: { type: 'upsertParticipant', item: { id: 'peserta-baru', name: 'Ani Rahma', position: 'Analis', opdId: null, role: 'opd' } },
    expected: { place: 'komitmen', what: { kind: 'item', collection: 'Participant', action: 'added', id: 'peserta-baru', name: 'Ani Rahma' } },
  },
  removeParticipant: {
    command: { type: 'removeParticipant', id: first(w.participants).id },
    expected: { place: 'komitmen', what: { kind: 'item', collection: 'Participant', action: 'removed', id: first(w.participants).id, name: first(w.participants).name } },
  },
  upsertFundingSource: {
    command: { type: 'upsertFundingSource', item: { id: 'hibah-provinsi-baru', name: 'Hibah Provinsi' } },
    expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'FundingSource', action: 'added', id: 'hibah-provinsi-baru', name: 'Hibah Provinsi' } },
  },
  removeFundingSource: {
    command: { type: 'removeFundingSource', id: 'apbd-kabkota' },
    expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'FundingSource', action: 'removed', id: 'apbd-kabkota', name: 'APBD Kabupaten/Kota' } },
  },
  upsertReadinessItem: {
    command: { type: 'upsertReadinessItem', item: { ...first(w.readinessItems), score: 5 } },
    expected: { place: 'kesiapan', what: { kind: 'item', collection: 'ReadinessItem', action: 'changed', id: 'r-pimpinan', name: 'Komitmen kepala daerah dan pimpinan OPD' } },
  },
  removeReadinessItem: {
    command: { type: 'removeReadinessItem', id: 'r-pimpinan' },
    expected: { place: 'kesiapan', what: { kind: 'item', collection: 'ReadinessItem', action: 'removed', id: 'r-pimpinan', name: 'Komitmen kepala daerah dan pimpinan OPD' } },
  },
  upsertIssue: {
    command: { type: 'upsertIssue', item: { id: 'isu-baru', dimensionId: 'smart-governance', kind: 'potensi', text: 'Warga muda melek digital', rpjmdIssue: '' } },
    expected: { place: 'isu', what: { kind: 'item', collection: 'Issue', action: 'added', id: 'isu-baru', name: 'Warga muda melek digital' } },
  },
  removeIssue: {
    command: { type: 'removeIssue', id: first(w.issues).id },
    expected: { place: 'isu', what: { kind: 'item', collection: 'Issue', action: 'removed', id: first(w.issues).id, name: expect.stringMatching(/^Pemohon izin dan layanan administrasi .{20,}…$/) as unknown as string } },
  },
  upsertSwotItem: {
    command: { type: 'upsertSwotItem', item: { ...first(w.swotItems), text: 'Perizinan sudah digital' } },
    expected: { place: 'swot', what: { kind: 'item', collection: 'SwotItem', action: 'changed', id: 's-sg-s1', name: 'Perizinan sudah digital' } },
  },
  removeSwotItem: { command: { type: 'removeSwotItem', id: 's-sg-s1' }, expected: { place: 'swot', what: { kind: 'item', collection: 'SwotItem', action: 'removed', id: 's-sg-s1', name: expect.stringMatching(/^Perizinan DPMPTSP/) as unknown as string } } },
  upsertTowsStrategy: {
    command: { type: 'upsertTowsStrategy', item: { ...first(w.towsStrategies), text: 'Replikasi layanan daring' } },
    expected: { place: 'swot', what: { kind: 'item', collection: 'TowsStrategy', action: 'changed', id: 't-sg-so', name: 'Replikasi layanan daring' } },
  },
  removeTowsStrategy: { command: { type: 'removeTowsStrategy', id: 't-sg-so' }, expected: { place: 'swot', what: { kind: 'item', collection: 'TowsStrategy', action: 'removed', id: 't-sg-so', name: expect.stringMatching(/^Mereplikasi/) as unknown as string } } },
  upsertGapAnalysis: {
    command: { type: 'upsertGapAnalysis', item: { ...first(w.gapAnalyses), gap: 'Integrasi' } },
    expected: { place: 'kesenjangan', what: { kind: 'item', collection: 'GapAnalysis', action: 'changed', id: 'g-sg', name: 'Smart Governance' } },
  },
  removeGapAnalysis: { command: { type: 'removeGapAnalysis', id: 'g-sg' }, expected: { place: 'kesenjangan', what: { kind: 'item', collection: 'GapAnalysis', action: 'removed', id: 'g-sg', name: 'Smart Governance' } } },
  upsertMission: {
    command: { type: 'upsertMission', item: { id: 'misi-baru', text: 'Mewujudkan desa digital', dimensionIds: [] } },
    expected: { place: 'visi', what: { kind: 'item', collection: 'Mission', action: 'added', id: 'misi-baru', name: 'Mewujudkan desa digital' } },
  },
  removeMission: {
    command: { type: 'removeMission', id: 'm-governance' },
    expected: { place: 'visi', what: { kind: 'item', collection: 'Mission', action: 'removed', id: 'm-governance', name: 'Mewujudkan pelayanan publik digital yang cepat, mudah dan dapat diurus tanpa…' } },
  },
  upsertGoal: {
    command: { type: 'upsertGoal', item: { ...first(w.goals), target: '95' } },
    expected: { place: 'visi', what: { kind: 'item', collection: 'Goal', action: 'changed', id: 'goal-layanan-daring', name: 'Meningkatkan layanan publik yang dapat diurus secara daring.' } },
  },
  removeGoal: { command: { type: 'removeGoal', id: 'goal-layanan-daring' }, expected: { place: 'visi', what: { kind: 'item', collection: 'Goal', action: 'removed', id: 'goal-layanan-daring', name: first(w.goals).text } } },
  upsertProgram: {
    command: { type: 'upsertProgram', item: { ...first(w.programs), leadOpdId: 'setda' } },
    expected: { place: 'program', what: { kind: 'item', collection: 'Program', action: 'changed', id: 'prog-sg-sv-01', name: 'SG-SV-01 Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  removeProgram: {
    command: { type: 'removeProgram', id: 'prog-sg-sv-01' },
    expected: { place: 'program', what: { kind: 'item', collection: 'Program', action: 'removed', id: 'prog-sg-sv-01', name: 'SG-SV-01 Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  upsertRpjmdMapping: {
    command: { type: 'upsertRpjmdMapping', item: { ...first(w.rpjmdMappings), kegiatan: 'Pelayanan terpadu' } },
    expected: { place: 'pemetaan-rpjmd', what: { kind: 'item', collection: 'RpjmdMapping', action: 'changed', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } },
  },
  removeRpjmdMapping: {
    command: { type: 'removeRpjmdMapping', id: 'map-dpmptsp-izin' },
    expected: { place: 'pemetaan-rpjmd', what: { kind: 'item', collection: 'RpjmdMapping', action: 'removed', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } },
  },
  upsertSection: {
    command: { type: 'upsertSection', item: { ...first(w.sections), status: 'final' } },
    expected: { place: 'bagian', what: { kind: 'item', collection: 'Section', action: 'changed', id: first(w.sections).id, name: 'Kata Sambutan Bupati Malang' } },
  },
  removeSection: {
    command: { type: 'removeSection', id: first(w.sections).id },
    expected: { place: 'bagian', what: { kind: 'item', collection: 'Section', action: 'removed', id: first(w.sections).id, name: 'Kata Sambutan Bupati Malang' } },
  },
  upsertDimension: {
    command: { type: 'upsertDimension', item: { ...first(w.dimensionSet.dimensions), meaningId: 'Tata kelola' } },
    expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'Dimension', action: 'changed', id: first(w.dimensionSet.dimensions).id, name: 'Smart Governance' } },
  },
  removeDimension: {
    command: { type: 'removeDimension', id: first(w.dimensionSet.dimensions).id },
    expected: { place: 'data-rujukan', what: { kind: 'item', collection: 'Dimension', action: 'removed', id: first(w.dimensionSet.dimensions).id, name: 'Smart Governance' } },
  },
  upsertQuickWinCandidate: {
    command: { type: 'upsertQuickWinCandidate', item: { ...first(w.quickWins.candidates), overrideReason: 'Arahan Bupati' } },
    expected: { place: 'quick-win', what: { kind: 'item', collection: 'QuickWinCandidate', action: 'changed', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  removeQuickWinCandidate: {
    command: { type: 'removeQuickWinCandidate', id: 'qw-izin-sehari' },
    expected: { place: 'quick-win', what: { kind: 'item', collection: 'QuickWinCandidate', action: 'removed', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  upsertCommitmentEntry: {
    command: { type: 'upsertCommitmentEntry', item: { ...first(w.commitment.entries), headName: 'Drs. H. M. Sanusi' } },
    expected: { place: 'komitmen', what: { kind: 'item', collection: 'CommitmentEntry', action: 'changed', id: 'c-bupati', name: 'Bupati Malang' } },
  },
  removeCommitmentEntry: {
    command: { type: 'removeCommitmentEntry', id: 'c-bupati' },
    expected: { place: 'komitmen', what: { kind: 'item', collection: 'CommitmentEntry', action: 'removed', id: 'c-bupati', name: 'Bupati Malang' } },
  },
  ...POLL_COMMANDS,
};

describe('describing a command for the undo/redo notice', () => {
  it.each(Object.entries(EVERY_COMMAND))('%s names what it changes and the page where it is edited', (_type, { command, expected }) => {
    expect(describeCommand(command, w)).toEqual(expected);
  });

  it('covers every collection with both its upsert and its remove', () => {
    for (const name of COLLECTION_NAMES) {
      expect(Object.keys(EVERY_COMMAND)).toContain(`upsert${name}`);
      expect(Object.keys(EVERY_COMMAND)).toContain(`remove${name}`);
    }
  });

  it('names every field a region-profile patch sets, and none it leaves out', () => {
    const described = describeCommand({ type: 'setRegionProfile', patch: { population: 2_700_000, regionalHead: { title: 'Bupati', name: 'Sanusi', deputyName: '' } } }, w);
    expect(described).toEqual({ place: 'profil', what: { kind: 'region', fields: ['population', 'regionalHead'] } });
  });

  it('an undo of a province edit is described from the command the core applies (the inverse)', () => {
    const edit: Command = { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } };
    expect(describeCommand(invertCommand(w, edit), w)).toEqual({ place: 'profil', what: { kind: 'region', fields: ['province'] } });
  });

  it('undoing an added program removes it: the notice reverses the action back to what the user did', () => {
    const program = { ...first(w.programs), id: 'prog-baru', code: 'SG-SV-09', name: 'Layanan Baru' };
    const added = describeCommand({ type: 'upsertProgram', item: program }, w);
    expect(added.what).toMatchObject({ kind: 'item', action: 'added', name: 'SG-SV-09 Layanan Baru' });
    const withProgram: Workshop = { ...w, programs: [...w.programs, program] };
    const undo = describeCommand({ type: 'removeProgram', id: 'prog-baru' }, withProgram);
    expect(undo.what).toMatchObject({ kind: 'item', action: 'removed', name: 'SG-SV-09 Layanan Baru' });
    expect(reversedAction('removed')).toBe('added');
    expect(reversedAction('added')).toBe('removed');
    expect(reversedAction('changed')).toBe('changed');
  });

  it('a program edit that only touches another worksheet’s fields points to that worksheet', () => {
    const p = first(w.programs);
    expect(describeCommand({ type: 'upsertProgram', item: { ...p, innovationDescription: 'Izin selesai sehari' } }, w).place).toBe('inovasi');
    expect(describeCommand({ type: 'upsertProgram', item: { ...p, years: [2026, 2027] } }, w).place).toBe('roadmap');
    expect(describeCommand({ type: 'upsertProgram', item: { ...p, rpjmdAlignment: { ...p.rpjmdAlignment, kegiatan: 'Pelayanan' } } }, w).place).toBe('pemetaan-rpjmd');
    expect(describeCommand({ type: 'upsertProgram', item: { ...p, name: 'Izin Sehari', years: [2027] } }, w).place).toBe('program');
  });

  it('undoing a removed section names the section by its title, added back', () => {
    const section = first(w.sections);
    const without: Workshop = { ...w, sections: w.sections.slice(1) };
    expect(describeCommand({ type: 'upsertSection', item: section }, without)).toEqual({
      place: 'bagian',
      what: { kind: 'item', collection: 'Section', action: 'added', id: section.id, name: 'Kata Sambutan Bupati Malang' },
    });
  });
});
