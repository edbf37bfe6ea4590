import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BallotAnswerSchema, type BallotAnswer, type Workshop } from '../shared/model';
import { createServices } from '../electron/services/index';
import { buildDemoWorkshop } from '../electron/services/reference';
import { CommandLog } from '../electron/services/store/command-log';
import { formatBytes, percentile, row, scratchDir, type BenchRow } from './measure';
import { ensureRendererBuilt } from './program-matrix';
import { serveAppIfChild, startApp, stopApp, timeCalls } from './room-app';

/*
 * `npm run bench -- room` (issue 12): the room on the facilitator's hotspot. The facilitator's app
 * (services + HTTP, serving the built phone app) runs in its own process, as on the laptop; this
 * process plays the room:
 * - the facilitator (loopback, no token) opens two polls: a dot vote over issues (3 dots, at most 2
 *   on one item) and a word cloud (3 words);
 * - one stage view follows the facilitator's live feed (SSE, as the stage does) and counts events;
 * - 80 phones arrive within the first seconds of a 10 s window. Each loads the phone app as a browser
 *   would (participant.html, the scripts, module preloads and styles it names, their static imports,
 *   and the workspace chunk the app prefetches while the code is typed), with Accept-Encoding
 *   br/gzip, each over its own connection pool so the bytes read off its sockets are what the phone
 *   received; then looks the code up, joins (half as FGD groups spread over the groups, half as
 *   OPDs), opens the workshop and its live stream; then, at random moments in the window, posts
 *   cards (a group member: issues and SWOT factors in the group's dimension) and ballots on both
 *   polls, some cast again (the second must replace the first).
 * Prints p50/p99 per request kind, errors, bytes per phone (first load; per minute during the window
 * with the live stream), then stops the app and checks, from the data folder, that every acknowledged
 * card and ballot is in the stored workshop with exact counts (ballots = distinct voters).
 * Targets: p99 ≤ 50 ms, 0 errors, 0 lost, first load ≤ 200 KB per phone. Exits non-zero (exit code 1)
 * when data is lost; never on timings. BENCH_ROOM_SECONDS changes the window (default 10).
 */

const PHONES = 80;
const WINDOW_S = Number(process.env.BENCH_ROOM_SECONDS ?? 10);
/** Phones arrive (load, join) over this part of the window. */
const ARRIVAL_S = Math.min(2, WINDOW_S / 3);
const CARDS_PER_GROUP_PHONE = 3;
const TARGET = { p99Ms: 50, firstLoadBytes: 200_000 } as const;
const WORKSHOP_ID = 'bench-ruang';
const DOT_POLL = 'bench-pilih-isu';
const WORD_POLL = 'bench-kata-visi';
const OUT = path.resolve(import.meta.dirname, '..', 'out', 'renderer');
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 13; Bench) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

// ——— the facilitator's app (child process, bench/room-app.ts) ———

interface Figures {
  fsyncP99: number;
  fsyncMax: number;
}

/** Each acknowledged write waits for its line's fsync (`sync`, shared by the writes queued together: group commit). */
const instrument = (): (() => Figures) => {
  const appends = timeCalls(CommandLog.prototype, 'sync');
  return () => ({ fsyncP99: percentile(appends, 99), fsyncMax: Math.max(0, ...appends) });
};

// Nobody on the room's listener is the facilitator: every phone joins with the code.
serveAppIfChild('room', (env) => ({
  workshop: buildDemoWorkshop(WORKSHOP_ID, new Date().toISOString()),
  staticDir: env['BENCH_ROOM_STATIC'] ?? '',
  shareTrust: () => false,
  instrument,
}));

// ——— one device's HTTP: its own connection pool, bytes counted off its sockets ———

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as the application reads it (decoded). */
  body: Buffer;
  /** The body as it came over the wire (compressed). */
  wireBody: number;
}

const decodeOnce = (body: Buffer, coding: string | undefined): Buffer => (coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body);

/**
 * The 80 phones fetch the same 20 files: each compressed file is decoded once (keyed by its ETag),
 * so this process, which shares the machine with the app, spends its CPU on requests, not on brotli.
 */
const decoded = new Map<string, Buffer>();
const decode = (body: Buffer, coding: string | undefined, etag: string | undefined): Buffer => {
  if (!coding || !etag) return decodeOnce(body, coding);
  const key = `${coding} ${etag} ${body.length}`;
  const known = decoded.get(key);
  if (known) return known;
  const made = decodeOnce(body, coding);
  decoded.set(key, made);
  return made;
};

