import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from '../shared/commands';
import { NarrativeSectionSchema, richDocFromText, richDocToText, type NarrativeSection, type Workshop } from '../shared/model';
import { createServices, type Services } from '../electron/services/index';
import { buildDemoWorkshop } from '../electron/services/reference';
import { CommandLog, parseLog } from '../electron/services/store/command-log';
import { percentile, row, scratchDir, timeRuns, type BenchRow } from './measure';
import { serveAppIfChild, startApp, stopApp, timeCalls, type Ready } from './room-app';

/*
 * A room on one loopback: 80 OPD heads in their browsers, each drafting their own section and
 * saving every 2–5 s, each following live updates, and the facilitator's screen following all of
 * them. The facilitator's app (services + HTTP) runs in its own process, as it would on the
 * facilitator's laptop; this process plays the participants. Prints save latency (p50/p99), the
 * time a save takes to reach the facilitator's stream, errors, and then checks, from the files on
 * disk after the app has stopped, that every acknowledged save is there.
 * Target: p99 ≤ 50 ms, 0 errors, 0 lost. BENCH_SHARE_SECONDS shortens the run (default 60).
 */

const PARTICIPANTS = 80;
const SECONDS = Number(process.env.BENCH_SHARE_SECONDS ?? 60);
const PAUSE_MS = { min: 2_000, max: 5_000 } as const;
const TARGET_P99_MS = 50;
const WORKSHOP_ID = 'bench-berbagi';

const paragraph = 'Pemerintah daerah memperkuat layanan publik berbasis data melalui kolaborasi antar-OPD, integrasi aplikasi, dan peningkatan kapasitas aparatur di seluruh kecamatan. ';

// ——— the facilitator's app (child process, bench/room-app.ts) ———

interface Figures {
  serverP50: number;
  serverP99: number;
  /** The log's fsync inside the app, the part of a save that waits for the disk. */
  fsyncP99: number;
  fsyncMax: number;
}

/** The demo workshop plus one section per participant, owned by the OPDs in turn. */
const roomWorkshop = (): Workshop => {
  const demo = buildDemoWorkshop(WORKSHOP_ID, new Date().toISOString());
  const sections = Array.from({ length: PARTICIPANTS }, (_, i) =>
    NarrativeSectionSchema.parse({
      id: `bagian-peserta-${i}`,
      outlineKey: `bab-peserta-${i}`,
      title: `Bagian peserta ${i + 1}`,
      ownerOpdId: demo.opds[i % demo.opds.length]?.id ?? null,
      content: richDocFromText(`${paragraph.repeat(4)}\n${paragraph.repeat(3)}`),
    }),
  );
  return { ...demo, sections: [...demo.sections, ...sections] };
};

/**
 * Times the participants' saves inside the app, and the log fsync each save waits for (`sync`: since
 * group commit a save no longer goes through `append`, which left this figure empty).
 */
const instrument = (services: Services): (() => Figures) => {
  const appends = timeCalls(CommandLog.prototype, 'sync');
  const serverTimes = timeCalls(services.share, 'applyForParticipant');
  return () => ({ serverP50: percentile(serverTimes, 50), serverP99: percentile(serverTimes, 99), fsyncP99: percentile(appends, 99), fsyncMax: Math.max(0, ...appends) });
};

serveAppIfChild('share', () => ({ workshop: roomWorkshop(), staticDir: null, instrument }));

// ——— the participants (this process) ———

interface Seat {
  name: string;
  sectionId: string;
  token: string;
  /** The newest revision this participant's page reflects (acknowledgements and live updates). */
  revision: number;
  section: NarrativeSection;
}

interface Acknowledged {
  sectionId: string;
  text: string;
  revision: number;
}

const post = async <T>(base: string, method: string, input: unknown, token?: string): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as T };
};

interface SaveAnswer {
  revision?: number;
  current?: { revision: number; cause: 'item' | 'colleague' };
}

interface AppliedEvent {
  revision: number;
  command: Command | null;
}

/**
 * Follows `/api/events` with fetch streaming (as the renderer does); calls `onApplied` with each
 * applied event's revision and raw block. The simulated clients share one machine with the app, so
 * they parse an event's JSON only when they need it (`parse`).
 */
const follow = async (base: string, token: string | undefined, onApplied: (revision: number, block: string) => void, signal: AbortSignal): Promise<void> => {
  const response = await fetch(`${base}/api/events?workshopId=${WORKSHOP_ID}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal });
  if (!response.ok || !response.body) throw new Error(`events → HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
          if (!block.includes('event: applied')) continue;
          const id = /^id: (\d+)$/m.exec(block);
          if (id?.[1]) onApplied(Number(id[1]), block);
        }
      }
    } catch {
      // the run is over
    }
  })();
};

