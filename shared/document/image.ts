import type { CoverBlock, ImageData, MasterplanDocument } from './model';

/** Reads PNG, JPEG and SVG sizes, so pictures are placed at the right proportions. */

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

const CSS_PX: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };

/** A length of an SVG's root (width="120", "3cm", "96pt") in CSS pixels; null for percentages and nonsense. */
const svgLength = (value: string | undefined): number | null => {
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value ?? '');
  const factor = CSS_PX[(match?.[2] ?? '').toLowerCase()];
  const length = match && factor !== undefined ? Number(match[1]) * factor : NaN;
  return Number.isFinite(length) && length > 0 ? length : null;
};

/**
 * The size an SVG is drawn at, in CSS pixels: its root's width and height, or those of its viewBox, keeping the
 * proportions when only one is given. Null when it is not an SVG at all.
 */
export const svgSize = (svg: string): { width: number; height: number } | null => {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const box = (attribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const boxWidth = box.length === 4 && (box[2] ?? 0) > 0 ? box[2]! : null;
  const boxHeight = box.length === 4 && (box[3] ?? 0) > 0 ? box[3]! : null;
  const ratio = boxWidth && boxHeight ? boxHeight / boxWidth : 1;
  const width = svgLength(attribute('width'));
  const height = svgLength(attribute('height'));
  if (width && height) return { width, height };
  if (width) return { width, height: width * ratio };
  if (height) return { width: height / ratio, height };
  if (boxWidth && boxHeight) return { width: boxWidth, height: boxHeight };
  return { width: 300, height: 300 };
};

/**
 * The id under which a PNG drawing of an SVG cover logo is handed to the writer, with the diagrams' pictures: word
 * processors that cannot draw SVG show it instead.
 */
export const COVER_LOGO_PICTURE_ID = 'logo-daerah';

/** A PNG, JPEG or SVG data URL as document image data; null for other formats or unreadable data. */
export const imageFromDataUrl = (dataUrl: string): ImageData | null => {
  const match = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const [, type, base64 = ''] = match;
  if (type === 'svg+xml') {
    const size = svgSize(new TextDecoder().decode(decodeBase64Prefix(base64, base64.length)));
    return size ? { base64, format: 'svg', widthPx: Math.round(size.width), heightPx: Math.round(size.height) } : null;
  }
  const head = decodeBase64Prefix(base64, 256 * 1024);
  const size = type === 'png' ? pngSize(head) : jpegSize(head);
  return size ? { base64, format: type === 'png' ? 'png' : 'jpg', widthPx: size.width, heightPx: size.height } : null;
};

/** An SVG cover logo as text, with its size: what the app or the export script draws as PNG under COVER_LOGO_PICTURE_ID. */
export interface CoverLogoSvg {
  id: typeof COVER_LOGO_PICTURE_ID;
  svg: string;
  width: number;
  height: number;
}

/** The document's cover logo when it is an SVG (null for a PNG or JPEG logo, or none). */
export const coverLogoSvg = (doc: MasterplanDocument): CoverLogoSvg | null => {
  const logo = doc.sections.flatMap((s) => s.blocks).find((b): b is CoverBlock => b.kind === 'cover')?.logo;
  if (logo?.format !== 'svg') return null;
  const svg = new TextDecoder().decode(decodeBase64Prefix(logo.base64, logo.base64.length));
  const size = svgSize(svg) ?? { width: logo.widthPx, height: logo.heightPx };
  return { id: COVER_LOGO_PICTURE_ID, svg, width: size.width, height: size.height };
};
