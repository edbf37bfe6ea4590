import { ApiError } from '../api/api-error';
import type { ConflictDetail, SyncEvent } from './sync-engine';

/*
 * What the driver (WorkshopSession) needs around the pure engine: how a failed call reads as an
 * event, and how long to wait before trying again.
 */

/** Waits before the 1st, 2nd, 3rd… retry after a failure; the last one repeats. */
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000] as const;

export const retryDelay = (attempt: number): number => RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;

/** Reads the conflict detail an ApiError carries (409 conflict), or null. */
export const conflictDetailOf = (error: unknown): ConflictDetail | null => {
  if (!(error instanceof ApiError) || error.code !== 'conflict' || typeof error.detail !== 'object' || error.detail === null) return null;
  const d = error.detail as Partial<ConflictDetail> & { item?: unknown };
  if (typeof d.revision !== 'number' || !Array.isArray(d.keys)) return null;
  return { revision: d.revision, target: typeof d.target === 'string' ? d.target : null, keys: d.keys.filter((k): k is string => typeof k === 'string'), theirs: d.item ?? null, yours: d.yours ?? null };
};

/** Anything thrown, as the ApiError the engine reads (an unexpected throw is `internal`). */
export const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : 'Terjadi kesalahan yang tidak terduga');

/** The event a failed write is to the engine. */
export const eventOfFailure = (thrown: unknown): SyncEvent => {
  const error = toApiError(thrown);
  const detail = conflictDetailOf(error);
  if (detail) return { type: 'conflict', detail, error };
  if (error.code === 'stale_revision') return { type: 'stale', error };
  if (error.code === 'network' || error.code === 'internal') return { type: 'failed', error };
  return { type: 'refused', error };
};
