import { describe, expect, it } from 'vitest';
import {
  AppError,
  COLLECTION_NAMES,
  COMMAND_DEFS,
  CommandSchema,
  MAX_BATCH_COMMANDS,
  applyCommand,
  applyNewCommand,
  collectionSpec,
  invertCommand,
  keysOverlap,
  touchesOf,
  type Command,
  type CommandType,
} from '../../../shared/commands';
import { OUT_OF_SCOPE_MESSAGE, opdScopeProblem } from '../../../shared/handoff';
import { wordError } from '../../../shared/i18n/errors';
import { pollSettings, type Poll, type Workshop } from '../../../shared/model';
import { LATER, aProgram, demoWorkshop } from '../logic/workshop-fixtures';

/*
 * Every command definition through one table: a sample command on the demo workshop (plus a few
 * reference items nothing uses yet), applied, inverted and applied again; what it touches against
 * a structural diff of before and after; who may send it; and what a removal does to what points at it.
 */

const run = (w: Workshop, c: Command): Workshop => applyCommand(w, c, LATER);
const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('the fixture has no such item');
  return item;
};

const dots = (...ids: string[]) => ({ kind: 'dots', dots: ids.map((itemId) => ({ itemId, count: 1 })) });
/**
 * Polls of the room: an open dot vote over three issues with two phone ballots and a paper one, a
 * draft ranking, a closed word cloud and a closed 1–5 scale of quick-win candidates on impact.
 */
const pollFixture = (demo: Workshop) => {
  const issues = demo.issues.slice(0, 3).map((i) => ({ id: `isu-${i.id}`, label: i.text.slice(0, 60), ref: { source: 'issue', id: i.id } }));
  const [a, b] = issues.map((i) => i.id);
  const candidates = demo.quickWins.candidates.slice(0, 2).map((c) => ({ id: `qw-${c.id}`, label: c.id, ref: { source: 'quickWinCandidate', id: c.id } }));
  const limits = { dotsPerPerson: 3, maxPerItem: 2, wordsPerPerson: 3 };
  return [
    { type: 'createPoll', pollId: 'poll-isu', settings: { title: 'Isu paling mendesak', kind: 'dots', items: issues, anonymous: true, limits } },
    { type: 'openPoll', pollId: 'poll-isu' },
    { type: 'castBallot', pollId: 'poll-isu', ballot: { voterId: 'peserta-a', voterName: 'Ani', opdId: 'bappeda', answer: dots(a ?? '', b ?? '') } },
    { type: 'castBallot', pollId: 'poll-isu', ballot: { voterId: 'peserta-b', voterName: 'Budi', opdId: null, answer: dots(a ?? '') } },
    { type: 'addPaperBallot', pollId: 'poll-isu', ballot: { voterId: 'kertas-1', answer: dots(b ?? '') } },
    { type: 'createPoll', pollId: 'poll-draf', settings: { title: 'Urutan program', kind: 'ranking', items: [{ id: 'x', label: 'Satu' }, { id: 'y', label: 'Dua' }] } },
    { type: 'createPoll', pollId: 'poll-kata', settings: { title: 'Kata untuk visi', kind: 'words' } },
    { type: 'openPoll', pollId: 'poll-kata' },
    { type: 'castBallot', pollId: 'poll-kata', ballot: { voterId: 'peserta-a', answer: { kind: 'words', words: ['Inklusif', 'berdaya saing'] } } },
    { type: 'castBallot', pollId: 'poll-kata', ballot: { voterId: 'peserta-b', answer: { kind: 'words', words: ['inklusif '] } } },
    { type: 'closePoll', pollId: 'poll-kata' },
    { type: 'createPoll', pollId: 'poll-skor', settings: { title: 'Dampak quick win', kind: 'scale', items: candidates, criterion: 'impact' } },
    { type: 'openPoll', pollId: 'poll-skor' },
    { type: 'castBallot', pollId: 'poll-skor', ballot: { voterId: 'peserta-a', answer: { kind: 'scale', scores: candidates.map((c) => ({ itemId: c.id, score: 4 })) } } },
    { type: 'castBallot', pollId: 'poll-skor', ballot: { voterId: 'peserta-b', answer: { kind: 'scale', scores: candidates.map((c) => ({ itemId: c.id, score: 5 })) } } },
    { type: 'closePoll', pollId: 'poll-skor' },
  ];
};

/** Two issues of one dimension (to merge), with a program pointing at the second. */
const twinIssues = (demo: Workshop) => {
  const byDimension = demo.issues.find((i) => demo.issues.some((o) => o.id !== i.id && o.dimensionId === i.dimensionId));
  const twin = demo.issues.find((o) => byDimension && o.id !== byDimension.id && o.dimensionId === byDimension.dimensionId);
  if (!byDimension || !twin) throw new Error('the demo workshop has no two issues of one dimension');
  return { keep: byDimension, merge: twin };
};

/**
 * The room: two groups of the first dimension (kel-a, kel-b) besides the seeded ones, their SWOT
 * cards, a program pointing at an issue that will be merged away, and three new proposals.
 */
