import { networkInterfaces } from 'node:os';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/commands';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

const bracketIfIpv6 = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** The names a client may use to reach this server: loopback names, the bound host, and (on a wildcard bind) this machine's addresses. */
export const allowedHostNames = (boundHost: string): Set<string> => {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const bound = boundHost.toLowerCase();
  if (!WILDCARD_HOSTS.has(bound)) {
    names.add(bracketIfIpv6(bound));
    return names;
  }
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) names.add(bracketIfIpv6(address.address.toLowerCase()));
  }
  return names;
};

/** Every `Host` header value this server answers to (name:port, and the bare name on port 80). */
export const allowedHostHeaders = (boundHost: string, port: number): Set<string> => {
  const headers = new Set<string>();
  for (const name of allowedHostNames(boundHost)) {
    headers.add(`${name}:${port}`);
    if (port === 80) headers.add(name);
  }
  return headers;
};

/**
 * Refuses requests that were not addressed to this server by name (DNS rebinding) or that a page
 * from another origin sent (cross-site requests). Requests without `Origin` (curl, Node) pass.
 */
export const checkHostAndOrigin = (req: IncomingMessage, allowedHosts: ReadonlySet<string>): void => {
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowedHosts.has(host)) {
    throw new AppError('forbidden', { reason: 'http.badHost' });
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    throw new AppError('forbidden', { reason: 'http.badOrigin' });
  }
};
