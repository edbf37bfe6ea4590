import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import type { LiveEvent } from '../../shared/contract/live';
import { IdSchema } from '../../shared/model';
import { facilitatorEvent, participantEvent, readyEvent, type FeedEvent, type ShareService, type StreamEnd } from '../services/share';
import { SIGN_IN_REQUIRED, unauthorized, type Caller } from './caller';
import { methodNotAllowed } from './refusal';

export const EVENTS_PATH = '/api/events';

/** A client that has not read this much is too slow; its stream is closed (it reconnects and reloads). */
const MAX_UNREAD_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 15_000;

/** One Server-Sent Events response. */
class EventStream {
  private closed = false;

  constructor(private readonly res: ServerResponse) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(event: string, data: unknown, id?: number): void {
    this.sendRaw(event, JSON.stringify(data), id);
  }

  /** Sends data already serialised as JSON (one serialisation serves every stream that shows the same thing). */
  sendRaw(event: string, json: string, id?: number): void {
    if (this.closed) return;
    if (this.res.writableLength > MAX_UNREAD_BYTES) {
      this.close();
      return;
    }
    this.res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${json}\n\n`);
  }

  heartbeat(): void {
    if (!this.closed) this.res.write(': tetap-terhubung\n\n');
  }

  /** Says why (`ended`, `revoked`) and closes. */
  end(reason: StreamEnd): void {
    this.send(reason, { reason });
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.res.end();
  }
}

const workshopIdOf = (req: IncomingMessage): string => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parsed = IdSchema.safeParse(url.searchParams.get('workshopId'));
  if (!parsed.success) throw new AppError('invalid_input', { reason: 'live.badWorkshopId', field: 'workshopId' });
  return parsed.data;
};

/** What a caller is told of one feed event: the facilitator everything; a participant only what their view shows. */
const shownTo = (caller: Caller, event: FeedEvent, share: ShareService): LiveEvent =>
  caller.role === 'participant' ? participantEvent(event, share.audienceOf(caller.participant)) : facilitatorEvent(event);

/** Each event is serialised once per audience (the facilitator, each OPD), however many streams follow it. */
const serialisedEvents = new WeakMap<FeedEvent, Map<string, { name: string; json: string }>>();

const serialised = (event: FeedEvent, audience: string, show: () => LiveEvent): { name: string; json: string } => {
  const byAudience = serialisedEvents.get(event) ?? new Map<string, { name: string; json: string }>();
  serialisedEvents.set(event, byAudience);
  const known = byAudience.get(audience);
  if (known) return known;
  const shown = show();
  const made = { name: shown.event, json: JSON.stringify(shown.data) };
  byAudience.set(audience, made);
  return made;
};

/**
 * `GET /api/events?workshopId=…`: live updates as Server-Sent Events. Every command the workshop
 * acknowledges arrives as `applied` with its revision (a participant's command is `null` when it
 * concerns another OPD); `reload` after a restore; `ended` or `revoked` close a participant's stream.
 * The token travels in the `Authorization` header (the browser uses fetch streaming, not EventSource).
 */
export const handleEvents = (req: IncomingMessage, res: ServerResponse, caller: Caller, share: ShareService | undefined): void => {
  if (req.method !== 'GET') throw methodNotAllowed('GET');
  if (caller.role === 'anonymous') throw unauthorized(SIGN_IN_REQUIRED);
  if (!share) throw new AppError('not_found', { reason: 'live.unavailable' });
  const workshopId = workshopIdOf(req);
  if (caller.role === 'participant') share.checkWorkshop(workshopId);

  let stream: EventStream | null = null;
  const unregister = caller.role === 'participant' ? share.registerStream(caller.participant, (reason) => stream?.end(reason)) : () => undefined;
  stream = new EventStream(res);
  const open = stream;
  // Each OPD and each group is one audience (a group's view follows the room's state at each event).
  const audience = caller.role === 'participant' ? share.audienceOf(caller.participant).key : 'facilitator';
  const unsubscribe = share.feed.subscribe(workshopId, (event) => {
    const shown = serialised(event, audience, () => shownTo(caller, event, share));
    open.sendRaw(shown.name, shown.json, event.revision);
  });
  const heartbeat = setInterval(() => open.heartbeat(), HEARTBEAT_MS);
  heartbeat.unref();
  const cleanup = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
    unregister();
    open.close();
  };
  res.on('close', cleanup);
  const ready = readyEvent(workshopId, caller.role);
  open.send(ready.event, ready.data);
};
