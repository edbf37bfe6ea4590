import type { Api } from '../../../shared/contract';
import { ApiError, apiErrorFromRefusal } from './api-error';
import { buildApi, type BuildApiOptions } from './build-api';

const UNREACHABLE = 'Tidak dapat terhubung ke layanan data aplikasi. Pastikan server masih berjalan.';

/** How many opened workshops are kept for revalidation (a tab has one open, the home screen none). */
const KEPT_WORKSHOPS = 2;

const workshopIdOf = (input: unknown): string | undefined => {
  const id = typeof input === 'object' && input !== null ? (input as { workshopId?: unknown }).workshopId : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The Api over HTTP: `POST <baseUrl>/api/<method>` with the input as JSON.
 * `workshop.open` is revalidated: the last answer per workshop is kept with its ETag and sent as
 * `If-None-Match`; the server answers 304 without a body while the revision is the same.
 */
export const createHttpApi = (baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args), options: BuildApiOptions = {}): Api => {
  const opened = new Map<string, { etag: string; body: unknown }>();
  return buildApi(async (method, input) => {
    const workshopId = method === 'workshop.open' ? workshopIdOf(input) : undefined;
    const kept = workshopId === undefined ? undefined : opened.get(workshopId);
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl.replace(/\/$/, '')}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(kept ? { 'if-none-match': kept.etag } : {}) },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError('network', UNREACHABLE, undefined, 'client.unreachable');
    }
    if (response.status === 304 && kept) return kept.body;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw response.ok
        ? new ApiError('internal', 'Jawaban server tidak dapat dibaca', undefined, 'client.unreadableAnswer')
        : new ApiError('network', `${UNREACHABLE} (HTTP ${response.status})`, undefined, 'client.unreachableStatus', { status: response.status });
    }
    if (!response.ok) {
      // A 409 conflict brings both versions along.
      throw apiErrorFromRefusal(body, `Permintaan gagal (HTTP ${response.status})`);
    }
    const etag = response.headers.get('etag');
    if (workshopId !== undefined) {
      opened.delete(workshopId);
      if (etag) opened.set(workshopId, { etag, body });
      for (const oldest of opened.keys()) if (opened.size > KEPT_WORKSHOPS) opened.delete(oldest);
    }
    return body;
  }, options);
};
