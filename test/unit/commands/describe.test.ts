import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COMMAND_TYPES, applyCommand, describeEntry, invertCommand, reversedAction, type ChangeDescription, type Command, type CommandType } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { catalogueId, type MessageKey } from '../../../renderer/src/i18n/catalogue';
import { catalogueEn } from '../../../renderer/src/i18n/catalogue-en';
import { interpolate, type Translate } from '../../../renderer/src/i18n/i18n-context';
import { wordLogChange, wordUndoRedo } from '../../../renderer/src/features/history/word-change';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

/** The demo workshop with a group's new program proposal in the inbox (the room's commands need one). */
const PROPOSAL = { id: 'usul-1', groupId: 'kelompok-smart-governance', dimensionId: 'smart-governance', elementId: 'governance-service', name: 'Layanan Izin Keliling', description: '', leadOpdId: null, issueIds: ['i-sg-antre-kantor'], proposedBy: 'Ani', status: 'baru' as const, programId: null, reason: '' };
const w = applyCommand(demoWorkshop(), { type: 'upsertProposal', item: PROPOSAL }, LATER);
const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('the demo workshop has no such item');
  return item;
};

const POLL_PLACE: ChangeDescription = { place: 'jajak-pendapat', code: 'part.changed', params: { part: 'polls' } };
const BALLOT = { voterId: 'peserta-1', voterName: 'Ani', opdId: null, paper: false, answer: { kind: 'dots' as const, dots: [{ itemId: 'a', count: 1 }] } };
const SETTINGS = { title: 'Isu prioritas', kind: 'dots' as const, items: [{ id: 'a', label: 'Antrean', ref: null }], anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 1, wordsPerPerson: 3 }, criterion: null, scaleEnds: { low: '', high: '' } };
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

