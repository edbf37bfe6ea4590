import { useCallback, useMemo } from 'react';
import type { PastedAttendee } from '../../../../shared/logic/bimtek';
import { BIMTEK_STAGES, type BimtekAttendee, type BimtekStage, type BimtekStageId } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

const absent = (): BimtekAttendee['present'] => ({ 'tahap-1': false, 'tahap-2': false, 'tahap-3': false, 'tahap-4': false });

/** A new attendance row, present at `stage`. */
export const newAttendee = (fields: Omit<BimtekAttendee, 'id' | 'present'>, stage: BimtekStageId): BimtekAttendee => ({
  id: newItemId('hadir'),
  ...fields,
  present: { ...absent(), [stage]: true },
});

/**
 * The commands of the Pelaksanaan Bimtek worksheet. Each starts from the record as the session holds it at that
 * moment, so fields committed one after another never overwrite each other.
 */
export const useBimtekCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const record = useCallback(() => session.getSnapshot().workshop?.bimtek ?? null, [session]);

  const patchStage = useCallback(
    (stage: BimtekStageId, fields: Partial<BimtekStage>): CommitOutcome => {
      const r = record();
      if (!r) return notLoaded();
      return session.dispatch({ type: 'setBimtekStage', stage, details: { ...r.stages[stage], ...fields } });
    },
    [session, record],
  );

  const patchAttendee = useCallback(
    (id: string, fields: Partial<Omit<BimtekAttendee, 'id'>>): CommitOutcome => {
      const row = record()?.attendees.find((a) => a.id === id);
      if (!row) return { ok: false, message: t('bimtek.row.removed') };
      return session.dispatch({ type: 'upsertBimtekAttendee', item: { ...row, ...fields } });
    },
    [session, record, t],
  );

  const addAttendee = useCallback((row: BimtekAttendee): CommitOutcome => session.dispatch({ type: 'upsertBimtekAttendee', item: row }), [session]);

  /** A pasted list as one step (one undo). */
  const addPasted = useCallback(
    (rows: readonly PastedAttendee[], stage: BimtekStageId): CommitOutcome => {
      if (rows.length === 0) return { ok: true };
      const commands = rows.map((r) => ({ type: 'upsertBimtekAttendee' as const, item: newAttendee({ name: r.name, title: r.title, opdId: r.opdId, group: r.unknownOpd }, stage) }));
      return session.dispatch({ type: 'batch', label: 'Tempel daftar hadir', commands });
    },
    [session],
  );

  const removeAttendee = useCallback(
    (id: string): CommitOutcome => {
      const rows = record()?.attendees ?? [];
      const index = rows.findIndex((a) => a.id === id);
      const row = rows[index];
      if (!row) return { ok: false, message: t('bimtek.row.removed') };
      const outcome = session.dispatch({ type: 'removeBimtekAttendee', id });
      if (outcome.ok) {
        toast({ tone: 'info', message: t('bimtek.row.removed'), action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertBimtekAttendee', item: row, index }) } });
      }
      return outcome;
    },
    [session, record, toast, t],
  );

  return useMemo(() => ({ patchStage, patchAttendee, addAttendee, addPasted, removeAttendee }), [patchStage, patchAttendee, addAttendee, addPasted, removeAttendee]);
};

export { BIMTEK_STAGES };
