import { useCallback } from 'react';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

/** Removes an entry nothing uses any more, and offers to undo it from the toast. */
export const useRemoval = () => {
  const t = useT();
  const toast = useToast();
  const session = useSession();
  return useCallback(
    (removedMessage: string, remove: () => CommitOutcome): void => {
      const outcome = remove();
      if (outcome.ok) toast({ message: removedMessage, tone: 'success', action: { label: t('common.undoAction'), run: () => session.undo() } });
      else toast({ message: outcome.message, tone: 'error' });
    },
    [t, toast, session],
  );
};
