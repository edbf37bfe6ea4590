import type { ErrorCode } from '../../shared/commands';

/** How each contract error code travels over HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  stale_revision: 409,
  conflict: 409,
  damaged: 409,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  too_large: 413,
  read_only: 423,
  internal: 500,
};

export const httpStatusFor = (code: ErrorCode): number => HTTP_STATUS[code];
