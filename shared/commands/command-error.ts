import { z } from 'zod';
import { isErrorReason, type ErrorDetail, type ErrorParams, type ErrorReason } from '../i18n/errors';
import { issueCode, issueParams, wordErrorWithField } from '../i18n/validation';

/** Error codes that cross every boundary (reducer, services, IPC, HTTP). */
export const ErrorCodeSchema = z.enum([
  'invalid_input',
  'not_found',
  'stale_revision',
  'read_only',
  'damaged',
  'conflict',
  'nothing_to_undo',
  'nothing_to_redo',
  'too_large',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * An error as it crosses a boundary: a `code` (what kind), a `reason` key and its `params` (what exactly,
 * worded by shared/i18n/errors.*), the `field` at fault as data, and `message`, the Indonesian wording of
 * reason + params, kept for scripts reading the HTTP API. `reason` and `params` are optional on the wire
 * only so that bodies from older builds still parse.
 */
export const AppErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  field: z.string().optional(),
});
export type AppErrorData = z.infer<typeof AppErrorSchema>;

/** What an error is about, as data: `new AppError('not_found', { reason: 'share.participantNotFound', field: 'participantId' })`. */
export type AppErrorDetail = ErrorDetail;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: ErrorReason;
  readonly params: ErrorParams;
  readonly field: string | undefined;
  /**
   * `detail` names a reason from the catalogue; a plain string is the older form (reason 'legacy.text')
   * still used by call sites not yet converted.
   */
  constructor(code: ErrorCode, detail: AppErrorDetail | string, field?: string) {
    const data: { reason: ErrorReason; params: ErrorParams; field: string | undefined } =
      typeof detail === 'string'
        ? { reason: 'legacy.text', params: { text: detail }, field }
        : { reason: detail.reason, params: detail.params ?? {}, field: detail.field ?? field };
    // Indonesian words for readers of the HTTP API and logs; a schema's code gets its field's label in front.
    super(wordErrorWithField(data.reason, data.params, data.field, 'id'));
    this.name = 'AppError';
    this.code = code;
    this.reason = data.reason;
    this.params = data.params;
    this.field = data.field;
  }
  toJSON(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message, reason: this.reason, params: { ...this.params } };
    return this.field === undefined ? data : { ...data, field: this.field };
  }
}

/** An AppError again from its data (after a worker or process boundary); an unknown reason keeps its message. */
export const appErrorFromData = (data: AppErrorData): AppError =>
  data.reason !== undefined && isErrorReason(data.reason) && data.reason !== 'legacy.text'
    ? new AppError(data.code, { reason: data.reason, params: data.params ?? {}, field: data.field } as AppErrorDetail)
    : new AppError(data.code, data.message, data.field);

export const isAppErrorData = (value: unknown): value is AppErrorData => AppErrorSchema.safeParse(value).success;

/**
 * Turns a zod failure into its first issue's code (shared/i18n/validation.ts) with the issue's params,
 * and the path of the bad field as `field`: all data, worded by the catalogue in the reader's language.
 */
export const appErrorFromZod = (error: z.ZodError, prefix?: string): AppError => {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  const field = (prefix ? [prefix, path].filter(Boolean).join('.') : path) || undefined;
  return issue
    ? new AppError('invalid_input', { reason: issueCode(issue), params: issueParams(issue), field } as AppErrorDetail)
    : new AppError('invalid_input', { reason: 'input.invalidEmpty', field });
};
