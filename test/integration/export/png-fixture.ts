import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/** Real PNG files for the export tests, made without a browser. */

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** An RGB PNG of one colour, or of noise (which does not compress, to make a large file). */
export const pngOf = (width: number, height: number, fill: 'colour' | 'noise' = 'colour'): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = (): Buffer => (fill === 'noise' ? Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]) : Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5b)]));
  const pixels = Buffer.concat(Array.from({ length: height }, row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: fill === 'noise' ? 0 : 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

export const drawing = (id: string, png: Buffer = pngOf(80, 40)) => ({ id, pngBase64: png.toString('base64'), widthPx: 800, heightPx: 400 });
