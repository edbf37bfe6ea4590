import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EARLY_START_FRESH_MS, startEarly } from '../../../renderer/src/api/early-start';
import { withEarlyOpen } from '../../../renderer/src/api/early-open';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { openClassroom } from '../share/fixture';
import { startHttpFixture, type HttpFixture } from './fixture';

/**
 * The facilitator's entry (renderer/src/main.tsx) sends `workshop.open` for the workshop in the URL
 * before the app's code has arrived (startEarly, no contract); the app's HTTP transport, built later,
 * takes that response for its first identical request and checks it against the contract as always.
 * It also asks `share.me` at once, so the app knows it is the facilitator's page when it starts.
 */
describe('the entry sends workshop.open before the app has loaded', () => {
  let fx: HttpFixture;
  let workshopId: string;
  beforeAll(async () => {
    fx = await startHttpFixture();
    workshopId = (await fx.services.handlers['workshops.create']({ title: 'Bimtek Kota Sukamaju', regionName: 'Kota Sukamaju', regionKind: 'kota', startYear: 2026 })).id;
  });
  afterAll(async () => {
    await fx.stop();
  });

  /** What was sent and its status; the role check (`share.me`, sent by every start in a browser) apart. */
  const recording = () => {
    const sent: string[] = [];
    const roles: string[] = [];
    const responses: Response[] = [];
    const record: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const line = `${String(input).split('/api/')[1]} ${response.status}`;
      (line.startsWith('share.me') ? roles : sent).push(line);
      responses.push(response);
      return response;
    };
    return { record, sent, roles, responses };
  };

  it('sends the workshop at once; the app built afterwards gets its checked answer without asking again', async () => {
    const { record, sent, roles, responses } = recording();
    let clock = 0;
    const early = startEarly(workshopId, { origin: fx.server.url, bridge: null, fetch: record, now: () => clock });
    await vi.waitFor(() => expect(sent).toEqual(['workshop.open 200']), { timeout: 5_000 });
    // Its body is read (and parsed) as it arrives, before the app has asked for it.
    const earlyAnswer = responses.find((r) => r.url.endsWith('/api/workshop.open'));
    await vi.waitFor(() => expect(earlyAnswer?.bodyUsed).toBe(true), { timeout: 5_000 });
    // Who this browser is was asked at once too: the facilitator's, so the app starts on its screens.
    expect(await early.facilitator).toBe(true);
    expect(roles).toEqual(['share.me 200']);
    // The app arrives later and opens the same workshop through its own transport.
    clock = 500;
    const api = withEarlyOpen(createHttpApi(fx.server.url, early.fetchImpl), workshopId);
    const opened = await api['workshop.open']({ workshopId });
    expect(opened.workshop.id).toBe(workshopId);
    expect(opened.workshop.title).toBe('Bimtek Kota Sukamaju');
    expect(sent).toEqual(['workshop.open 200']);
    // Handed out once: the next open goes to the server (revalidated by ETag: 304).
    await api['workshop.open']({ workshopId });
    expect(sent).toEqual(['workshop.open 200', 'workshop.open 304']);
  });

  it('does not hand out a stale answer, nor one for another request', async () => {
    const { record, sent } = recording();
    let clock = 0;
    const early = startEarly(workshopId, { origin: fx.server.url, bridge: null, fetch: record, now: () => clock });
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 5_000 });
    clock = EARLY_START_FRESH_MS + 1;
    const api = createHttpApi(fx.server.url, early.fetchImpl);
    await api['workshop.open']({ workshopId });
    expect(sent).toEqual(['workshop.open 200', 'workshop.open 200']);

    const other = startEarly(workshopId, { origin: fx.server.url, bridge: null, fetch: record, now: () => 0 });
    const list = await createHttpApi(fx.server.url, other.fetchImpl)['workshops.list']({});
    expect(list.workshops.some((w) => w.id === workshopId)).toBe(true);
    expect(sent.slice(2).sort()).toEqual(['workshop.open 200', 'workshops.list 200']);
  });

  it('sends no workshop early on the home screen, only the role check', async () => {
    const { record, sent, roles } = recording();
    const early = startEarly(null, { origin: fx.server.url, bridge: null, fetch: record, now: () => 0 });
    await createHttpApi(fx.server.url, early.fetchImpl)['workshops.list']({});
    expect(sent).toEqual(['workshops.list 200']);
    expect(await early.facilitator).toBe(true);
    expect(roles).toEqual(['share.me 200']);
  });
});

describe("the entry's role check on the room's network", () => {
  it('is not confirmed for a browser that has not joined: the app checks as before and sends it to the join screen', async () => {
    const c = await openClassroom();
    try {
      const sent: string[] = [];
      const record: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        sent.push(`${String(input).split('/api/')[1]} ${response.status}`);
        return response;
      };
      const early = startEarly(c.room.workshopId, { origin: c.lan, bridge: null, fetch: record, now: () => 0 });
      expect(await early.facilitator).toBe(false);
      expect(sent.find((line) => line.startsWith('share.me'))).toMatch(/^share\.me 4\d\d$/);
    } finally {
      await c.stop();
    }
  });
});
