import type { PollScaleEnds } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';

/**
 * What 1 and 5 mean on a 1–5 scale poll: the poll's own words ("1 = biaya besar, anggaran belum ada")
 * or the usual "1 = sangat rendah" / "5 = sangat tinggi". Under each item's buttons on the phone and on
 * the paper form, and under the question on the projector, so nobody has to ask aloud whether 5 is best.
 */
export const ScaleEnds = ({ ends, id, className }: { ends: PollScaleEnds; id?: string; className: string }) => {
  const t = useT();
  return (
    <span id={id} className={className}>
      <span>{ends.low ? t('polls.scale.end', { score: 1, label: ends.low }) : t('polls.scale.low')}</span>
      <span>{ends.high ? t('polls.scale.end', { score: 5, label: ends.high }) : t('polls.scale.high')}</span>
    </span>
  );
};
