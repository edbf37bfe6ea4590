import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BODY_BYTES } from './body';
import { isLoopbackRequest, type TrustPolicy } from './caller';
import { allowedHostHeaders } from './guards';
import { closeServer, createHttpServer, listen } from './listen';
import { DEFAULT_JOIN_RATE, RateLimiter } from './rate-limit';
import { createRequestHandler, type ServerServices } from './request-handler';
import { attachSharing } from './sharing';

export type { ServerServices } from './request-handler';
export { createShareNetwork, DEFAULT_SHARE_PORT } from './share-listener';
export { attachSharing, TRUST_NOBODY, type Sharing, type SharingOptions } from './sharing';
export { isLoopbackRequest, type TrustPolicy } from './caller';

/** Where `electron-vite build` puts the renderer. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface StartServerOptions {
  services: ServerServices;
  /** Interface to bind; loopback unless the facilitator explicitly shares on the LAN. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Built renderer to serve; `null` serves the API only. */
  staticDir?: string | null;
  maxBodyBytes?: number;
  /** Where unexpected errors are reported (never to the client). */
  logError?: (error: unknown) => void;
  /** Who is the facilitator without a token: loopback connections unless a test says otherwise. */
  trust?: (req: IncomingMessage) => boolean;
  /** The same for the room-network listener opened by `share.start`. */
  shareTrust?: TrustPolicy;
  /** The room-network listener's first-choice port (default 5179; 0 = any free port). */
  sharePort?: number;
  /** Join attempts allowed per client address per window. */
  joinRate?: { attempts: number; windowMs: number };
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const urlHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host);

const defaultLogError = (error: unknown): void => {
  console.error('[server] kesalahan tak terduga:', error);
};

/**
 * Starts the HTTP transport of the contract: `POST /api/<method>`, `GET /api`, live updates at
 * `GET /api/events`, and the built renderer. When the services can share, `share.start` opens a
 * second listener on the room's network through this server.
 */
export const startServer = async (options: StartServerOptions): Promise<RunningServer> => {
  const { services, host = '127.0.0.1', port = 0, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, logError = defaultLogError } = options;
  const staticDir = options.staticDir === undefined ? DEFAULT_STATIC_DIR : options.staticDir;
  const joinRate = options.joinRate ?? DEFAULT_JOIN_RATE;
  const joinLimiter = new RateLimiter(joinRate.attempts, joinRate.windowMs);
  let allowedHosts: ReadonlySet<string> = new Set();

  const handle = createRequestHandler({
    services,
    staticDir,
    maxBodyBytes,
    logError,
    allowedHosts: () => allowedHosts,
    trust: options.trust ?? isLoopbackRequest,
    joinLimiter,
  });
  const server = createHttpServer(handle);
  const boundPort = await listen(server, port, host);
  allowedHosts = allowedHostHeaders(host, boundPort);

  const share = services.share;
  const sharing = share
    ? attachSharing({
        services: { ...services, share },
        staticDir,
        maxBodyBytes,
        logError,
        joinLimiter,
        trust: options.shareTrust ?? isLoopbackRequest,
        ...(options.sharePort !== undefined ? { defaultPort: options.sharePort } : {}),
      })
    : null;

  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    await sharing?.detach();
    await closeServer(server);
  };
  return {
    url: `http://${urlHost(host)}:${boundPort}`,
    host,
    port: boundPort,
    close: () => (closing ??= close()),
  };
};
