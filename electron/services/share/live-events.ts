import { RELOAD, commandForGroup, commandForParticipant, roomCommandForOpd, type GroupAudience } from '../../../shared/handoff';
import type { LiveEvent } from '../../../shared/contract/live';
import type { FeedEvent } from './live-feed';

type FeedActor = Extract<FeedEvent, { type: 'applied' }>['actor'];

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

/** Who a participant's stream speaks to: an OPD, or an FGD group as the room stands (ShareService.audienceOf). */
export type ParticipantAudience = { kind: 'opd'; opdId: string } | { kind: 'group'; group: GroupAudience };

/**
 * A participant is told only what their view shows (an OPD's, or a group's: shared/handoff
 * participant-view.ts); other OPDs' and groups' commands arrive as `command: null` (the revision still
 * moves), and a change their view cannot follow command by command (a card hidden or merged, sharing
 * switched) as `reload`.
 */
export const participantEvent = (event: FeedEvent, audience: ParticipantAudience | string): LiveEvent => {
  if (event.type === 'reload') return facilitatorEvent(event);
  const { workshopId, revision, at, actor, kind, command, inverse } = event;
  const who: ParticipantAudience = typeof audience === 'string' ? { kind: 'opd', opdId: audience } : audience;
  const shown = who.kind === 'group' ? commandForGroup(command, inverse, who.group) : (roomCommandForOpd(command, inverse, who.opdId) ?? commandForParticipant(command, inverse, who.opdId));
  if (shown === RELOAD) return { event: 'reload', id: revision, data: { workshopId, revision } };
  if (!shown) return { event: 'applied', id: revision, data: { workshopId, revision, at, command: null } };
  return { event: 'applied', id: revision, data: { workshopId, revision, at, ...(actorShownTo(actor, who) ? { actor } : {}), kind, command: shown } };
};

/**
 * Who made a change is told to a participant only when it is the facilitator or someone of their own
 * OPD or group: a card another group wrote reaches an OPD's phone as context, but not its writer's name.
 */
const actorShownTo = (actor: FeedActor, who: ParticipantAudience): boolean => {
  const fromRoom = actor.groupId != null || actor.opdId !== null;
  if (!fromRoom) return true;
  return who.kind === 'group' ? actor.groupId === who.group.groupId : actor.groupId == null && actor.opdId === who.opdId;
};
