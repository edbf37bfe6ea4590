import { PRIORITY_LABELS } from '../document/labels';
import { isSuggested } from '../logic/quick-win-decision';
import { CRITERION_LABELS, rankQuickWins } from '../logic/quick-win-score';
import { CRITERIA, type QuickWinCandidate, type QuickWinGates, type Workshop } from '../model';
import { column, type WorkbookSheet } from './model';
import { formatYesNo } from './program-cells';

/** Short headers for the four gate checks of reference §6.3 (a)–(d). */
const GATE_HEADERS: Readonly<Record<keyof QuickWinGates, string>> = {
  within12Months: '(a) Hasil dalam 12 bulan',
  singleLeadOpd: '(b) Satu OPD penanggung jawab',
  fundingIdentified: '(c) Sumber dana jelas',
  linkedToIssueAndRpjmd: '(d) Terkait isu dan RPJMD',
};
const GATES = Object.keys(GATE_HEADERS) as (keyof QuickWinGates)[];

const DECISION_LABELS: Readonly<Record<QuickWinCandidate['decision'], string>> = { chosen: 'Dipilih', rejected: 'Ditolak', pending: 'Belum diputuskan' };

/** "Quick Win": every candidate, best first, with its gates, scores, the app's suggestion and the room's decision. */
export const quickWinSheet = (w: Workshop): WorkbookSheet => {
  const weights = w.quickWins.weights;
  const columns = [
    column('Kode program', 13),
    column('Program', 34, 'wrap'),
    column('Dimensi', 18),
    column('OPD penanggung jawab', 18),
    ...GATES.map((g) => column(GATE_HEADERS[g], 14)),
    column('Lolos semua gerbang', 12),
    ...CRITERIA.map((c) => column(`${CRITERION_LABELS[c]} (${weights[c]}%)`, 14, 'integer')),
    column('Skor (0–100)', 11, 'decimal'),
    column('Disarankan aplikasi', 12),
    column('Keputusan', 16),
    column('Alasan keputusan', 40, 'wrap'),
    column('Prioritas program', 12),
    column('Progres (%)', 11, 'integer'),
  ];
  const rows = rankQuickWins(w).map((r) => [
    r.program.code,
    r.program.name,
    w.dimensionSet.dimensions.find((d) => d.id === r.dimensionId)?.nameId ?? r.dimensionId,
    w.opds.find((o) => o.id === r.program.leadOpdId)?.abbreviation ?? '',
    ...GATES.map((g) => formatYesNo(r.candidate.gates[g])),
    formatYesNo(r.gatesPass),
    ...CRITERIA.map((c) => r.candidate.scores[c]),
    r.score,
    formatYesNo(isSuggested(w, r.candidate.id)),
    DECISION_LABELS[r.candidate.decision],
    r.candidate.overrideReason,
    PRIORITY_LABELS[r.program.priority],
    r.candidate.sheet.progress,
  ]);
  return { name: 'Quick Win', filter: true, tables: [{ columns, rows }] };
};
