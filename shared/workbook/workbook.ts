import { regionDisplayName } from '../document/context';
import { planEndYear, type Workshop } from '../model';
import { budgetSheet } from './budget-sheet';
import type { WorkbookModel } from './model';
import { ballotSheet, groupSheet, pollSheet } from './poll-sheet';
import { profileSheet } from './profile-sheet';
import { programSheet } from './program-sheet';
import { quickWinSheet } from './quick-win-sheet';
import { readinessSheet } from './readiness-sheet';
import { swotSheet } from './swot-sheet';

/**
 * The Excel companion of the masterplan: the program matrix (importable again), quick wins,
 * readiness, SWOT/TOWS, budgets and the region's profile (with the OPD list), for Bappeda's own spreadsheets; and, once the room has worked,
 * the FGD groups' contributions, the polls' results and their ballots.
 */
export const buildWorkbook = (w: Workshop): WorkbookModel => ({
  title: `Matriks Program Masterplan Smart City ${regionDisplayName(w)} ${w.horizon.startYear}–${planEndYear(w.horizon)}`,
  subject: w.title,
  sheets: [programSheet(w), quickWinSheet(w), readinessSheet(w), swotSheet(w), budgetSheet(w), profileSheet(w), ...[groupSheet(w), pollSheet(w), ballotSheet(w)].filter((s) => s !== null)],
});
