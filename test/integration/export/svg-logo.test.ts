import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type MasterplanDocument } from '../../../shared/document';
import { COVER_LOGO_PICTURE_ID } from '../../../shared/document/image';
import { coverLogoSvg, writeMasterplanDocx, type DiagramPicture } from '../../../electron/services/export';
import { DEFAULT_CHROMIUM, drawDiagrams } from '../../../electron/services/export/mermaid-chromium';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { PDFTOTEXT, SOFFICE, convertToPdf, normalise, pdfPages, tempDir } from './tools';

const run = promisify(execFile);

/** A region emblem as a region's designer would send it: an SVG with a viewBox and a size in millimetres. */
const EMBLEM = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="50mm" height="60mm">
  <path d="M100 8 L188 40 L180 150 Q170 205 100 232 Q30 205 20 150 L12 40 Z" fill="#1f6f3f" stroke="#d4a017" stroke-width="8"/>
  <circle cx="100" cy="95" r="42" fill="#d4a017"/>
  <path d="M60 170 L100 120 L140 170 Z" fill="#ffffff"/>
</svg>`;

const chromiumPath = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;
const chromiumMissing = !existsSync(chromiumPath);
const officeMissing = !SOFFICE || !PDFTOTEXT;

/** Dark pixels (grey below 128) of a PDF's first page drawn at 40 dpi in grey, with poppler's pdftoppm. */
const darkPixelsOnPageOne = async (pdf: string): Promise<number> => {
  const { stdout } = await run('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', pdf], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  // Binary PGM: "P5", width, height, maxval, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm tidak menghasilkan PGM');
  const pixels = stdout.subarray(header[0].length);
  return pixels.reduce((n, grey) => n + (grey < 128 ? 1 : 0), 0);
};

describe('an SVG region logo on the cover', () => {
  let doc: MasterplanDocument;
  let dir: string;

  beforeAll(async () => {
    const workshop = buildDemoWorkshop('logo-svg', '2025-11-20T09:00:00.000Z');
    doc = buildMasterplanDocument({ ...workshop, region: { ...workshop.region, logo: `data:image/svg+xml;base64,${Buffer.from(EMBLEM).toString('base64')}` } }, { draft: false });
    dir = await tempDir('logo-svg-');
  });

  it('goes into the document as SVG, with a PNG beside it for word processors that cannot draw SVG', async () => {
    const logo = coverLogoSvg(doc);
    expect(logo?.id).toBe(COVER_LOGO_PICTURE_ID);
    // 50 × 60 mm at 96 px per inch.
    expect(Math.round(logo?.width ?? 0)).toBe(189);
    expect(Math.round(logo?.height ?? 0)).toBe(227);
    const files = unzipSync(new Uint8Array(await writeMasterplanDocx(doc, { paperSize: 'A4', pageNumbers: false })));
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    const svg = new TextDecoder().decode(files[media.find((name) => name.endsWith('.svg'))!]);
    expect(svg).toContain('viewBox="0 0 200 240"');
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain('svgBlip');
  });

  it.skipIf(chromiumMissing || officeMissing)('is drawn on page 1 when LibreOffice prints it, from the PNG Chromium drew of it', async () => {
    const logo = coverLogoSvg(doc)!;
    const { pictures, failures } = await drawDiagrams([], chromiumPath, [logo]);
    expect(failures).toEqual({});
    const drawn: DiagramPicture | undefined = pictures[COVER_LOGO_PICTURE_ID];
    expect(drawn?.png.subarray(1, 4).toString()).toBe('PNG');

    const withPicture = join(dir, 'dengan-gambar.docx');
    const plain = join(dir, 'polos.docx');
    await writeFile(withPicture, await writeMasterplanDocx(doc, { paperSize: 'A4', pageNumbers: false, diagrams: { [COVER_LOGO_PICTURE_ID]: drawn! } }));
    await writeFile(plain, await writeMasterplanDocx(doc, { paperSize: 'A4', pageNumbers: false }));
    const pdf = await convertToPdf(withPicture, dir);
    const plainPdf = await convertToPdf(plain, dir);

    const [cover] = await pdfPages(pdf);
    expect(normalise(cover ?? '')).toContain('MASTERPLAN SMART CITY');
    const { stdout } = await run('pdfimages', ['-list', '-f', '1', '-l', '1', pdf]);
    expect(stdout.split('\n').filter((line) => /^\s*1\s+\d+\s+image\s/.test(line)).length).toBeGreaterThanOrEqual(1);
    // The emblem is dark green: page 1 has far more dark pixels with it than with the plain stand-in.
    const dark = await darkPixelsOnPageOne(pdf);
    const darkPlain = await darkPixelsOnPageOne(plainPdf);
    expect(dark - darkPlain).toBeGreaterThan(1000);
  });
});
