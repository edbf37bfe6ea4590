import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACT, type MethodName } from '../../../shared/contract';
import { ApiError } from '../../../renderer/src/api/api-error';
import { contractCheckOf } from '../../../renderer/src/api/build-api';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { WorkshopSession } from '../../../renderer/src/session/workshop-session';
import { workshopWithPrograms } from '../../../bench/program-matrix';
import { startHttpFixture, type HttpFixture } from './fixture';

const LATER = { checkLater: new Set<MethodName>(['workshop.open']) };

/** `fetch` whose workshop.open answers are changed by `tamper` (a server out of step with the app). */
const tampering =
  (tamper: (body: { workshop: Record<string, unknown> }) => void): typeof fetch =>
  async (input, init) => {
    const response = await fetch(input, init);
    if (!String(input).endsWith('/api/workshop.open') || response.status !== 200) return response;
    const body = (await response.json()) as { workshop: Record<string, unknown> };
    tamper(body);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };

/**
 * The facilitator's transport hands the opened workshop out as soon as it arrives and checks it
 * against the contract once the page has painted (the check of an 800-program workshop was 30–60 ms
 * before the first matrix row); the session drops a workshop that fails it. Real server, real files.
 */
describe('workshop.open checked after the first paint', () => {
  let fx: HttpFixture;
  const workshop = workshopWithPrograms(200);
  beforeAll(async () => {
    fx = await startHttpFixture();
    await mkdir(path.join(fx.dataDir, 'workshops'), { recursive: true });
    await writeFile(path.join(fx.dataDir, 'workshops', `${workshop.id}.json`), JSON.stringify(workshop));
  });
  afterAll(async () => {
    await fx.stop();
  });

  it('hands out exactly what the check would have produced, and the check passes', async () => {
    const api = createHttpApi(fx.server.url, undefined, LATER);
    const opened = await api['workshop.open']({ workshopId: workshop.id });
    expect(opened.workshop.programs).toHaveLength(200);
    await expect(contractCheckOf(opened)).resolves.toBeUndefined();
    // Showing the answer before its check shows the same workshop as checking it first would have.
    expect(opened).toEqual(CONTRACT['workshop.open'].output.parse(opened));
    // Other methods are checked before they are handed out, as always.
    const list = await api['workshops.list']({});
    expect(list.workshops.map((w) => w.id)).toContain(workshop.id);
  });

  it('reports an answer that fails the contract through contractCheckOf; without checkLater the call itself fails', async () => {
    const broken = tampering((body) => {
      body.workshop.programs = 'bukan daftar';
    });
    const later = createHttpApi(fx.server.url, broken, LATER);
    const opened = await later['workshop.open']({ workshopId: workshop.id });
    const failure = await contractCheckOf(opened).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).reason).toBe('client.contractMismatch');

    const checked = createHttpApi(fx.server.url, broken);
    await expect(checked['workshop.open']({ workshopId: workshop.id })).rejects.toMatchObject({ reason: 'client.contractMismatch' });
  });

  it('a session shows the workshop, then drops it and says why when the later check fails', async () => {
    const api = createHttpApi(
      fx.server.url,
      tampering((body) => {
        body.workshop.opds = 'bukan daftar';
      }),
      LATER,
    );
    const session = new WorkshopSession(api, workshop.id);
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().status));
    await session.load();
    await vi.waitFor(() => expect(session.getSnapshot().status).toBe('failed'), { timeout: 5_000 });
    expect(seen).toContain('ready');
    expect(session.getSnapshot().workshop).toBeNull();
    expect(session.getSnapshot().loadError).toContain('workshop.open');
    session.dispose();
  });

  it('a session keeps a workshop that passes the later check', async () => {
    const session = new WorkshopSession(createHttpApi(fx.server.url, undefined, LATER), workshop.id);
    await session.load();
    expect(session.getSnapshot().status).toBe('ready');
    // The check runs on a timer outside a page: let it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.getSnapshot().status).toBe('ready');
    expect(session.getSnapshot().workshop?.programs).toHaveLength(200);
    session.dispose();
  });
});
