import { useState } from 'react';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model';
import { focusTarget } from '../../forms/focus-target';
import { useT } from '../../i18n/i18n-context';
import { AddFactorForm, addFactorInputKey } from './AddFactorForm';
import { RemoveFactorDialog } from './RemoveFactorDialog';
import { SwotFactorRow, factorTextId } from './SwotFactorRow';
import type { DimensionSwot } from './use-dimension-swot';
import { useSwotCommands } from './use-swot-commands';

/** One quadrant of the board: its numbered factors and a field to add the next one. */
export const SwotQuadrantCard = ({ quadrant, swot }: { quadrant: SwotQuadrant; swot: DimensionSwot }) => {
  const t = useT();
  const { removeFactor } = useSwotCommands();
  const [confirming, setConfirming] = useState<SwotItem | null>(null);
  const factors = swot.factors.filter((f) => f.quadrant === quadrant);
  const headingId = `swot-${quadrant}-${swot.dimensionId}`;

  /** Removes at once when no strategy uses the factor; otherwise asks first. Focus stays in the quadrant. */
  const remove = (factor: SwotItem, confirmed = false) => {
    if (!confirmed && swot.usedBy(factor.id).length > 0) {
      setConfirming(factor);
      return;
    }
    const index = factors.findIndex((f) => f.id === factor.id);
    const neighbour = factors[index + 1] ?? factors[index - 1];
    setConfirming(null);
    if (!removeFactor(factor.id, confirmed).ok) return;
    const target = neighbour ? factorTextId(neighbour.id) : addFactorInputKey(swot.dimensionId, quadrant);
    requestAnimationFrame(() => focusTarget(target));
  };

  return (
    <section className={`swot-quadrant-card quadrant-${quadrant}`} aria-labelledby={headingId}>
      <header className="swot-quadrant-header">
        <h3 id={headingId} className="swot-quadrant-title">
          {t(`swot.${quadrant}`)} <span className="count">({factors.length})</span>
        </h3>
        <p className="swot-quadrant-lead">{t(`swot.quadrant.${quadrant}.lead`)}</p>
      </header>
      {factors.length === 0 ? (
        <p className="swot-quadrant-empty">{t('swot.quadrant.empty')}</p>
      ) : (
        <ul className="swot-factor-list">
          {factors.map((factor) => (
            <SwotFactorRow key={factor.id} factor={factor} swot={swot} onRemove={() => remove(factor)} />
          ))}
        </ul>
      )}
      <AddFactorForm dimensionId={swot.dimensionId} quadrant={quadrant} />
      {confirming ? <RemoveFactorDialog factor={confirming} swot={swot} onCancel={() => setConfirming(null)} onConfirm={() => remove(confirming, true)} /> : null}
    </section>
  );
};
