import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type Command } from '../../../shared/commands';
import { dispatch, type Api } from '../../../shared/contract';
import type { LiveEvent } from '../../../shared/contract/live';
import type { NarrativeSection, Workshop } from '../../../shared/model';
import { facilitatorEvent } from '../../../electron/services/share';
import { ApiError } from '../../../renderer/src/api/api-error';
import { buildApi } from '../../../renderer/src/api/build-api';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { createParticipantApi, isStaleItemError, staleSection } from '../../../renderer/src/participant/session/participant-api';
import { WorkshopSession, type LiveSource, type StaleWrite } from '../../../renderer/src/session/workshop-session';
import { NO_AUTOSAVE, open, prepareRoom, redraft, removeTempDirs, startServices, textOf, type Room, type Services } from '../handoff/fixture';
import { join, openClassroom, type Classroom } from './fixture';

/*
 * The facilitator's open workshop follows live updates: participants' saves appear in it, its own
 * commands are never applied twice, and when it must load again (a skipped revision, a restore)
 * the edits it has not sent yet survive. Real services; the renderer's session as the app runs it.
 */

/** The facilitator's Api in-process, with the contract's validation and errors as the transports give them. */
const inProcessApi = (services: Services, gate?: { failNextApply: boolean }): Api =>
  buildApi(async (method, input) => {
    if (gate?.failNextApply && method === 'workshop.apply') {
      gate.failNextApply = false;
      throw new ApiError('network', 'Koneksi terputus (uji).');
    }
    try {
      return await dispatch(services.handlers, method, input);
    } catch (error) {
      if (error instanceof AppError) throw new ApiError(error.code, error.message, error.field);
      throw error;
    }
  });

/** The services' live feed as the facilitator's stream shows it, with a switch to lose events (a flaky connection). */
const feedSource = (services: Services, workshopId: string, lose: (event: LiveEvent) => boolean = () => false): LiveSource => (listener) =>
  services.share.feed.subscribe(workshopId, (event) => {
    const shown = facilitatorEvent(event);
    if (!lose(shown)) listener(shown);
  });

const settled = (session: WorkshopSession): Promise<void> =>
  new Promise((resolve) => {
    const check = () => {
      const snapshot = session.getSnapshot();
      if (snapshot.status === 'ready' && snapshot.save.kind === 'saved' && !session.hasUnsavedWrites()) {
        stop();
        resolve();
      }
    };
    const stop = session.subscribe(check);
    queueMicrotask(check);
  });

const viewOf = (session: WorkshopSession): Workshop => {
  const workshop = session.getSnapshot().workshop;
  if (!workshop) throw new Error('not loaded');
  return workshop;
};

