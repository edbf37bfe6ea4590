import type { ComponentProps, ReactNode } from 'react';
import { Icon } from '../components/Icon';
import { InlineTextCommitField } from './InlineTextCommitField';

export interface ColumnHead {
  label: ReactNode;
  className?: string;
}

interface TableProps {
  /** The box that scrolls sideways when the table is wider than the card. */
  scrollClassName?: string;
  className: string;
  /** What the table holds, as its caption… */
  caption?: ReactNode;
  captionClassName?: string;
  /** …or the id of the heading that names it. */
  labelledBy?: string;
  columns: readonly ColumnHead[];
  /** A last column, named for screen readers only, over each row's remove button. */
  actions?: ColumnHead & { label: string };
  /** The rows (`<tr>`), each usually made of TextCells and a RemoveCell. */
  children: ReactNode;
}

/** A list edited in place as a table: a header row, then one row per item. */
export const EditableTable = ({ scrollClassName = 'table-scroll', className, caption, captionClassName, labelledBy, columns, actions, children }: TableProps) => (
  <div className={scrollClassName}>
    <table className={className} aria-labelledby={labelledBy}>
      {caption === undefined ? null : <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={column.className}>
              {column.label}
            </th>
          ))}
          {actions ? (
            <th scope="col" className={actions.className}>
              <span className="visually-hidden">{actions.label}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);

/** One text of a row, edited in place (see InlineTextCommitField). */
export const TextCell = (props: ComponentProps<typeof InlineTextCommitField>) => (
  <td>
    <InlineTextCommitField {...props} />
  </td>
);

interface RemoveProps {
  /** Names the item: "Hapus OPD Bappeda". */
  label: string;
  /** The tooltip, when it should say more than the label (e.g. why the button is off). */
  title?: string;
  disabled?: boolean;
  onRemove(): void;
  /** Added to the button's classes. */
  className?: string;
}

/** The trash button that removes one item of a list. */
export const RemoveButton = ({ label, title = label, disabled, onRemove, className }: RemoveProps) => (
  <button type="button" className={`btn btn-danger-quiet btn-small${className ? ` ${className}` : ''}`} disabled={disabled} aria-label={label} title={title} onClick={onRemove}>
    <Icon name="trash" />
  </button>
);

/** The last cell of a row: its remove button. */
export const RemoveCell = ({ cellClassName, ...button }: RemoveProps & { cellClassName?: string }) => (
  <td className={cellClassName}>
    <RemoveButton {...button} />
  </td>
);
