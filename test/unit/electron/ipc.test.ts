import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/commands/command-error';
import { IPC_CHANNELS, type Handlers, type MasterplanBridge } from '../../../shared/contract';
import { createInvokeDispatcher, registerInvokeDispatcher, type InvokeSender } from '../../../electron/main/ipc';
import { sendError } from '../../../electron/server/respond';
import { EditConflictError, type ConflictCurrent } from '../../../electron/services/store/conflicts';
import { ApiError } from '../../../renderer/src/api/api-error';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { createIpcApi } from '../../../renderer/src/api/ipc-api';
import { conflictDetailOf } from '../../../renderer/src/session/sync-driver';

const APP = 'app://masterplan';

const fromFrame = (url: string, parent: unknown = null): InvokeSender => ({ senderFrame: { url, parent } }) as unknown as InvokeSender;
const fromApp = fromFrame(`${APP}/index.html`);

const summary = { id: 'kab-sleman', title: 'Masterplan Sleman', regionName: 'Sleman', regionKind: 'kabupaten', revision: 0, updatedAt: '2026-01-05T08:00:00.000Z', programCount: 0, status: 'ok' } as const;

/** Only the handlers a test needs; the dispatcher reaches them through the shared contract. */
const handlersWith = (partial: Partial<Handlers>): Handlers => partial as Handlers;

