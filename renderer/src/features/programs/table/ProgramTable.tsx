import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ProgramSort, ProgramSortKey } from '../../../../../shared/logic/program-filter';
import type { Program } from '../../../../../shared/model';
import type { Translate } from '../../../i18n/i18n-context';
import { ProgramRow } from './ProgramRow';
import type { CellColumn, RowActions, RowContext } from './row-actions';
import { SortHeader } from './SortHeader';
import { ROWS_PER_PAGE, useIncrementalCount, useNearBottom } from './use-incremental-count';

interface Props {
  programs: readonly Program[];
  context: Omit<RowContext, 'hintId'>;
  actions: Omit<RowActions, 'edit'>;
  sort: ProgramSort;
  onSort(key: ProgramSortKey): void;
  /** Changes when the filter or sort changes: the table starts again from its first page. */
  viewKey: string;
  t: Translate;
  labelledBy: string;
}

const COLUMNS = 7;

/**
 * The matriks program: key columns, sortable, edited in place. Rows render a page at a time
 * (more as the user scrolls), and each row only re-renders when its own program changes.
 */
export const ProgramTable = memo(function ProgramTable({ programs, context, actions, sort, onSort, viewKey, t, labelledBy }: Props) {
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const moreRow = useRef<HTMLTableRowElement>(null);
  const [editing, setEditing] = useState<{ programId: string; column: CellColumn } | null>(null);
  const { shown, remaining, showMore } = useIncrementalCount(programs.length, viewKey);
  useNearBottom(moreRow, scroller, showMore, shown);

  const edit = useCallback((programId: string, column: CellColumn | null) => setEditing(column === null ? null : { programId, column }), []);
  const rowActions = useMemo<RowActions>(() => ({ ...actions, edit }), [actions, edit]);
  const rowContext = useMemo<RowContext>(() => ({ ...context, hintId }), [context, hintId]);
  const header = (label: string, key: ProgramSortKey, className?: string) => <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} t={t} className={className} />;

  return (
    <div className="table-scroll program-table-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('programs.scrollRegion')}>
      <p id={hintId} className="visually-hidden">
        {t('programs.editHint')}
      </p>
      <table className="data-table program-table" aria-labelledby={labelledBy}>
        <colgroup>
          <col className="col-code" />
          <col className="col-program" />
          <col className="col-opd" />
          <col className="col-years" />
          <col className="col-budget" />
          <col className="col-quick-win" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            {header(t('programs.code'), 'code')}
            {header(t('programs.col.program'), 'name')}
            {header(t('programs.leadOpd'), 'leadOpd')}
            {header(t('programs.col.years'), 'horizon')}
            {header(t('programs.budget'), 'budget', 'num')}
            {header(t('programs.quickWin'), 'quickWin', 'cell-check')}
            <th scope="col">{t('programs.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {programs.slice(0, shown).map((program) => (
            <ProgramRow key={program.id} program={program} context={rowContext} actions={rowActions} editing={editing?.programId === program.id ? editing.column : null} />
          ))}
          {remaining > 0 ? (
            <tr ref={moreRow} className="more-row">
              <td colSpan={COLUMNS}>
                <button type="button" className="btn btn-secondary btn-small" onClick={showMore}>
                  {t('programs.more', { count: Math.min(remaining, ROWS_PER_PAGE), remaining })}
                </button>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
});
