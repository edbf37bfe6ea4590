import type { WorkshopSession } from '../../session/workshop-session';

/**
 * Resolves once every edit of the session is acknowledged by the core, so an export contains
 * them and an import is not based on an older revision. Rejects when saving has failed.
 */
export const whenSaved = (session: WorkshopSession): Promise<void> =>
  new Promise((resolve, reject) => {
    let unsubscribe: (() => void) | null = null;
    const check = (): boolean => {
      const { save } = session.getSnapshot();
      if (save.kind === 'saved') resolve();
      else if (save.kind === 'error') reject(new Error(save.message));
      else return false;
      unsubscribe?.();
      return true;
    };
    if (!check()) unsubscribe = session.subscribe(() => void check());
  });

/** A file's bytes as base64, in slices so a large file does not overflow the call stack. */
export const base64OfFile = async (file: Blob): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
};
