import { AppError } from '../../../shared/commands';
import type { SnapshotPreview } from '../../../shared/contract';
import type { StoreContext } from './context';
import { moveAsideDamaged } from './damaged';
import { WorkshopHistory } from './history';
import type { WorkshopFiles } from './layout';
import { readRestorable, replayLaterChanges } from './logged-commands';
import { readSnapshotFile } from './snapshot-reading';
import { workshopDb } from './snapshot-writer';
import type { WorkshopSession } from './workshop-session';

/*
 * Restoring a history snapshot. On a workshop that opens, a restore is one logged command
 * (`restoreSnapshot`, log-only) whose inverse restores the state it replaced, saved to history
 * first: it is a new revision, undone and redone like any edit, and the audit trail shows it.
 * With `replayLater`, the changes logged after the snapshot (in the live log and the archived
 * logs of the history folder) are applied on top, and the result is kept in history as the one
 * snapshot the entry restores, so the whole restore stays one undoable step.
 * A workshop whose snapshot is damaged or gone has nothing to undo to: it starts again from the
 * restored state with a fresh snapshot file, its old log archived in history.
 */

const historyOf = (ctx: StoreContext, files: WorkshopFiles, session: WorkshopSession | null): WorkshopHistory =>
  session?.history ?? new WorkshopHistory(files.historyDir, ctx.history);

export const previewSnapshot = async (ctx: StoreContext, files: WorkshopFiles, session: WorkshopSession | null, snapshotId: string): Promise<SnapshotPreview> => {
  const history = historyOf(ctx, files, session);
  const info = (await history.list()).find((snapshot) => snapshot.id === snapshotId);
  if (!info) throw new AppError('not_found', { reason: 'snapshot.notFound', field: 'snapshotId' });
  const workshop = await readRestorable(history, snapshotId, files.id);
  const later = await replayLaterChanges(files, history, workshop);
  return { snapshot: info, workshop, currentRevision: session ? session.workshop.revision : null, laterChanges: later.count };
};

export const restoreSnapshot = async (
  ctx: StoreContext,
  files: WorkshopFiles,
  session: WorkshopSession | null,
  snapshotId: string,
  replayLater: boolean,
): Promise<void> => {
  if (session?.readOnly) throw new AppError('read_only', { reason: 'workshop.newerCannotRestore' });
  const history = historyOf(ctx, files, session);
  let contents = await readRestorable(history, snapshotId, files.id);
  let restoredId = snapshotId;
  if (replayLater) {
    const later = await replayLaterChanges(files, history, contents);
    if (later.count > 0) {
      contents = later.workshop;
      restoredId = (await history.save(JSON.stringify(later.workshop), later.workshop.revision, 'restore-result', ctx.now())).id;
    }
  }
  if (session) {
    await session.restore(restoredId, contents);
    return;
  }
  const now = ctx.now();
  if ((await readSnapshotFile(files.snapshot, files.id)).kind === 'damaged') await moveAsideDamaged(files, now);
  await history.archiveLog(files.log, now);
  await workshopDb(files.snapshot, { ...contents, id: files.id }).write();
};
