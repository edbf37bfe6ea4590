import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ProgramSort, ProgramSortKey } from '../../../../../shared/logic/program-filter';
import type { Program } from '../../../../../shared/model';
import type { Translate } from '../../../i18n/i18n-context';
import { ProgramRow } from './ProgramRow';
import type { CellColumn, RowActions, RowContext } from './row-actions';
import { SortHeader } from './SortHeader';
import { FIRST_PAINT_ROWS, usePage, usePaintedOnce } from './use-page';

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

/**
 * The matriks program: key columns, sortable, edited in place. Rows render a page at a time
 * (pager below; the search box above reaches every program), and each row only re-renders when its own program changes.
 */
export const ProgramTable = memo(function ProgramTable({ programs, context, actions, sort, onSort, viewKey, t, labelledBy }: Props) {
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ programId: string; column: CellColumn } | null>(null);
  const { page, pages, from, to, go } = usePage(programs.length, viewKey);
  // The first frame holds a screenful of rows; the rest of the page follows once it is painted.
  const painted = usePaintedOnce();
  const drawnTo = painted ? to : Math.min(to, from + FIRST_PAINT_ROWS);
  const turn = (next: number) => {
    go(next);
    scroller.current?.scrollTo({ top: 0 });
  };

  const edit = useCallback((programId: string, column: CellColumn | null) => setEditing(column === null ? null : { programId, column }), []);
  const rowActions = useMemo<RowActions>(() => ({ ...actions, edit }), [actions, edit]);
  const rowContext = useMemo<RowContext>(() => ({ ...context, hintId }), [context, hintId]);
  const header = (label: string, key: ProgramSortKey, className?: string) => <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} t={t} className={className} />;

  return (
    <>
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
          {programs.slice(from, drawnTo).map((program) => (
            <ProgramRow key={program.id} program={program} context={rowContext} actions={rowActions} editing={editing?.programId === program.id ? editing.column : null} />
          ))}
        </tbody>
      </table>
    </div>
    {pages > 1 ? (
      <nav className="matrix-pager" aria-label={t('programs.pager')}>
        <button type="button" className="btn btn-secondary btn-small" disabled={page === 0} onClick={() => turn(0)} aria-label={t('programs.pager.first')}>
          «
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={page === 0} onClick={() => turn(page - 1)}>
          ‹ {t('programs.pager.previous')}
        </button>
        <span className="matrix-pager-status" aria-live="polite">
          {t('programs.pager.page', { page: page + 1, pages })} · {t('programs.pager.rows', { from: from + 1, to, total: programs.length })}
        </span>
        <button type="button" className="btn btn-secondary btn-small" disabled={page >= pages - 1} onClick={() => turn(page + 1)}>
          {t('programs.pager.next')} ›
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={page >= pages - 1} onClick={() => turn(pages - 1)} aria-label={t('programs.pager.last')}>
          »
        </button>
      </nav>
    ) : null}
    </>
  );
});
