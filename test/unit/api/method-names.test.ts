import { describe, expect, it } from 'vitest';
import { CONTRACT, METHOD_NAMES } from '../../../shared/contract';
import { CONTRACT_METHOD_NAMES } from '../../../shared/contract/method-names';
import { buildApi } from '../../../renderer/src/api/build-api';

/*
 * The renderer builds its Api from the contract's method names alone and loads the contract's schemas
 * when it first checks an answer (renderer/src/api/build-api.ts): the list must be the contract's keys.
 */
describe("the contract's method names without its schemas", () => {
  it('are exactly the methods of the contract', () => {
    expect([...CONTRACT_METHOD_NAMES].sort()).toEqual([...METHOD_NAMES].sort());
    expect(CONTRACT_METHOD_NAMES).toHaveLength(Object.keys(CONTRACT).length);
  });

  it('give an Api with every method, whose answers are still checked against the contract', async () => {
    const api = buildApi(async (method) => (method === 'app.info' ? { version: '1.0.0', dataDir: '/data', mode: 'web' } : { version: 1 }));
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    await expect(api['app.info']({})).resolves.toEqual({ version: '1.0.0', dataDir: '/data', mode: 'web' });
    await expect(api['share.status']({})).rejects.toMatchObject({ code: 'internal' });
  });
});
