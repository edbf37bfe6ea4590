import { SWOT_LABELS } from '../document/labels';
import { visibleCards } from '../logic/room';
import { swotFactorLabels, towsOrigin, towsStrategyLabels } from '../logic/tows';
import type { SwotQuadrant, TowsKind, Workshop } from '../model';
import { column, type CellValue, type WorkbookSheet } from './model';

const QUADRANTS: readonly SwotQuadrant[] = ['S', 'W', 'O', 'T'];
const KINDS: readonly TowsKind[] = ['SO', 'ST', 'WO', 'WT'];
const KIND_LABELS: Readonly<Record<TowsKind, string>> = { SO: 'Strategi S-O', ST: 'Strategi S-T', WO: 'Strategi W-O', WT: 'Strategi W-T' };

/**
 * "SWOT": per dimension its S, W, O and T factors, then the TOWS strategies with the factors they cross.
 * Factors the facilitator hid are left out and not counted, so S1, O2 … are the Word document's labels.
 */
export const swotSheet = (w: Workshop): WorkbookSheet => {
  const rows: CellValue[][] = [];
  const swotItems = visibleCards(w.swotItems);
  for (const dimension of w.dimensionSet.dimensions) {
    const factorLabels = swotFactorLabels(swotItems, dimension.id);
    const strategyLabels = towsStrategyLabels(w.towsStrategies, dimension.id);
    for (const quadrant of QUADRANTS) {
      for (const item of swotItems.filter((s) => s.dimensionId === dimension.id && s.quadrant === quadrant)) {
        rows.push([dimension.nameId, 'SWOT', SWOT_LABELS[quadrant], factorLabels.get(item.id) ?? quadrant, item.text, '']);
      }
    }
    for (const kind of KINDS) {
      for (const strategy of w.towsStrategies.filter((s) => s.dimensionId === dimension.id && s.kind === kind)) {
        rows.push([dimension.nameId, 'TOWS', KIND_LABELS[kind], strategyLabels.get(strategy.id) ?? kind, strategy.text, towsOrigin(swotItems, strategy).label]);
      }
    }
  }
  return {
    name: 'SWOT',
    filter: true,
    tables: [
      {
        columns: [column('Dimensi', 18), column('Analisis', 9), column('Kelompok', 16), column('No.', 7), column('Uraian', 70, 'wrap'), column('Faktor yang disilangkan', 18)],
        rows,
      },
    ],
  };
};
