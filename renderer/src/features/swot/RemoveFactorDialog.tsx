import type { SwotItem } from '../../../../shared/model';
import { RemoveLinkedDialog } from '../../components/RemoveLinkedDialog';
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
    <RemoveLinkedDialog
      title={t('swot.removeDialog.title', { label })}
      description={t('swot.removeDialog.description', { text: factor.text, count: users.length })}
      confirmLabel={t('swot.removeDialog.confirm')}
      items={users.map((s) => ({ id: s.id, chip: swot.strategyLabels.get(s.id) ?? s.kind, text: s.text }))}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
};
