import type { PollApplication } from '../../../../shared/logic/poll-results';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/i18n-context';

interface Props {
  application: Exclude<PollApplication, { target: null }>;
  onConfirm(): void;
  onClose(): void;
}

/** "Terapkan hasil": says exactly what changes where, before and after, and that one Undo takes it back. */
export const ApplyResultDialog = ({ application, onConfirm, onClose }: Props) => {
  const t = useT();
  const priority = (p: number | null) => (p === null ? t('polls.apply.none') : `#${p}`);
  const score = (s: number | null) => (s === null ? '–' : String(s));
  return (
    <Dialog
      title={t('polls.apply.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('polls.editor.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {t('polls.apply.confirm')}
          </button>
        </>
      }
    >
      {application.target === 'issuePriority' ? (
        <>
          <p>{t('polls.apply.issuePriority', { count: application.issues.length })}</p>
          <ul className="poll-apply-list">
            {application.issues.map((i) => (
              <li key={i.id}>
                <span>{i.label}</span>
                <span className="poll-apply-change">
                  {priority(i.before)} → <strong>{priority(i.priority)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : application.target === 'quickWinScores' ? (
        <>
          <p>{t('polls.apply.quickWinScores', { count: application.scores.length, criterion: t(`quick-wins.criterion.${application.criterion}`) })}</p>
          <ul className="poll-apply-list">
            {application.scores.map((s) => (
              <li key={s.candidateId}>
                <span>{s.label}</span>
                <span className="poll-apply-change">
                  {score(s.before)} → <strong>{s.score}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t('polls.apply.visionKeywords', { count: application.keywords.length })}</p>
          <ul className="poll-apply-list">
            {application.keywords.map((k) => (
              <li key={k}>
                <strong>{k}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="field-hint">{t('polls.apply.undoable')}</p>
    </Dialog>
  );
};
