import { useState } from 'react';
import type { RegionalIssue } from '../../../../shared/model';
import { useSession } from '../../session/session-context';
import { useT } from '../../i18n/i18n-context';
import { AddIssueForm } from './AddIssueForm';
import { focusTarget } from '../../forms/focus-target';
import { addIssueTextId, issueTextId } from './issue-field-ids';
import { IssueRow } from './IssueRow';
import { RemoveIssueDialog } from './RemoveIssueDialog';
import { programsListingIssue, useIssueCommands } from './use-issue-commands';

interface Props {
  dimensionId: string;
  kind: RegionalIssue['kind'];
  issues: RegionalIssue[];
  suggestionListId: string;
}

/** The problems (or the potentials) of one dimension, with a form to add the next one. */
export const IssueColumn = ({ dimensionId, kind, issues, suggestionListId }: Props) => {
  const t = useT();
  const session = useSession();
  const { remove } = useIssueCommands();
  const [confirming, setConfirming] = useState<RegionalIssue | null>(null);
  const headingId = `issues-${kind}-${dimensionId}`;

  /**
   * Deletes at once when no program lists the issue; otherwise asks first and, on consent, deletes it
   * with its links. After a delete, focus goes to the next issue (or the previous, or the form).
   */
  const removeAt = (index: number, confirmed = false) => {
    const issue = issues[index];
    if (!issue) return;
    if (!confirmed && programsListingIssue(session.getSnapshot().workshop, issue.id).length > 0) {
      setConfirming(issue);
      return;
    }
    setConfirming(null);
    const neighbour = issues[index + 1] ?? issues[index - 1];
    if (!remove(issue.id, confirmed).ok) return;
    const target = neighbour ? issueTextId(neighbour.id) : addIssueTextId(dimensionId, kind);
    requestAnimationFrame(() => focusTarget(target));
  };

  return (
    <section className={`issue-column issue-column-${kind}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="issue-column-title">
        {t(kind === 'potensi' ? 'issues.kind.potensi' : 'issues.kind.permasalahan')} <span className="count">({issues.length})</span>
      </h3>
      <p className="issue-column-lead">{t(kind === 'potensi' ? 'issues.column.potensi.lead' : 'issues.column.permasalahan.lead')}</p>
      {issues.length === 0 ? (
        <p className="empty-note">{t(kind === 'potensi' ? 'issues.column.empty.potensi' : 'issues.column.empty.permasalahan')}</p>
      ) : (
        <ol className="issue-list">
          {issues.map((issue, index) => (
            <IssueRow key={issue.id} issue={issue} number={index + 1} suggestionListId={suggestionListId} onRemove={() => removeAt(index)} />
          ))}
        </ol>
      )}
      <AddIssueForm dimensionId={dimensionId} kind={kind} suggestionListId={suggestionListId} textId={addIssueTextId(dimensionId, kind)} />
      {confirming ? (
        <RemoveIssueDialog
          issue={confirming}
          programs={programsListingIssue(session.getSnapshot().workshop, confirming.id)}
          onCancel={() => setConfirming(null)}
          onConfirm={() => removeAt(issues.findIndex((i) => i.id === confirming.id), true)}
        />
      ) : null}
    </section>
  );
};
