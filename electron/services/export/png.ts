import { crc32, deflateSync } from 'node:zlib';

/**
 * A plain PNG of one colour, made without a drawing library: the stand-in a word processor that cannot draw SVG
 * shows for an SVG logo nobody could draw as PNG (Word 2016 and later draw the SVG itself).
 */

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** An RGB PNG of `width` × `height` pixels filled with `rgb` (e.g. 0xf2f2f2). */
export const plainPng = (width: number, height: number, rgb = 0xffffff): Buffer => {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.alloc(1 + w * 3);
  for (let x = 0; x < w; x += 1) row.writeUIntBE(rgb & 0xffffff, 1 + x * 3, 3);
  const pixels = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
};
