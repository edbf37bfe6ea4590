import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Slow or stalled clients are cut off: headers within 15 s, the whole request within 30 s. */
export const TIMEOUTS = { headersTimeout: 15_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 } as const;

export const createHttpServer = (handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Server =>
  createServer(TIMEOUTS, (req, res) => void handle(req, res));

/** Binds and resolves with the port actually bound. */
export const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

/** Stops accepting, lets finishing responses finish for up to `graceMs`, then cuts what is left. */
export const closeServer = (server: Server, graceMs = 0): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    if (graceMs <= 0) server.closeAllConnections();
    else setTimeout(() => server.closeAllConnections(), graceMs).unref();
  });
