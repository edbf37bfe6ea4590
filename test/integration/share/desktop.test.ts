import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enableDesktopSharing } from '../../../electron/main/desktop-sharing';
import { createInvokeDispatcher } from '../../../electron/main/ipc';
import { facilitatorEvent, type FeedEvent } from '../../../electron/services/share';
import type { Sharing } from '../../../electron/server/sharing';
import type { BridgeResult, ShareJoined, ShareStatus } from '../../../shared/contract';
import { prepareRoom, redraft, removeTempDirs, startServices, tempDir, textOf, type Room, type Services } from '../handoff/fixture';
import { call, listen } from './fixture';
import type { Workshop } from '../../../shared/model';

/*
 * "Bagikan di jaringan lokal" in the desktop app: the facilitator's window talks IPC, so the only
 * HTTP listener is the participants' one that share.start opens and share.stop closes.
 */

const APP = 'app://masterplan';
let services: Services;
let room: Room;
let sharing: Sharing;
let rendererDir: string;
const errors: unknown[] = [];

/** A call from the app window, through the same dispatcher the desktop's IPC uses. */
const overIpc = async <T>(method: string, input: unknown): Promise<T> => {
  const invoke = createInvokeDispatcher({ handlers: services.handlers, appOrigin: APP });
  const answer: BridgeResult = await invoke({ senderFrame: { url: `${APP}/index.html`, parent: null } as never }, method, input);
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
  return answer.value as T;
};

beforeEach(async () => {
  ({ services } = await startServices('desktop-berbagi', { mode: 'desktop' }));
  room = await prepareRoom(services);
  rendererDir = path.join(await tempDir('desktop-tampilan'), 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Masterplan Smart City</title>');
  // The participants' listener serves the phone app's entry at its root, as the build emits it.
  await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html><title>Masterplan Smart City</title>');
  errors.length = 0;
  sharing = enableDesktopSharing({ services, rendererDir, logError: (error) => errors.push(error) });
});

afterEach(async () => {
  await sharing.detach();
  await services.close();
  await removeTempDirs();
});

const start = (): Promise<ShareStatus> => overIpc<ShareStatus>('share.start', { workshopId: room.workshopId, host: '127.0.0.1', port: 0 });

describe('sharing from the desktop app', () => {
  it('share.start over IPC lets an OPD head load the app, join with the code and draft a section the facilitator sees live; share.stop ends it', async () => {
    const seen: FeedEvent[] = [];
    services.share.feed.subscribe(room.workshopId, (event) => seen.push(event));
    const status = await start();
    expect(status).toMatchObject({ active: true, workshopId: room.workshopId });
    const lan = status.urls[0] ?? '';
    expect(lan).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const page = await fetch(`${lan}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Masterplan Smart City');

    const joined = await call<ShareJoined>(lan, 'share.join', { code: status.code, name: 'Rina Kusuma', opdId: room.opdA.id });
    expect(joined.status).toBe(200);
    const { token } = joined.body;
    const stream = await listen(lan, room.workshopId, token);
    const view = (await call<{ workshop: Workshop }>(lan, 'workshop.open', { workshopId: room.workshopId }, token)).body.workshop;
    const mine = view.sections.find((s) => s.id === room.sectionA);
    if (!mine) throw new Error('no section');
    const saved = await call<{ revision: number }>(lan, 'workshop.apply', { workshopId: room.workshopId, baseRevision: view.revision, command: { type: 'upsertSection', item: redraft(mine, 'Draf Rina dari laptop OPD.') } }, token);
    expect(saved.status).toBe(200);

    const told = seen.map(facilitatorEvent).find((e) => e.id === saved.body.revision);
    expect(told).toMatchObject({ event: 'applied', data: { actor: { name: 'Rina Kusuma', opdId: room.opdA.id }, command: { type: 'upsertSection', item: { id: room.sectionA } } } });
    expect(await overIpc<ShareStatus>('share.status', {})).toMatchObject({ active: true, participantCount: 1 });

    expect(await overIpc<ShareStatus>('share.stop', {})).toMatchObject({ active: false, code: null });
    await stream.next((e) => e.event === 'ended');
    await stream.ended;
    await expect(fetch(`${lan}/`)).rejects.toThrow();
    const { workshop } = await overIpc<{ workshop: Workshop }>('workshop.open', { workshopId: room.workshopId });
    expect(textOf(workshop.sections.find((s) => s.id === room.sectionA))).toBe('Draf Rina dari laptop OPD.');
    expect(errors).toEqual([]);
  });

  it('on the participants’ listener nobody is the facilitator without a token, not even a program on this computer', async () => {
    const lan = (await start()).urls[0] ?? '';
    for (const method of ['workshops.list', 'share.status', 'share.stop', 'app.info']) {
      expect([method, (await call(lan, method, {})).status]).toEqual([method, 401]);
    }
    expect((await listen(lan, room.workshopId)).status).toBe(401);
    expect(await overIpc<ShareStatus>('share.status', {})).toMatchObject({ active: true });
  });

  it('can be started again after stopping, on a new code', async () => {
    const first = await start();
    await overIpc('share.stop', {});
    const again = await start();
    expect(again.code).not.toBe(first.code);
    expect((await call(again.urls[0] ?? '', 'share.join', { code: again.code, name: 'Budi Santoso', opdId: room.opdB.id })).status).toBe(200);
  });

  it('once the app detaches sharing (quitting), share.start is refused and the share in progress has ended', async () => {
    const status = await start();
    await sharing.detach();
    await expect(fetch(`${status.urls[0] ?? ''}/`)).rejects.toThrow();
    await expect(start()).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/tidak tersedia/) });
  });
});