const roomFixture = (demo: Workshop) => {
  const dimension = first(demo.dimensionSet.dimensions);
  const { merge } = twinIssues(demo);
  const target = first(demo.programs);
  const proposal = (id: string, issueIds: string[]) => ({ id, groupId: 'kel-a', dimensionId: dimension.id, elementId: first(dimension.elements).id, name: `Usulan ${id}`, issueIds, proposedBy: 'Ani' });
  return [
    { type: 'upsertGroup', item: { id: 'kel-a', name: 'Kelompok A', dimensionId: dimension.id } },
    { type: 'upsertGroup', item: { id: 'kel-b', name: 'Kelompok B', dimensionId: dimension.id } },
    { type: 'upsertSwotItem', item: { id: 'kartu-a', dimensionId: dimension.id, quadrant: 'S', text: 'Kartu kelompok A', groupId: 'kel-a' } },
    { type: 'upsertSwotItem', item: { id: 'kartu-b', dimensionId: dimension.id, quadrant: 'W', text: 'Kartu kelompok B', groupId: 'kel-b' } },
    { type: 'upsertProgram', item: { ...target, issueIds: [...target.issueIds.filter((id) => id !== merge.id), merge.id] } },
    { type: 'upsertProposal', item: proposal('usul-1', [merge.id]) },
    { type: 'upsertProposal', item: proposal('usul-2', [merge.id]) },
    { type: 'upsertProposal', item: proposal('usul-3', []) },
  ];
};

/** The demo workshop with an OPD, a funding source and a dimension nothing uses yet (so they can be removed). */
const fixture = (): Workshop => {
  const demo = demoWorkshop();
  const dimension = first(demo.dimensionSet.dimensions);
  const spare = {
    ...dimension,
    id: 'smart-uji',
    code: 'UJI',
    nameId: 'Dimensi Uji',
    nameEn: 'Test Dimension',
    elements: dimension.elements.map((e, i) => ({ ...e, id: `uji-${i}`, code: `UJI${i}` })),
  };
  return [
    { type: 'upsertOpd', item: { id: 'opd-uji', abbreviation: 'UJI', name: 'Dinas Uji', role: '' } },
    { type: 'upsertFundingSource', item: { id: 'dana-uji', name: 'Dana Uji' } },
    { type: 'upsertDimension', item: spare },
    ...pollFixture(demo),
    ...roomFixture(demo),
  ].reduce<Workshop>((w, c) => run(w, CommandSchema.parse(c)), demo);
};

const w0 = fixture();
const program = first(w0.programs);
const twins = twinIssues(w0);
const proposalOf = (id: string) => {
  const found = w0.proposals.find((p) => p.id === id);
  if (!found) throw new Error(`the fixture has no proposal ${id}`);
  return found;
};
const pollOf = (id: string): Poll => {
  const poll = w0.polls.find((p) => p.id === id);
  if (!poll) throw new Error(`the fixture has no poll ${id}`);
  return poll;
};
const renamed = <T extends object>(item: T, fields: Partial<T>): T => ({ ...item, ...fields });

