import { z } from 'zod';
import { IdSchema } from '../model/ids';

/**
 * One live update of a workshop, as the facilitator's screen and a participant's page receive it:
 * over Server-Sent Events in the browser (`GET /api/events`), over IPC in the desktop app
 * (`MasterplanBridge.followWorkshop`). Both transports carry the same names and data:
 * - `ready`   { workshopId, role }          the stream is open;
 * - `applied` { workshopId, revision, at, actor, kind, command }  an acknowledged command
 *             (for a participant `command` is null when it concerns another OPD);
 * - `reload`  { workshopId, revision }      the whole workshop was replaced (restore, merge): load it again;
 * - `ended` / `revoked` { reason }          a participant's session ended (share stopped, access revoked);
 * - `refused` { status }                    the browser client's own note when the server says 401/403.
 * `id` is the workshop's revision after the event, when there is one.
 */
export const LiveEventSchema = z.object({
  event: z.string().min(1).max(40),
  id: z.number().int().nonnegative().optional(),
  data: z.record(z.string(), z.unknown()),
});
export type LiveEvent = z.infer<typeof LiveEventSchema>;

/** What the desktop app's main process sends on IPC_CHANNELS.live: one event of one `followWorkshop` subscription. */
export const LiveMessageSchema = z.object({ subscriptionId: z.string().min(1).max(64), event: LiveEventSchema });
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

/** What the preload sends to start following a workshop (IPC_CHANNELS.liveFollow). */
export const LiveFollowSchema = z.object({ subscriptionId: z.string().min(1).max(64), workshopId: IdSchema });
export type LiveFollow = z.infer<typeof LiveFollowSchema>;

/** What the preload sends to stop (IPC_CHANNELS.liveUnfollow): one subscription, or all of them when a new page loads. */
export const LiveUnfollowSchema = z.union([z.object({ subscriptionId: z.string().min(1).max(64) }), z.object({ all: z.literal(true) })]);
export type LiveUnfollow = z.infer<typeof LiveUnfollowSchema>;
