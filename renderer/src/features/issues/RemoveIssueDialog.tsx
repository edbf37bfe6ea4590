import type { Program, RegionalIssue } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/i18n-context';

interface Props {
  issue: RegionalIssue;
  /** The programs that list the issue (they stay, without the link). */
  programs: readonly Program[];
  onCancel(): void;
  onConfirm(): void;
}

/** Asked before deleting an issue that programs list: it names each of them. */
export const RemoveIssueDialog = ({ issue, programs, onCancel, onConfirm }: Props) => {
  const t = useT();
  const kind = t(issue.kind === 'potensi' ? 'issues.word.potensi' : 'issues.word.permasalahan');
  return (
    <Dialog
      title={t('issues.removeDialog.title', { kind })}
      description={t('issues.removeDialog.description', { text: issue.text, count: programs.length })}
      tone="danger"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {t('issues.removeDialog.confirm', { kind })}
          </button>
        </>
      }
    >
      <ul className="issue-affected-list">
        {programs.map((p) => (
          <li key={p.id}>
            <span className="chip">{p.code}</span> {p.name}
          </li>
        ))}
      </ul>
    </Dialog>
  );
};