/** One sample command of every type. */
const SAMPLES: Record<CommandType, Command> = {
  renameWorkshop: { type: 'renameWorkshop', title: 'Bimtek Baru' },
  setRegionProfile: { type: 'setRegionProfile', patch: { province: 'Jawa Tengah', motto: 'Malang Makmur', kecamatan: ['Kepanjen', 'Singosari'] } },
  setPlanHorizon: { type: 'setPlanHorizon', horizon: { ...w0.horizon, years: w0.horizon.years === 5 ? 10 : 5 } },
  setDimensionSet: { type: 'setDimensionSet', dimensionSet: { ...w0.dimensionSet, name: 'Set Uji', dimensions: w0.dimensionSet.dimensions.filter((d) => d.id !== 'smart-uji') } },
  setVision: { type: 'setVision', vision: { ...w0.vision, keywords: ['melayani'] } },
  addVisionKeyword: { type: 'addVisionKeyword', keyword: 'Inklusif' },
  removeVisionKeyword: { type: 'removeVisionKeyword', keyword: 'desa digital' },
  setQuickWinWeights: { type: 'setQuickWinWeights', weights: { ...w0.quickWins.weights, impact: w0.quickWins.weights.impact - 5, speed: w0.quickWins.weights.speed + 5 } },
  setQuickWinSelection: { type: 'setQuickWinSelection', selection: { mode: 'top-n', topN: 3 } },
  decideQuickWin: { type: 'decideQuickWin', candidateId: 'qw-izin-sehari', decision: 'rejected', reason: 'Sudah berjalan' },
  setRoadmap: { type: 'setRoadmap', roadmap: { ...w0.roadmap, phaseLabels: { ...w0.roadmap.phaseLabels, panjang: 'Tahap Akhir' } } },
  setRoadmapPhase: { type: 'setRoadmapPhase', phase: 'menengah', label: 'Tahap Tengah' },
  setRoadmapNote: { type: 'setRoadmapNote', dimensionId: 'smart-branding', text: '' },
  setCommitmentDetails: { type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: '2025-11-20', statement: w0.commitment.statement } },
  setReviewChecklist: { type: 'setReviewChecklist', items: [{ chapterKey: 'bab-1', reviewed: true, note: 'Lengkap' }] },
  setExportSettings: { type: 'setExportSettings', settings: { ...w0.exportSettings, paperSize: 'F4' } },

  upsertOpd: { type: 'upsertOpd', item: renamed(first(w0.opds), { role: 'Koordinator' }) },
  removeOpd: { type: 'removeOpd', id: 'opd-uji' },
  upsertParticipant: { type: 'upsertParticipant', item: { id: 'peserta-baru', name: 'Ani Rahma', position: 'Analis', opdId: null, role: 'opd' } },
  removeParticipant: { type: 'removeParticipant', id: first(w0.participants).id },
  upsertFundingSource: { type: 'upsertFundingSource', item: { id: 'dana-baru', name: 'Dana Baru' } },
  removeFundingSource: { type: 'removeFundingSource', id: 'dana-uji' },
  upsertDimension: { type: 'upsertDimension', item: renamed(first(w0.dimensionSet.dimensions), { meaningId: 'Tata kelola' }) },
  removeDimension: { type: 'removeDimension', id: 'smart-uji' },
  upsertReadinessItem: { type: 'upsertReadinessItem', item: renamed(first(w0.readinessItems), { title: 'Judul baru' }) },
  removeReadinessItem: { type: 'removeReadinessItem', id: first(w0.readinessItems).id },
  upsertIssue: { type: 'upsertIssue', item: renamed(first(w0.issues), { text: 'Isu baru' }) },
  removeIssue: { type: 'removeIssue', id: first(w0.issues).id, cascade: true },
  upsertSwotItem: { type: 'upsertSwotItem', item: renamed(first(w0.swotItems), { text: 'Faktor baru' }) },
  removeSwotItem: { type: 'removeSwotItem', id: first(w0.swotItems).id, cascade: true },
  upsertTowsStrategy: { type: 'upsertTowsStrategy', item: renamed(first(w0.towsStrategies), { text: 'Strategi baru' }) },
  removeTowsStrategy: { type: 'removeTowsStrategy', id: first(w0.towsStrategies).id },
  upsertGapAnalysis: { type: 'upsertGapAnalysis', item: renamed(first(w0.gapAnalyses), { gap: 'Kesenjangan baru' }) },
  removeGapAnalysis: { type: 'removeGapAnalysis', id: first(w0.gapAnalyses).id },
  upsertMission: { type: 'upsertMission', item: { id: 'misi-baru', text: 'Misi baru', dimensionIds: [] }, index: 1 },
  removeMission: { type: 'removeMission', id: 'm-governance', cascade: true },
  upsertGoal: { type: 'upsertGoal', item: renamed(first(w0.goals), { indicator: { ...first(w0.goals).indicator, targets: [{ year: 2031, value: 100 }] } }) },
  removeGoal: { type: 'removeGoal', id: first(w0.goals).id },
  upsertProgram: { type: 'upsertProgram', item: renamed(program, { name: 'Nama baru', progress: 40 }) },
  removeProgram: { type: 'removeProgram', id: 'prog-sg-sv-01', cascade: true },
  upsertRpjmdMapping: { type: 'upsertRpjmdMapping', item: renamed(first(w0.rpjmdMappings), { kegiatan: 'Pelayanan terpadu' }) },
  removeRpjmdMapping: { type: 'removeRpjmdMapping', id: first(w0.rpjmdMappings).id },
  upsertSection: { type: 'upsertSection', item: renamed(first(w0.sections), { status: 'final' }) },
  removeSection: { type: 'removeSection', id: first(w0.sections).id },
  upsertQuickWinCandidate: { type: 'upsertQuickWinCandidate', item: renamed(first(w0.quickWins.candidates), { overrideReason: 'Arahan Bupati' }) },
  removeQuickWinCandidate: { type: 'removeQuickWinCandidate', id: 'qw-lapor-jalan' },
  upsertCommitmentEntry: { type: 'upsertCommitmentEntry', item: renamed(first(w0.commitment.entries), { headName: 'Drs. H. M. Sanusi' }) },
  removeCommitmentEntry: { type: 'removeCommitmentEntry', id: first(w0.commitment.entries).id },
  setBimtekStage: { type: 'setBimtekStage', stage: 'tahap-2', details: { ...w0.bimtek.stages['tahap-2'], venue: 'Hotel Santika, Malang', agenda: ['Pembukaan'] } },
  upsertBimtekAttendee: { type: 'upsertBimtekAttendee', item: renamed(first(w0.bimtek.attendees), { title: 'Asisten Pemerintahan', present: { 'tahap-1': false, 'tahap-2': true, 'tahap-3': true, 'tahap-4': true } }) },
  removeBimtekAttendee: { type: 'removeBimtekAttendee', id: first(w0.bimtek.attendees).id },
  createPoll: { type: 'createPoll', pollId: 'poll-baru', settings: { title: 'Kata kunci visi', kind: 'words', items: [], anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 1, wordsPerPerson: 2 }, criterion: null, scaleEnds: { low: '', high: '' } }, index: 0 },
  updatePoll: { type: 'updatePoll', pollId: 'poll-draf', settings: { ...pollSettings(pollOf('poll-draf')), title: 'Urutan program prioritas' } },
  removePoll: { type: 'removePoll', pollId: 'poll-isu' },
  restorePoll: { type: 'restorePoll', poll: { ...pollOf('poll-draf'), title: 'Dipulihkan' }, index: 1 },
  openPoll: { type: 'openPoll', pollId: 'poll-draf' },
  closePoll: { type: 'closePoll', pollId: 'poll-isu' },
  revealPoll: { type: 'revealPoll', pollId: 'poll-isu', revealed: true },
  setPollState: { type: 'setPollState', pollId: 'poll-isu', status: 'closed', revealed: true },
  castBallot: { type: 'castBallot', pollId: 'poll-isu', ballot: { voterId: 'peserta-a', voterName: 'Ani', opdId: 'bappeda', paper: false, answer: { kind: 'dots', dots: [{ itemId: first(pollOf('poll-isu').items).id, count: 2 }] } } },
  addPaperBallot: { type: 'addPaperBallot', pollId: 'poll-isu', ballot: { voterId: 'kertas-2', voterName: '', opdId: null, paper: true, answer: { kind: 'dots', dots: [{ itemId: first(pollOf('poll-isu').items).id, count: 1 }] } } },
  removeBallot: { type: 'removeBallot', pollId: 'poll-isu', voterId: 'peserta-b' },
  applyPollResult: { type: 'applyPollResult', pollId: 'poll-isu' },
  upsertGroup: { type: 'upsertGroup', item: { id: 'kel-a', name: 'Kelompok A (ruang 2)', dimensionId: first(w0.dimensionSet.dimensions).id } },
  removeGroup: { type: 'removeGroup', id: 'kel-b', cascade: true },
  upsertProposal: { type: 'upsertProposal', item: renamed(proposalOf('usul-1'), { description: 'Rincian baru' }) },
  removeProposal: { type: 'removeProposal', id: 'usul-3' },
  hideCard: { type: 'hideCard', card: 'swotItem', id: 'kartu-a', hidden: true },
  mergeCards: { type: 'mergeCards', card: 'issue', keepId: twins.keep.id, mergeIds: [twins.merge.id] },
  setWorksheetLock: { type: 'setWorksheetLock', worksheet: 'swot', locked: true },
  setGroupDone: { type: 'setGroupDone', groupId: 'kel-a', worksheet: 'isu', done: true },
  setRoomSharing: { type: 'setRoomSharing', shareAcrossGroups: true },
  acceptProposal: { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1' },
  mergeProposal: { type: 'mergeProposal', proposalId: 'usul-2', programId: 'prog-sg-sv-01' },
  declineProposal: { type: 'declineProposal', proposalId: 'usul-3', reason: 'Sudah tercakup program lain' },
  batch: {
    type: 'batch',
    label: 'Impor program',
    commands: [
      { type: 'upsertProgram', item: aProgram({ id: 'impor-1', code: 'SG-SV-91', years: [w0.horizon.startYear] }) },
      { type: 'upsertProgram', item: renamed(program, { name: 'Nama dari impor' }) },
      { type: 'removeQuickWinCandidate', id: 'qw-lapor-jalan' },
    ],
  },
};

