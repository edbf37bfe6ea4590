import { INNOVATION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../document/labels';
import { programBudgetTotal } from '../logic/budget-totals';
import { MATRIX_ORDER, sortPrograms } from '../logic/program-filter';
import { programHorizon } from '../logic/roadmap-buckets';
import { visibleCards } from '../logic/room';
import { swotFactorLabels, towsStrategyLabels } from '../logic/tows';
import { formatYearList } from '../logic/year-list';
import { findElement, planYears, type Program, type Workshop } from '../model';
import type { CellValue, SheetColumn, WorkbookSheet } from './model';
import { BUDGET_TOTAL_COLUMN, PROGRAM_COLUMNS, PROGRAM_FIELDS, PROGRAM_SHEET_NAME, budgetColumn, type ProgramField } from './program-columns';
import { HORIZON_CELL_LABELS, formatFundingList, formatIndicators, formatLines, formatNameList, formatYesNo } from './program-cells';

type Names = Pick<Workshop, 'dimensionSet' | 'opds' | 'fundingSources' | 'issues' | 'horizon' | 'missions' | 'swotItems' | 'towsStrategies'>;

const opdAbbreviation = (w: Names, id: string): string => w.opds.find((o) => o.id === id)?.abbreviation ?? id;

/** Each field's cell, with every reference written as the name a reader knows. */
const fieldCell = (w: Names, p: Program, f: ProgramField): CellValue => {
  const place = findElement(w.dimensionSet, p.elementId);
  switch (f) {
    case 'code':
      return p.code;
    case 'dimension':
      return w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId)?.nameId ?? p.dimensionId;
    case 'element':
      return place?.element.nameId ?? p.elementId;
    case 'issues':
      return formatLines(p.issueIds.map((id) => w.issues.find((i) => i.id === id)?.text ?? id));
    case 'missions':
      return formatNameList(p.missionIds.map((id) => `Misi ${w.missions.findIndex((m) => m.id === id) + 1}`));
    case 'swotItems':
      return formatNameList(p.swotItemIds.flatMap((id) => swotLabel(w, id)));
    case 'towsStrategies':
      return formatNameList(p.towsStrategyIds.map((id) => towsLabel(w, id)));
    case 'innovationType':
      return p.innovationType ? INNOVATION_LABELS[p.innovationType] : '';
    case 'status':
      return STATUS_LABELS[p.status];
    case 'rpjmdTarget':
    case 'renstraProgram':
    case 'kegiatan':
    case 'subKegiatan':
      return p.rpjmdAlignment[f];
    case 'leadOpd':
      return p.leadOpdId ? opdAbbreviation(w, p.leadOpdId) : '';
    case 'supportingOpds':
      return formatNameList(p.supportingOpdIds.map((id) => opdAbbreviation(w, id)));
    case 'indicators':
      return formatIndicators(p.indicators);
    case 'horizon':
      return HORIZON_CELL_LABELS[programHorizon(p, w.horizon)];
    case 'years':
      // A single year stays a number, so the sheet sorts and filters on it.
      return p.years.length === 1 ? (p.years[0] ?? null) : formatYearList(p.years);
    case 'fundingSources':
      return formatFundingList(p.funding, w.fundingSources);
    case 'quickWin':
      return formatYesNo(p.quickWin);
    case 'priority':
      return PRIORITY_LABELS[p.priority];
    case 'progress':
      return p.progress;
    case 'partners':
      return formatNameList(p.partners);
    default:
      return p[f];
  }
};

/** The columns in sheet order: the fields up to the years, one budget column per plan year and the total, then the rest. */
/**
 * A SWOT factor or TOWS strategy as the Word document numbers it in its dimension: "S1", "WO2". Hidden
 * factors are not counted and not written (the import keeps a program's links to them).
 */
const swotLabel = (w: Names, id: string): string[] => {
  const item = w.swotItems.find((s) => s.id === id);
  if (item?.hidden === true) return [];
  return [(item && swotFactorLabels(visibleCards(w.swotItems), item.dimensionId).get(id)) ?? id];
};
const towsLabel = (w: Names, id: string): string => {
  const item = w.towsStrategies.find((s) => s.id === id);
  return (item && towsStrategyLabels(w.towsStrategies, item.dimensionId).get(id)) ?? id;
};

export const programSheetColumns = (w: Pick<Workshop, 'horizon'>): { columns: SheetColumn[]; cell: (w: Names, p: Program) => CellValue[] } => {
  const years = planYears(w.horizon);
  const splitAfter = PROGRAM_FIELDS.indexOf('years') + 1;
  const before = PROGRAM_FIELDS.slice(0, splitAfter);
  const after = PROGRAM_FIELDS.slice(splitAfter);
  return {
    columns: [...before.map((f) => PROGRAM_COLUMNS[f].column), ...years.map(budgetColumn), BUDGET_TOTAL_COLUMN, ...after.map((f) => PROGRAM_COLUMNS[f].column)],
    cell: (names, p) => [
      ...before.map((f) => fieldCell(names, p, f)),
      ...years.map((year) => p.budget.find((line) => line.year === year)?.amount ?? null),
      programBudgetTotal(p),
      ...after.map((f) => fieldCell(names, p, f)),
    ],
  };
};

/** "Matriks Program": one row per program, every field of reference §5, in the matrix order. */
export const programSheet = (w: Workshop): WorkbookSheet => {
  const { columns, cell } = programSheetColumns(w);
  const programs = sortPrograms(w.programs, MATRIX_ORDER, w);
  return { name: PROGRAM_SHEET_NAME, filter: true, tables: [{ columns, rows: programs.map((p) => cell(w, p)) }] };
};
