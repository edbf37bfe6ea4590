import { SwotItemSchema, type SwotItem } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import type { DimensionSwot } from './use-dimension-swot';
import { useSwotCommands } from './use-swot-commands';
import { CardRoomChips, HideCardButton } from '../room/CardRoomActions';

export const factorTextId = (factorId: string) => `swot-factor-${factorId}`;

/** A numbered factor, edited in place; it says which strategies picked it. */
export const SwotFactorRow = ({ factor, swot, onRemove }: { factor: SwotItem; swot: DimensionSwot; onRemove(): void }) => {
  const t = useT();
  const { patchFactor } = useSwotCommands();
  const label = swot.factorLabels.get(factor.id) ?? factor.quadrant;
  const users = swot.usedBy(factor.id).map((s) => swot.strategyLabels.get(s.id) ?? s.kind);
  return (
    <li className={`swot-factor${factor.hidden ? ' is-hidden-card' : ''}`}>
      <span className="swot-factor-label" aria-hidden="true">
        {label}
      </span>
      <div className="swot-factor-body">
        <InlineTextCommitField
          id={factorTextId(factor.id)}
          label={t('swot.factor.text', { label })}
          stored={factor.text}
          schema={SwotItemSchema.shape.text}
          commit={(text) => patchFactor(factor.id, text)}
          multiline
          rows={1}
          maxLength={1000}
        />
        <CardRoomChips item={factor} />
        {users.length > 0 ? <p className="swot-factor-usage">{t('swot.factor.usedBy', { strategies: users.join(', ') })}</p> : null}
      </div>
      <HideCardButton card="swotItem" item={factor} label={label} />
      <button type="button" className="btn btn-small btn-danger-quiet swot-factor-delete" aria-label={t('swot.factor.delete', { label })} title={t('swot.factor.delete', { label })} onClick={onRemove}>
        <Icon name="trash" />
      </button>
    </li>
  );
};
