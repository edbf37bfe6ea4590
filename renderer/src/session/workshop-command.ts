import { useCallback } from 'react';
import { AppError } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { messageOf } from '../api/api-error';
import { useSession } from './session-context';

/** The coded error for a command sent before the workshop has loaded (worded through the error catalogue). */
export const workshopNotLoaded = (): AppError => new AppError('not_found', { reason: 'workshop.notLoaded' });

/** The refusal a command hook returns when there is no workshop yet, worded in the UI's language. */
export const notLoaded = (): { ok: false; message: string } => ({ ok: false, message: messageOf(workshopNotLoaded()) });

/**
 * The workshop the session holds right now, for a command that needs it; throws `workshopNotLoaded()`
 * when there is none yet, so the hooks share one refusal instead of each spelling it out.
 */
export const useWorkshopCommand = (): (() => Workshop) => {
  const session = useSession();
  return useCallback(() => {
    const workshop = session.getSnapshot().workshop;
    if (!workshop) throw workshopNotLoaded();
    return workshop;
  }, [session]);
};
