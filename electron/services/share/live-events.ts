import { commandForParticipant } from '../../../shared/handoff';
import type { LiveEvent } from '../../../shared/contract/live';
import type { FeedEvent } from './live-feed';

/**
 * What each audience is told of the workshop's live feed. One definition for both transports:
 * the Server-Sent Events stream (`GET /api/events`, electron/server/events.ts) and the desktop
 * app's IPC relay (electron/main/live-relay.ts).
 */

/** The first event of every stream: it is open. */
export const readyEvent = (workshopId: string, role: 'facilitator' | 'participant'): LiveEvent => ({ event: 'ready', data: { workshopId, role } });

/** The facilitator is told everything: each acknowledged command with who made it, or that the workshop must be reloaded. */
export const facilitatorEvent = (event: FeedEvent): LiveEvent => {
  if (event.type === 'reload') return { event: 'reload', id: event.revision, data: { workshopId: event.workshopId, revision: event.revision } };
  const { workshopId, revision, at, actor, kind, command } = event;
  return { event: 'applied', id: revision, data: { workshopId, revision, at, actor, kind, command } };
};

/** A participant is told only what their OPD's view shows; other OPDs' commands arrive as `command: null` (the revision still moves). */
export const participantEvent = (event: FeedEvent, opdId: string): LiveEvent => {
  if (event.type === 'reload') return facilitatorEvent(event);
  const { workshopId, revision, at, actor, kind, command, inverse } = event;
  const visible = commandForParticipant(command, inverse, opdId);
  return { event: 'applied', id: revision, data: visible ? { workshopId, revision, at, actor, kind, command: visible } : { workshopId, revision, at, command: null } };
};
