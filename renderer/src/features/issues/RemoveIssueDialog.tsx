import type { Program, RegionalIssue } from '../../../../shared/model';
import { RemoveLinkedDialog } from '../../components/RemoveLinkedDialog';
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
    <RemoveLinkedDialog
      title={t('issues.removeDialog.title', { kind })}
      description={t('issues.removeDialog.description', { text: issue.text, count: programs.length })}
      confirmLabel={t('issues.removeDialog.confirm', { kind })}
      items={programs.map((p) => ({ id: p.id, chip: p.code, text: p.name }))}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
};
