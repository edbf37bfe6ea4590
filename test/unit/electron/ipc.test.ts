import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/commands/command-error';
import { IPC_CHANNELS, type Handlers } from '../../../shared/contract';
import { createInvokeDispatcher, registerInvokeDispatcher, type InvokeSender } from '../../../electron/main/ipc';

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
