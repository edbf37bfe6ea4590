import { useCallback, useMemo } from 'react';
import type { RegionalIssue } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

export type IssueDraft = Pick<RegionalIssue, 'dimensionId' | 'kind' | 'text' | 'rpjmdIssue'>;

/** The commands of the issues worksheet: add, change one field, delete with an "Urungkan" that puts the issue back where it was. */
export const useIssueCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();

  const add = useCallback((draft: IssueDraft): CommitOutcome => session.dispatch({ type: 'upsertIssue', item: { id: newItemId('isu'), ...draft } }), [session]);

  /** Patches the issue as the session holds it now, so two fields edited in a row never overwrite each other. */
  const patch = useCallback(
    (id: string, fields: Partial<Pick<RegionalIssue, 'text' | 'rpjmdIssue'>>): CommitOutcome => {
      const current = session.getSnapshot().workshop?.issues.find((i) => i.id === id);
      if (!current) return { ok: false, message: 'Isu tidak ditemukan (mungkin sudah dihapus)' };
      return session.dispatch({ type: 'upsertIssue', item: { ...current, ...fields } });
    },
    [session],
  );

  const remove = useCallback(
    (id: string): CommitOutcome => {
      const issues = session.getSnapshot().workshop?.issues ?? [];
      const index = issues.findIndex((i) => i.id === id);
      const issue = issues[index];
      if (!issue) return { ok: false, message: 'Isu tidak ditemukan (mungkin sudah dihapus)' };
      const outcome = session.dispatch({ type: 'removeIssue', id });
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      else {
        toast({
          tone: 'info',
          message: t(issue.kind === 'potensi' ? 'issues.removed.potensi' : 'issues.removed.permasalahan'),
          action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertIssue', item: issue, index }) },
        });
      }
      return outcome;
    },
    [session, toast, t],
  );

  return useMemo(() => ({ add, patch, remove }), [add, patch, remove]);
};
