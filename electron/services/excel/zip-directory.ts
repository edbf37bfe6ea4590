import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/commands';
import type { PLACES_ID } from '../../../shared/i18n/errors';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';

/**
 * The table of contents of an XLSX (a ZIP file), read from its end-of-central-directory record and
 * central directory without unpacking anything, and checked against EXCEL_IMPORT_LIMITS: how many
 * parts, how big each says it is once unpacked, how tightly it is packed, and whether its names are
 * safe. A workbook that passes can still lie about its sizes; `inflateEntry` holds it to them.
 */

export interface ZipEntry {
  name: string;
  method: number;
  /** Bytes in the file. */
  compressedSize: number;
  /** Bytes once unpacked, as the central directory declares them. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: every part's data lies before it. */
  directoryOffset: number;
}

type Limits = typeof EXCEL_IMPORT_LIMITS;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

export const unreadableWorkbook = (fileName: string): AppError =>
  new AppError('invalid_input', { reason: 'import.unreadableWorkbook', params: { file: fileName } });

/** A part of the workbook as an error names it: a worksheet by the name the workbook gives it, else the part's path. */
export interface PartPlace {
  place: Extract<keyof typeof PLACES_ID, 'sheet' | 'part'>;
  name: string;
}

/** "440 MB", "1,5 MB", "39 KB" as an Indonesian reader writes sizes. */
export const megabytes = (bytes: number): string => {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  const text = mb >= 10 ? String(Math.round(mb)) : (Math.round(mb * 10) / 10).toString().replace('.', ',');
  return `${text} MB`;
};


/** The last end-of-central-directory record: it sits in the last 22 + 65,535 (comment) bytes. */
const findEndRecord = (bytes: Buffer): number => {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  return -1;
};

/** Sizes and offset a ZIP64 "extended information" extra field gives for the fields marked 0xFFFFFFFF. */
const readZip64 = (extra: Buffer, wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }): number[] | null => {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      let field = at + 4;
      for (const present of [wanted.uncompressed, wanted.compressed, wanted.offset]) {
        if (!present) continue;
        if (field + 8 > at + 4 + size || field + 8 > extra.length) return null;
        const value = extra.readBigUInt64LE(field);
        if (value > BigInt(Number.MAX_SAFE_INTEGER)) return null;
        values.push(Number(value));
        field += 8;
      }
      return values;
    }
    at += 4 + size;
  }
  return null;
};

/** A part name that would point outside the workbook if anything ever wrote it out. */
const unsafeName = (name: string): boolean =>
  name === '' || name.includes('\u0000') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((part) => part === '..');

/**
 * Reads and checks the central directory. Throws an AppError with a reason and its params when
 * the file is not a ZIP, is damaged, or breaks a limit. Touches only the directory's bytes.
 */
export const readZipDirectory = (fileName: string, bytes: Buffer, limits: Limits = EXCEL_IMPORT_LIMITS): ZipDirectory => {
  const end = bytes.length >= EOCD_SIZE ? findEndRecord(bytes) : -1;
  if (end < 0) throw unreadableWorkbook(fileName);
  const disk = bytes.readUInt16LE(end + 4);
  const directoryDisk = bytes.readUInt16LE(end + 6);
  const onDisk = bytes.readUInt16LE(end + 8);
  const total = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (total > limits.maxEntries) {
    throw new AppError('too_large', { reason: 'import.tooManyParts', params: { file: fileName, count: total, limit: limits.maxEntries } });
  }
  // Split archives and ZIP64 directories (only needed past 65,535 parts or 4 GB) are never a workbook we accept.
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== total || total === 0xffff || directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) {
    throw unreadableWorkbook(fileName);
  }
  if (directoryOffset + directorySize > end) throw unreadableWorkbook(fileName);

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryOffset;
  let packed = 0;
  let unpacked = 0;
  for (let i = 0; i < total; i += 1) {
    if (at + CENTRAL_SIZE > directoryOffset + directorySize || bytes.readUInt32LE(at) !== CENTRAL) throw unreadableWorkbook(fileName);
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryOffset + directorySize) throw unreadableWorkbook(fileName);
    const name = bytes.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || localHeaderOffset === ZIP64_MARK) {
      const extra = bytes.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength);
      const values = readZip64(extra, { uncompressed: uncompressedSize === ZIP64_MARK, compressed: compressedSize === ZIP64_MARK, offset: localHeaderOffset === ZIP64_MARK });
      if (!values) throw unreadableWorkbook(fileName);
      if (uncompressedSize === ZIP64_MARK) uncompressedSize = values.shift() ?? 0;
      if (compressedSize === ZIP64_MARK) compressedSize = values.shift() ?? 0;
      if (localHeaderOffset === ZIP64_MARK) localHeaderOffset = values.shift() ?? 0;
    }
    at = next;

    if (unsafeName(name) || names.has(name)) {
      throw new AppError('invalid_input', { reason: 'import.unsafePartName', params: { file: fileName, part: name.slice(0, 80) } });
    }
    names.add(name);
    if ((flags & 0x1) !== 0) {
      throw new AppError('invalid_input', { reason: 'import.passwordProtected', params: { file: fileName } });
    }
    if (method !== STORED && method !== DEFLATED) throw unreadableWorkbook(fileName);
    if (method === STORED && compressedSize !== uncompressedSize) throw unreadableWorkbook(fileName);
    if (localHeaderOffset + LOCAL_SIZE + compressedSize > directoryOffset) throw unreadableWorkbook(fileName);
    packed += compressedSize;
    unpacked += uncompressedSize;
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
  }
  // Parts that share their bytes (an "overlapping" bomb) add up to more than the file holds.
  if (packed > directoryOffset) throw unreadableWorkbook(fileName);

  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      const part = partLabel(fileName, bytes, { entries, directoryOffset }, entry.name);
      throw new AppError('too_large', { reason: 'import.partTooLargeUnpacked', params: { ...part, size: megabytes(entry.uncompressedSize), limit: megabytes(limits.maxEntryBytes) } });
    }
  }
  if (unpacked > limits.maxTotalBytes) {
    throw new AppError('too_large', { reason: 'import.tooLargeUnpacked', params: { size: megabytes(unpacked), limit: megabytes(limits.maxTotalBytes) } });
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioCheckFromBytes && ratio > limits.maxRatio) {
      const part = partLabel(fileName, bytes, { entries, directoryOffset }, entry.name);
      throw new AppError('too_large', {
        reason: 'import.overPacked',
        params: { file: fileName, ...part, ratio: Math.round(ratio), size: megabytes(entry.uncompressedSize), packed: megabytes(entry.compressedSize), limit: limits.maxRatio },
      });
    }
  }
  return { entries, directoryOffset };
};

