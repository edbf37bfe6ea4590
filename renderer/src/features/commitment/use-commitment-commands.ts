import { useCallback, useMemo } from 'react';
import { withReviewLine, type ReviewChapter } from '../../../../shared/logic/section-outline';
import type { CommitmentEntry, CommitmentSheet } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

type Details = Pick<CommitmentSheet, 'place' | 'date' | 'statement'>;
type ReviewLine = CommitmentSheet['reviewChecklist'][number];


/**
 * The commands of the commitment worksheet. Each starts from the sheet as the session holds it at that
 * moment, so the place, date and statement committed one after another never overwrite each other.
 */
export const useCommitmentCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const sheet = useCallback(() => session.getSnapshot().workshop?.commitment ?? null, [session]);

  const patchDetails = useCallback(
    (fields: Partial<Details>): CommitOutcome => {
      const c = sheet();
      if (!c) return notLoaded();
      return session.dispatch({ type: 'setCommitmentDetails', details: { place: c.place, date: c.date, statement: c.statement, ...fields } });
    },
    [session, sheet],
  );

  const addEntry = useCallback((): { ok: true; id: string } | { ok: false; message: string } => {
    const id = newItemId('komitmen');
    const outcome = session.dispatch({ type: 'upsertCommitmentEntry', item: { id, opdId: null, headTitle: '', headName: '', commitment: '' } });
    return outcome.ok ? { ok: true, id } : outcome;
  }, [session]);

  const patchEntry = useCallback(
    (id: string, fields: Partial<Omit<CommitmentEntry, 'id'>>): CommitOutcome => {
      const entry = sheet()?.entries.find((e) => e.id === id);
      if (!entry) return { ok: false, message: 'Baris komitmen tidak ditemukan (mungkin sudah dihapus)' };
      return session.dispatch({ type: 'upsertCommitmentEntry', item: { ...entry, ...fields } });
    },
    [session, sheet],
  );

  const removeEntry = useCallback(
    (id: string): CommitOutcome => {
      const entries = sheet()?.entries ?? [];
      const index = entries.findIndex((e) => e.id === id);
      const entry = entries[index];
      if (!entry) return { ok: false, message: 'Baris komitmen tidak ditemukan (mungkin sudah dihapus)' };
      const outcome = session.dispatch({ type: 'removeCommitmentEntry', id });
      if (outcome.ok) {
        toast({
          tone: 'info',
          message: t('commitment.entry.removed'),
          action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertCommitmentEntry', item: entry, index }) },
        });
      }
      return outcome;
    },
    [session, sheet, toast, t],
  );

  /** Changes one chapter's line and sends the whole checklist, as setReviewChecklist wants it. */
  const patchReview = useCallback(
    (chapters: readonly ReviewChapter[], chapterKey: string, change: Partial<Pick<ReviewLine, 'reviewed' | 'note'>>): CommitOutcome => {
      const c = sheet();
      if (!c) return notLoaded();
      return session.dispatch({ type: 'setReviewChecklist', items: withReviewLine(chapters, c.reviewChecklist, chapterKey, change) });
    },
    [session, sheet],
  );

  return useMemo(() => ({ patchDetails, addEntry, patchEntry, removeEntry, patchReview }), [patchDetails, addEntry, patchEntry, removeEntry, patchReview]);
};