const parse = (block: string): AppliedEvent => JSON.parse(block.slice(block.indexOf('data: ') + 6)) as AppliedEvent;

const textOfCommand = (command: Command | null): string | null => (command?.type === 'upsertSection' ? richDocToText(command.item.content) : null);

const seatParticipants = async (ready: Ready): Promise<Seat[]> => {
  const opened = await post<{ workshop: Workshop }>(ready.local, 'workshop.open', { workshopId: WORKSHOP_ID });
  const w = opened.body.workshop;
  const seats: Seat[] = [];
  for (let index = 0; index < PARTICIPANTS; index += 1) {
    const section = w.sections.find((s) => s.id === `bagian-peserta-${index}`);
    if (!section?.ownerOpdId) throw new Error('bench workshop without participant sections');
    const name = `Peserta ${index + 1}`;
    const joined = await post<{ token: string }>(ready.lan, 'share.join', { code: ready.code, name, opdId: section.ownerOpdId });
    if (joined.status !== 200) throw new Error(`join → HTTP ${joined.status}`);
    seats.push({ name, sectionId: section.id, token: joined.body.token, revision: w.revision, section });
  }
  return seats;
};

/** Checks, from the data folder after the app stopped, that every acknowledged save is in the log and the last one per section is in the workshop. */
const verifyOnDisk = async (dataDir: string, acknowledged: readonly Acknowledged[]): Promise<number> => {
  const reopened = await createServices({ dataDir, mode: 'web' });
  try {
    const { workshop } = await reopened.handlers['workshop.open']({ workshopId: WORKSHOP_ID });
    const log = parseLog(await readFile(path.join(dataDir, 'workshops', `${WORKSHOP_ID}.log`)));
    const byRevision = new Map(log.entries.map((entry) => [entry.revision, entry]));
    let lost = 0;
    const last = new Map<string, Acknowledged>();
    for (const ack of acknowledged) {
      const entry = byRevision.get(ack.revision);
      if (entry?.command.type !== 'upsertSection' || entry.command.item.id !== ack.sectionId || richDocToText(entry.command.item.content) !== ack.text) lost += 1;
      const previous = last.get(ack.sectionId);
      if (!previous || previous.revision < ack.revision) last.set(ack.sectionId, ack);
    }
    for (const ack of last.values()) {
      const stored = workshop.sections.find((s) => s.id === ack.sectionId);
      if (!stored || richDocToText(stored.content) !== ack.text) lost += 1;
    }
    return lost;
  } finally {
    await reopened.close();
  }
};

/** The floor under any acknowledged save: one fsynced log line on this disk, measured just before the run. */
const diskBaseline = async (dir: string): Promise<number[]> => {
  const log = new CommandLog(path.join(dir, 'baseline.log'), 0);
  const command: Command = { type: 'setRegionProfile', patch: { description: paragraph.repeat(12) } };
  const samples = await timeRuns(200, (i) =>
    log.append({ seq: i + 10, revision: i + 10, at: new Date().toISOString(), actor: { name: 'Peserta', opdId: null }, kind: 'do', command, inverse: command }),
  );
  await log.close();
  return samples;
};

