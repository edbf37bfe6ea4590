import type { TowsKind, TowsStrategy } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { TowsStrategyItem } from './TowsStrategyItem';
import type { DimensionSwot } from './use-dimension-swot';

interface Props {
  kind: TowsKind;
  swot: DimensionSwot;
  onAdd(): void;
  onEdit(strategy: TowsStrategy): void;
}

/** One cell of the TOWS matrix (SO, WO, ST or WT) with its numbered strategies. */
export const TowsCell = ({ kind, swot, onAdd, onEdit }: Props) => {
  const t = useT();
  const strategies = swot.strategies.filter((s) => s.kind === kind);
  const headingId = `tows-${kind}-${swot.dimensionId}`;
  return (
    <section className={`tows-cell tows-cell-${kind}`} aria-labelledby={headingId}>
      <header className="tows-cell-header">
        <h3 id={headingId} className="tows-cell-title">
          {t(`swot.tows.${kind}`)} <span className="count">({strategies.length})</span>
        </h3>
        <p className="tows-cell-lead">{t(`swot.tows.${kind}.lead`)}</p>
      </header>
      {strategies.length === 0 ? (
        <p className="tows-cell-empty">{t('swot.tows.empty', { kind })}</p>
      ) : (
        <ol className="tows-strategy-list">
          {strategies.map((strategy) => (
            <TowsStrategyItem key={strategy.id} strategy={strategy} swot={swot} onEdit={() => onEdit(strategy)} />
          ))}
        </ol>
      )}
      <button type="button" className="btn btn-secondary btn-small tows-add" onClick={onAdd}>
        <Icon name="plus" />
        {t('swot.tows.add', { kind })}
      </button>
    </section>
  );
};
