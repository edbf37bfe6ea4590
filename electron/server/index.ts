import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../shared/contract';
import { handleApi, isApiPath } from './api';
import { DEFAULT_MAX_BODY_BYTES } from './body';
import { allowedHostHeaders, checkHostAndOrigin } from './guards';
import { sendError, setSecurityHeaders } from './respond';
import { serveStatic } from './static';

/** Where `electron-vite build` puts the renderer. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The part of the services the transport needs. */
export interface ServerServices {
  handlers: Handlers;
}

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
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const TIMEOUTS = { headersTimeout: 15_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 } as const;

const pathnameOf = (url: string | undefined): string => {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
};

const urlHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host);

const defaultLogError = (error: unknown): void => {
  console.error('[server] kesalahan tak terduga:', error);
};

/** Starts the HTTP transport of the contract: `POST /api/<method>`, `GET /api`, and the built renderer. */
export const startServer = async (options: StartServerOptions): Promise<RunningServer> => {
  const { services, host = '127.0.0.1', port = 0, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, logError = defaultLogError } = options;
  const staticDir = options.staticDir === undefined ? DEFAULT_STATIC_DIR : options.staticDir;
  let allowedHosts: ReadonlySet<string> = new Set();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    try {
      checkHostAndOrigin(req, allowedHosts);
      const pathname = pathnameOf(req.url);
      if (isApiPath(pathname)) await handleApi(req, res, pathname, services.handlers, maxBodyBytes);
      else await serveStatic(req, res, staticDir, pathname);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Whatever the client has not sent yet is not read: close the connection instead.
      if (!req.complete) res.setHeader('Connection', 'close');
      sendError(res, error, logError);
    }
  };

  const server = createServer(TIMEOUTS, (req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const boundPort = (server.address() as AddressInfo).port;
  allowedHosts = allowedHostHeaders(host, boundPort);

  return {
    url: `http://${urlHost(host)}:${boundPort}`,
    host,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