const sectionIn = (w: Workshop, id: string): NarrativeSection => {
  const found = w.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

const elsewhere = async (services: Services, workshopId: string, command: Command): Promise<number> => {
  const current = await open(services, workshopId);
  return (await services.handlers['workshop.apply']({ workshopId, baseRevision: current.revision, command, actor: { name: 'Rina Kusuma', opdId: null } })).revision;
};

describe("the facilitator's open workshop", () => {
  let services: Services;
  let room: Room;
  const sessions: WorkshopSession[] = [];
  const stops: (() => void)[] = [];

  const openSession = async (api: Api, source: LiveSource): Promise<WorkshopSession> => {
    const session = new WorkshopSession(api, room.workshopId);
    sessions.push(session);
    await session.load();
    stops.push(session.followLive(source));
    return session;
  };

  beforeAll(async () => {
    ({ services } = await startServices('ikuti', { autosave: NO_AUTOSAVE }));
    room = await prepareRoom(services);
  });

  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    for (const session of sessions.splice(0)) session.dispose();
  });

  afterAll(async () => {
    await services.close();
    await removeTempDirs();
  });

  it("shows a participant's saved draft without loading again", async () => {
    const session = await openSession(inProcessApi(services), feedSource(services, room.workshopId));
    const before = viewOf(session);
    const revision = await elsewhere(services, room.workshopId, { type: 'upsertSection', item: redraft(sectionIn(before, room.sectionA), 'Draf Rina: layanan publik terpadu.') });
    expect(textOf(sectionIn(viewOf(session), room.sectionA))).toContain('Draf Rina: layanan publik terpadu.');
    expect(viewOf(session).revision).toBe(revision);
  });

  it('applies its own command once, although the live feed echoes it before the answer arrives', async () => {
    const session = await openSession(inProcessApi(services), feedSource(services, room.workshopId));
    const start = viewOf(session).revision;
    expect(session.dispatch({ type: 'upsertSection', item: redraft(sectionIn(viewOf(session), room.sectionA2), 'Tata kelola data: satu data daerah.') }).ok).toBe(true);
    expect(session.dispatch({ type: 'renameWorkshop', title: 'Bimtek Masterplan Kota Sukamaju 2025' }).ok).toBe(true);
    await settled(session);
    const stored = await open(services, room.workshopId);
    expect(stored.revision).toBe(start + 2);
    expect(viewOf(session).revision).toBe(stored.revision);
    expect(viewOf(session).title).toBe('Bimtek Masterplan Kota Sukamaju 2025');
    expect(textOf(sectionIn(viewOf(session), room.sectionA2))).toBe(textOf(sectionIn(stored, room.sectionA2)));
  });

  it('keeps following after its own edits: the next change from elsewhere is applied in order', async () => {
    const session = await openSession(inProcessApi(services), feedSource(services, room.workshopId));
    session.dispatch({ type: 'renameWorkshop', title: 'Bimtek Kota Sukamaju (hari 2)' });
    await settled(session);
    const revision = await elsewhere(services, room.workshopId, { type: 'upsertSection', item: redraft(sectionIn(await open(services, room.workshopId), room.sectionB), 'Ekonomi digital UMKM.') });
    expect(viewOf(session).revision).toBe(revision);
    expect(textOf(sectionIn(viewOf(session), room.sectionB))).toContain('Ekonomi digital UMKM.');
  });

  it('loads again after a missed event, keeping the edit it had not sent yet', async () => {
    const gate = { failNextApply: true };
    let losing = true;
    const session = await openSession(
      inProcessApi(services, gate),
      feedSource(services, room.workshopId, () => {
        // The first change from elsewhere is lost on the way, as on a flaky connection.
        const lost = losing;
        losing = false;
        return lost;
      }),
    );
    // The facilitator's edit cannot be sent yet (connection lost): it waits in the queue.
    session.dispatch({ type: 'renameWorkshop', title: 'Bimtek Sukamaju — sesi sore' });
    await new Promise<void>((resolve) => {
      const stop = session.subscribe(() => {
        if (session.getSnapshot().save.kind === 'error') {
          stop();
          resolve();
        }
      });
    });
    const base = await open(services, room.workshopId);
    await elsewhere(services, room.workshopId, { type: 'upsertSection', item: redraft(sectionIn(base, room.sectionA), 'Perubahan pertama (hilang di jalan).') });
    const second = await elsewhere(services, room.workshopId, { type: 'upsertSection', item: redraft(sectionIn(base, room.sectionB), 'Perubahan kedua.') });
    // The second event skips a revision: the session loads again and keeps the pending rename on top.
    await new Promise<void>((resolve) => {
      const check = () => {
        if (viewOf(session).revision === second + 1) resolve();
      };
      session.subscribe(check);
      check();
    });
    expect(textOf(sectionIn(viewOf(session), room.sectionA))).toContain('Perubahan pertama (hilang di jalan).');
    expect(viewOf(session).title).toBe('Bimtek Sukamaju — sesi sore');
    session.retry();
    await settled(session);
    const stored = await open(services, room.workshopId);
    expect(stored.title).toBe('Bimtek Sukamaju — sesi sore');
    expect(textOf(sectionIn(stored, room.sectionB))).toContain('Perubahan kedua.');
    expect(viewOf(session).revision).toBe(stored.revision);
  });
});

describe("a participant's stale save", () => {
  let c: Classroom;

  beforeAll(async () => {
    c = await openClassroom();
  });

  afterAll(async () => {
    await c.stop();
    await removeTempDirs();
  });

  it('is set aside with the newer version for merging, and the session loads the latest', async () => {
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    const budi = await join(c, 'Budi Santoso', c.room.opdA.id);
    const reported: StaleWrite[] = [];
    let told: () => void = () => undefined;
    const reportedOnce = new Promise<void>((resolve) => {
      told = resolve;
    });
    const session = new WorkshopSession(createParticipantApi(c.lan, rina.token), c.room.workshopId, {
      onStaleWrite: (stale) => {
        reported.push(stale);
        told();
      },
    });
    await session.load();
    const opened = viewOf(session);

    // Budi saves the same section first.
    const budiApi = createParticipantApi(c.lan, budi.token);
    const budiView = (await budiApi['workshop.open']({ workshopId: c.room.workshopId })).workshop;
    await budiApi['workshop.apply']({ workshopId: c.room.workshopId, baseRevision: budiView.revision, command: { type: 'upsertSection', item: redraft(sectionIn(budiView, c.room.sectionA), 'Versi Budi.') } });

    // Rina, still on the older version, types twice: both edits of that section are set aside together.
    session.dispatch({ type: 'upsertSection', item: redraft(sectionIn(opened, c.room.sectionA), 'Versi Rina, kalimat pertama.') });
    session.dispatch({ type: 'upsertSection', item: redraft(sectionIn(viewOf(session), c.room.sectionA), 'Versi Rina, kalimat pertama. Kalimat kedua.') });
    await reportedOnce;
    await settled(session);

    expect(reported).toHaveLength(1);
    const [stale] = reported;
    if (!stale || !isStaleItemError(stale.error)) throw new Error('expected a stale item error');
    expect(stale.error.current.cause).toBe('item');
    expect(textOf(staleSection(stale.error.current) ?? undefined)).toContain('Versi Budi.');
    expect(stale.command.type === 'upsertSection' && textOf(stale.command.item)).toContain('Kalimat kedua.');
    // The session shows the latest stored version, not Rina's unsaved one.
    expect(textOf(sectionIn(viewOf(session), c.room.sectionA))).toContain('Versi Budi.');
    const stored = (await createHttpApi(c.local)['workshop.open']({ workshopId: c.room.workshopId })).workshop;
    expect(textOf(sectionIn(stored, c.room.sectionA))).toContain('Versi Budi.');
    session.dispose();
  });
});
