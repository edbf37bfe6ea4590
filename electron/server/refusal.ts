import { AppError, type AppErrorData } from '../../shared/commands';

/**
 * A transport-level refusal whose HTTP status is not implied by the error code alone
 * (wrong HTTP method → 405, wrong content type → 415).
 */
export class HttpRefusal extends Error {
  readonly status: number;
  readonly error: AppErrorData;
  readonly headers: Record<string, string>;
  constructor(status: number, error: AppErrorData, headers: Record<string, string> = {}) {
    super(error.message);
    this.name = 'HttpRefusal';
    this.status = status;
    this.error = error;
    this.headers = headers;
  }
}

export const methodNotAllowed = (allow: string): HttpRefusal =>
  new HttpRefusal(405, new AppError('invalid_input', { reason: 'http.methodNotAllowed', params: { allow } }).toJSON(), { Allow: allow });

export const unsupportedMediaType = (): HttpRefusal =>
  new HttpRefusal(415, new AppError('invalid_input', { reason: 'http.notJsonContent', field: 'content-type' }).toJSON());
