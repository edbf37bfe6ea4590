import { AppError } from '../../../shared/commands';
import type { StoreContext } from './context';
import { backupUsable, moveAsideDamaged } from './damaged';
import { workshopFiles } from './layout';
import { loadWorkshop } from './load-workshop';
import { isTransientFsError, unreadableReason } from './snapshot-reading';
import { removeStrayTempFiles } from './stray-files';
import fs from 'node:fs/promises';
import type { WorkshopSession } from './workshop-session';

/**
 * Loading one workshop is total: whatever its files make loading throw (a RangeError from nesting
 * too deep, a TypeError in a migration, a folder where the snapshot should be, an entry whose
 * replay fails unexpectedly) makes that workshop damaged: its snapshot is moved aside as for any
 * damaged file, and recovery (backup, history) is offered. Errors of the moment (too many open
 * files) are passed on as they are, since the files are fine.
 */
export const loadWorkshopTotally = async (ctx: StoreContext, id: string): Promise<WorkshopSession> => {
  // Temp files a process killed mid-write left behind are never read: removed before loading.
  await removeStrayTempFiles(ctx.layout, id).catch(ctx.onError);
  try {
    return await loadWorkshop(ctx, id);
  } catch (error) {
    if (error instanceof AppError || isTransientFsError(error)) throw error;
    ctx.onError(error);
    const files = workshopFiles(ctx.layout, id);
    let aside = '';
    try {
      if (await fs.lstat(files.snapshot).then(() => true, () => false)) aside = await moveAsideDamaged(files, ctx.now());
    } catch (moveError) {
      ctx.onError(moveError);
    }
    const backup = await backupUsable(files).catch(() => false);
    const detail = unreadableReason(error);
    throw new AppError(
      'damaged',
      aside
        ? { reason: backup ? 'workshop.unopenableAsideBackup' : 'workshop.unopenableAside', params: { detail, aside } }
        : { reason: backup ? 'workshop.unopenableBackup' : 'workshop.unopenable', params: { detail } },
    );
  }
};
