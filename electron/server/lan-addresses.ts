import { networkInterfaces } from 'node:os';

const WILDCARD = new Set(['0.0.0.0', '::']);

const bracket = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** This computer's addresses on the room's network (IPv4, not loopback). */
export const lanAddresses = (): string[] => {
  const found: string[] = [];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      const family = String(address.family);
      if (!address.internal && (family === 'IPv4' || family === '4')) found.push(address.address);
    }
  }
  return found;
};

/** The URLs participants can open for a listener bound to `host:port`. */
export const shareUrls = (host: string, port: number): string[] => {
  if (!WILDCARD.has(host)) return [`http://${bracket(host)}:${port}`];
  const urls = lanAddresses().map((address) => `http://${address}:${port}`);
  return urls.length > 0 ? urls : [`http://127.0.0.1:${port}`];
};
