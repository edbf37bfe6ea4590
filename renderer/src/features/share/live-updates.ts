/*
 * Live updates of a workshop (`GET /api/events`, Server-Sent Events) read with fetch streaming:
 * EventSource cannot send the participant's token, which must travel in a header, never a URL.
 */

import type { LiveEvent } from '../../../../shared/contract/live';

/** `ready`, `applied`, `reload`, `ended`, `revoked` (and `refused` when the server says 401/403); defined in shared/contract/live.ts. */
export type { LiveEvent };

/** Splits a stream's text into complete events; returns them and the unfinished rest. */
export const parseEventText = (text: string): { events: LiveEvent[]; rest: string } => {
  const events: LiveEvent[] = [];
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    let id: number | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('id: ')) id = Number(line.slice(4));
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) continue;
    try {
      const parsed = JSON.parse(data.join('\n')) as unknown;
      if (typeof parsed === 'object' && parsed !== null) events.push({ event, ...(id === undefined ? {} : { id }), data: parsed as Record<string, unknown> });
    } catch {
      // A damaged event is skipped; the next `applied` revision tells the page to reload if it missed one.
    }
  }
  return { events, rest };
};

export interface FollowOptions {
  baseUrl: string;
  workshopId: string;
  /** The participant's token; none for the facilitator's own app. */
  token?: string | null;
  onEvent(event: LiveEvent): void;
  onConnection?(state: 'open' | 'reconnecting'): void;
  fetchImpl?: typeof fetch;
}

const FINAL_EVENTS = new Set(['ended', 'revoked']);

/** Follows a workshop until stopped, `ended`/`revoked`, or refused; reconnects with growing pauses. Returns `stop`. */
export const followWorkshop = (options: FollowOptions): (() => void) => {
  const controller = new AbortController();
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let stopped = false;
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  const readOnce = async (): Promise<void> => {
    const response = await fetchImpl(`${options.baseUrl.replace(/\/$/, '')}/api/events?workshopId=${encodeURIComponent(options.workshopId)}`, {
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.status === 401 || response.status === 403) {
      stopped = true;
      options.onEvent({ event: 'refused', data: { status: response.status } });
      return;
    }
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    options.onConnection?.('open');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const parsed = parseEventText(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      for (const event of parsed.events) {
        if (FINAL_EVENTS.has(event.event)) stopped = true;
        options.onEvent(event);
      }
    }
  };

  void (async () => {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        await readOnce();
        attempt = 0;
      } catch {
        // connection lost or refused by the network: try again below
      }
      if (stopped) return;
      options.onConnection?.('reconnecting');
      await pause(Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5)));
    }
  })();

  return () => {
    stopped = true;
    controller.abort();
  };
};
