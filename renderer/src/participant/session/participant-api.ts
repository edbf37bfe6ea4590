import { z } from 'zod';
import type { Api } from '../../../../shared/contract';
import {
  GapAnalysisSchema,
  NarrativeSectionSchema,
  ProgramProposalSchema,
  ProgramSchema,
  RegionalIssueSchema,
  SwotItemSchema,
  type NarrativeSection,
  type Program,
} from '../../../../shared/model';
import { ApiError, apiErrorFromData } from '../../api/api-error';
import { buildApi } from '../../api/build-api';

const UNREACHABLE = 'Tidak dapat terhubung ke komputer fasilitator. Pastikan Anda masih di jaringan yang sama.';

/** What the server sends along with a participant's stale save (409): the stored item, to merge into. */
const StaleCurrentSchema = z.object({
  revision: z.number().int().nonnegative(),
  // Tried in order: a gap row (every field but its id and dimension optional) comes last.
  item: z.union([NarrativeSectionSchema, ProgramSchema, ProgramProposalSchema, RegionalIssueSchema, SwotItemSchema, GapAnalysisSchema]).nullable(),
  /** `item`: someone changed this very item; `colleague`: another item of the same OPD changed. */
  cause: z.enum(['item', 'colleague']),
  /** The fields both sides changed (`Program:abc#name`), when the store could tell. */
  keys: z.array(z.string()).default([]),
});
export type StaleCurrent = z.infer<typeof StaleCurrentSchema>;

/** A participant's save refused as stale, with the newer version of the item. */
export class StaleItemApiError extends ApiError {
  readonly current: StaleCurrent;
  constructor(message: string, field: string | undefined, current: StaleCurrent) {
    super('stale_revision', message, field);
    this.name = 'StaleItemApiError';
    this.current = current;
  }
}

export const isStaleItemError = (error: unknown): error is StaleItemApiError => error instanceof StaleItemApiError;

/** The newer item as a section or a program (null: it was removed). */
export const staleSection = (current: StaleCurrent): NarrativeSection | null => (current.item && 'outlineKey' in current.item ? current.item : null);
export const staleProgram = (current: StaleCurrent): Program | null => (current.item && 'code' in current.item ? current.item : null);

const refusalOf = (status: number, body: unknown): ApiError => {
  const record = typeof body === 'object' && body !== null ? (body as { error?: unknown; current?: unknown }) : {};
  const error = apiErrorFromData(record.error, `Permintaan ditolak (HTTP ${status})`);
  if (status === 409 && (error.code === 'stale_revision' || error.code === 'conflict')) {
    const current = StaleCurrentSchema.safeParse(record.current);
    if (current.success) return new StaleItemApiError(error.message, error.field, current.data);
  }
  return error;
};

/**
 * The Api over HTTP as one participant: every call carries `Authorization: Bearer <token>` (never
 * the URL), and a stale save keeps the newer item the server sent with it.
 */
export const createParticipantApi = (origin: string, token: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api =>
  buildApi(async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`${origin.replace(/\/$/, '')}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError('network', UNREACHABLE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw response.ok ? new ApiError('internal', 'Jawaban server tidak dapat dibaca') : new ApiError('network', `${UNREACHABLE} (HTTP ${response.status})`);
    }
    if (!response.ok) throw refusalOf(response.status, body);
    return body;
  });