describe('the IPC dispatcher', () => {
  it('runs a valid call and answers ok with the value', async () => {
    const create = vi.fn(async () => summary);
    const succeeded: string[] = [];
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshops.create': create }), appOrigin: APP, onSuccess: (m) => succeeded.push(m) });
    const result = await invoke(fromApp, 'workshops.create', { title: 'Masterplan Sleman', regionName: 'Sleman' });
    expect(result).toEqual({ ok: true, value: summary });
    expect(create).toHaveBeenCalledWith({ title: 'Masterplan Sleman', regionName: 'Sleman', regionKind: 'kabupaten' });
    expect(succeeded).toEqual(['workshops.create']);
  });

  it('refuses input the contract rejects, naming the field, without calling the service', async () => {
    const create = vi.fn(async () => summary);
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshops.create': create }), appOrigin: APP });
    const result = await invoke(fromApp, 'workshops.create', { title: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'title' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('answers not_found for a method that does not exist', async () => {
    const invoke = createInvokeDispatcher({ handlers: handlersWith({}), appOrigin: APP });
    expect(await invoke(fromApp, 'workshops.format', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await invoke(fromApp, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('passes an AppError from the service on as plain data', async () => {
    const open = async () => {
      throw new AppError('not_found', { reason: 'share.participantNotFound', field: 'workshopId' });
    };
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshop.open': open }), appOrigin: APP });
    const result = await invoke(fromApp, 'workshop.open', { workshopId: 'hilang' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', reason: 'share.participantNotFound', params: {}, message: 'Peserta tidak ditemukan.', field: 'workshopId' },
    });
  });

  it("carries a true conflict's both versions to the renderer, read back the same as over HTTP", async () => {
    // Pak Budi added 'Inklusif' to the vision's keywords from revision 4; Bu Sari had meanwhile added 'Hijau' (revision 5).
    const current: ConflictCurrent = {
      revision: 5,
      cause: 'item',
      target: 'vision',
      keys: ['vision#keywords'],
      item: { statement: 'Sleman cerdas dan melayani', keywords: ['Melayani', 'Hijau'] },
      yours: { statement: 'Sleman cerdas dan melayani', keywords: ['Melayani', 'Hijau', 'Inklusif'] },
    };
    const apply = async () => {
      throw new EditConflictError(current);
    };
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshop.apply': apply }), appOrigin: APP });
    const input = { workshopId: 'kab-sleman', baseRevision: 4, command: { type: 'addVisionKeyword', keyword: 'Inklusif' } };

    const result = await invoke(fromApp, 'workshop.apply', input);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        reason: 'edit.conflict',
        params: { count: 1, where: 'vision#keywords' },
        field: 'baseRevision',
        message: new EditConflictError(current).message,
      },
      current,
    });

    // The renderer's IPC api, over a bridge that is the dispatcher (as the preload is), and the HTTP api against
    // a real listener answering with the server's own sendError: the same ApiError with the same both versions.
    const bridge = { invoke: (method: string, body: unknown) => invoke(fromApp, method, body) } as unknown as MasterplanBridge;
    const server = createServer((_req, res) => sendError(res, new EditConflictError(current), () => undefined));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const refusalOf = async (call: Promise<unknown>): Promise<ApiError> => {
        const error: unknown = await call.then(() => null, (e: unknown) => e);
        if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
        return error;
      };
      const overIpc = await refusalOf(createIpcApi(bridge)['workshop.apply'](input as never));
      const overHttp = await refusalOf(createHttpApi(`http://127.0.0.1:${port}`)['workshop.apply'](input as never));
      for (const refused of [overIpc, overHttp]) {
        expect({ code: refused.code, reason: refused.reason, params: refused.params, field: refused.field, message: refused.message }).toEqual({
          code: 'conflict',
          reason: 'edit.conflict',
          params: { count: 1, where: 'vision#keywords' },
          field: 'baseRevision',
          message: new EditConflictError(current).message,
        });
        expect(conflictDetailOf(refused)).toEqual({ revision: 5, target: 'vision', keys: ['vision#keywords'], theirs: current.item, yours: current.yours });
      }
      expect(overIpc.detail).toEqual(overHttp.detail);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('turns an unexpected failure into a plain internal error with no stack or path, and logs it', async () => {
    const logged: Array<[string, unknown]> = [];
    const list = async () => {
      throw new Error('EACCES: permission denied, open /home/fasilitator/.config/x.json');
    };
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshops.list': list }), appOrigin: APP, logError: (m, e) => logged.push([m, e]) });
    const result = await invoke(fromApp, 'workshops.list', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(Object.keys(result.error)).toEqual(['code', 'message', 'reason', 'params']);
    expect(result.error.reason).toBe('internal.server');
    expect(result.error.message).not.toMatch(/EACCES|\/home|at /);
    expect(logged.map(([method]) => method)).toEqual(['workshops.list']);
  });

  it('turns a thrown non-Error into an internal error too', async () => {
    const list = async () => {
      throw 'kaboom';
    };
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshops.list': list }), appOrigin: APP });
    expect(await invoke(fromApp, 'workshops.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it.each([
    ['a foreign page', fromFrame('https://evil.example/')],
    ['a look-alike host', fromFrame('app://masterplan.evil/index.html')],
    ['a local file', fromFrame('file:///tmp/index.html')],
    ['a frame inside the app', fromFrame(`${APP}/index.html`, { url: `${APP}/index.html` })],
    ['a frame that is gone', { senderFrame: null } as unknown as InvokeSender],
  ])('refuses a call from %s without touching the service', async (_who, sender) => {
    const list = vi.fn(async () => ({ workshops: [], damaged: [] }));
    const invoke = createInvokeDispatcher({ handlers: handlersWith({ 'workshops.list': list }), appOrigin: APP });
    expect(await invoke(sender, 'workshops.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not text', async () => {
    const invoke = createInvokeDispatcher({ handlers: handlersWith({}), appOrigin: APP });
    expect(await invoke(fromApp, { toString: () => 'workshops.list' }, {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('registers on the one invoke channel and can be removed', () => {
    const channels: string[] = [];
    const removed: string[] = [];
    const ipcMain = { handle: (channel: string) => void channels.push(channel), removeHandler: (channel: string) => void removed.push(channel) };
    const remove = registerInvokeDispatcher(ipcMain, { handlers: handlersWith({}), appOrigin: APP });
    expect(channels).toEqual([IPC_CHANNELS.invoke]);
    remove();
    expect(removed).toEqual([IPC_CHANNELS.invoke]);
  });
});
