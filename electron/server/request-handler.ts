import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handlers } from '../../shared/contract';
import type { ShareService } from '../services/share';
import { handleApi, isApiPath } from './api';
import { createAnswerCache } from './answer-cache';
import { resolveCaller, type TrustPolicy } from './caller';
import { EVENTS_PATH, handleEvents } from './events';
import { checkHostAndOrigin } from './guards';
import type { RateLimiter } from './rate-limit';
import { sendError, setSecurityHeaders } from './respond';
import { serveStatic } from './static';

/** The part of the services the transport needs. */
export interface ServerServices {
  handlers: Handlers;
  /** Present when the services can share on the room's network (participants, live updates). */
  share?: ShareService;
}

export interface RequestHandlerOptions {
  services: ServerServices;
  staticDir: string | null;
  maxBodyBytes: number;
  logError: (error: unknown) => void;
  /** The `Host` headers this listener answers to (known once it is bound). */
  allowedHosts: () => ReadonlySet<string>;
  /** Who counts as the facilitator without a token. */
  trust: TrustPolicy;
  joinLimiter: RateLimiter;
  /** The page served at `/` and for app routes (default `index.html`; the participants' listener serves `participant.html`). */
  indexFile?: string;
}

const pathnameOf = (url: string | undefined): string => {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
};

/** One listener's request handler: Host/Origin checks, then live updates, the API, or the built renderer. */
export const createRequestHandler = (options: RequestHandlerOptions) => {
  const { services, staticDir, maxBodyBytes, logError, trust, joinLimiter } = options;
  const api = { handlers: services.handlers, share: services.share, maxBodyBytes, joinLimiter, answers: createAnswerCache() };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    try {
      checkHostAndOrigin(req, options.allowedHosts());
      const pathname = pathnameOf(req.url);
      const callerOf = () => resolveCaller(req, services.share, trust);
      if (pathname === EVENTS_PATH) handleEvents(req, res, callerOf(), services.share);
      else if (isApiPath(pathname)) await handleApi(req, res, pathname, api, callerOf);
      else await serveStatic(req, res, staticDir, pathname, options.indexFile);
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
};
