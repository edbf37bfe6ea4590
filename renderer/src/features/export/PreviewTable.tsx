import { useId, useState } from 'react';
import type { TableBlock, TableCell, TableRow } from '../../../../shared/document';
import { useT } from '../../i18n/i18n-context';
import { TABLE_PREVIEW_ROWS } from './preview-parts';
import { CellBlocks } from './PreviewInline';

/** Tables longer than this show their first rows and a button for the rest, so an 800-program matrix stays quick. */
const CAP_FROM = TABLE_PREVIEW_ROWS + 10;

const Cell = ({ cell, header }: { cell: TableCell; header: boolean }) => {
  const Tag = header ? 'th' : 'td';
  const className = [cell.shade ? `shade-${cell.shade}` : '', cell.align && cell.align !== 'left' ? `align-${cell.align}` : ''].filter(Boolean).join(' ');
  return (
    <Tag colSpan={cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined} className={className || undefined} scope={header ? 'col' : undefined}>
      <CellBlocks blocks={cell.blocks} />
    </Tag>
  );
};

const Row = ({ row }: { row: TableRow }) => (
  <tr style={row.minHeightMm ? { height: `${row.minHeightMm * 0.25}rem` } : undefined}>
    {row.cells.map((cell, i) => (
      <Cell key={i} cell={cell} header={row.header === true} />
    ))}
  </tr>
);

export const PreviewTable = ({ block }: { block: TableBlock }) => {
  const t = useT();
  const [all, setAll] = useState(false);
  const bodyId = useId();
  const headRows = block.rows.filter((r) => r.header);
  const bodyRows = block.rows.filter((r) => !r.header);
  const capped = bodyRows.length >= CAP_FROM && !all;
  const shown = capped ? bodyRows.slice(0, TABLE_PREVIEW_ROWS) : bodyRows;
  const total = block.columns.reduce((n, c) => n + c.width, 0) || 1;
  const className = ['doc-table', block.compact ? 'is-compact' : '', block.borderless ? 'is-borderless' : ''].filter(Boolean).join(' ');
  return (
    <div className="doc-table-block">
      {block.caption ? (
        <p className="doc-caption doc-caption-table">
          <strong>
            {block.caption.label} {block.caption.number}
          </strong>{' '}
          {block.caption.title}
        </p>
      ) : null}
      <div className="doc-table-scroll">
        <table className={className} aria-label={block.caption ? `${block.caption.label} ${block.caption.number} ${block.caption.title}` : undefined}>
          <colgroup>
            {block.columns.map((c, i) => (
              <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
            ))}
          </colgroup>
          {block.headerless && headRows.length === 0 ? null : (
            <thead>
              {block.headerless ? null : (
                <tr>
                  {block.columns.map((c, i) => (
                    <th key={i} scope="col" className={c.align && c.align !== 'left' ? `align-${c.align}` : undefined}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              )}
              {headRows.map((row, i) => (
                <Row key={i} row={row} />
              ))}
            </thead>
          )}
          <tbody id={bodyId}>
            {shown.map((row, i) => (
              <Row key={i} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {bodyRows.length >= CAP_FROM ? (
        <div className="doc-table-more">
          <span className="muted">{t('export.table.shown', { shown: shown.length, count: bodyRows.length })}</span>
          <button type="button" className="btn btn-secondary btn-small" aria-controls={bodyId} aria-expanded={all} onClick={() => setAll((v) => !v)}>
            {all ? t('export.table.less', { count: TABLE_PREVIEW_ROWS }) : t('export.table.more', { count: bodyRows.length })}
          </button>
        </div>
      ) : null}
      {block.note ? <p className="doc-p doc-note">{block.note}</p> : null}
    </div>
  );
};
