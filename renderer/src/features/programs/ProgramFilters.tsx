import { useId, type ReactNode, type RefObject } from 'react';
import { HorizonSchema, type Workshop } from '../../../../shared/model';
import { isProgramFilterActive, NO_PROGRAM_FILTER, type ProgramFilter } from '../../../../shared/logic/program-filter';
import { useT } from '../../i18n/i18n-context';
import type { ProgramLookups } from './program-lookups';

interface Props {
  filter: ProgramFilter;
  onChange(filter: ProgramFilter): void;
  workshop: Pick<Workshop, 'dimensionSet' | 'opds' | 'fundingSources'>;
  lookups: ProgramLookups;
  /** The id of the count line ("Menampilkan … · N dari 800 cocok"), which describes the search box. */
  countId: string;
  /** The search box, so Ctrl+F can bring the user to it. */
  searchRef?: RefObject<HTMLInputElement | null>;
}

const NONE = '';
const NO_SOURCE = '__tanpa__';

/** Narrows the matrix: dimension, element, OPD, horizon, funding source, quick win, and text search. */
export const ProgramFilters = ({ filter, onChange, workshop, lookups, countId, searchRef }: Props) => {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<ProgramFilter>) => onChange({ ...filter, ...patch });
  const dimensions = workshop.dimensionSet.dimensions;
  const elementDimensions = filter.dimensionId === null ? dimensions : dimensions.filter((d) => d.id === filter.dimensionId);
  const all = <option value={NONE}>{t('programs.filter.all')}</option>;
  const select = (key: string, label: string, value: string, change: (value: string) => void, options: ReactNode) => (
    <div className="field filter-field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select id={`${id}-${key}`} className="input filter-input" value={value} onChange={(e) => change(e.target.value)}>
        {all}
        {options}
      </select>
    </div>
  );

  return (
    <section className="filter-bar program-filters" aria-label={t('programs.filters')}>
      <div className="field filter-bar-search">
        <label className="field-label" htmlFor={`${id}-search`}>
          {t('programs.filter.search')} <kbd className="filter-shortcut">{t('programs.filter.shortcut')}</kbd>
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          className="input filter-input"
          placeholder={t('programs.filter.searchHint')}
          value={filter.text}
          autoComplete="off"
          aria-describedby={countId}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.text !== '') {
              e.preventDefault();
              set({ text: '' });
            }
          }}
        />
      </div>
      {select(
        'dimension',
        t('programs.field.dimension'),
        filter.dimensionId ?? NONE,
        (value) => {
          const dimensionId = value === NONE ? null : value;
          const keepsElement = dimensionId === null || dimensions.find((d) => d.id === dimensionId)?.elements.some((e) => e.id === filter.elementId);
          set({ dimensionId, elementId: keepsElement ? filter.elementId : null });
        },
        dimensions.map((d) => (
          <option key={d.id} value={d.id}>
            {lookups.dimension(d.id)}
          </option>
        )),
      )}
      {select(
        'element',
        t('programs.field.element'),
        filter.elementId ?? NONE,
        (value) => set({ elementId: value === NONE ? null : value }),
        elementDimensions.map((d) => (
          <optgroup key={d.id} label={lookups.dimension(d.id)}>
            {d.elements.map((e) => (
              <option key={e.id} value={e.id}>
                {lookups.element(e.id)}
              </option>
            ))}
          </optgroup>
        )),
      )}
      {select(
        'opd',
        t('programs.filter.opd'),
        filter.opdId ?? NONE,
        (value) => set({ opdId: value === NONE ? null : value }),
        workshop.opds.map((o) => (
          <option key={o.id} value={o.id}>
            {o.abbreviation}
          </option>
        )),
      )}
      {select(
        'horizon',
        t('programs.field.horizon'),
        filter.horizon ?? NONE,
        (value) => set({ horizon: HorizonSchema.safeParse(value).data ?? null }),
        HorizonSchema.options.map((h) => (
          <option key={h} value={h}>
            {t(`horizon.${h}`)}
          </option>
        )),
      )}
      {select(
        'funding',
        t('programs.filter.funding'),
        filter.funding === null ? NONE : (filter.funding.sourceId ?? NO_SOURCE),
        (value) => set({ funding: value === NONE ? null : { sourceId: value === NO_SOURCE ? null : value } }),
        <>
          {workshop.fundingSources.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
          <option value={NO_SOURCE}>{t('programs.filter.noFunding')}</option>
        </>,
      )}
      {select(
        'quick-win',
        t('programs.filter.quickWin'),
        filter.quickWin === null ? NONE : String(filter.quickWin),
        (value) => set({ quickWin: value === NONE ? null : value === 'true' }),
        <>
          <option value="true">{t('programs.filter.quickWinYes')}</option>
          <option value="false">{t('programs.filter.quickWinNo')}</option>
        </>,
      )}
      {isProgramFilterActive(filter) ? (
        <button type="button" className="btn btn-small btn-secondary filter-clear" onClick={() => onChange(NO_PROGRAM_FILTER)}>
          {t('programs.filter.clear')}
        </button>
      ) : null}
    </section>
  );
};