/** The room's commands (issue 12): its collections by name, its own commands each in its words. */
const GROUP = { id: 'kel-1', name: 'Kelompok 1', dimensionId: 'smart-governance' };
const ROOM_COMMANDS = {
  upsertGroup: { command: { type: 'upsertGroup', item: GROUP }, expected: { place: 'data-rujukan', code: 'item.added', params: { collection: 'Group', id: 'kel-1', name: 'Kelompok 1' } } },
  removeGroup: {
    command: { type: 'removeGroup', id: 'kelompok-smart-governance' },
    expected: { place: 'data-rujukan', code: 'item.removed', params: { collection: 'Group', id: 'kelompok-smart-governance', name: 'Kelompok Smart Governance' } },
  },
  upsertProposal: {
    command: { type: 'upsertProposal', item: { ...PROPOSAL, description: 'Petugas datang ke desa' } },
    expected: { place: 'usulan', code: 'item.changed', params: { collection: 'Proposal', id: 'usul-1', name: 'Layanan Izin Keliling' } },
  },
  removeProposal: { command: { type: 'removeProposal', id: 'usul-1' }, expected: { place: 'usulan', code: 'item.removed', params: { collection: 'Proposal', id: 'usul-1', name: 'Layanan Izin Keliling' } } },
  hideCard: {
    command: { type: 'hideCard', card: 'gapAnalysis', id: 'g-sg', hidden: true },
    expected: { place: 'kesenjangan', code: 'card.hidden', params: { collection: 'GapAnalysis', id: 'g-sg', name: 'Smart Governance', hidden: true } },
  },
  mergeCards: {
    command: { type: 'mergeCards', card: 'issue', keepId: 'i-sg-antre-kantor', mergeIds: ['i-sg-layanan-digital', 'i-sg-data-tersebar'] },
    expected: { place: 'isu', code: 'cards.merged', params: { collection: 'Issue', id: 'i-sg-antre-kantor', name: expect.stringMatching(/^Pemohon izin/) as unknown as string, count: 2 } },
  },
  setWorksheetLock: { command: { type: 'setWorksheetLock', worksheet: 'swot', locked: true }, expected: { place: 'swot', code: 'worksheet.locked', params: { worksheet: 'swot', locked: true } } },
  setGroupDone: {
    command: { type: 'setGroupDone', groupId: 'kelompok-smart-governance', worksheet: 'swot', done: true },
    expected: { place: 'swot', code: 'group.done', params: { groupId: 'kelompok-smart-governance', name: 'Kelompok Smart Governance', worksheet: 'swot', done: true } },
  },
  setRoomSharing: { command: { type: 'setRoomSharing', shareAcrossGroups: true }, expected: { place: null, code: 'room.shared', params: { shared: true } } },
  acceptProposal: {
    command: { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1' },
    // The code the reducer gives the new program: the next free one of the element (SG-SV-01…03 are taken).
    expected: { place: 'usulan', code: 'proposal.decided', params: { id: 'usul-1', name: 'Layanan Izin Keliling', decision: 'diterima', program: 'SG-SV-04', reopened: false } },
  },
  mergeProposal: {
    command: { type: 'mergeProposal', proposalId: 'usul-1', programId: 'prog-sg-sv-01' },
    expected: { place: 'usulan', code: 'proposal.decided', params: { id: 'usul-1', name: 'Layanan Izin Keliling', decision: 'digabung', program: 'SG-SV-01', reopened: false } },
  },
  declineProposal: {
    command: { type: 'declineProposal', proposalId: 'usul-1', reason: 'Sudah ada' },
    expected: { place: 'usulan', code: 'proposal.decided', params: { id: 'usul-1', name: 'Layanan Izin Keliling', decision: 'ditolak', program: '', reopened: false } },
  },
} satisfies Partial<Record<CommandType, { command: Command; expected: ChangeDescription }>>;

/** One command of every type, on the demo workshop, and what the undo notice must say about it. */
const EVERY_COMMAND: Record<CommandType, { command: Command; expected: ChangeDescription }> = {
  renameWorkshop: { command: { type: 'renameWorkshop', title: 'Bimtek Baru' }, expected: { place: null, code: 'part.changed', params: { part: 'workshopTitle' } } },
  setRegionProfile: { command: { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } }, expected: { place: 'profil', code: 'region.changed', params: { fields: ['province'] } } },
  setPlanHorizon: { command: { type: 'setPlanHorizon', horizon: w.horizon }, expected: { place: 'profil', code: 'part.changed', params: { part: 'planHorizon' } } },
  setDimensionSet: { command: { type: 'setDimensionSet', dimensionSet: w.dimensionSet }, expected: { place: 'data-rujukan', code: 'part.changed', params: { part: 'dimensionSet' } } },
  setVision: { command: { type: 'setVision', vision: w.vision }, expected: { place: 'visi', code: 'part.changed', params: { part: 'vision' } } },
  setQuickWinWeights: { command: { type: 'setQuickWinWeights', weights: w.quickWins.weights }, expected: { place: 'quick-win', code: 'part.changed', params: { part: 'quickWinWeights' } } },
  setQuickWinSelection: { command: { type: 'setQuickWinSelection', selection: w.quickWins.selection }, expected: { place: 'quick-win', code: 'part.changed', params: { part: 'quickWinSelection' } } },
  setRoadmap: { command: { type: 'setRoadmap', roadmap: w.roadmap }, expected: { place: 'roadmap', code: 'part.changed', params: { part: 'roadmap' } } },
  setCommitmentDetails: {
    command: { type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: w.commitment.date, statement: w.commitment.statement } },
    expected: { place: 'komitmen', code: 'part.changed', params: { part: 'commitmentDetails' } },
  },
  setReviewChecklist: { command: { type: 'setReviewChecklist', items: [] }, expected: { place: 'komitmen', code: 'part.changed', params: { part: 'reviewChecklist' } } },
  setExportSettings: { command: { type: 'setExportSettings', settings: w.exportSettings }, expected: { place: 'pratinjau', code: 'part.changed', params: { part: 'exportSettings' } } },
  addVisionKeyword: { command: { type: 'addVisionKeyword', keyword: 'Inklusif' }, expected: { place: 'visi', code: 'part.changed', params: { part: 'vision' } } },
  removeVisionKeyword: { command: { type: 'removeVisionKeyword', keyword: 'Inklusif' }, expected: { place: 'visi', code: 'part.changed', params: { part: 'vision' } } },
  setRoadmapPhase: { command: { type: 'setRoadmapPhase', phase: 'pendek', label: 'Tahap Awal' }, expected: { place: 'roadmap', code: 'part.changed', params: { part: 'roadmap' } } },
  setRoadmapNote: { command: { type: 'setRoadmapNote', dimensionId: first(w.dimensionSet.dimensions).id, text: 'Catatan' }, expected: { place: 'roadmap', code: 'part.changed', params: { part: 'roadmap' } } },
  decideQuickWin: {
    command: { type: 'decideQuickWin', candidateId: 'qw-izin-sehari', decision: 'chosen', reason: '' },
    expected: { place: 'quick-win', code: 'item.changed', params: { collection: 'QuickWinCandidate', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  batch: {
    command: { type: 'batch', label: 'Impor program', commands: [{ type: 'removeRpjmdMapping', id: 'map-dpmptsp-izin' }] },
    expected: {
      place: 'pemetaan-rpjmd',
      code: 'batch',
      params: { count: 1, first: [{ code: 'item.removed', params: { collection: 'RpjmdMapping', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } }] },
    },
  },

  upsertOpd: { command: { type: 'upsertOpd', item: { ...first(w.opds), role: 'Koordinator' } }, expected: { place: 'data-rujukan', code: 'item.changed', params: { collection: 'Opd', id: 'setda', name: 'Sekretariat Daerah' } } },
  removeOpd: { command: { type: 'removeOpd', id: 'setda' }, expected: { place: 'data-rujukan', code: 'item.removed', params: { collection: 'Opd', id: 'setda', name: 'Sekretariat Daerah' } } },
  upsertParticipant: {
    command: { type: 'upsertParticipant', item: { id: 'peserta-baru', name: 'Ani Rahma', position: 'Analis', opdId: null, role: 'opd' } },
    expected: { place: 'komitmen', code: 'item.added', params: { collection: 'Participant', id: 'peserta-baru', name: 'Ani Rahma' } },
  },
  removeParticipant: {
    command: { type: 'removeParticipant', id: first(w.participants).id },
    expected: { place: 'komitmen', code: 'item.removed', params: { collection: 'Participant', id: first(w.participants).id, name: first(w.participants).name } },
  },
  upsertFundingSource: {
    command: { type: 'upsertFundingSource', item: { id: 'hibah-provinsi-baru', name: 'Hibah Provinsi' } },
    expected: { place: 'data-rujukan', code: 'item.added', params: { collection: 'FundingSource', id: 'hibah-provinsi-baru', name: 'Hibah Provinsi' } },
  },
  removeFundingSource: {
    command: { type: 'removeFundingSource', id: 'apbd-kabkota' },
    expected: { place: 'data-rujukan', code: 'item.removed', params: { collection: 'FundingSource', id: 'apbd-kabkota', name: 'APBD Kabupaten/Kota' } },
  },
  upsertReadinessItem: {
    command: { type: 'upsertReadinessItem', item: { ...first(w.readinessItems), score: 5 } },
    expected: { place: 'kesiapan', code: 'item.changed', params: { collection: 'ReadinessItem', id: 'r-pimpinan', name: 'Komitmen kepala daerah dan pimpinan OPD' } },
  },
  removeReadinessItem: {
    command: { type: 'removeReadinessItem', id: 'r-pimpinan' },
    expected: { place: 'kesiapan', code: 'item.removed', params: { collection: 'ReadinessItem', id: 'r-pimpinan', name: 'Komitmen kepala daerah dan pimpinan OPD' } },
  },
  upsertIssue: {
    command: { type: 'upsertIssue', item: { id: 'isu-baru', dimensionId: 'smart-governance', kind: 'potensi', text: 'Warga muda melek digital', rpjmdIssue: '' } },
    expected: { place: 'isu', code: 'item.added', params: { collection: 'Issue', id: 'isu-baru', name: 'Warga muda melek digital' } },
  },
  removeIssue: {
    command: { type: 'removeIssue', id: first(w.issues).id },
    expected: { place: 'isu', code: 'item.removed', params: { collection: 'Issue', id: first(w.issues).id, name: expect.stringMatching(/^Pemohon izin dan layanan administrasi .{20,}…$/) as unknown as string } },
  },
  upsertSwotItem: {
    command: { type: 'upsertSwotItem', item: { ...first(w.swotItems), text: 'Perizinan sudah digital' } },
    expected: { place: 'swot', code: 'item.changed', params: { collection: 'SwotItem', id: 's-sg-s1', name: 'Perizinan sudah digital' } },
  },
  removeSwotItem: { command: { type: 'removeSwotItem', id: 's-sg-s1' }, expected: { place: 'swot', code: 'item.removed', params: { collection: 'SwotItem', id: 's-sg-s1', name: expect.stringMatching(/^Perizinan DPMPTSP/) as unknown as string } } },
  upsertTowsStrategy: {
    command: { type: 'upsertTowsStrategy', item: { ...first(w.towsStrategies), text: 'Replikasi layanan daring' } },
    expected: { place: 'swot', code: 'item.changed', params: { collection: 'TowsStrategy', id: 't-sg-so', name: 'Replikasi layanan daring' } },
  },
  removeTowsStrategy: { command: { type: 'removeTowsStrategy', id: 't-sg-so' }, expected: { place: 'swot', code: 'item.removed', params: { collection: 'TowsStrategy', id: 't-sg-so', name: expect.stringMatching(/^Mereplikasi/) as unknown as string } } },
  upsertGapAnalysis: {
    command: { type: 'upsertGapAnalysis', item: { ...first(w.gapAnalyses), gap: 'Integrasi' } },
    expected: { place: 'kesenjangan', code: 'item.changed', params: { collection: 'GapAnalysis', id: 'g-sg', name: 'Smart Governance' } },
  },
  removeGapAnalysis: { command: { type: 'removeGapAnalysis', id: 'g-sg' }, expected: { place: 'kesenjangan', code: 'item.removed', params: { collection: 'GapAnalysis', id: 'g-sg', name: 'Smart Governance' } } },
  upsertMission: {
    command: { type: 'upsertMission', item: { id: 'misi-baru', text: 'Mewujudkan desa digital', dimensionIds: [] } },
    expected: { place: 'visi', code: 'item.added', params: { collection: 'Mission', id: 'misi-baru', name: 'Mewujudkan desa digital' } },
  },
  removeMission: {
    command: { type: 'removeMission', id: 'm-governance' },
    expected: { place: 'visi', code: 'item.removed', params: { collection: 'Mission', id: 'm-governance', name: 'Mewujudkan pelayanan publik digital yang cepat, mudah dan dapat diurus tanpa…' } },
  },
  upsertGoal: {
    command: { type: 'upsertGoal', item: { ...first(w.goals), indicator: { ...first(w.goals).indicator, baseline: 95 } } },
    expected: { place: 'visi', code: 'item.changed', params: { collection: 'Goal', id: 'goal-layanan-daring', name: 'Meningkatkan layanan publik yang dapat diurus secara daring.' } },
  },
  removeGoal: { command: { type: 'removeGoal', id: 'goal-layanan-daring' }, expected: { place: 'visi', code: 'item.removed', params: { collection: 'Goal', id: 'goal-layanan-daring', name: first(w.goals).text } } },
  upsertProgram: {
    command: { type: 'upsertProgram', item: { ...first(w.programs), leadOpdId: 'setda' } },
    expected: { place: 'program', code: 'item.changed', params: { collection: 'Program', id: 'prog-sg-sv-01', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  removeProgram: {
    command: { type: 'removeProgram', id: 'prog-sg-sv-01' },
    expected: { place: 'program', code: 'item.removed', params: { collection: 'Program', id: 'prog-sg-sv-01', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  upsertRpjmdMapping: {
    command: { type: 'upsertRpjmdMapping', item: { ...first(w.rpjmdMappings), kegiatan: 'Pelayanan terpadu' } },
    expected: { place: 'pemetaan-rpjmd', code: 'item.changed', params: { collection: 'RpjmdMapping', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } },
  },
  removeRpjmdMapping: {
    command: { type: 'removeRpjmdMapping', id: 'map-dpmptsp-izin' },
    expected: { place: 'pemetaan-rpjmd', code: 'item.removed', params: { collection: 'RpjmdMapping', id: 'map-dpmptsp-izin', name: 'Peningkatan kualitas pelayanan publik' } },
  },
  upsertSection: {
    command: { type: 'upsertSection', item: { ...first(w.sections), status: 'final' } },
    expected: { place: 'bagian', code: 'item.changed', params: { collection: 'Section', id: first(w.sections).id, name: 'Kata Sambutan Bupati Malang' } },
  },
  removeSection: {
    command: { type: 'removeSection', id: first(w.sections).id },
    expected: { place: 'bagian', code: 'item.removed', params: { collection: 'Section', id: first(w.sections).id, name: 'Kata Sambutan Bupati Malang' } },
  },
  upsertDimension: {
    command: { type: 'upsertDimension', item: { ...first(w.dimensionSet.dimensions), meaningId: 'Tata kelola' } },
    expected: { place: 'data-rujukan', code: 'item.changed', params: { collection: 'Dimension', id: first(w.dimensionSet.dimensions).id, name: 'Smart Governance' } },
  },
  removeDimension: {
    command: { type: 'removeDimension', id: first(w.dimensionSet.dimensions).id },
    expected: { place: 'data-rujukan', code: 'item.removed', params: { collection: 'Dimension', id: first(w.dimensionSet.dimensions).id, name: 'Smart Governance' } },
  },
  upsertQuickWinCandidate: {
    command: { type: 'upsertQuickWinCandidate', item: { ...first(w.quickWins.candidates), overrideReason: 'Arahan Bupati' } },
    expected: { place: 'quick-win', code: 'item.changed', params: { collection: 'QuickWinCandidate', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  removeQuickWinCandidate: {
    command: { type: 'removeQuickWinCandidate', id: 'qw-izin-sehari' },
    expected: { place: 'quick-win', code: 'item.removed', params: { collection: 'QuickWinCandidate', id: 'qw-izin-sehari', name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' } },
  },
  upsertCommitmentEntry: {
    command: { type: 'upsertCommitmentEntry', item: { ...first(w.commitment.entries), headName: 'Drs. H. M. Sanusi' } },
    expected: { place: 'komitmen', code: 'item.changed', params: { collection: 'CommitmentEntry', id: 'c-bupati', name: 'Bupati Malang' } },
  },
  removeCommitmentEntry: {
    command: { type: 'removeCommitmentEntry', id: 'c-bupati' },
    expected: { place: 'komitmen', code: 'item.removed', params: { collection: 'CommitmentEntry', id: 'c-bupati', name: 'Bupati Malang' } },
  },
  setBimtekStage: {
    command: { type: 'setBimtekStage', stage: 'tahap-3', details: { ...w.bimtek.stages['tahap-3'], venue: 'Hotel Santika, Malang' } },
    expected: { place: 'pelaksanaan', code: 'part.changed', params: { part: 'bimtekStages' } },
  },
  upsertBimtekAttendee: {
    command: { type: 'upsertBimtekAttendee', item: { ...first(w.bimtek.attendees), title: 'Asisten Pemerintahan' } },
    expected: { place: 'pelaksanaan', code: 'item.changed', params: { collection: 'BimtekAttendee', id: 'hadir-01', name: 'Wahyu Hidayat' } },
  },
  removeBimtekAttendee: {
    command: { type: 'removeBimtekAttendee', id: 'hadir-08' },
    expected: { place: 'pelaksanaan', code: 'item.removed', params: { collection: 'BimtekAttendee', id: 'hadir-08', name: 'Kepala Bagian Organisasi' } },
  },
  ...POLL_COMMANDS,
  ...ROOM_COMMANDS,
};

const tIn =
  (catalogue: Record<MessageKey, string>): Translate =>
  (key, values) =>
    interpolate(catalogue[key], values);
const tId = tIn(catalogueId);
const tEn = tIn(catalogueEn);

/**
 * A log entry as the store writes it: the command and its inverse on the workshop it was applied to.
 * The demo has no poll, so a poll command has no inverse there; the describer needs none for it.
 */
const entryOn = (before: Workshop, command: Command) => {
  let inverse: { type: string };
  try {
    inverse = invertCommand(before, command);
  } catch {
    inverse = { type: 'batch', commands: [] } as { type: string };
  }
  return { command, inverse };
};
const describeOn = (before: Workshop, command: Command): ChangeDescription => describeEntry(entryOn(before, command), before);

describe('describing a logged change (Riwayat and the undo/redo notice)', () => {
  it.each(Object.entries(EVERY_COMMAND))('%s names what it changes and the page where it is edited', (_type, { command, expected }) => {
    expect(describeOn(w, command)).toEqual(expected);
  });

  it('has one sample of every command type the registry knows', () => {
    expect(Object.keys(EVERY_COMMAND).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it.each(Object.entries(EVERY_COMMAND))('%s gets its own words in Riwayat and in the undo and redo notices, in Indonesian and English', (type, { command }) => {
    const change = describeOn(w, command);
    expect(change.code).not.toBe('unknown');
    // An undo is described as the core logs it: the inverse applied after the command, and that inverse's own inverse.
    // Never the generic words either (poll commands have none on the demo: it has no poll).
    let undo: ChangeDescription | null = null;
    try {
      const after = applyCommand(w, command, LATER);
      const applied = invertCommand(w, command);
      undo = describeEntry({ command: applied, inverse: invertCommand(after, applied) }, after);
    } catch {
      undo = null;
    }
    if (undo) expect(undo.code, 'its undo').not.toBe('unknown');
    for (const t of [tId, tEn]) {
      const texts = [wordLogChange(t, change), wordUndoRedo(t, 'redo', change), ...(undo ? [wordUndoRedo(t, 'undo', undo), wordLogChange(t, undo)] : [])];
      for (const words of texts) {
        expect(words).not.toMatch(/\{\w+\}|undefined/);
        expect(words).not.toContain(t('history.change.other', { type }));
        expect(words).not.toContain(type);
      }
    }
  });

  it('covers every collection with both its upsert and its remove', () => {
    for (const name of COLLECTION_NAMES) {
      expect(Object.keys(EVERY_COMMAND)).toContain(`upsert${name}`);
      expect(Object.keys(EVERY_COMMAND)).toContain(`remove${name}`);
    }
  });

  it('names every field a region-profile patch sets, and none it leaves out', () => {
    const described = describeOn(w, { type: 'setRegionProfile', patch: { population: 2_700_000, regionalHead: { title: 'Bupati', name: 'Sanusi', deputyName: '', deputyTitle: '' } } });
    expect(described).toEqual({ place: 'profil', code: 'region.changed', params: { fields: ['population', 'regionalHead'] } });
  });

  it('an undo of a province edit is described from the command the core applies (the inverse)', () => {
    const edit: Command = { type: 'setRegionProfile', patch: { province: 'Jawa Tengah' } };
    expect(describeOn(w, invertCommand(w, edit))).toEqual({ place: 'profil', code: 'region.changed', params: { fields: ['province'] } });
  });

  it('tells an addition from a change by the inverse alone, and names a removed item from the inverse that puts it back', () => {
    const program = { ...first(w.programs), id: 'prog-baru', code: 'SG-SV-09', name: 'Layanan Baru' };
    const added = describeOn(w, { type: 'upsertProgram', item: program });
    expect(added).toMatchObject({ code: 'item.added', params: { name: 'Layanan Baru' } });
    const withProgram: Workshop = { ...w, programs: [...w.programs, program] };
    // No workshop at all: the log line says everything.
    const removal = entryOn(withProgram, { type: 'removeProgram', id: 'prog-baru' });
    expect(describeEntry(removal, null)).toMatchObject({ code: 'item.removed', params: { collection: 'Program', id: 'prog-baru', name: 'Layanan Baru' } });
    const edit = entryOn(withProgram, { type: 'upsertProgram', item: { ...program, name: 'Layanan Baru Sekali' } });
    expect(describeEntry(edit, null)).toMatchObject({ code: 'item.changed', params: { name: 'Layanan Baru Sekali' }, place: 'program' });
    expect(reversedAction('removed')).toBe('added');
    expect(reversedAction('added')).toBe('removed');
    expect(reversedAction('changed')).toBe('changed');
  });

  it('a program edit that only touches another worksheet’s fields points to that worksheet', () => {
    const p = first(w.programs);
    expect(describeOn(w, { type: 'upsertProgram', item: { ...p, innovationDescription: 'Izin selesai sehari' } }).place).toBe('inovasi');
    expect(describeOn(w, { type: 'upsertProgram', item: { ...p, years: [2026, 2027] } }).place).toBe('roadmap');
    expect(describeOn(w, { type: 'upsertProgram', item: { ...p, rpjmdAlignment: { ...p.rpjmdAlignment, kegiatan: 'Pelayanan' } } }).place).toBe('pemetaan-rpjmd');
    expect(describeOn(w, { type: 'upsertProgram', item: { ...p, name: 'Izin Sehari', years: [2027] } }).place).toBe('program');
  });

  it('undoing a removed section names the section by its title, added back', () => {
    const section = first(w.sections);
    const without: Workshop = { ...w, sections: w.sections.slice(1) };
    expect(describeOn(without, { type: 'upsertSection', item: section })).toEqual({
      place: 'bagian',
      code: 'item.added',
      params: { collection: 'Section', id: section.id, name: 'Kata Sambutan Bupati Malang' },
    });
  });

  it('a batch is told by its count and its first two parts, each added or changed as its own inverse says', () => {
    const p = first(w.programs);
    const batch: Command = {
      type: 'batch',
      label: 'Impor program',
      commands: [
        { type: 'upsertProgram', item: { ...p, id: 'prog-a', code: 'SG-SV-20', name: 'Angkot Pintar' } },
        { type: 'upsertProgram', item: { ...p, name: 'Perizinan Kilat' } },
        { type: 'upsertProgram', item: { ...p, id: 'prog-c', code: 'SG-SV-21', name: 'Pasar Daring' } },
      ],
    };
    expect(describeEntry(entryOn(w, batch), null)).toEqual({
      place: 'program',
      code: 'batch',
      params: {
        count: 3,
        first: [
          { code: 'item.added', params: { collection: 'Program', id: 'prog-a', name: 'Angkot Pintar' } },
          { code: 'item.changed', params: { collection: 'Program', id: p.id, name: 'Perizinan Kilat' } },
        ],
      },
    });
  });

  it('a snapshot restore says which revision it brought back, and an unknown command its type', () => {
    const restore = { type: 'restoreSnapshot', snapshotId: '2026-01-01T00-00-00_r42_interval' };
    expect(describeEntry({ command: restore, inverse: restore }, null)).toEqual({ place: null, code: 'snapshot.restored', params: { revision: 42 } });
    expect(describeEntry({ command: { type: 'restoreSnapshot' }, inverse: { type: 'restoreSnapshot' } }, null)).toMatchObject({ params: { revision: null } });
    expect(describeEntry({ command: { type: 'teleportProgram' }, inverse: { type: 'teleportProgram' } }, null)).toEqual({ place: null, code: 'unknown', params: { type: 'teleportProgram' } });
  });

  it('applying a poll’s result points at the worksheet its inverse puts back', () => {
    const back = { type: 'batch', commands: [{ type: 'upsertIssue', item: first(w.issues), index: 0 }] };
    expect(describeEntry({ command: { type: 'applyPollResult', pollId: 'poll-1' } as Command, inverse: back }, null)).toEqual({ place: 'isu', code: 'part.changed', params: { part: 'polls' } });
  });
});