export const benchShare = async (): Promise<BenchRow[]> => {
  const scratch = await scratchDir();
  const stop = new AbortController();
  let child: ChildProcess | null = null;
  try {
    const baseline = await diskBaseline(scratch.dir);
    const started = await startApp('share', import.meta.url, path.join(scratch.dir, 'data'));
    child = started.child;
    const { ready } = started;
    const seats = await seatParticipants(ready);

    const sentAt = new Map<string, number>();
    const toFacilitator: number[] = [];
    await follow(ready.local, undefined, (_revision, block) => {
      const text = textOfCommand(parse(block).command);
      const at = text === null ? undefined : sentAt.get(text);
      if (at !== undefined) toFacilitator.push(performance.now() - at);
    }, stop.signal);
    let updatesReceived = 0;
    for (const seat of seats) {
      await follow(ready.lan, seat.token, (revision, block) => {
        updatesReceived += 1;
        seat.revision = Math.max(seat.revision, revision);
        if (!block.includes(`"${seat.sectionId}"`)) return;
        const { command } = parse(block);
        if (command?.type === 'upsertSection' && command.item.id === seat.sectionId) seat.section = command.item;
      }, stop.signal);
    }

    const latencies: number[] = [];
    let retried = 0;
    const acknowledged: Acknowledged[] = [];
    const failures = new Map<string, number>();
    const fail = (why: string): void => {
      failures.set(why, (failures.get(why) ?? 0) + 1);
    };
    const endAt = performance.now() + SECONDS * 1000;
    const draft = async (seat: Seat): Promise<void> => {
      await sleep(Math.random() * PAUSE_MS.max);
      for (let n = 1; performance.now() < endAt; n += 1) {
        const text = `${seat.name}, suntingan ke-${n}.\n${paragraph.repeat(2 + (n % 3))}`;
        const item = { ...seat.section, content: richDocFromText(text) };
        const at = performance.now();
        sentAt.set(text, at);
        try {
          const save = () => post<SaveAnswer>(ready.lan, 'workshop.apply', { workshopId: WORKSHOP_ID, baseRevision: seat.revision, command: { type: 'upsertSection', item } }, seat.token);
          let saved = await save();
          // A colleague of the same OPD saved another section a moment ago (its live update was
          // still on the way): the page catches up and saves again, as the app does.
          for (let again = 0; again < 3 && saved.status === 409 && saved.body.current?.cause === 'colleague'; again += 1) {
            retried += 1;
            seat.revision = Math.max(seat.revision, saved.body.current.revision);
            saved = await save();
          }
          latencies.push(performance.now() - at);
          if (saved.status === 200 && saved.body.revision !== undefined) {
            acknowledged.push({ sectionId: seat.sectionId, text, revision: saved.body.revision });
            seat.revision = Math.max(seat.revision, saved.body.revision);
            seat.section = item;
          } else fail(`HTTP ${saved.status}`);
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }
        await sleep(PAUSE_MS.min + Math.random() * (PAUSE_MS.max - PAUSE_MS.min));
      }
    };
    await Promise.all(seats.map(draft));

    stop.abort();
    const stopped = await stopApp<Figures>(child);
    child = null;
    const lost = await verifyOnDisk(path.join(scratch.dir, 'data'), acknowledged);

    const errors = [...failures.values()].reduce((a, b) => a + b, 0);
    const p99 = percentile(latencies, 99);
    const verdict = p99 <= TARGET_P99_MS && errors === 0 && lost === 0 ? 'target met' : 'TARGET MISSED';
    console.log(
      `\n${PARTICIPANTS} peserta, ${SECONDS} s: ${latencies.length} simpanan; p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target ≤ ${TARGET_P99_MS} ms); ` +
        `di server p50 ${stopped.serverP50.toFixed(1)} ms, p99 ${stopped.serverP99.toFixed(1)} ms; ` +
        `fsync log di app p99 ${stopped.fsyncP99.toFixed(1)} ms (maks ${stopped.fsyncMax.toFixed(0)} ms), event loop terlambat p99 ${stopped.loopDelayP99.toFixed(1)} ms; ` +
        `fsync disk sebelum uji p50 ${percentile(baseline, 50).toFixed(1)} ms, p99 ${percentile(baseline, 99).toFixed(1)} ms; ` +
        `${retried} kali menyimpan ulang setelah rekan satu OPD menyimpan lebih dulu; galat ${errors}${errors ? ` (${[...failures].map(([k, v]) => `${k}×${v}`).join(', ')})` : ''}; hilang ${lost} dari ${acknowledged.length} yang dikonfirmasi; ` +
        `${updatesReceived} pembaruan langsung diterima peserta — ${verdict}.`,
    );
    return [
      row('disk floor: one fsynced 2 KB log line', 'before the run', baseline, `p99 ${percentile(baseline, 99).toFixed(1)} ms`),
      row('participant save (POST workshop.apply, token, fsync)', `${PARTICIPANTS} peserta, ${SECONDS} s`, latencies, `p99 ${p99.toFixed(1)} ms (≤ ${TARGET_P99_MS}); errors ${errors}; lost ${lost}/${acknowledged.length}; ${retried} re-saved after a 409 — ${verdict}`),
      row('save → facilitator’s live stream (SSE)', `${PARTICIPANTS} peserta, ${SECONDS} s`, toFacilitator, `p99 ${percentile(toFacilitator, 99).toFixed(1)} ms; ${updatesReceived} updates to participants`),
    ];
  } finally {
    stop.abort();
    child?.kill();
    await scratch.remove();
  }
};
