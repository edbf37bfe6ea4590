import { LogoSchema } from '../../../../shared/model';
import { firstMessage } from '../../forms/first-message';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
/** The stored data URL may be ~2,000,000 characters; base64 grows a file by a third. */
export const LOGO_MAX_BYTES = 1_450_000;

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; reason: 'type' | 'size' | 'unreadable' } | { ok: false; reason: 'invalid'; message: string };

const asDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

/** Checks a chosen file (type, size) and turns it into the data URL the workshop stores. */
export const readLogoFile = async (file: File): Promise<LogoRead> => {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { ok: false, reason: 'type' };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, reason: 'size' };
  let dataUrl: string;
  try {
    dataUrl = await asDataUrl(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const result = LogoSchema.safeParse(dataUrl);
  return result.success ? { ok: true, dataUrl: result.data } : { ok: false, reason: 'invalid', message: firstMessage(result) ?? '' };
};
