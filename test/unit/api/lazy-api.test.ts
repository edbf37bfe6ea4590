import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/contract';
import { lazyApi } from '../../../renderer/src/api/lazy-api';

/** A stand-in transport: answers share.lookup and notes what it was asked. */
const fakeApi = (asked: string[]): Api =>
  ({
    'share.lookup': async (input: { code: string }) => {
      asked.push(`share.lookup ${input.code}`);
      return { workshopTitle: 'Bimtek Kota Sukamaju', opds: [] };
    },
  }) as unknown as Api;

describe('lazyApi (the join screen paints before the transport and its contract load)', () => {
  it('loads nothing until a method is called, then loads once and forwards every call', async () => {
    let loads = 0;
    const asked: string[] = [];
    const api = lazyApi(async () => {
      loads += 1;
      return fakeApi(asked);
    });
    const lookUp = api['share.lookup'];
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([lookUp({ code: 'K7M-Q2X' }), api['share.lookup']({ code: 'AB1-CD2' })]);
    expect(loads).toBe(1);
    expect(first.workshopTitle).toBe('Bimtek Kota Sukamaju');
    expect(second.workshopTitle).toBe('Bimtek Kota Sukamaju');
    expect(asked).toEqual(['share.lookup K7M-Q2X', 'share.lookup AB1-CD2']);
    expect(api['share.lookup']).toBe(lookUp);
  });

  it('is not a thenable, so awaiting it does not load it', async () => {
    let loads = 0;
    const api = lazyApi(async () => {
      loads += 1;
      return fakeApi([]);
    });
    expect(await Promise.resolve(api)).toBe(api);
    expect(loads).toBe(0);
  });

  it('a failed load is the call’s failure, and the next call loads again', async () => {
    let attempts = 0;
    const api = lazyApi(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk not reachable');
      return fakeApi([]);
    });
    await expect(api['share.lookup']({ code: 'K7M-Q2X' })).rejects.toThrow('chunk not reachable');
    expect((await api['share.lookup']({ code: 'K7M-Q2X' })).workshopTitle).toBe('Bimtek Kota Sukamaju');
    expect(attempts).toBe(2);
  });
});
