import { crc32 } from 'node:zlib';
import { AppError } from '../../../shared/commands';
import { EXPORT_LIMITS, type DiagramPng } from '../../../shared/contract/export';
import type { DiagramPicture } from './context';

/**
 * The renderer's drawings of the document's diagrams, checked before they go into the Word file:
 * real PNG files (signature, a sound IHDR and IEND), within the size caps. Pictures of diagrams the
 * document does not have are ignored; a diagram without a picture is left to the writer's placeholder.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MIB = 1024 * 1024;

const refused = (index: number, id: string, why: string): AppError =>
  new AppError('invalid_input', { reason: 'export.diagramUnusable', params: { id: id.slice(0, 60), detail: why }, field: `diagrams.${index}.pngBase64` });

/** The pixel size a PNG declares in its IHDR chunk, or the reason it is not a PNG. */
const pngSize = (bytes: Buffer): { width: number; height: number } | string => {
  if (bytes.length < PNG_SIGNATURE.length + 25 + IEND.length || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'bukan berkas PNG';
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') return 'berkas PNG rusak (IHDR)';
  if (crc32(bytes.subarray(12, 29)) !== bytes.readUInt32BE(29)) return 'berkas PNG rusak (IHDR)';
  if (!bytes.subarray(bytes.length - IEND.length).equals(IEND)) return 'berkas PNG terpotong';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const checkedPicture = (drawing: DiagramPng, index: number): { picture: DiagramPicture; bytes: number } => {
  if (!BASE64.test(drawing.pngBase64) || drawing.pngBase64.length % 4 !== 0) throw refused(index, drawing.id, 'bukan base64 yang sah');
  const png = Buffer.from(drawing.pngBase64, 'base64');
  if (png.length > EXPORT_LIMITS.pngBytes) throw refused(index, drawing.id, `lebih dari ${EXPORT_LIMITS.pngBytes / MIB} MB`);
  const size = pngSize(png);
  if (typeof size === 'string') throw refused(index, drawing.id, size);
  const { sidePx, pngPixels } = EXPORT_LIMITS;
  if (size.width < 1 || size.height < 1 || size.width > sidePx || size.height > sidePx || size.width * size.height > pngPixels) {
    throw refused(index, drawing.id, `ukurannya ${size.width} × ${size.height} piksel di luar batas`);
  }
  return { picture: { png, width: drawing.widthPx, height: drawing.heightPx }, bytes: png.length };
};

/** The pictures of the document's diagrams, by id. Throws AppError (invalid_input, too_large) for a bad picture. */
export const diagramPictures = (drawings: readonly DiagramPng[], diagramIds: ReadonlySet<string>): Record<string, DiagramPicture> => {
  const pictures: Record<string, DiagramPicture> = {};
  const seen = new Set<string>();
  let total = 0;
  drawings.forEach((drawing, index) => {
    if (seen.has(drawing.id)) throw new AppError('invalid_input', { reason: 'export.diagramTwice', params: { id: drawing.id.slice(0, 60) }, field: `diagrams.${index}.id` });
    seen.add(drawing.id);
    const { picture, bytes } = checkedPicture(drawing, index);
    total += bytes;
    if (total > EXPORT_LIMITS.totalPngBytes) {
      throw new AppError('too_large', { reason: 'export.diagramsTooLarge', params: { limitMb: EXPORT_LIMITS.totalPngBytes / MIB }, field: 'diagrams' });
    }
    if (diagramIds.has(drawing.id)) pictures[drawing.id] = picture;
  });
  return pictures;
};
