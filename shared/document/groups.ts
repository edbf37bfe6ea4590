import { visibleCards } from '../logic/room';
import type { Workshop, WorksheetKey } from '../model';
import { cleanLine } from './text';

/*
 * What each FGD group contributed, as the masterplan annex and the workbook print it: the cards it
 * wrote that are shown (a card the facilitator hid is not counted), its program proposals and how
 * many of them made it into the matrix, and the worksheets it marked "Selesai".
 */

export const WORKSHEET_LABELS: Readonly<Record<WorksheetKey, string>> = {
  isu: 'Isu',
  swot: 'SWOT',
  kesenjangan: 'Kesenjangan',
  usulan: 'Usulan program',
};

export interface GroupContribution {
  name: string;
  dimension: string;
  issues: number;
  swotItems: number;
  gapRows: number;
  proposals: number;
  /** Accepted as a new program or merged into one. */
  proposalsTaken: number;
  /** "Isu, SWOT", or "" when the group marked nothing done. */
  done: string;
}

/** One row per group, in the groups' order; null when no group wrote a card, proposed a program or marked a worksheet done. */
export const groupContributions = (w: Workshop): GroupContribution[] | null => {
  const issues = visibleCards(w.issues);
  const swot = visibleCards(w.swotItems);
  const gaps = visibleCards(w.gapAnalyses);
  const rows = w.groups.map((g): GroupContribution => {
    const mine = <T extends { groupId?: string | null | undefined }>(cards: readonly T[]) => cards.filter((c) => c.groupId === g.id).length;
    const proposals = w.proposals.filter((p) => p.groupId === g.id);
    const order = Object.keys(WORKSHEET_LABELS) as WorksheetKey[];
    return {
      name: cleanLine(g.name),
      dimension: cleanLine(w.dimensionSet.dimensions.find((d) => d.id === g.dimensionId)?.nameId ?? ''),
      issues: mine(issues),
      swotItems: mine(swot),
      gapRows: mine(gaps),
      proposals: proposals.length,
      proposalsTaken: proposals.filter((p) => p.status === 'diterima' || p.status === 'digabung').length,
      done: order.filter((k) => w.room.done.some((d) => d.groupId === g.id && d.worksheet === k)).map((k) => WORKSHEET_LABELS[k]).join(', '),
    };
  });
  const anything = rows.some((r) => r.issues + r.swotItems + r.gapRows + r.proposals > 0 || r.done !== '');
  return anything ? rows : null;
};
