import { progressPercent } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';

type Progress = { done: number; total: number };

export const progressState = (p: Progress): 'done' | 'partial' | 'empty' => (p.total > 0 && p.done >= p.total ? 'done' : p.done > 0 ? 'partial' : 'empty');

/** A small ring: empty, partly filled or checked; the numbers are spoken. */
export const ProgressMark = ({ progress }: { progress: Progress }) => {
  const t = useT();
  const state = progressState(progress);
  const percent = progressPercent(progress);
  const circumference = 2 * Math.PI * 8;
  return (
    <span className={`progress-mark is-${state}`}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8" className="progress-mark-track" />
        {state === 'done' ? (
          <path d="M6 10.5l2.6 2.6L14 7.6" className="progress-mark-check" />
        ) : (
          <circle cx="10" cy="10" r="8" className="progress-mark-value" strokeDasharray={`${(percent / 100) * circumference} ${circumference}`} transform="rotate(-90 10 10)" />
        )}
      </svg>
      <span className="visually-hidden">{t('progress.spoken', { done: progress.done, total: progress.total })}</span>
    </span>
  );
};

/** A bar with the percentage, for a stage or the whole workshop. */
export const ProgressBar = ({ progress, label }: { progress: Progress; label: string }) => {
  const percent = progressPercent(progress);
  return (
    <div className="progress-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
      <span className="progress-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
};
