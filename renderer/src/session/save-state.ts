/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retryable: boolean };

/** A one-off message for the user (toast): what happened and, when it matters, what to do. */
export interface SessionNotice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: string;
}
