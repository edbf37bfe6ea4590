import { ErrorCodeSchema, type ErrorCode } from '../../../shared/commands';

/** `network` means the app could not reach its data service at all (server stopped, connection lost). */
export type ApiErrorCode = ErrorCode | 'network';

/** A failed call, as the user should hear about it: a code, a readable message and maybe the field at fault. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}

/** Reads an `{ code, message, field? }` error body defensively: anything unexpected becomes `internal`. */
export const apiErrorFromData = (data: unknown, fallbackMessage: string): ApiError => {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const code = ErrorCodeSchema.safeParse(record.code);
  const message = typeof record.message === 'string' && record.message !== '' ? record.message : fallbackMessage;
  const field = typeof record.field === 'string' ? record.field : undefined;
  return new ApiError(code.success ? code.data : 'internal', message, field);
};

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The message to show for any thrown value. */
export const messageOf = (error: unknown): string =>
  error instanceof Error && error.message !== '' ? error.message : 'Terjadi kesalahan yang tidak terduga';
