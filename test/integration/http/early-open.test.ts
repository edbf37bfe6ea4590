import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EARLY_OPEN_FRESH_MS, withEarlyOpen } from '../../../renderer/src/api/early-open';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { isApiError } from '../../../renderer/src/api/api-error';
import { startHttpFixture, type HttpFixture } from './fixture';

/**
 * The facilitator's app opens the workshop named in the URL while it is still starting
 * (renderer/src/main.tsx): one request, over the real HTTP transport, whose answer the session's
 * first `workshop.open` takes instead of asking again.
 */
describe('opening the workshop in the URL early', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let otherId: string;
  beforeAll(async () => {
    fx = await startHttpFixture();
    workshopId = (await fx.services.handlers['workshops.create']({ title: 'Bimtek Kota Sukamaju', regionName: 'Kota Sukamaju', regionKind: 'kota', startYear: 2026 })).id;
    otherId = (await fx.services.handlers['workshops.create']({ title: 'Bimtek Kabupaten Lain', regionName: 'Kabupaten Lain', regionKind: 'kabupaten', startYear: 2026 })).id;
  });
  afterAll(async () => {
    await fx.stop();
  });

  /** The renderer's HTTP Api, noting the method and status of every request it sends. */
  const recordedApi = () => {
    const sent: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { workshopId?: string }) : {};
      sent.push(`${String(input).split('/api/')[1]} ${body.workshopId ?? ''} ${response.status}`);
      return response;
    };
    return { api: createHttpApi(fx.server.url, recording), sent };
  };
  /** Until the early request has been answered. */
  const answered = (sent: string[], count = 1) => vi.waitFor(() => expect(sent).toHaveLength(count), { timeout: 5_000 });

  it('asks at once, and the first caller for that workshop gets the answer without a second request', async () => {
    const { api, sent } = recordedApi();
    const early = withEarlyOpen(api, workshopId);
    await answered(sent);
    expect(sent).toEqual([`workshop.open ${workshopId} 200`]);

    const opened = await early['workshop.open']({ workshopId });
    expect(sent).toHaveLength(1);
    expect(opened.workshop.id).toBe(workshopId);
    expect(opened).toEqual(await fx.services.handlers['workshop.open']({ workshopId }));

    // Handed out once: the next open asks the server (a 304 for the kept copy, as without the early call).
    await early['workshop.open']({ workshopId });
    expect(sent).toEqual([`workshop.open ${workshopId} 200`, `workshop.open ${workshopId} 304`]);
  });

  it('another workshop, or an answer no longer fresh, is asked for as usual', async () => {
    let clock = 1_000;
    const { api, sent } = recordedApi();
    const early = withEarlyOpen(api, workshopId, () => clock);
    await answered(sent);
    const other = await early['workshop.open']({ workshopId: otherId });
    expect(other.workshop.id).toBe(otherId);
    expect(sent).toEqual([`workshop.open ${workshopId} 200`, `workshop.open ${otherId} 200`]);

    const { api: api2, sent: sent2 } = recordedApi();
    const late = withEarlyOpen(api2, workshopId, () => clock);
    await answered(sent2);
    clock += EARLY_OPEN_FRESH_MS + 1;
    await late['workshop.open']({ workshopId });
    expect(sent2).toEqual([`workshop.open ${workshopId} 200`, `workshop.open ${workshopId} 304`]);
  });

  it('a failed early call is not kept: the caller asks again and gets its own refusal', async () => {
    const { api, sent } = recordedApi();
    const early = withEarlyOpen(api, 'tidak-ada');
    await answered(sent);
    const refused = await early['workshop.open']({ workshopId: 'tidak-ada' }).catch((error: unknown) => error);
    expect(isApiError(refused) && refused.code).toBe('not_found');
    expect(sent).toEqual(['workshop.open tidak-ada 404', 'workshop.open tidak-ada 404']);
  });

  it('no workshop in the URL: the Api is left as it is, nothing is sent', async () => {
    const { api, sent } = recordedApi();
    expect(withEarlyOpen(api, null)).toBe(api);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toEqual([]);
  });
});
