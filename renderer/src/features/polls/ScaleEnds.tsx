import { useT } from '../../i18n/i18n-context';

/**
 * What 1 and 5 mean on a 1–5 scale poll ("1 = sangat rendah", "5 = sangat tinggi"): under each
 * item's buttons on the phone and under the question on the projector, so nobody has to ask aloud
 * whether 5 is best. A poll has no labels of its own for its ends, so these are the same for all.
 */
export const ScaleEnds = ({ id, className }: { id?: string; className: string }) => {
  const t = useT();
  return (
    <span id={id} className={className}>
      <span>{t('polls.scale.low')}</span>
      <span>{t('polls.scale.high')}</span>
    </span>
  );
};