/** The workshop without its bookkeeping, to compare contents. */
const contents = (w: Workshop) => ({ ...w, revision: 0, updatedAt: '' });

const COLLECTION_PATHS = new Set(['groups', 'proposals', 'polls', 'opds', 'participants', 'fundingSources', 'readinessItems', 'issues', 'swotItems', 'towsStrategies', 'gapAnalyses', 'missions', 'goals', 'programs', 'rpjmdMappings', 'sections']);
const NESTED_COLLECTIONS: Record<string, string> = { dimensionSet: 'dimensions', quickWins: 'candidates', commitment: 'entries', bimtek: 'attendees' };

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every item field and singleton path that differs between two workshops, as touch keys. */
const structuralDiff = (before: Workshop, after: Workshop): string[] => {
  const keys: string[] = [];
  for (const name of COLLECTION_NAMES) {
    const spec = collectionSpec(name);
    const a = new Map(spec.get(before).map((x) => [x.id, x as Record<string, unknown>]));
    const b = new Map(spec.get(after).map((x) => [x.id, x as Record<string, unknown>]));
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(id);
      const y = b.get(id);
      if (!x || !y) keys.push(`${name}:${id}`);
      else for (const f of new Set([...Object.keys(x), ...Object.keys(y)])) if (!same(x[f], y[f])) keys.push(`${name}:${id}#${f}`);
    }
  }
  // Polls by id and field; ballots by voter (a ballot writes only its voter's slot).
  const polls = (w: Workshop) => new Map(w.polls.map((p) => [p.id, p as unknown as Record<string, unknown>]));
  const [pa, pb] = [polls(before), polls(after)];
  for (const id of new Set([...pa.keys(), ...pb.keys()])) {
    const x = pa.get(id);
    const y = pb.get(id);
    if (!x || !y) keys.push(`Poll:${id}`);
    else
      for (const f of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (same(x[f], y[f])) continue;
        if (f !== 'ballots') keys.push(`Poll:${id}#${f}`);
        else {
          const ballots = (v: unknown) => new Map((v as Poll['ballots']).map((b) => [b.voterId, b]));
          const [ba, bb] = [ballots(x[f]), ballots(y[f])];
          for (const voter of new Set([...ba.keys(), ...bb.keys()])) if (!same(ba.get(voter), bb.get(voter))) keys.push(`Poll:${id}#ballots.${voter}`);
        }
      }
  }
  const walk = (part: string, path: string[], x: unknown, y: unknown) => {
    if (same(x, y)) return;
    if (isPlain(x) && isPlain(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk(part, [...path, k], x[k], y[k]);
      return;
    }
    keys.push(path.length === 0 ? part : `${part}#${path.join('.')}`);
  };
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const part of Object.keys(b)) {
    if (part === 'revision' || part === 'updatedAt' || COLLECTION_PATHS.has(part)) continue;
    const nested = NESTED_COLLECTIONS[part];
    const strip = (v: unknown) => (nested && isPlain(v) ? { ...v, [nested]: null } : v);
    walk(part, [], strip(b[part]), strip(a[part]));
  }
  return keys;
};

