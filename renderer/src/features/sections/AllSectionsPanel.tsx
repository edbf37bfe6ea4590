import { useMemo, useState } from 'react';
import { filterOutline, outlineCounts, type OutlineGroup, type OutlineSlot, type SectionFilter, type SectionStatusFilter } from '../../../../shared/logic/section-outline';
import type { Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/i18n-context';
import { StatTiles } from '../summary/SummaryKit';
import { SectionSlotRow, SectionTableHead } from './SectionSlotRow';
import { OpdSelect } from '../../components/OpdSelect';

const STATUS_FILTERS: readonly SectionStatusFilter[] = ['all', 'missing', 'draft', 'review', 'final'];
const ALL: SectionFilter = { status: 'all', owner: 'all' };

interface Props {
  workshop: Workshop;
  outline: readonly OutlineGroup[];
  readOnly: boolean;
  onOpen(sectionId: string): void;
  onCreate(slot: OutlineSlot): void;
}

/** Every section of the masterplan outline, chapter by chapter, filtered by status and owner OPD. */
export const AllSectionsPanel = ({ workshop, outline, readOnly, onOpen, onCreate }: Props) => {
  const t = useT();
  const [filter, setFilter] = useState<SectionFilter>(ALL);
  const shown = useMemo(() => filterOutline(outline, filter), [outline, filter]);
  const counts = outlineCounts(outline);
  const shownCount = shown.reduce((n, g) => n + g.slots.length, 0);
  const statusLabel = (s: SectionStatusFilter) => (s === 'all' ? t('sections.filter.allStatus') : s === 'missing' ? t('sections.filter.missing') : t(`sections.status.${s}`));

  return (
    <>
      <div className="section-stats">
        <StatTiles
          label={t('sections.overview')}
          stats={[
            { label: t('sections.stat.slots'), value: counts.slots },
            { label: t('sections.status.final'), value: counts.final, tone: 'green' },
            { label: t('sections.status.review'), value: counts.review, tone: 'amber' },
            { label: t('sections.status.draft'), value: counts.draft },
            { label: t('sections.stat.missing'), value: counts.missing, tone: counts.missing > 0 ? 'red' : undefined },
          ]}
        />
      </div>
      <div className="section-filters" role="search" aria-label={t('sections.filter.label')}>
        <Field label={t('sections.filter.status')}>
          {({ inputId }) => (
            <select id={inputId} className="input" value={filter.status} onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as SectionStatusFilter }))}>
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('sections.filter.owner')}>
          {({ inputId }) => (
            <OpdSelect
              id={inputId}
              value={filter.owner === 'all' ? null : filter.owner}
              opds={workshop.opds}
              noneLabel={t('sections.filter.allOwners')}
              extra={[{ value: 'none', label: t('sections.filter.noOwner') }]}
              onChange={(owner) => setFilter((f) => ({ ...f, owner: owner ?? 'all' }))}
            />
          )}
        </Field>
        <p className="section-filter-count" aria-live="polite">
          {t('sections.filter.showing', { shown: shownCount, total: counts.slots })}
        </p>
        {filter.status !== 'all' || filter.owner !== 'all' ? (
          <button type="button" className="btn btn-small btn-secondary section-filter-reset" onClick={() => setFilter(ALL)}>
            {t('sections.filter.reset')}
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="empty-note">{t('sections.filter.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table section-table" aria-label={t('sections.table')}>
            <SectionTableHead />
            {shown.map((group) => (
              <tbody key={group.key}>
                <tr className="section-group-row">
                  <th scope="colgroup" colSpan={5}>
                    {group.numeral ? <span className="section-group-numeral">{group.numeral}</span> : null}
                    {group.title}
                  </th>
                </tr>
                {group.slots.map((slot, i) => (
                  <SectionSlotRow key={slot.section?.id ?? `${slot.outlineKey}-${i}`} slot={slot} workshop={workshop} readOnly={readOnly} onOpen={onOpen} onCreate={onCreate} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </>
  );
};
