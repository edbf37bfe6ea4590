import { constants, deflateRawSync } from 'node:zlib';

/**
 * Hostile spreadsheets built at test time: ZIP files written byte by byte so that their central
 * directory can say whatever a test needs (including lies), and sheets that unpack to hundreds of
 * megabytes from a few hundred kilobytes without this process ever holding the unpacked bytes.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

export interface ZipPart {
  name: string;
  /** The bytes as stored in the file (raw deflate when `deflated`). */
  data: Buffer;
  deflated: boolean;
  /** Unpacked size as the directory and local header declare it. */
  declaredSize: number;
  crc: number;
}

export const part = (name: string, content: string | Buffer): ZipPart => {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(raw), deflated: true, declaredSize: raw.length, crc: crc32(raw) };
};

/** A part stored without compression (cheap to make by the thousand). */
export const storedPart = (name: string, content: string): ZipPart => {
  const raw = Buffer.from(content, 'utf8');
  return { name, data: raw, deflated: false, declaredSize: raw.length, crc: crc32(raw) };
};

/** A ZIP with exactly the parts given, in order, and a central directory that repeats their declarations. */
export const zip = (parts: readonly ZipPart[]): Buffer => {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.deflated ? 8 : 0, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(p.deflated ? 8 : 0, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    central.push(entry, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
};

/**
 * Raw deflate of `head + body × times + tail` without building it: each piece is deflated on its
 * own and flushed to a byte boundary (no back-references across pieces), so the pieces concatenate
 * into one valid stream. A 1 MB body packs to about 1 KB.
 */
export const deflateRepeated = (head: string, body: string, times: number, tail: string): { data: Buffer; size: number } => {
  const piece = (text: string): Buffer => deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_SYNC_FLUSH });
  const bodyPacked = piece(body);
  const data = Buffer.concat([piece(head), ...Array.from({ length: times }, () => bodyPacked), deflateRawSync(Buffer.from(tail, 'utf8'))]);
  return { data, size: Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail) };
};

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbookXml = (sheetName: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A minimal workbook whose one sheet, named `sheetName`, is the part given. */
export const workbookWithSheet = (sheetName: string, sheet: ZipPart): Buffer =>
  zip([part('[Content_Types].xml', CONTENT_TYPES), part('_rels/.rels', ROOT_RELS), part('xl/workbook.xml', workbookXml(sheetName)), part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS), sheet]);

/** 1 MiB of sheet rows, each cell the same long text. */
const MEGABYTE_OF_ROWS = (() => {
  const row = `<row><c t="inlineStr"><is><t>${'Program bom '.repeat(20)}</t></is></c></row>`;
  return row.repeat(Math.ceil((1024 * 1024) / row.length));
})();

/** A sheet that unpacks to about `megabytes` MB; `declare` overrides the size the ZIP declares (a lie). */
export const sheetBomb = (megabytes: number, declare?: number): ZipPart => {
  const { data, size } = deflateRepeated(SHEET_HEAD, MEGABYTE_OF_ROWS, megabytes, SHEET_TAIL);
  return { name: 'xl/worksheets/sheet1.xml', data, deflated: true, declaredSize: declare ?? size, crc: 0 };
};

/** A truthful sheet of `rows` × `columns` numeric cells, each different (packs about 10 : 1, like real sheets). */
export const manyCellsSheet = (rows: number, columns: number): ZipPart => {
  const lines: string[] = [SHEET_HEAD];
  for (let r = 1; r <= rows; r += 1) {
    let line = `<row r="${r}">`;
    for (let c = 0; c < columns; c += 1) line += `<c r="${c >= 26 ? 'A' : ''}${String.fromCharCode(65 + (c % 26))}${r}"><v>${(r * 7919 + c * 104729) % 1000003}</v></c>`;
    lines.push(`${line}</row>`);
  }
  lines.push(SHEET_TAIL);
  return part('xl/worksheets/sheet1.xml', lines.join(''));
};

/**
 * An "overlapping" bomb: one packed part listed `copies` times in the central directory under
 * different names, so that the file unpacks to `copies` times the part while holding it once.
 */
export const overlapping = (shared: ZipPart, copies: number): Buffer => {
  const single = zip([shared]);
  const directoryAt = single.readUInt32LE(single.length - 22 + 16);
  const entry = single.subarray(directoryAt, single.length - 22);
  const nameLength = entry.readUInt16LE(28);
  const entries = Array.from({ length: copies }, (_, i) => {
    const copy = Buffer.from(entry);
    // Same length as the original name, so the entry keeps its size: "xl/worksheets/sheet1.xml" → "xl/worksheets/s00001.xml".
    const name = `${shared.name.slice(0, nameLength - 9)}${String(i).padStart(5, '0')}.xml`.slice(-nameLength);
    copy.write(name, 46, 'utf8');
    return copy;
  });
  const directory = Buffer.concat(entries);
  const end = Buffer.from(single.subarray(single.length - 22));
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([single.subarray(0, directoryAt), directory, end]);
};