describe('every command definition', () => {
  it('has a sample here, and every sample is a valid command of its type', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(COMMAND_DEFS).sort());
    for (const [type, command] of Object.entries(SAMPLES)) {
      expect(command.type).toBe(type);
      expect(CommandSchema.parse(command)).toEqual(command);
    }
  });

  it.each(Object.entries(SAMPLES))('%s: apply, invert, apply gives back the workshop; the inverse is a valid command', (_type, command) => {
    const after = applyNewCommand(w0, command, LATER);
    expect(after.revision).toBe(w0.revision + 1);
    expect(same(contents(after), contents(w0))).toBe(false);
    const inverse = invertCommand(w0, command);
    expect(CommandSchema.parse(inverse)).toEqual(inverse);
    expect(contents(run(after, inverse))).toEqual(contents(w0));
    // Redo after undo: the inverse of the inverse brings the change back.
    expect(contents(run(run(after, inverse), invertCommand(after, inverse)))).toEqual(contents(after));
  });

  it.each(Object.entries(SAMPLES))('%s: touches covers every item, field and part that changed', (_type, command) => {
    const after = run(w0, command);
    const touched = touchesOf(w0, command);
    const changed = structuralDiff(w0, after);
    expect(changed.length).toBeGreaterThan(0);
    for (const key of changed) expect({ key, covered: touched.some((t) => keysOverlap(t, key)) }).toEqual({ key, covered: true });
    // Read without the workshop (as undo reads a log line), it still names every item it may write.
    const coarse = touchesOf(null, command);
    for (const key of changed) expect({ key, covered: coarse.some((t) => keysOverlap(t, key)) }).toEqual({ key, covered: true });
  });

  it.each(Object.entries(SAMPLES))('%s: the facilitator may send it; groups and OPDs only where its definition says', (type, command) => {
    const def = COMMAND_DEFS[type as CommandType];
    expect(def.access.facilitator).toBe(true);
    const groupMay = ['upsertIssue', 'removeIssue', 'upsertSwotItem', 'removeSwotItem', 'upsertGapAnalysis', 'removeGapAnalysis', 'upsertProposal', 'removeProposal', 'setGroupDone', 'castBallot'].includes(type);
    expect(def.access.group !== null).toBe(groupMay);
    const opdMay = ['upsertSection', 'upsertProgram', 'removeProgram', 'castBallot'].includes(type);
    expect(def.access.opd !== null).toBe(opdMay);
    if (!opdMay) expect(opdScopeProblem(w0, 'dpmptsp', command)).toBe(OUT_OF_SCOPE_MESSAGE);
  });
});