class Device {
  /** Six connections per host, as a phone's browser keeps. */
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 6 });
  private readonly sockets = new Set<Socket>();
  private readonly streams = new Set<() => void>();
  /** Bytes of live-stream data received (event bodies, uncompressed as sent). */
  streamBytes = 0;

  constructor(
    private readonly origin: string,
    private readonly token: () => string | null,
  ) {}

  /** Bytes this device has read off its sockets so far (headers and bodies, as sent). */
  get bytesIn(): number {
    let total = 0;
    for (const socket of this.sockets) total += socket.bytesRead;
    return total;
  }

  get bytesOut(): number {
    let total = 0;
    for (const socket of this.sockets) total += socket.bytesWritten;
    return total;
  }

  private open(method: string, pathname: string, headers: Record<string, string>, onResponse: (res: import('node:http').IncomingMessage) => void, onError: (error: Error) => void, body?: string) {
    const url = new URL(pathname, this.origin);
    const token = this.token();
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        agent: this.agent,
        headers: { 'user-agent': PHONE_UA, 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'id-ID,id;q=0.9', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      },
      onResponse,
    );
    req.on('socket', (socket) => this.sockets.add(socket));
    req.on('error', onError);
    req.end(body);
    return req;
  }

  fetch(method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.open(
        method,
        pathname,
        headers,
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            try {
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decode(raw, res.headers['content-encoding'], res.headers.etag), wireBody: raw.length });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
        reject,
        body,
      );
    });
  }

  /** `POST /api/<method>` as the phone app sends it (same-origin fetch: Origin, JSON). */
  async call<T>(method: string, input: unknown): Promise<{ status: number; body: T }> {
    const answer = await this.fetch('POST', `/api/${method}`, { 'content-type': 'application/json', accept: '*/*', origin: this.origin }, JSON.stringify(input));
    return { status: answer.status, body: JSON.parse(answer.body.toString('utf8')) as T };
  }

  /** Follows `/api/events` (fetch streaming, as the apps do); `onEvent` gets each event's name, id and raw block. Resolves once the stream answered. */
  follow(workshopId: string, onEvent: (event: string, id: number | null, block: string) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let stopped = false;
      const req = this.open(
        'GET',
        `/api/events?workshopId=${workshopId}`,
        { accept: 'text/event-stream', origin: this.origin },
        (res) => {
          if (res.statusCode !== 200) {
            reject(new Error(`events → HTTP ${res.statusCode}`));
            res.resume();
            return;
          }
          resolve();
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            this.streamBytes += Buffer.byteLength(chunk);
            buffer += chunk;
            let cut = buffer.indexOf('\n\n');
            while (cut !== -1) {
              const block = buffer.slice(0, cut);
              buffer = buffer.slice(cut + 2);
              cut = buffer.indexOf('\n\n');
              const name = /^event: (.+)$/m.exec(block)?.[1];
              if (!name) continue;
              const id = /^id: (\d+)$/m.exec(block)?.[1];
              onEvent(name, id ? Number(id) : null, block);
            }
          });
          res.on('error', () => undefined);
        },
        (error) => {
          if (!stopped) reject(error);
        },
      );
      this.streams.add(() => {
        stopped = true;
        req.destroy();
      });
    });
  }

  close(): void {
    for (const stop of this.streams) stop();
    this.agent.destroy();
  }
}

// ——— the phone app's first load, as a browser fetches it ———

const ASSET_REF = /(?:src|href)="\.\/([^"]+)"/g;
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g;
const MAP_DEPS_LIST = /m\.f=\[([^\]]*)\]/;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[([\d,\s]*)\]\)/;

/** The files the script's static imports name (`assets/x.js`). */
const staticImports = (js: string): string[] => [...js.matchAll(STATIC_IMPORT)].map((m) => `assets/${m[1]}`);

