import type { GapAnalysis } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { CardRoomActions } from '../room/CardRoomActions';

/**
 * The gap rows of a dimension beyond the one edited in its card: those the FGD groups wrote from
 * their phones, read here with their group, and hidden or shown by the facilitator.
 */
export const GroupGapRows = ({ rows, dimensionName }: { rows: readonly GapAnalysis[]; dimensionName: string }) => {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <div className="gap-group-rows">
      <h3 className="gap-group-rows-title">{t('gap.groupRows.title', { count: rows.length })}</h3>
      <ol className="gap-group-row-list">
        {rows.map((row, index) => {
          const label = t('gap.groupRows.label', { dimension: dimensionName, number: index + 2 });
          return (
            <li key={row.id} className={`gap-group-row${row.hidden ? ' is-hidden-card' : ''}`}>
              <CardRoomActions card="gapAnalysis" item={row} label={label} />
              <dl className="gap-group-row-texts">
                <div>
                  <dt>{t('gap.field.current')}</dt>
                  <dd>{row.currentCondition || '–'}</dd>
                </div>
                <div>
                  <dt>{t('gap.field.target')}</dt>
                  <dd>{row.targetCondition || '–'}</dd>
                </div>
                <div>
                  <dt>{t('gap.field.gap')}</dt>
                  <dd>{row.gap || '–'}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ol>
    </div>
  );
};
