import type { ComponentProps } from 'react';
import { EditableTable, RemoveCell } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';

/** A table of this worksheet (elements, OPDs, funding sources): its scroll box and its action column. */
export const RefTable = (props: Omit<ComponentProps<typeof EditableTable>, 'scrollClassName' | 'actions'>) => {
  const t = useT();
  return <EditableTable scrollClassName="ref-table-scroll" actions={{ label: t('reference-data.actions'), className: 'ref-col-action' }} {...props} />;
};

/** The remove button at the end of one of its rows. */
export const RefRemoveCell = (props: Omit<ComponentProps<typeof RemoveCell>, 'cellClassName' | 'className'>) => <RemoveCell cellClassName="ref-col-action" className="btn-icon" {...props} />;
