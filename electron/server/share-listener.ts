import type { Server } from 'node:http';
import { isIP } from 'node:net';
import { AppError } from '../../shared/commands';
import type { ShareNetwork } from '../services/share';
import { isLoopbackRequest, type TrustPolicy } from './caller';
import { allowedHostHeaders } from './guards';
import { shareUrls } from './lan-addresses';
import { closeServer, createHttpServer, listen } from './listen';
import { DEFAULT_JOIN_RATE, RateLimiter } from './rate-limit';
import { DEFAULT_MAX_BODY_BYTES } from './body';
import { createRequestHandler, type ServerServices } from './request-handler';
import { PARTICIPANT_INDEX } from './static';

/** The port tried first for participants (the facilitator's app is on 5178). */
export const DEFAULT_SHARE_PORT = 5179;
/** Participants plus their streams and parallel requests; more connections wait. */
const MAX_CONNECTIONS = 512;
/** How long finishing responses (the "ended" events) get before the listener cuts connections. */
const CLOSE_GRACE_MS = 1_000;

export interface ShareNetworkOptions {
  services: ServerServices;
  /** The built renderer participants load (null: API only). */
  staticDir: string | null;
  maxBodyBytes?: number;
  logError?: (error: unknown) => void;
  /** Shared with the app's own listener when there is one; otherwise 10 join attempts a minute per address. */
  joinLimiter?: RateLimiter;
  /** Who is the facilitator without a token on this listener (loopback by default; tests inject "nobody"). */
  trust?: TrustPolicy;
  /** Tried first when `share.start` names no port; a busy port falls back to any free one. */
  defaultPort?: number;
}

const isAddressInUse = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * The room-network listener behind "Bagikan di jaringan lokal": opened on the LAN interface
 * (0.0.0.0, or one interface's address) only while sharing is on, with the same handler, Host
 * checks for its own addresses, and participants authenticated by token.
 */
export const createShareNetwork = (options: ShareNetworkOptions): ShareNetwork => {
  let current: Server | null = null;
  const logError = options.logError ?? ((error: unknown) => console.error('[berbagi] kesalahan tak terduga:', error));
  const joinLimiter = options.joinLimiter ?? new RateLimiter(DEFAULT_JOIN_RATE.attempts, DEFAULT_JOIN_RATE.windowMs);

  /**
   * Stops accepting at once; responses still being written (the "ended" events, or the very
   * `share.stop` call if it came through this listener) get a moment to finish in the background.
   */
  const close = async (): Promise<void> => {
    const server = current;
    current = null;
    if (server) void closeServer(server, CLOSE_GRACE_MS).catch(logError);
  };

  return {
    async open({ host = '0.0.0.0', port }) {
      if (isIP(host) === 0) throw new AppError('invalid_input', { reason: 'share.hostNotIp', field: 'host' });
      await close();
      let allowed: ReadonlySet<string> = new Set();
      const handler = createRequestHandler({
        services: options.services,
        staticDir: options.staticDir,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        logError,
        allowedHosts: () => allowed,
        trust: options.trust ?? isLoopbackRequest,
        joinLimiter,
        // The join URL and QR open the participants' phone app; the facilitator's app stays on their own listener.
        indexFile: PARTICIPANT_INDEX,
      });
      let server = createHttpServer(handler);
      server.maxConnections = MAX_CONNECTIONS;
      let boundPort: number;
      try {
        boundPort = await listen(server, port ?? options.defaultPort ?? DEFAULT_SHARE_PORT, host);
      } catch (error) {
        if (port !== undefined || !isAddressInUse(error)) throw error;
        server = createHttpServer(handler);
        server.maxConnections = MAX_CONNECTIONS;
        boundPort = await listen(server, 0, host);
      }
      allowed = allowedHostHeaders(host, boundPort);
      current = server;
      return { urls: shareUrls(host, boundPort), host, port: boundPort };
    },
    close,
  };
};

