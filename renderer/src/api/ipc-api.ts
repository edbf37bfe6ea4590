import type { Api, MasterplanBridge } from '../../../shared/contract';
import { ApiError, apiErrorFromRefusal } from './api-error';
import { buildApi, type BuildApiOptions } from './build-api';

/** The Api over Electron IPC, through the preload's one narrow bridge object. */
export const createIpcApi = (bridge: MasterplanBridge, options: BuildApiOptions = {}): Api =>
  buildApi(async (method, input) => {
    let result: Awaited<ReturnType<MasterplanBridge['invoke']>>;
    try {
      result = await bridge.invoke(method, input);
    } catch {
      throw new ApiError('network', 'Tidak dapat menghubungi proses utama aplikasi', undefined, 'client.mainUnreachable');
    }
    if (result.ok) return result.value;
    // The same refusal an HTTP error body carries: the error as data and a conflict's both versions.
    throw apiErrorFromRefusal(result, 'Permintaan gagal');
  }, options);
