import { z } from 'zod';

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

/** A plain, user-readable error (message in Bahasa Indonesia), never a stack trace. */
export const AppErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  field: z.string().optional(),
});
export type AppErrorData = z.infer<typeof AppErrorSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
  toJSON(): AppErrorData {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

export const isAppErrorData = (value: unknown): value is AppErrorData => AppErrorSchema.safeParse(value).success;

/** Turns a zod failure into one readable message naming the first bad field. */
export const appErrorFromZod = (error: z.ZodError, prefix?: string): AppError => {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  const field = prefix ? [prefix, path].filter(Boolean).join('.') : path;
  const message = issue ? (field ? `${issue.message} (${field})` : issue.message) : 'Masukan tidak valid';
  return new AppError('invalid_input', message, field || undefined);
};
