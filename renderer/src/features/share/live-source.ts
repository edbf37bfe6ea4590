import type { MasterplanBridge } from '../../../../shared/contract';
import type { LiveEvent } from '../../../../shared/contract/live';
import type { LiveSource } from '../../session/workshop-session';
import { followWorkshop } from './live-updates';

export interface LiveSourceOptions {
  /** The desktop app's bridge: live updates over IPC. */
  bridge: MasterplanBridge | null;
  /** In the browser: the server the page came from (`GET /api/events`). */
  origin: string;
  /** A participant's token; none for the facilitator. */
  token?: string | null;
  /** Also told of every event (a participant's page watches for `ended`, `revoked`, `refused`). */
  onEvent?: (event: LiveEvent) => void;
  onConnection?: (state: 'open' | 'reconnecting') => void;
}

/** Where an open workshop's live updates come from: the desktop bridge, or Server-Sent Events read with fetch. */
export const liveSourceFor =
  (workshopId: string, options: LiveSourceOptions): LiveSource =>
  (listener) => {
    const deliver = (event: LiveEvent) => {
      listener(event);
      options.onEvent?.(event);
    };
    if (options.bridge) return options.bridge.followWorkshop(workshopId, deliver);
    return followWorkshop({
      baseUrl: options.origin,
      workshopId,
      token: options.token ?? null,
      onEvent: deliver,
      ...(options.onConnection ? { onConnection: options.onConnection } : {}),
    });
  };
