import { Fragment } from 'react';
import { towsOrigin } from '../../../../shared/logic/tows';
import type { TowsStrategy } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import type { DimensionSwot } from './use-dimension-swot';
import { useSwotCommands } from './use-swot-commands';

/**
 * A strategy and where it came from: "Sumber: S1 + O2", with the factors' texts on hover and when opened. A factor
 * the facilitator hid is named as the exports name it (not at all) and listed apart as hidden.
 */
export const TowsStrategyItem = ({ strategy, swot, onEdit }: { strategy: TowsStrategy; swot: DimensionSwot; onEdit(): void }) => {
  const t = useT();
  const w = useWorkshop();
  const { removeStrategy } = useSwotCommands();
  const label = swot.strategyLabels.get(strategy.id) ?? strategy.kind;
  const origin = towsOrigin(w.swotItems, strategy);
  const hover = origin.factors.map((f) => `${f.label}: ${f.text}`).join('\n');
  return (
    <li className={`tows-strategy${origin.needsNewSources ? ' needs-sources' : ''}`}>
      <div className="tows-strategy-head">
        <span className="tows-strategy-label">{label}</span>
        <p className="tows-strategy-text">{strategy.text}</p>
      </div>
      <div className="tows-strategy-foot">
        <details className="tows-origin">
          <summary title={hover || undefined} aria-label={t('swot.tows.sourceOf', { label, origin: origin.label || t('swot.tows.sourceNone') })}>
            <span className="tows-origin-caption">{t('swot.tows.source')}:</span>{' '}
            {origin.factors.length === 0 ? (
              <span className="muted">{t('swot.tows.sourceNone')}</span>
            ) : (
              origin.factors.map((f, i) => (
                <Fragment key={f.id}>
                  {i > 0 ? <span className="tows-origin-plus"> + </span> : null}
                  <span className={`tows-origin-chip quadrant-${f.quadrant}`} title={f.text}>
                    {f.label}
                  </span>
                </Fragment>
              ))
            )}
            {origin.hiddenFactors.length > 0 ? (
              <span className="chip tows-origin-hidden" title={t('swot.tows.hiddenSourcesNote', { count: origin.hiddenFactors.length })}>
                {t('swot.tows.hiddenSources', { count: origin.hiddenFactors.length })}
              </span>
            ) : null}
            {origin.removedCount > 0 ? <span className="chip chip-amber tows-origin-removed">{t('swot.tows.removedSources', { count: origin.removedCount })}</span> : null}
          </summary>
          <ul className="tows-origin-list">
            {origin.factors.map((f) => (
              <li key={f.id}>
                <span className={`tows-origin-chip quadrant-${f.quadrant}`}>{f.label}</span> {f.text}
              </li>
            ))}
            {origin.hiddenFactors.map((f) => (
              <li key={f.id} className="tows-origin-hidden-factor">
                <span className="tows-origin-chip is-hidden">{t('swot.tows.hiddenFactor')}</span> {f.text}
              </li>
            ))}
          </ul>
        </details>
        <div className="tows-strategy-actions">
          <button type="button" className="btn btn-small btn-secondary" aria-label={t('swot.tows.editNamed', { label })} onClick={onEdit}>
            <Icon name="edit" />
            {t('swot.tows.edit')}
          </button>
          <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('swot.tows.delete', { label })} title={t('swot.tows.delete', { label })} onClick={() => removeStrategy(strategy.id)}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
      {origin.needsNewSources ? (
        <p className="tows-strategy-warning">
          <Icon name="alert" /> {t('swot.tows.needsSources')}
        </p>
      ) : null}
    </li>
  );
};
