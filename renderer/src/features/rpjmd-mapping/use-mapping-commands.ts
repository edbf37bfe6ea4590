import { useCallback, useMemo } from 'react';
import { AppError, CommandSchema, appErrorFromZod, applyCommand, invertCommand, type Command } from '../../../../shared/commands';
import type { MappingDraft } from '../../../../shared/logic/rpjmd-mapping-rows';
import type { RpjmdMapping } from '../../../../shared/model';
import { messageOf } from '../../api/api-error';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import type { DispatchResult } from '../../session/workshop-session';

export interface MappingCommands {
  /** Changes a row from its latest state in the session. */
  update(id: string, change: (latest: RpjmdMapping) => RpjmdMapping): DispatchResult;
  add(opdId: string | null): RpjmdMapping | null;
  remove(mapping: RpjmdMapping): void;
  /** Adds every row, or none: all are checked against the workshop first. */
  addAll(drafts: readonly MappingDraft[]): DispatchResult & { ids?: string[] };
}

/** The writes of the pemetaan RPJMD/Renstra worksheet; deletions and imports can be taken back from the toast. */
export const useMappingCommands = (): MappingCommands => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const dispatch = useCallback((command: Command) => session.dispatch(command), [session]);

  const update = useCallback(
    (id: string, change: (latest: RpjmdMapping) => RpjmdMapping): DispatchResult => {
      const latest = session.getSnapshot().workshop?.rpjmdMappings.find((m) => m.id === id);
      return latest ? dispatch({ type: 'upsertRpjmdMapping', item: change(latest) }) : { ok: false, message: t('programs.gone') };
    },
    [session, dispatch, t],
  );

  const add = useCallback(
    (opdId: string | null) => {
      const mapping: RpjmdMapping = { id: newItemId('map'), opdId, rpjmdProgram: '', renstraProgram: '', kegiatan: '', subKegiatan: '', programId: null };
      const result = dispatch({ type: 'upsertRpjmdMapping', item: mapping });
      if (!result.ok) {
        toast({ tone: 'error', message: result.message });
        return null;
      }
      return mapping;
    },
    [dispatch, toast],
  );

  const remove = useCallback(
    (mapping: RpjmdMapping) => {
      const w = session.getSnapshot().workshop;
      if (!w) return;
      const command: Command = { type: 'removeRpjmdMapping', id: mapping.id };
      const restore = invertCommand(w, command);
      const result = dispatch(command);
      if (!result.ok) return toast({ tone: 'error', message: result.message });
      toast({ tone: 'info', message: t('rpjmd-mapping.deleted'), action: { label: t('common.undoAction'), run: () => void dispatch(restore) } });
    },
    [session, dispatch, toast, t],
  );

  const addAll = useCallback(
    (drafts: readonly MappingDraft[]) => {
      const w = session.getSnapshot().workshop;
      if (!w) return { ok: false as const, message: t('programs.gone') };
      const commands: Command[] = drafts.map((draft) => ({ type: 'upsertRpjmdMapping', item: { id: newItemId('map'), ...draft } }));
      // Rehearse on a copy first, so a refusal halfway can never leave half the rows imported.
      try {
        commands.reduce((acc, command) => {
          const parsed = CommandSchema.safeParse(command);
          if (!parsed.success) throw appErrorFromZod(parsed.error);
          return applyCommand(acc, parsed.data, w.updatedAt);
        }, w);
      } catch (error) {
        if (error instanceof AppError) return { ok: false as const, message: messageOf(error) };
        throw error;
      }
      for (const command of commands) dispatch(command);
      const ids = commands.flatMap((c) => (c.type === 'upsertRpjmdMapping' ? [c.item.id] : []));
      toast({
        tone: 'success',
        message: t('rpjmd-mapping.paste.done', { count: ids.length }),
        action: { label: t('common.undoAction'), run: () => ids.forEach((id) => dispatch({ type: 'removeRpjmdMapping', id })) },
      });
      return { ok: true as const, ids };
    },
    [session, dispatch, toast, t],
  );

  return useMemo(() => ({ update, add, remove, addAll }), [update, add, remove, addAll]);
};
