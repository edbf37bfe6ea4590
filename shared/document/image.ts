import type { ImageData } from './model';

/** Reads PNG and JPEG sizes from their bytes, so pictures are placed at the right proportions. */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map(Array.from(BASE64, (c, i) => [c, i]));

/** Decodes the first `maxBytes` bytes of base64 text (enough for an image header). */
export const decodeBase64Prefix = (base64: string, maxBytes: number): Uint8Array => {
  const clean = base64.replace(/[^A-Za-z0-9+/]/g, '');
  const chars = Math.min(clean.length, Math.ceil(maxBytes / 3) * 4);
  const out: number[] = [];
  for (let i = 0; i + 1 < chars; i += 4) {
    const a = LOOKUP.get(clean[i] ?? 'A') ?? 0;
    const b = LOOKUP.get(clean[i + 1] ?? 'A') ?? 0;
    const c = clean[i + 2] === undefined ? undefined : LOOKUP.get(clean[i + 2] ?? 'A');
    const d = clean[i + 3] === undefined ? undefined : LOOKUP.get(clean[i + 3] ?? 'A');
    out.push(((a << 2) | (b >> 4)) & 0xff);
    if (c !== undefined) out.push(((b << 4) | (c >> 2)) & 0xff);
    if (c !== undefined && d !== undefined) out.push(((c << 6) | d) & 0xff);
  }
  return Uint8Array.from(out.slice(0, maxBytes));
};

export const pngSize = (bytes: Uint8Array): { width: number; height: number } | null => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const read = (at: number) => (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
  const width = read(16);
  const height = read(20);
  return width > 0 && height > 0 ? { width, height } : null;
};

export const jpegSize = (bytes: Uint8Array): { width: number; height: number } | null => {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
      const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
};

/** A PNG or JPEG data URL as document image data; null for other formats (e.g. SVG) or unreadable data. */
export const imageFromDataUrl = (dataUrl: string): ImageData | null => {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const [, type, base64 = ''] = match;
  const head = decodeBase64Prefix(base64, 256 * 1024);
  const size = type === 'png' ? pngSize(head) : jpegSize(head);
  return size ? { base64, format: type === 'png' ? 'png' : 'jpg', widthPx: size.width, heightPx: size.height } : null;
};
