import type { SwotItem } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/i18n-context';
import type { DimensionSwot } from './use-dimension-swot';

interface Props {
  factor: SwotItem;
  swot: DimensionSwot;
  onCancel(): void;
  onConfirm(): void;
}

/** Asked before removing a factor that TOWS strategies picked: it names each of them. */
export const RemoveFactorDialog = ({ factor, swot, onCancel, onConfirm }: Props) => {
  const t = useT();
  const label = swot.factorLabels.get(factor.id) ?? factor.quadrant;
  const users = swot.usedBy(factor.id);
  return (
    <Dialog
      title={t('swot.removeDialog.title', { label })}
      description={t('swot.removeDialog.description', { text: factor.text, count: users.length })}
      tone="danger"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {t('swot.removeDialog.confirm')}
          </button>
        </>
      }
    >
      <ul className="swot-affected-list">
        {users.map((s) => (
          <li key={s.id}>
            <span className="chip">{swot.strategyLabels.get(s.id) ?? s.kind}</span> {s.text}
          </li>
        ))}
      </ul>
    </Dialog>
  );
};