/** What the entry script prefetches: each dynamic import with the files its preload list names (`__vite__mapDeps`). */
const prefetched = (js: string): string[] => {
  const list = MAP_DEPS_LIST.exec(js)?.[1]?.split(',').map((s) => s.trim().replace(/^["'`]\.\/|["'`]$/g, '')) ?? [];
  const files: string[] = [];
  for (const match of js.matchAll(DYNAMIC_IMPORT)) {
    files.push(`assets/${match[1]}`);
    const deps = MAP_DEPS_CALL.exec(js.slice(match.index, match.index + 400))?.[1];
    for (const i of deps?.split(',') ?? []) {
      const file = list[Number(i)];
      if (file) files.push(`assets/${file}`);
    }
  }
  return files;
};

interface FirstLoad {
  /** Bytes read off the phone's sockets until the join screen's files are in (headers included). */
  joinScreen: number;
  /** … and after the workspace chunk the app fetches while the code is typed. */
  total: number;
  /** Compressed bodies only (what `npm run bench -- serve` counts). */
  bodies: number;
  files: number;
  codings: Set<string>;
}

/**
 * participant.html; the scripts, module preloads, styles and icon it names; their static imports;
 * then what the entry script imports dynamically right away (the workspace, with its preload list).
 * Each file once, six at a time per phone.
 */
const loadPhoneApp = async (device: Device, fail: (kind: string, why: string) => void, timings: number[]): Promise<FirstLoad> => {
  const result: FirstLoad = { joinScreen: 0, total: 0, bodies: 0, files: 0, codings: new Set() };
  const texts = new Map<string, string>();
  const get = async (file: string, accept: string): Promise<string> => {
    const started = performance.now();
    const answer = await device.fetch('GET', `/${file}`, { accept });
    timings.push(performance.now() - started);
    result.files += 1;
    result.bodies += answer.wireBody;
    result.codings.add(String(answer.headers['content-encoding'] ?? 'identity'));
    if (answer.status !== 200) fail('load', `GET /${file} → HTTP ${answer.status}`);
    return answer.body.toString('utf8');
  };
  const acceptOf = (file: string): string => (file.endsWith('.css') ? 'text/css,*/*;q=0.1' : file.endsWith('.js') ? '*/*' : 'image/avif,image/webp,image/svg+xml,*/*;q=0.8');
  const fetchAll = async (files: readonly string[]): Promise<void> => {
    const fresh = [...new Set(files)].filter((f) => !texts.has(f));
    for (const f of fresh) texts.set(f, '');
    const found = await Promise.all(fresh.map((f) => get(f, acceptOf(f))));
    fresh.forEach((f, i) => texts.set(f, found[i] ?? ''));
    const next = found.flatMap((text, i) => (fresh[i]?.endsWith('.js') ? staticImports(text) : []));
    if (next.length > 0) await fetchAll(next);
  };
  const html = await get('', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
  await fetchAll([...html.matchAll(ASSET_REF)].map((m) => m[1] ?? '').filter((f) => f !== ''));
  result.joinScreen = device.bytesIn;
  const entry = /<script[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  await fetchAll(prefetched(entry ? (texts.get(entry) ?? '') : ''));
  result.total = device.bytesIn;
  return result;
};

// ——— the room (this process) ———

interface Lookup {
  groups: { id: string; dimensionId: string; name: string }[];
  opds: { id: string }[];
}

interface Joined {
  token: string;
  participant: { id: string; name: string };
}

interface Seat {
  index: number;
  name: string;
  device: Device;
  token: string | null;
  participantId: string;
  group: { id: string; dimensionId: string } | null;
  opdId: string | null;
  /** The newest revision this phone's page reflects. */
  revision: number;
  firstLoad: FirstLoad | null;
  /** Bytes read when the phone's page was ready (joined, workshop open, stream open), and when the window closed. */
  bytesJoined: number;
  joinedAt: number;
  bytesEnd: number;
  endAt: number;
  liveEvents: number;
}

interface AckCard {
  kind: 'issue' | 'swotItem';
  id: string;
  text: string;
  groupId: string;
  dimensionId: string;
  revision: number;
}

interface AckBallot {
  pollId: string;
  voterId: string;
  answer: BallotAnswer;
  revision: number;
}

const ISSUE_TEXT = ['Data kependudukan belum terhubung antar-OPD', 'Jaringan internet di kecamatan terpencil belum stabil', 'Layanan perizinan masih tatap muka', 'Kapasitas SDM TIK di OPD terbatas', 'Potensi wisata belum dipromosikan secara digital'];
const SWOT_TEXT = ['Komitmen kepala daerah kuat', 'Anggaran TIK kecil', 'Program nasional SPBE', 'Serangan siber meningkat', 'Komunitas digital lokal aktif'];
const WORDS = ['Transparan', 'inklusif', 'Digital', 'berdaya saing', 'Hijau', 'melayani', 'kolaboratif', 'Sejahtera', 'tangguh', 'Cerdas'];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** A dot ballot: 1–3 dots, at most 2 on one item, over distinct items. */
const dotAnswer = (itemIds: readonly string[], seed: number): BallotAnswer => {
  const first = pick(itemIds, seed);
  const second = pick(itemIds, seed * 7 + 3);
  if (seed % 3 === 0) return { kind: 'dots', dots: [{ itemId: first, count: 2 }, ...(second !== first ? [{ itemId: second, count: 1 }] : [])] };
  const third = pick(itemIds, seed * 5 + 1);
  const ids = [...new Set([first, second, third])];
  return { kind: 'dots', dots: ids.map((itemId) => ({ itemId, count: 1 })) };
};

const wordAnswer = (seed: number): BallotAnswer => ({ kind: 'words', words: [...new Set([pick(WORDS, seed), pick(WORDS, seed * 3 + 1), pick(WORDS, seed * 7 + 2)])].slice(0, 1 + (seed % 3)) });

interface Failures {
  count: number;
  byWhy: Map<string, number>;
}

/** Builds the renderer when its sources are newer; if that build fails and a previous one is there, says so and uses it. */
const rendererBuild = (): void => {
  try {
    ensureRendererBuilt();
  } catch (error) {
    if (!existsSync(path.join(OUT, 'participant.html'))) throw error;
    console.log(`(the build failed: ${error instanceof Error ? error.message : String(error)}; using the build already in out/renderer)`);
  }
};

export const benchRoom = async (): Promise<BenchRow[]> => {
  rendererBuild();
  const scratch = await scratchDir();
  // A private copy of the build (out/ may be rebuilt by someone else while the bench runs).
  const staticDir = path.join(scratch.dir, 'renderer');
  await cp(OUT, staticDir, { recursive: true, preserveTimestamps: true });
  const dataDir = path.join(scratch.dir, 'data');
  let child: ChildProcess | null = null;
  const devices: Device[] = [];
  try {
    const started = await startApp('room', import.meta.url, dataDir, { BENCH_ROOM_STATIC: staticDir });
    child = started.child;
    const { ready } = started;

    // The facilitator: two polls, opened.
    const facilitator = new Device(ready.local, () => null);
    devices.push(facilitator);
    const opened = await facilitator.call<{ workshop: Workshop }>('workshop.open', { workshopId: WORKSHOP_ID });
    const w = opened.body.workshop;
    const issues = w.issues.filter((i) => i.hidden !== true).slice(0, 12);
    let facilitatorRevision = w.revision;
    const apply = async (command: unknown): Promise<void> => {
      const answer = await facilitator.call<{ revision: number }>('workshop.apply', { workshopId: WORKSHOP_ID, baseRevision: facilitatorRevision, command });
      if (answer.status !== 200) throw new Error(`facilitator ${JSON.stringify(command).slice(0, 60)} → HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
      facilitatorRevision = answer.body.revision;
    };
    const items = issues.map((i) => ({ id: `pilihan-${i.id}`.slice(0, 64), label: i.text.slice(0, 300), ref: { source: 'issue', id: i.id } }));
    await apply({ type: 'createPoll', pollId: DOT_POLL, settings: { title: 'Isu mana yang paling mendesak?', kind: 'dots', items, anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 2, wordsPerPerson: 3 } } });
    await apply({ type: 'createPoll', pollId: WORD_POLL, settings: { title: 'Satu kata untuk visi kota 2045', kind: 'words', items: [], anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 1, wordsPerPerson: 3 } } });
    await apply({ type: 'openPoll', pollId: DOT_POLL });
    await apply({ type: 'openPoll', pollId: WORD_POLL });
    const itemIds = items.map((i) => i.id);

    // The stage: follows the facilitator's feed.
    const stage = new Device(ready.local, () => null);
    devices.push(stage);
    const stageSeen = new Map<number, number>();
    const stageTypes = new Map<string, number>();
    let stageEvents = 0;
    await stage.follow(WORKSHOP_ID, (event, id, block) => {
      if (event !== 'applied' || id === null) return;
      stageEvents += 1;
      stageSeen.set(id, performance.now());
      const type = /"command":\{"type":"([^"]+)"/.exec(block)?.[1] ?? '?';
      stageTypes.set(type, (stageTypes.get(type) ?? 0) + 1);
    });

    const latency: Record<'load' | 'lookup' | 'join' | 'open' | 'card' | 'ballot', number[]> = { load: [], lookup: [], join: [], open: [], card: [], ballot: [] };
    const failures: Failures = { count: 0, byWhy: new Map() };
    const fail = (kind: string, why: string): void => {
      failures.count += 1;
      const key = `${kind}: ${why}`;
      failures.byWhy.set(key, (failures.byWhy.get(key) ?? 0) + 1);
    };
    const cards: AckCard[] = [];
    const ballots: AckBallot[] = [];
    /** When each acknowledged write was sent (by revision), to time it to the stage. */
    const sentAt = new Map<number, number>();
    let recast = 0;
    /** Phones not yet joined (loading the app, looking up, joining, opening): writes sent meanwhile compete with the arrivals. */
    let arriving = PHONES;
    const writesWhileArriving: number[] = [];
    const writesAfterArrivals: number[] = [];

    const loadBefore = loadavg()[0] ?? 0;
    const t0 = performance.now();
    const windowEnd = t0 + WINDOW_S * 1000;
    const seats: Seat[] = [];

    const timed = async <T>(kind: keyof typeof latency, send: () => Promise<{ status: number; body: T }>): Promise<{ status: number; body: T; at: number } | null> => {
      const at = performance.now();
      try {
        const busy = arriving > 0;
        const answer = await send();
        const took = performance.now() - at;
        latency[kind].push(took);
        if (kind === 'card' || kind === 'ballot') (busy ? writesWhileArriving : writesAfterArrivals).push(took);
        if (answer.status !== 200) {
          const reason = (answer.body as { error?: { reason?: string } } | null)?.error?.reason ?? '';
          fail(kind, `HTTP ${answer.status}${reason ? ` ${reason}` : ''}`);
          return null;
        }
        return { ...answer, at };
      } catch (error) {
        fail(kind, error instanceof Error ? error.message : String(error));
        return null;
      }
    };

    const sampled = new Set<string>();
    const sample = (seat: Seat, block: string): void => {
      const type = /"command":(?:null|\{"type":"([^"]+)")/.exec(block)?.[1] ?? 'null';
      const key = `${seat.index} ${type} ${block.includes(seat.participantId)}`;
      if (sampled.has(key)) return;
      sampled.add(key);
      console.log(`  [${seat.group ? 'group' : 'OPD'} phone] ${block.replace(/\n/g, ' | ').slice(0, 400)}`);
    };
    const phone = async (index: number): Promise<void> => {
      await sleep(Math.random() * ARRIVAL_S * 1000);
      const seat: Seat = {
        index,
        name: `Peserta ${index + 1}`,
        device: null as unknown as Device,
        token: null,
        participantId: '',
        group: null,
        opdId: null,
        revision: 0,
        firstLoad: null,
        bytesJoined: 0,
        joinedAt: 0,
        bytesEnd: 0,
        endAt: 0,
        liveEvents: 0,
      };
      seat.device = new Device(ready.lan, () => seat.token);
      devices.push(seat.device);
      seats.push(seat);
      const arrived = await arrive(seat).finally(() => (arriving -= 1));
      if (arrived) await work(seat);
    };
    const arrive = async (seat: Seat): Promise<boolean> => {
      const index = seat.index;
      try {
        seat.firstLoad = await loadPhoneApp(seat.device, fail, latency.load);
      } catch (error) {
        fail('load', error instanceof Error ? error.message : String(error));
      }
      // The code typed, "Lanjut": the lookup; then name and OPD or group, "Bergabung".
      await sleep(200 + Math.random() * 300);
      const found = await timed('lookup', () => seat.device.call<Lookup>('share.lookup', { code: ready.code }));
      if (!found) return false;
      const asGroup = index % 2 === 0;
      const group = asGroup ? pick(found.body.groups, index / 2) : null;
      const opd = asGroup ? null : pick(found.body.opds, (index - 1) / 2);
      await sleep(200 + Math.random() * 300);
      const joined = await timed('join', () => seat.device.call<Joined>('share.join', { code: ready.code, name: seat.name, ...(group ? { groupId: group.id } : { opdId: opd?.id }) }));
      if (!joined) return false;
      seat.token = joined.body.token;
      seat.participantId = joined.body.participant.id;
      seat.group = group ? { id: group.id, dimensionId: group.dimensionId } : null;
      seat.opdId = opd?.id ?? null;
      const open = await timed('open', () => seat.device.call<{ workshop: Workshop }>('workshop.open', { workshopId: WORKSHOP_ID }));
      if (!open) return false;
      seat.revision = open.body.workshop.revision;
      try {
        await seat.device.follow(WORKSHOP_ID, (event, id, block) => {
          if (event !== 'applied' || id === null) return;
          // BENCH_ROOM_SAMPLE=1 shows what phones 0 (a group) and 1 (an OPD) are told of each kind of write, once.
          if (process.env.BENCH_ROOM_SAMPLE && seat.index < 2) sample(seat, block);
          seat.liveEvents += 1;
          seat.revision = Math.max(seat.revision, id);
        });
      } catch (error) {
        fail('events', error instanceof Error ? error.message : String(error));
      }
      seat.joinedAt = performance.now();
      seat.bytesJoined = seat.device.bytesIn;
      return true;
    };
    const work = async (seat: Seat): Promise<void> => {
      const index = seat.index;

      // The window: cards (group members) and ballots, at random moments before it closes.
      type Action = { at: number; run: () => Promise<void> };
      const actions: Action[] = [];
      const moment = () => seat.joinedAt + Math.random() * Math.max(0, windowEnd - seat.joinedAt);
      if (seat.group) {
        const g = seat.group;
        for (let n = 0; n < CARDS_PER_GROUP_PHONE; n += 1) {
          const issue = n % 2 === 0;
          const id = `kartu-${index}-${n}`;
          const text = `${issue ? pick(ISSUE_TEXT, index + n) : pick(SWOT_TEXT, index + n)} (${seat.name}, kartu ${n + 1})`;
          const item = issue
            ? { id, dimensionId: g.dimensionId, kind: n % 4 === 0 ? 'permasalahan' : 'potensi', text, rpjmdIssue: '', groupId: g.id }
            : { id, dimensionId: g.dimensionId, quadrant: pick(['S', 'W', 'O', 'T'] as const, index + n), text, groupId: g.id };
          actions.push({
            at: moment(),
            run: async () => {
              const command = { type: issue ? 'upsertIssue' : 'upsertSwotItem', item };
              const saved = await timed('card', () => seat.device.call<{ revision: number }>('workshop.apply', { workshopId: WORKSHOP_ID, baseRevision: seat.revision, command }));
              if (!saved) return;
              cards.push({ kind: issue ? 'issue' : 'swotItem', id, text, groupId: g.id, dimensionId: g.dimensionId, revision: saved.body.revision });
              sentAt.set(saved.body.revision, saved.at);
              seat.revision = Math.max(seat.revision, saved.body.revision);
            },
          });
        }
      }
      const vote = (pollId: string, answer: BallotAnswer, again: boolean) => async () => {
        const command = { type: 'castBallot', pollId, ballot: { voterId: seat.participantId, voterName: seat.name, opdId: seat.opdId, paper: false, answer } };
        const saved = await timed('ballot', () => seat.device.call<{ revision: number }>('workshop.apply', { workshopId: WORKSHOP_ID, baseRevision: seat.revision, command }));
        if (!saved) return;
        if (again) recast += 1;
        ballots.push({ pollId, voterId: seat.participantId, answer: BallotAnswerSchema.parse(answer), revision: saved.body.revision });
        sentAt.set(saved.body.revision, saved.at);
        seat.revision = Math.max(seat.revision, saved.body.revision);
      };
      actions.push({ at: moment(), run: vote(DOT_POLL, dotAnswer(itemIds, index), false) });
      actions.push({ at: moment(), run: vote(WORD_POLL, wordAnswer(index), false) });
      actions.sort((a, b) => a.at - b.at);
      // About a third change their dots, a fifth their words: a second ballot, which must replace the first.
      if (index % 3 === 1) actions.push({ at: moment(), run: vote(DOT_POLL, dotAnswer(itemIds, index + 11), true) });
      if (index % 5 === 2) actions.push({ at: moment(), run: vote(WORD_POLL, wordAnswer(index + 4), true) });
      for (const action of actions) {
        const wait = action.at - performance.now();
        if (wait > 0) await sleep(wait);
        await action.run();
      }
      const left = windowEnd - performance.now();
      if (left > 0) await sleep(left);
      // The last live events of the window arrive.
      await sleep(500);
      seat.endAt = performance.now();
      seat.bytesEnd = seat.device.bytesIn;
    };
    await Promise.all(Array.from({ length: PHONES }, (_, i) => phone(i)));
    const ranFor = (performance.now() - t0) / 1000;

    // The stage has seen every acknowledged write?
    const acked = [...cards.map((c) => c.revision), ...ballots.map((b) => b.revision)];
    for (let waited = 0; waited < 3000 && acked.some((r) => !stageSeen.has(r)); waited += 100) await sleep(100);
    const stageMissed = acked.filter((r) => !stageSeen.has(r)).length;
    const toStage = acked.flatMap((r) => {
      const seen = stageSeen.get(r);
      const sent = sentAt.get(r);
      return seen !== undefined && sent !== undefined ? [seen - sent] : [];
    });

    for (const device of devices) device.close();
    const stopped = await stopApp<Figures>(child);
    child = null;

    // ——— what is on disk ———
    const reopened = await createServices({ dataDir, mode: 'web' });
    let stored: Workshop;
    try {
      stored = (await reopened.handlers['workshop.open']({ workshopId: WORKSHOP_ID })).workshop;
    } finally {
      await reopened.close();
    }
    const lostWhy: string[] = [];
    let lost = 0;
    for (const card of cards) {
      const list: readonly { id: string; text: string; groupId?: string | null; dimensionId: string }[] = card.kind === 'issue' ? stored.issues : stored.swotItems;
      const found = list.find((x) => x.id === card.id);
      if (!found || found.text !== card.text || found.groupId !== card.groupId || found.dimensionId !== card.dimensionId) {
        lost += 1;
        lostWhy.push(`card ${card.id}`);
      }
    }
    const last = new Map<string, AckBallot>();
    for (const b of ballots) {
      const key = `${b.pollId}/${b.voterId}`;
      const previous = last.get(key);
      if (!previous || previous.revision < b.revision) last.set(key, b);
    }
    const ballotCounts: string[] = [];
    for (const pollId of [DOT_POLL, WORD_POLL]) {
      const poll = stored.polls.find((p) => p.id === pollId);
      const voters = [...last.values()].filter((b) => b.pollId === pollId);
      const storedBallots = poll?.ballots ?? [];
      ballotCounts.push(`${pollId}: ${storedBallots.length} stored / ${voters.length} voters`);
      if (storedBallots.length !== voters.length) {
        lost += Math.abs(storedBallots.length - voters.length);
        lostWhy.push(`${pollId}: ${storedBallots.length} ballots stored for ${voters.length} voters`);
      }
      if (new Set(storedBallots.map((b) => b.voterId)).size !== storedBallots.length) {
        lost += 1;
        lostWhy.push(`${pollId}: a voter twice`);
      }
      for (const b of voters) {
        const mine = storedBallots.find((x) => x.voterId === b.voterId);
        if (!mine || !isDeepStrictEqual(mine.answer, b.answer)) {
          lost += 1;
          lostWhy.push(`${pollId}: ballot of ${b.voterId}${mine ? ' is not the last one cast' : ' missing'}`);
        }
      }
    }

    // ——— figures ———
    const loads = seats.flatMap((s) => (s.firstLoad ? [s.firstLoad] : []));
    const windowRates = seats.filter((s) => s.endAt > s.joinedAt && s.joinedAt > 0).map((s) => ((s.bytesEnd - s.bytesJoined) / (s.endAt - s.joinedAt)) * 60_000);
    const joinBytes = seats.filter((s) => s.bytesJoined > 0 && s.firstLoad).map((s) => s.bytesJoined - (s.firstLoad?.total ?? 0));
    const liveEvents = seats.map((s) => s.liveEvents);
    const firstLoadP50 = percentile(loads.map((l) => l.total), 50);
    const firstLoadMax = Math.max(0, ...loads.map((l) => l.total));
    const writes = [...latency.card, ...latency.ballot];
    const p99 = (kind: keyof typeof latency) => percentile(latency[kind], 99);
    const p99Write = percentile(writes, 99);
    const p99Api = Math.max(p99('lookup'), p99('join'), p99('open'), p99('card'), p99('ballot'));
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    const codings = [...new Set(loads.flatMap((l) => [...l.codings]))].sort().join('/');

    console.log(`\nmachine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before the window, ${(loadavg()[0] ?? 0).toFixed(1)} after`);
    console.log(`${PHONES} ponsel (${seats.filter((s) => s.group).length} kelompok FGD, ${seats.filter((s) => !s.group).length} OPD), jendela ${WINDOW_S} s (berjalan ${ranFor.toFixed(1)} s):`);
    console.log(`  kind      runs   p50 ms   p99 ms   max ms   target`);
    for (const kind of Object.keys(latency) as (keyof typeof latency)[]) {
      const samples = latency[kind];
      const target = kind === 'load' ? '' : `p99 ≤ ${TARGET.p99Ms} ms: ${verdict(percentile(samples, 99) <= TARGET.p99Ms)}`;
      console.log(`  ${kind.padEnd(8)} ${String(samples.length).padStart(5)} ${percentile(samples, 50).toFixed(1).padStart(8)} ${percentile(samples, 99).toFixed(1).padStart(8)} ${Math.max(0, ...samples).toFixed(1).padStart(8)}   ${target}`);
    }
    const split = (samples: readonly number[]) => `${samples.length} writes, p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`;
    console.log(`  writes (card + ballot) while phones were still arriving: ${split(writesWhileArriving)}; after all had joined: ${split(writesAfterArrivals)}`);
    console.log(`  write → stage view (SSE): p50 ${percentile(toStage, 50).toFixed(1)} ms, p99 ${percentile(toStage, 99).toFixed(1)} ms; stage saw ${stageEvents} events (${[...stageTypes].map(([k, v]) => `${k} ${v}`).join(', ')}), missed ${stageMissed} of ${acked.length} acknowledged`);
    console.log(`  in the app: wait for the log fsync p99 ${stopped.fsyncP99.toFixed(1)} ms (max ${stopped.fsyncMax.toFixed(0)} ms), event loop late p99 ${stopped.loopDelayP99.toFixed(1)} ms`);
    console.log(`  errors ${failures.count} (target 0: ${verdict(failures.count === 0)})${failures.count ? `: ${[...failures.byWhy].map(([k, v]) => `${k} ×${v}`).join('; ')}` : ''}`);
    console.log(`  acknowledged: ${cards.length} cards, ${ballots.length} ballots (${recast} cast again); ${ballotCounts.join('; ')}`);
    console.log(`  lost ${lost} (target 0: ${verdict(lost === 0)})${lost ? `: ${lostWhy.slice(0, 10).join('; ')}` : ''}`);
    console.log(`\n  bytes per phone (read off its sockets: headers + compressed bodies)      p50        max`);
    const bytesLine = (what: string, values: readonly number[], extra = '') => console.log(`  ${what.padEnd(68)} ${formatBytes(percentile(values, 50)).padStart(8)} ${formatBytes(Math.max(0, ...values)).padStart(10)}${extra}`);
    bytesLine('first load: until the join screen (HTML, JS, CSS, icon)', loads.map((l) => l.joinScreen));
    bytesLine('first load: + workspace chunk prefetched while typing', loads.map((l) => l.total), `   target ≤ ${formatBytes(TARGET.firstLoadBytes)}: ${verdict(firstLoadMax <= TARGET.firstLoadBytes)}`);
    bytesLine('  of which compressed bodies', loads.map((l) => l.bodies), `   ${percentile(loads.map((l) => l.files), 50)} files, ${codings}`);
    bytesLine('lookup + join + workshop.open + live stream opened', joinBytes);
    bytesLine('per minute during the window (live stream, answers)', windowRates, `   ${percentile(liveEvents, 50)} live events per phone (p50)`);
    const streamBytes = seats.map((s) => s.device.streamBytes);
    bytesLine('  of which live stream, whole run', streamBytes, `   ${Math.round(percentile(streamBytes, 50) / Math.max(1, percentile(liveEvents, 50)))} B per event`);
    const sent = seats.map((s) => s.device.bytesOut);
    bytesLine('sent by the phone, whole run', sent);

    if (lost > 0) {
      console.log(`\nDATA HILANG: ${lost} tulisan yang dikonfirmasi tidak ada di lokakarya tersimpan.`);
      process.exitCode = 1;
    }
    const size = `${PHONES} ponsel, ${WINDOW_S} s`;
    return [
      row('phone: first load, one file (GET, br/gzip)', size, latency.load, `first load p50 ${formatBytes(firstLoadP50)}, max ${formatBytes(firstLoadMax)} per phone (≤ ${formatBytes(TARGET.firstLoadBytes)}: ${verdict(firstLoadMax <= TARGET.firstLoadBytes)})`),
      row('share.lookup', size, latency.lookup, `p99 ${p99('lookup').toFixed(1)} ms`),
      row('share.join (half FGD groups, half OPDs)', size, latency.join, `p99 ${p99('join').toFixed(1)} ms`),
      row('workshop.open (participant view)', size, latency.open, `p99 ${p99('open').toFixed(1)} ms`),
      row('card (upsertIssue / upsertSwotItem, fsync)', size, latency.card, `p99 ${p99('card').toFixed(1)} ms`),
      row('ballot (castBallot, fsync; some cast again)', size, latency.ballot, `p99 ${p99('ballot').toFixed(1)} ms; ${recast} re-cast`),
      row('  writes while phones were still arriving', size, writesWhileArriving),
      row('  writes after every phone had joined', size, writesAfterArrivals),
      row('write → stage view (SSE)', size, toStage, `missed ${stageMissed}/${acked.length}`),
      {
        ...row('all API calls', size, [...latency.lookup, ...latency.join, ...latency.open, ...writes]),
        note: `p99 ${p99Api.toFixed(1)} ms (≤ ${TARGET.p99Ms}: ${verdict(p99Api <= TARGET.p99Ms)}), writes p99 ${p99Write.toFixed(1)} ms; errors ${failures.count}; lost ${lost}/${cards.length + last.size}`,
      },
    ];
  } finally {
    for (const device of devices) device.close();
    child?.kill();
    await scratch.remove();
  }
};
