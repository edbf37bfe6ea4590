// From its own module, not the commands barrel: what words an error needs none of the command definitions.
import { AppError, ErrorCodeSchema, type ErrorCode } from '../../../shared/commands/command-error';
import type { ErrorParams } from '../../../shared/i18n/errors';
import { wordCodedError } from '../i18n/error-wording';

/** `network` means the app could not reach its data service at all (server stopped, connection lost). */
export type ApiErrorCode = ErrorCode | 'network';

/**
 * A failed call, as the core reported it: a code, a reason with its params (worded in the UI's language by
 * `messageOf`), the Indonesian message the core sent, and maybe the field at fault.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly reason: string | undefined;
  readonly params: ErrorParams;
  /** What the core sent along with a refusal (a 409 conflict's both versions), read by the session. */
  detail: unknown = undefined;
  constructor(code: ApiErrorCode, message: string, field?: string, reason?: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.reason = reason;
    this.params = params;
  }
}

const paramsOf = (value: unknown): ErrorParams => {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
};

/** Reads an `{ code, message, reason?, params?, field? }` error body defensively: anything unexpected becomes `internal`. */
export const apiErrorFromData = (data: unknown, fallbackMessage: string): ApiError => {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const code = ErrorCodeSchema.safeParse(record.code);
  const message = typeof record.message === 'string' && record.message !== '' ? record.message : fallbackMessage;
  const field = typeof record.field === 'string' ? record.field : undefined;
  const reason = typeof record.reason === 'string' ? record.reason : undefined;
  return new ApiError(code.success ? code.data : 'internal', message, field, reason, paramsOf(record.params));
};

/**
 * Reads a refusal `{ error, current? }` (an HTTP error body, or a failed IPC bridge result) the same way
 * for both transports: the error defensively, and a 409 conflict's both versions as `detail`.
 */
export const apiErrorFromRefusal = (refusal: unknown, fallbackMessage: string): ApiError => {
  const record = typeof refusal === 'object' && refusal !== null ? (refusal as { error?: unknown; current?: unknown }) : {};
  const refused = apiErrorFromData(record.error, fallbackMessage);
  refused.detail = record.current;
  return refused;
};

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The message to show for any thrown value, worded in the UI's language when the error carries a reason. */
export const messageOf = (error: unknown): string => {
  if (error instanceof ApiError || error instanceof AppError) return wordCodedError(error);
  return error instanceof Error && error.message !== '' ? error.message : wordCodedError({ reason: 'internal.unexpected', message: '' });
};