/** Where a part's packed bytes are, from its local header. */
const dataRange = (fileName: string, bytes: Buffer, directory: ZipDirectory, entry: ZipEntry): [number, number] => {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > directory.directoryOffset || bytes.readUInt32LE(at) !== LOCAL) throw unreadableWorkbook(fileName);
  const start = at + LOCAL_SIZE + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > directory.directoryOffset) throw unreadableWorkbook(fileName);
  return [start, end];
};

/**
 * Unpacks one part, never past the size the directory declares for it: zlib stops as soon as the
 * output would grow beyond it, so a part that lies about its size costs at most its declared bytes.
 */
export const inflateEntry = (fileName: string, bytes: Buffer, directory: ZipDirectory, entry: ZipEntry, label: () => PartPlace = () => ({ place: 'part', name: entry.name })): Buffer => {
  const [start, end] = dataRange(fileName, bytes, directory, entry);
  const packed = bytes.subarray(start, end);
  if (entry.method === STORED) return packed;
  let out: Buffer;
  try {
    out = inflateRawSync(packed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('too_large', { reason: 'import.partLiesAboutSize', params: { file: fileName, ...label(), size: megabytes(entry.uncompressedSize) } });
    }
    throw unreadableWorkbook(fileName);
  }
  if (out.length !== entry.uncompressedSize) throw unreadableWorkbook(fileName);
  return out;
};

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

const xmlText = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[entity] ?? '');

/** Small parts only: the workbook's sheet list is read for a message, never a big one. */
const SMALL_PART = 2 * 1024 * 1024;

/** A worksheet part as the workbook names it ("lembar 'Matriks Program'"), else the part's path ("bagian 'xl/…'"). */
export const partLabel = (fileName: string, bytes: Buffer, directory: ZipDirectory, name: string): PartPlace => {
  const fallback: PartPlace = { place: 'part', name };
  if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return fallback;
  try {
    const read = (path: string): string | undefined => {
      const entry = directory.entries.find((e) => e.name === path);
      if (!entry || entry.uncompressedSize > SMALL_PART) return undefined;
      return inflateEntry(fileName, bytes, directory, entry).toString('utf8');
    };
    const workbook = read('xl/workbook.xml');
    const rels = read('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return fallback;
    const target = name.slice('xl/'.length);
    const relation = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((tag) => {
      const to = attribute(tag, 'Target') ?? '';
      return to === target || to === `/${name}`;
    });
    const id = relation ? attribute(relation, 'Id') : undefined;
    const sheet = (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).find((tag) => id !== undefined && attribute(tag, 'r:id') === id);
    const sheetName = sheet ? attribute(sheet, 'name') : undefined;
    return sheetName ? { place: 'sheet', name: xmlText(sheetName) } : fallback;
  } catch {
    return fallback;
  }
};
