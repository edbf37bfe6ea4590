import type { ShareService } from '../services/share';
import type { TrustPolicy } from './caller';
import type { RateLimiter } from './rate-limit';
import type { ServerServices } from './request-handler';
import { createShareNetwork } from './share-listener';

export interface SharingOptions {
  services: ServerServices & { share: ShareService };
  /** The built renderer participants load in their browsers (null: API only). */
  staticDir: string | null;
  /**
   * Who is the facilitator without a token on the room-network listener. Browser mode trusts the
   * facilitator's own computer (loopback); the desktop app talks IPC, so it trusts nobody.
   */
  trust: TrustPolicy;
  maxBodyBytes?: number;
  logError?: (error: unknown) => void;
  /** Shared with the app's own listener when there is one. */
  joinLimiter?: RateLimiter;
  /** The first-choice port when `share.start` names none (default 5179; 0 = any free port). */
  defaultPort?: number;
}

export interface Sharing {
  /** Ends any share in progress (participants are told) and stops `share.start` from opening a listener. */
  detach(): Promise<void>;
}

/** Nobody is the facilitator without a token: every caller of the room-network listener joins with the code. */
export const TRUST_NOBODY: TrustPolicy = () => false;

/**
 * Makes "Bagikan di jaringan lokal" reachable: from now on `share.start` (over HTTP in browser mode,
 * over IPC in the desktop app) opens the participants' listener on the room's network — the built
 * renderer, the participant API and live updates — and `share.stop` closes it.
 */
export const attachSharing = (options: SharingOptions): Sharing => {
  const { services, staticDir, trust, maxBodyBytes, logError, joinLimiter, defaultPort } = options;
  const share = services.share;
  share.attachNetwork(
    createShareNetwork({
      services,
      staticDir,
      trust,
      ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
      ...(logError ? { logError } : {}),
      ...(joinLimiter ? { joinLimiter } : {}),
      ...(defaultPort !== undefined ? { defaultPort } : {}),
    }),
  );
  let detaching: Promise<void> | null = null;
  return {
    detach: () =>
      (detaching ??= (async () => {
        // Participants are told the session ended; their saved edits are already in the log.
        await share.stop().catch(logError ?? (() => undefined));
        share.attachNetwork(null);
      })()),
  };
};
