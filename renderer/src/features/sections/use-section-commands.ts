import { useCallback, useMemo } from 'react';
import type { OutlineSlot } from '../../../../shared/logic/section-outline';
import { emptyRichDoc, type NarrativeSection } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

type Created = { ok: true; id: string } | { ok: false; message: string };

/** The commands of the sections worksheet: create an outline section, change one field, delete with "Urungkan". */
export const useSectionCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();

  const create = useCallback(
    (slot: Pick<OutlineSlot, 'outlineKey' | 'title'>, ownerOpdId: string | null = null): Created => {
      const id = newItemId('bagian');
      const outcome = session.dispatch({
        type: 'upsertSection',
        item: { id, outlineKey: slot.outlineKey, title: slot.title, content: emptyRichDoc(), ownerOpdId, status: 'draft' },
      });
      return outcome.ok ? { ok: true, id } : outcome;
    },
    [session],
  );

  /** Patches the section as the session holds it now, so the editor's commit and a status change never overwrite each other. */
  const patch = useCallback(
    (id: string, fields: Partial<Omit<NarrativeSection, 'id'>>): CommitOutcome => {
      const current = session.getSnapshot().workshop?.sections.find((s) => s.id === id);
      if (!current) return { ok: false, message: t('sections.edit.notFound') };
      return session.dispatch({ type: 'upsertSection', item: { ...current, ...fields } });
    },
    [session, t],
  );

  const remove = useCallback(
    (id: string): CommitOutcome => {
      const sections = session.getSnapshot().workshop?.sections ?? [];
      const index = sections.findIndex((s) => s.id === id);
      const section = sections[index];
      if (!section) return { ok: false, message: t('sections.edit.notFound') };
      const outcome = session.dispatch({ type: 'removeSection', id });
      if (outcome.ok) {
        toast({
          tone: 'info',
          message: t('sections.removed', { title: section.title }),
          action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertSection', item: section, index }) },
        });
      }
      return outcome;
    },
    [session, toast, t],
  );

  return useMemo(() => ({ create, patch, remove }), [create, patch, remove]);
};
