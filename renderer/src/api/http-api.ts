import type { Api } from '../../../shared/contract';
import { ApiError, apiErrorFromData } from './api-error';
import { buildApi } from './build-api';

const UNREACHABLE = 'Tidak dapat terhubung ke layanan data aplikasi. Pastikan server masih berjalan.';

/** The Api over HTTP: `POST <baseUrl>/api/<method>` with the input as JSON. */
export const createHttpApi = (baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api =>
  buildApi(async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl.replace(/\/$/, '')}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError('network', UNREACHABLE, undefined, 'client.unreachable');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw response.ok
        ? new ApiError('internal', 'Jawaban server tidak dapat dibaca', undefined, 'client.unreadableAnswer')
        : new ApiError('network', `${UNREACHABLE} (HTTP ${response.status})`, undefined, 'client.unreachableStatus', { status: response.status });
    }
    if (!response.ok) {
      const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
      throw apiErrorFromData(error, `Permintaan gagal (HTTP ${response.status})`);
    }
    return body;
  });