describe('who may send what', () => {
  const section = first(w0.sections);
  it('an OPD edits the sections it owns, keeping owner and place, and adds none', () => {
    expect(opdScopeProblem(w0, 'setda', { type: 'upsertSection', item: { ...section, title: 'Baru' } })).toBeNull();
    expect(opdScopeProblem(w0, 'bappeda', { type: 'upsertSection', item: { ...section, title: 'Baru' } })).toMatch(/milik OPD lain/);
    expect(opdScopeProblem(w0, 'setda', { type: 'upsertSection', item: { ...section, ownerOpdId: 'bappeda' } })).toMatch(/Pemilik/);
    expect(opdScopeProblem(w0, 'setda', { type: 'upsertSection', item: { ...section, id: 'baru' } })).toMatch(/fasilitator/);
    expect(opdScopeProblem(w0, 'setda', { type: 'removeSection', id: section.id })).toBe(OUT_OF_SCOPE_MESSAGE);
  });

  it('an OPD removes a program only when it leads it and nothing points at it, and never with cascade', () => {
    const lonely = w0.programs.find((p) => p.leadOpdId !== null && !w0.quickWins.candidates.some((c) => c.programId === p.id) && !w0.rpjmdMappings.some((m) => m.programId === p.id));
    if (!lonely?.leadOpdId) throw new Error('the demo has a program nothing points at');
    expect(opdScopeProblem(w0, lonely.leadOpdId, { type: 'removeProgram', id: lonely.id })).toBeNull();
    expect(opdScopeProblem(w0, lonely.leadOpdId, { type: 'removeProgram', id: lonely.id, cascade: true })).toMatch(/hanya fasilitator/);
    expect(opdScopeProblem(w0, 'dpmptsp', { type: 'removeProgram', id: 'prog-sg-sv-01' })).toMatch(/hanya fasilitator/);
    expect(opdScopeProblem(w0, 'bappeda', { type: 'removeProgram', id: 'prog-sg-sv-01' })).toMatch(/OPD lain/);
    expect(opdScopeProblem(w0, 'dpmptsp', { type: 'upsertProgram', item: { ...program, leadOpdId: 'bappeda' } })).toMatch(/penanggung jawab/);
    expect(opdScopeProblem(w0, 'dpmptsp', { type: 'batch', commands: [{ type: 'upsertProgram', item: program }] })).toBe(OUT_OF_SCOPE_MESSAGE);
  });
});

