import { memo } from 'react';
import { ProgramSchema, type Program } from '../../../../../shared/model';
import { formatRupiah, programHorizon } from '../../../../../shared/logic';
import { programBudgetTotal } from '../../../../../shared/logic/budget-totals';
import { shownAcronym } from '../../../../../shared/logic/program-acronym';
import { formatYearList, parseYearList } from '../../../../../shared/logic/year-list';
import { Icon } from '../../../components/Icon';
import { readText } from '../../../forms/read-values';
import { BudgetCellEditor } from './BudgetCellEditor';
import { CellTextEditor } from './CellTextEditor';
import { EditableCell } from './EditableCell';
import { OpdCellEditor } from './OpdCellEditor';
import type { CellColumn, RowActions, RowContext } from './row-actions';

interface Props {
  program: Program;
  context: RowContext;
  actions: RowActions;
  /** The cell being edited in this row, if any. */
  editing: CellColumn | null;
}

const readName = readText(ProgramSchema.shape.name);

/** One program in the matrix. Memoised: a change elsewhere in the workshop does not re-render it. */
export const ProgramRow = memo(function ProgramRow({ program: p, context, actions, editing }: Props) {
  const { t, language, lookups, plan, readOnly, hintId } = context;
  const cell = (column: CellColumn) => ({
    editing: editing === column,
    readOnly,
    hintId,
    onStart: () => actions.edit(p.id, column),
    onFinish: () => actions.edit(p.id, null),
  });
  const lead = lookups.opdShort(p.leadOpdId);
  const total = programBudgetTotal(p);
  const years = formatYearList(p.years);
  const named = { code: p.code, name: p.name };
  const acronym = shownAcronym(p);

  return (
    <tr data-program-id={p.id}>
      <td className="code">{p.code}</td>
      <EditableCell
        as="th"
        className="program-cell"
        {...cell('name')}
        title={`${p.name}${acronym ? ` (${acronym})` : ''} · ${lookups.dimension(p.dimensionId)} · ${lookups.element(p.elementId)}`}
        display={
          <>
            <span className="program-name">{p.name}</span>
            {acronym ? <span className="program-acronym"> ({acronym})</span> : null}
            <span className="row-detail">
              {' · '}
              <abbr className="dimension-tag" title={lookups.dimension(p.dimensionId)}>
                {lookups.dimensionCode(p.dimensionId)}
              </abbr>{' '}
              {lookups.element(p.elementId)}
            </span>
          </>
        }
        editor={(finish) => (
          <CellTextEditor
            label={t('programs.cell.name', { code: p.code })}
            initial={p.name}
            read={readName}
            unchanged={(name) => name === p.name}
            commit={(name) => actions.update(p.id, (latest) => ({ ...latest, name }))}
            finish={finish}
          />
        )}
      />
      <EditableCell
        {...cell('leadOpd')}
        title={lookups.opdFull(p.leadOpdId) ?? undefined}
        display={lead ?? <span className="muted">{t('programs.field.noOpd')}</span>}
        editor={(finish) => (
          <OpdCellEditor
            label={t('programs.cell.leadOpd', { code: p.code })}
            noneLabel={t('programs.field.noOpd')}
            opds={context.opds}
            initial={p.leadOpdId}
            commit={(leadOpdId) => actions.update(p.id, (latest) => ({ ...latest, leadOpdId, supportingOpdIds: latest.supportingOpdIds.filter((id) => id !== leadOpdId) }))}
            finish={finish}
          />
        )}
      />
      <EditableCell
        {...cell('years')}
        title={`${years} · ${t(`horizon.${programHorizon(p, plan)}`)}`}
        display={
          <>
            <span className="nowrap">{years || <span className="muted">{t('programs.noYears')}</span>}</span>
            <span className={`chip chip-horizon horizon-${programHorizon(p, plan)}`}>{t(`horizon.${programHorizon(p, plan)}`)}</span>
          </>
        }
        editor={(finish) => (
          <CellTextEditor
            label={t('programs.cell.years', { code: p.code })}
            initial={years}
            placeholder={t('programs.cell.yearsHint')}
            read={(text) => {
              const parsed = parseYearList(text, plan);
              return parsed.ok ? { ok: true, value: parsed.years } : parsed;
            }}
            unchanged={(chosen) => formatYearList(chosen) === years}
            commit={(chosen) => actions.saveYears(p.id, chosen)}
            finish={finish}
          />
        )}
      />
      <EditableCell
        className="num"
        {...cell('budget')}
        display={total > 0 || p.budget.length > 0 ? formatRupiah(total, language) : <span className="muted">–</span>}
        editor={(finish) => (
          <BudgetCellEditor
            legend={t('programs.cell.budget', { code: p.code })}
            yearLabel={(year) => t('programs.field.budgetYear', { year })}
            notAnAmount={t('programs.budget.notAmount')}
            noYears={t('programs.field.budgetNoYears')}
            closeLabel={t('programs.cell.cancel')}
            years={p.years}
            budget={p.budget}
            commit={(budget) => actions.update(p.id, (latest) => ({ ...latest, budget }))}
            finish={finish}
          />
        )}
      />
      <td className="cell-check">
        <input
          type="checkbox"
          className="checkbox"
          aria-label={t('programs.cell.quickWin', named)}
          checked={p.quickWin}
          disabled={readOnly}
          onChange={(e) => {
            const quickWin = e.target.checked;
            const result = actions.update(p.id, (latest) => ({ ...latest, quickWin }));
            if (!result.ok) actions.report(result.message);
          }}
        />
      </td>
      <td className="cell-actions">
        <button type="button" className="icon-button" aria-label={t('programs.openNamed', named)} title={t('programs.open')} onClick={() => actions.open(p.id)}>
          <Icon name="edit" />
        </button>
        <button type="button" className="icon-button" aria-label={t('programs.duplicateNamed', named)} title={t('programs.duplicate')} disabled={readOnly} onClick={() => actions.duplicate(p)}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon-button icon-button-danger" aria-label={t('programs.deleteNamed', named)} title={t('programs.delete')} disabled={readOnly} onClick={() => actions.remove(p)}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
});
