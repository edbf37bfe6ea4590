import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { filterPrograms, isProgramFilterActive, MATRIX_ORDER, NO_PROGRAM_FILTER, sortPrograms, type ProgramFilter, type ProgramSort, type ProgramSortKey } from '../../../../shared/logic/program-filter';
import type { Program } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { ExcelExportButton, ProgramImportDialog } from '../excel';
import { useIsFacilitator } from '../../app/role';
import { AddProgramDialog } from './AddProgramDialog';
import { BudgetTotalsPanel } from './BudgetTotalsPanel';
import { ProgramDrawer } from './drawer/ProgramDrawer';
import { ProgramFilters } from './ProgramFilters';
import { useProgramLookups } from './program-lookups';
import { searchPrograms } from './program-search';
import { ProgramTable } from './table/ProgramTable';
import { usePaintedOnce } from './table/use-page';
import { RemoveLinkedProgramDialog } from './RemoveLinkedProgramDialog';
import { useProgramCommands, type ProgramLinks } from './use-program-commands';
import './programs.css';

/** Matriks program, the central table of Tahap II: filter, sort, edit in place, details in a side panel, totals in Rupiah. */
export const ProgramsWorksheet = () => {
  const t = useT();
  const toast = useToast();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const lookups = useProgramLookups(w);
  const commands = useProgramCommands();
  const [filter, setFilter] = useState<ProgramFilter>(NO_PROGRAM_FILTER);
  const [sort, setSort] = useState<ProgramSort>(MATRIX_ORDER);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<{ program: Program; links: ProgramLinks } | null>(null);
  const facilitator = useIsFacilitator();
  const searchBox = useRef<HTMLInputElement>(null);
  const countId = useId();
  // The totals sit below the matrix, out of the first screen: built once the rows above are painted.
  const painted = usePaintedOnce();

  // Ctrl+F (⌘F) while the matrix is shown searches all programs, not only the rows of the page on screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
      if (document.querySelector('[role="dialog"], dialog[open]')) return;
      event.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Typing in the search box stays quick: the table follows a moment later, never blocking a keystroke.
  const shownFilter = useDeferredValue(filter);
  const { programs, horizon, dimensionSet, opds } = w;
  const filtered = useMemo(() => searchPrograms(filterPrograms(programs, { ...shownFilter, text: '' }, horizon), shownFilter.text, opds), [programs, shownFilter, horizon, opds]);
  const sorted = useMemo(() => sortPrograms(filtered, sort, { dimensionSet, opds, horizon }), [filtered, sort, dimensionSet, opds, horizon]);
  const viewKey = useMemo(() => JSON.stringify([shownFilter, sort]), [shownFilter, sort]);

  const onSort = useCallback((key: ProgramSortKey) => setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' })), []);
  const closeDrawer = useCallback(() => setOpenId(null), []);
  const { language } = useLanguage();
  const context = useMemo(() => ({ t, language, lookups, opds, plan: horizon, readOnly }), [t, language, lookups, opds, horizon, readOnly]);
  const actions = useMemo(
    () => ({
      update: commands.update,
      saveYears: commands.saveYears,
      open: setOpenId,
      duplicate: (program: Program) => void commands.duplicate(program),
      remove: (program: Program) => {
        const links = commands.remove(program);
        if (links) setRemoving({ program, links });
      },
      report: (message: string) => toast({ tone: 'error', message }),
    }),
    [commands, toast],
  );

  return (
    <>
      <section className="card program-matrix" aria-labelledby="program-matrix-title">
        <div className="card-heading-row">
          <h2 id="program-matrix-title" className="card-title">
            {t('programs.table')}
          </h2>
          <p role="status" id={countId} className="filter-bar-count filter-count">
            {t('programs.showing', { shown: filtered.length, total: programs.length })}
            {isProgramFilterActive(shownFilter) ? <span className="filter-matches"> · {t('programs.matching', { shown: filtered.length, total: programs.length })}</span> : null}
          </p>
          <div className="matrix-tools">
            {sort.key !== MATRIX_ORDER.key || sort.direction !== MATRIX_ORDER.direction ? (
              <button type="button" className="btn btn-small btn-secondary" onClick={() => setSort(MATRIX_ORDER)}>
                {t('programs.matrixOrder')}
              </button>
            ) : null}
            {facilitator ? (
              <>
                <ExcelExportButton />
                <button type="button" className="btn btn-secondary" disabled={readOnly} onClick={() => setImporting(true)}>
                  <Icon name="upload" />
                  <span>{t('excel.import')}</span>
                </button>
              </>
            ) : null}
            <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => setAdding(true)}>
              <Icon name="plus" />
              <span>{t('programs.add')}</span>
            </button>
          </div>
        </div>
        <ProgramFilters filter={filter} onChange={setFilter} workshop={w} lookups={lookups} countId={countId} searchRef={searchBox} />
        {programs.length === 0 ? (
          <p className="empty-note">{t('programs.emptyStart')}</p>
        ) : sorted.length === 0 ? (
          <p className="empty-note">{t('programs.noMatch')}</p>
        ) : (
          <ProgramTable programs={sorted} context={context} actions={actions} sort={sort} onSort={onSort} viewKey={viewKey} t={t} labelledBy="program-matrix-title" />
        )}
      </section>
      {painted ? <BudgetTotalsPanel programs={filtered} total={programs.length} filtered={isProgramFilterActive(shownFilter)} workshop={w} lookups={lookups} /> : null}
      {adding ? (
        <AddProgramDialog
          workshop={w}
          lookups={lookups}
          dimensionId={filter.dimensionId}
          add={commands.add}
          onClose={() => setAdding(false)}
          onAdded={(program) => {
            setAdding(false);
            toast({ tone: 'success', message: t('programs.added', { code: program.code }) });
            setOpenId(program.id);
          }}
        />
      ) : null}
      {removing ? (
        <RemoveLinkedProgramDialog
          program={removing.program}
          links={removing.links}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            commands.remove(removing.program, true);
          }}
        />
      ) : null}
      {importing ? <ProgramImportDialog onClose={() => setImporting(false)} /> : null}
      {openId !== null ? (
        <ProgramDrawer programId={openId} workshop={w} lookups={lookups} commands={commands} readOnly={readOnly} order={sorted} onOpen={setOpenId} onClose={closeDrawer} />
      ) : null}
    </>
  );
};