const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('referential integrity: every remove of an item others point at refuses or cascades', () => {
  it('a program behind quick-win candidates and RPJMD mappings is refused, naming them by count', () => {
    const error = refusal(() => applyNewCommand(w0, { type: 'removeProgram', id: 'prog-sg-sv-01' }, LATER));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/1 kandidat quick win dan 1 pemetaan RPJMD/);
  });

  it('with cascade its candidates go and its mappings stay without it; one undo brings all back', () => {
    const command: Command = { type: 'removeProgram', id: 'prog-sg-sv-01', cascade: true };
    const after = applyNewCommand(w0, command, LATER);
    expect(after.programs.some((p) => p.id === 'prog-sg-sv-01')).toBe(false);
    expect(after.quickWins.candidates.some((c) => c.programId === 'prog-sg-sv-01')).toBe(false);
    expect(after.rpjmdMappings.find((m) => m.id === 'map-dpmptsp-izin')?.programId).toBeNull();
    const inverse = invertCommand(w0, command);
    expect(inverse.type).toBe('batch');
    expect(contents(run(after, inverse))).toEqual(contents(w0));
  });

  it('a mission with goals is refused; with cascade the goals stay without a mission', () => {
    expect(refusal(() => applyNewCommand(w0, { type: 'removeMission', id: 'm-governance' }, LATER)).message).toMatch(/2 tujuan/);
    const after = applyNewCommand(w0, { type: 'removeMission', id: 'm-governance', cascade: true }, LATER);
    expect(after.goals.filter((g) => g.missionId === null).map((g) => g.id)).toEqual(['goal-layanan-daring', 'goal-opd-digital']);
  });

  it('an issue that programs list is refused, naming them by count, in Indonesian and English', () => {
    const error = refusal(() => applyNewCommand(w0, { type: 'removeIssue', id: 'i-sg-antre-kantor' }, LATER));
    expect(error.code).toBe('conflict');
    expect(error.reason).toBe('item.stillReferenced');
    expect(error.message).toBe('Isu ini masih dirujuk oleh 5 program; hapus rujukannya dahulu atau hapus bersama rujukannya.');
    expect(wordError(error.reason, error.params, 'en')).toBe('This issue is still referred to by 5 programs; remove those references first or delete it together with them.');
  });

  it('with cascade the issue leaves its programs, which stay; one undo brings the issue and every link back', () => {
    const command: Command = { type: 'removeIssue', id: 'i-sg-antre-kantor', cascade: true };
    const listing = w0.programs.filter((p) => p.issueIds.includes('i-sg-antre-kantor')).map((p) => p.id);
    const after = applyNewCommand(w0, command, LATER);
    expect(after.issues.some((i) => i.id === 'i-sg-antre-kantor')).toBe(false);
    expect(after.programs).toHaveLength(w0.programs.length);
    expect(after.programs.filter((p) => listing.includes(p.id)).every((p) => !p.issueIds.includes('i-sg-antre-kantor'))).toBe(true);
    expect(touchesOf(w0, command)).toEqual(expect.arrayContaining(listing.map((id) => `Program:${id}#issueIds`)));
    const inverse = invertCommand(w0, command);
    expect(inverse.type).toBe('batch');
    expect(contents(run(after, inverse))).toEqual(contents(w0));
  });

  it('a SWOT factor behind a TOWS strategy is refused; with cascade the strategy stays without it and one undo restores both', () => {
    const factorId = 's-sg-s1';
    const using = w0.towsStrategies.filter((t) => t.sourceItemIds.includes(factorId));
    expect(using.length).toBeGreaterThan(0);
    const error = refusal(() => applyNewCommand(w0, { type: 'removeSwotItem', id: factorId }, LATER));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(`Faktor SWOT ini masih dirujuk oleh ${using.length} strategi TOWS; hapus rujukannya dahulu atau hapus bersama rujukannya.`);
    const command: Command = { type: 'removeSwotItem', id: factorId, cascade: true };
    const after = applyNewCommand(w0, command, LATER);
    expect(after.towsStrategies).toHaveLength(w0.towsStrategies.length);
    expect(after.towsStrategies.some((t) => t.sourceItemIds.includes(factorId))).toBe(false);
    expect(contents(run(after, invertCommand(w0, command)))).toEqual(contents(w0));
  });

  it('an issue or a factor nothing points at is removed without asking', () => {
    const issue = { ...first(w0.issues), id: 'isu-baru', text: 'Isu yang belum dipakai program' };
    const factor = { ...first(w0.swotItems), id: 'faktor-baru', text: 'Faktor yang belum dipakai strategi' };
    const w1 = run(run(w0, { type: 'upsertIssue', item: issue }), { type: 'upsertSwotItem', item: factor });
    expect(applyNewCommand(w1, { type: 'removeIssue', id: 'isu-baru' }, LATER).issues).toEqual(w0.issues);
    expect(applyNewCommand(w1, { type: 'removeSwotItem', id: 'faktor-baru' }, LATER).swotItems).toEqual(w0.swotItems);
  });

  it.each([
    ['an OPD that leads programs', { type: 'removeOpd', id: 'dpmptsp' }],
    ['a dimension that programs belong to', { type: 'removeDimension', id: 'smart-governance' }],
    ['a funding source that programs use', { type: 'removeFundingSource', id: first(w0.programs.flatMap((p) => p.funding.map((f) => f.sourceId))) }],
  ] as const)('%s is refused', (_what, command) => {
    const error = refusal(() => applyNewCommand(w0, command, LATER));
    expect(error.message).toMatch(/tidak dapat dihapus karena masih dipakai/);
  });

  it('a program a group’s proposal was accepted into or merged into is refused, naming the proposals', () => {
    // usul-1 becomes a new program; usul-2 is merged into the same one.
    const w1 = [
      { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1', leadOpdId: 'dpmptsp' },
      { type: 'mergeProposal', proposalId: 'usul-2', programId: 'prog-usul-1' },
    ].reduce<Workshop>((w, c) => applyNewCommand(w, CommandSchema.parse(c), LATER), w0);
    const error = refusal(() => applyNewCommand(w1, { type: 'removeProgram', id: 'prog-usul-1' }, LATER));
    expect(error.code).toBe('conflict');
    expect(error.reason).toBe('item.stillReferenced');
    expect(error.message).toBe('Program ini masih dirujuk oleh 2 usulan program; hapus rujukannya dahulu atau hapus bersama rujukannya.');
    expect(wordError(error.reason, error.params, 'en')).toMatch(/still referred to by 2 program proposals/);
  });

  it('with cascade the proposals keep their status without the program; one undo brings the program and both links back', () => {
    const w1 = [
      { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1', leadOpdId: 'dpmptsp' },
      { type: 'mergeProposal', proposalId: 'usul-2', programId: 'prog-usul-1' },
    ].reduce<Workshop>((w, c) => applyNewCommand(w, CommandSchema.parse(c), LATER), w0);
    const command: Command = { type: 'removeProgram', id: 'prog-usul-1', cascade: true };
    const after = applyNewCommand(w1, command, LATER);
    expect(after.programs.some((p) => p.id === 'prog-usul-1')).toBe(false);
    expect(after.proposals.filter((p) => p.id === 'usul-1' || p.id === 'usul-2').map((p) => [p.id, p.status, p.programId])).toEqual([
      ['usul-1', 'diterima', null],
      ['usul-2', 'digabung', null],
    ]);
    // A declined or new proposal never pointed at it and is left alone.
    expect(after.proposals.find((p) => p.id === 'usul-3')).toEqual(w1.proposals.find((p) => p.id === 'usul-3'));
    expect(touchesOf(w1, command)).toEqual(expect.arrayContaining(['Proposal:usul-1#programId', 'Proposal:usul-2#programId']));
    const inverse = invertCommand(w1, command);
    expect(inverse.type).toBe('batch');
    expect(contents(run(after, inverse))).toEqual(contents(w1));
    // Not even the OPD that leads it removes it: the proposals are the room's.
    expect(w1.programs.find((p) => p.id === 'prog-usul-1')?.leadOpdId).toBe('dpmptsp');
    expect(opdScopeProblem(w1, 'dpmptsp', { type: 'removeProgram', id: 'prog-usul-1' })).toMatch(/usulan kelompok; hanya fasilitator/);
  });

  it('undoing an acceptance still removes the program it made (the undo restores what was there; no rule for new commands)', () => {
    const accept: Command = { type: 'acceptProposal', proposalId: 'usul-1', programId: 'prog-usul-1' };
    const after = applyNewCommand(w0, accept, LATER);
    expect(contents(run(after, invertCommand(w0, accept)))).toEqual(contents(w0));
  });

  it('an old log line removing a program that is still pointed at replays as it did (the rule is for new commands)', () => {
    expect(run(w0, { type: 'removeProgram', id: 'prog-sg-sv-01' }).programs).toHaveLength(w0.programs.length - 1);
  });
});

describe('batch', () => {
  it('800 imported programs are one revision, and one inverse takes them all back', () => {
    const commands: Command[] = Array.from({ length: 800 }, (_, i) => ({
      type: 'upsertProgram',
      item: aProgram({ id: `impor-${i}`, code: `SG-SV-${String(100 + i)}`, years: [w0.horizon.startYear] }),
    }));
    const batch = CommandSchema.parse({ type: 'batch', label: 'Impor program', commands });
    const after = applyNewCommand(w0, batch, LATER);
    expect(after.revision).toBe(w0.revision + 1);
    expect(after.programs).toHaveLength(w0.programs.length + 800);
    expect(contents(run(after, invertCommand(w0, batch)))).toEqual(contents(w0));
  });

  it('is all or nothing: a part that breaks a rule refuses the whole batch', () => {
    const batch: Command = { type: 'batch', commands: [{ type: 'renameWorkshop', title: 'Baru' }, { type: 'removeGoal', id: 'tidak-ada' }] };
    expect(refusal(() => run(w0, batch)).code).toBe('not_found');
    expect(w0.title).not.toBe('Baru');
  });

  it('runs the rules for new commands on each part, in order', () => {
    const batch: Command = { type: 'batch', commands: [{ type: 'removeProgram', id: 'prog-sg-sv-01' }] };
    expect(refusal(() => applyNewCommand(w0, batch, LATER)).code).toBe('conflict');
  });

  it('holds no batch, and at most the limit of commands', () => {
    expect(CommandSchema.safeParse({ type: 'batch', commands: [{ type: 'batch', commands: [{ type: 'renameWorkshop', title: 'x' }] }] }).success).toBe(false);
    const many = Array.from({ length: MAX_BATCH_COMMANDS + 1 }, () => ({ type: 'renameWorkshop', title: 'x' }));
    expect(CommandSchema.safeParse({ type: 'batch', commands: many }).success).toBe(false);
    expect(CommandSchema.safeParse({ type: 'batch', commands: [] }).success).toBe(false);
  });

  it('an inverse that is itself a batch is spliced in, so batches never nest', () => {
    const batch: Command = { type: 'batch', commands: [{ type: 'removeProgram', id: 'prog-sg-sv-01', cascade: true }, { type: 'renameWorkshop', title: 'Baru' }] };
    const inverse = invertCommand(w0, batch);
    expect(inverse.type === 'batch' && inverse.commands.map((c) => c.type)).toEqual(['renameWorkshop', 'upsertProgram', 'upsertQuickWinCandidate', 'upsertRpjmdMapping']);
  });
});

describe('intent commands', () => {
  it('a quick-win decision is one command that keeps the program matrix flag in step', () => {
    const after = applyNewCommand(w0, { type: 'decideQuickWin', candidateId: 'qw-izin-sehari', decision: 'rejected', reason: 'Sudah berjalan' }, LATER);
    expect(after.quickWins.candidates.find((c) => c.id === 'qw-izin-sehari')).toMatchObject({ decision: 'rejected', overrideReason: 'Sudah berjalan' });
    expect(after.programs.find((p) => p.id === 'prog-sg-sv-01')?.quickWin).toBe(false);
    expect(touchesOf(w0, { type: 'decideQuickWin', candidateId: 'qw-izin-sehari', decision: 'rejected', reason: 'Sudah berjalan' })).toEqual([
      'QuickWinCandidate:qw-izin-sehari#decision',
      'QuickWinCandidate:qw-izin-sehari#overrideReason',
      'Program:prog-sg-sv-01#quickWin',
    ]);
  });

  it('a keyword already there (in any case) is refused; a keyword, a phase and a note touch only themselves', () => {
    expect(refusal(() => run(w0, { type: 'addVisionKeyword', keyword: 'MELAYANI' })).message).toMatch(/sudah ada/);
    expect(touchesOf(w0, { type: 'addVisionKeyword', keyword: 'Inklusif' })).toEqual(['vision#keywords']);
    expect(touchesOf(w0, { type: 'setRoadmapPhase', phase: 'pendek', label: 'Awal' })).toEqual(['roadmap#phaseLabels.pendek']);
    expect(touchesOf(w0, { type: 'setRoadmapNote', dimensionId: 'smart-living', text: 'Baru' })).toEqual(['roadmap#notes.smart-living']);
    expect(keysOverlap('roadmap#notes.smart-living', 'roadmap#notes.smart-branding')).toBe(false);
    expect(touchesOf(w0, { type: 'upsertProgram', item: { ...program, name: 'Nama baru' } })).toEqual(['Program:prog-sg-sv-01#name']);
  });
});
