import { useCallback, useMemo } from 'react';
import { invertCommand, type Command } from '../../../../shared/commands';
import type { RegionalIssue, Workshop } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { newItemId } from '../../forms/new-item-id';
import { wordCodedError } from '../../i18n/error-wording';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

/** "Isu tidak ditemukan (mungkin sudah dihapus)", in the UI's language. */
const gone = (): string => wordCodedError({ reason: 'item.notFound', params: { item: 'issue' }, message: '' });

/** The programs that list an issue among the issues they answer. */
export const programsListingIssue = (w: Workshop | null, issueId: string) => (w ? w.programs.filter((p) => p.issueIds.includes(issueId)) : []);

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
      if (!current) return { ok: false, message: gone() };
      return session.dispatch({ type: 'upsertIssue', item: { ...current, ...fields } });
    },
    [session],
  );

  /**
   * Deletes an issue. One that programs list is only deleted with `cascade` (the user agreed in the
   * dialog): the programs stay and lose the link. "Urungkan" brings the issue and every link back.
   */
  const remove = useCallback(
    (id: string, cascade = false): CommitOutcome => {
      const w = session.getSnapshot().workshop;
      const issue = w?.issues.find((i) => i.id === id);
      if (!w || !issue) return { ok: false, message: gone() };
      const command: Command = cascade ? { type: 'removeIssue', id, cascade: true } : { type: 'removeIssue', id };
      const restore = invertCommand(w, command);
      const outcome = session.dispatch(command);
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      else {
        toast({
          tone: 'info',
          message: t(issue.kind === 'potensi' ? 'issues.removed.potensi' : 'issues.removed.permasalahan'),
          action: {
            label: t('common.undoAction'),
            run: () => {
              const back = session.dispatch(restore);
              if (!back.ok) toast({ tone: 'error', message: back.message });
            },
          },
        });
      }
      return outcome;
    },
    [session, toast, t],
  );

  return useMemo(() => ({ add, patch, remove }), [add, patch, remove]);
};
