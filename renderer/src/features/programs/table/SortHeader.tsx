import type { ProgramSort, ProgramSortKey } from '../../../../../shared/logic/program-filter';
import type { Translate } from '../../../i18n/i18n-context';

interface Props {
  label: string;
  sortKey: ProgramSortKey;
  sort: ProgramSort;
  onSort(key: ProgramSortKey): void;
  t: Translate;
  className?: string;
}

/** A column header that sorts the matrix by its column; a second press reverses the order. */
export const SortHeader = ({ label, sortKey, sort, onSort, t, className }: Props) => {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" title={t('programs.sortBy', { column: label })} onClick={() => onSort(sortKey)}>
        <span>{label}</span>
        <span className={`sort-mark${active ? ' is-active' : ''}`} aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
};
