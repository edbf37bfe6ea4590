import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CreateServicesOptions } from '../../../electron/services/index';
import { startServer, type RunningServer } from '../../../electron/server/index';
import type { ShareStatus } from '../../../shared/contract';
import { prepareRoom, startServices, tempDir, type Room, type Services } from '../handoff/fixture';

export { removeTempDirs } from '../handoff/fixture';

/**
 * The facilitator's app on loopback, sharing one workshop on a second listener. The tests bind only
 * to 127.0.0.1; the room-network listener is told to trust nobody without a token, which is how a
 * participant's computer on the LAN is seen.
 */
export interface Classroom {
  services: Services;
  dataDir: string;
  app: RunningServer;
  room: Room;
  status: ShareStatus;
  /** The participants' address (the share listener). */
  lan: string;
  /** The facilitator's own address (loopback, trusted). */
  local: string;
  stop(): Promise<void>;
}

export interface ClassroomOptions {
  services?: Partial<CreateServicesOptions>;
  joinRate?: { attempts: number; windowMs: number };
}

export const openClassroom = async (options: ClassroomOptions = {}): Promise<Classroom> => {
  const { services, dataDir } = await startServices('berbagi', options.services);
  const staticDir = path.join(await tempDir('tampilan'), 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Masterplan Smart City</title>');
  // The participants' listener serves the phone app's entry at its root, as the build emits it.
  await writeFile(path.join(staticDir, 'participant.html'), '<!doctype html><title>Masterplan Smart City</title>');
  const room = await prepareRoom(services);
  const app = await startServer({
    services,
    port: 0,
    staticDir,
    logError: () => undefined,
    shareTrust: () => false,
    sharePort: 0,
    joinRate: options.joinRate ?? { attempts: 1000, windowMs: 60_000 },
  });
  const local = app.url;
  const status = await facilitatorCall<ShareStatus>(local, 'share.start', { workshopId: room.workshopId, host: '127.0.0.1', port: 0 });
  const lan = status.urls[0];
  if (!lan) throw new Error('share.start gave no address');
  return {
    services,
    dataDir,
    app,
    room,
    status,
    lan,
    local,
    stop: async () => {
      await app.close();
      await services.close();
    },
  };
};

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** `POST <base>/api/<method>`, with a participant's token when given. */
export const call = async <T = Record<string, unknown>>(base: string, method: string, input: unknown, token?: string): Promise<Answer<T>> => {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
};

export const facilitatorCall = async <T>(local: string, method: string, input: unknown): Promise<T> => {
  const answer = await call<T>(local, method, input);
  if (answer.status !== 200) throw new Error(`${method} → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

export interface Joined {
  token: string;
  participant: { id: string; name: string; opdId: string };
  workshopId: string;
}

export const join = async (c: Classroom, name: string, opdId: string, code = c.status.code ?? ''): Promise<Joined> => {
  const answer = await call<Joined>(c.lan, 'share.join', { code, name, opdId });
  if (answer.status !== 200) throw new Error(`join → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

export const errorOf = (answer: Answer): { code?: string; message?: string } => ((answer.body as { error?: { code?: string; message?: string } }).error ?? {});

export interface LiveEvent {
  event: string;
  id?: string;
  data: Record<string, unknown>;
}

/**
 * An event stream read with fetch streaming, as the renderer does (EventSource cannot send the
 * token header). Events are collected; `next` waits for one that matches.
 */
export interface Listener {
  status: number;
  events: LiveEvent[];
  next(match: (e: LiveEvent) => boolean): Promise<LiveEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export const listen = async (base: string, workshopId: string, token?: string): Promise<Listener> => {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/events?workshopId=${encodeURIComponent(workshopId)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  const events: LiveEvent[] = [];
  const waiters: { match: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
  const deliver = (e: LiveEvent): void => {
    events.push(e);
    for (const waiter of [...waiters]) {
      if (waiter.match(e)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(e);
      }
    }
  };
  const parseBlock = (block: string): void => {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0) deliver({ event, ...(id !== undefined ? { id } : {}), data: JSON.parse(data.join('\n')) as Record<string, unknown> });
  };
  const ended = (async () => {
    if (!response.ok || !response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut !== -1) {
          parseBlock(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: response.status,
    events,
    next: (match) => {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    ended,
    close: () => controller.abort(),
  };
};
