/**
 * Exports a workshop's masterplan as a Word document.
 *
 *   npm run export -- --workshop <id | file.json> --out <file.docx> [--data DIR] [--paper A4|F4] [--draft] [--opd ID] [--no-diagrams]
 *
 * A .json path is read directly (a workshop snapshot); an id is read from DIR/workshops/<id>.json (default DIR: .data).
 * Diagrams are drawn with Chromium (/usr/bin/chromium or CHROMIUM_PATH); without it, a note and each diagram's content
 * as a table stand in their place (never the mermaid source) and the export still completes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WorkshopSchema, type Workshop } from '../shared/model';
import { buildMasterplanDocument } from '../shared/document';
import { COVER_LOGO_PICTURE_ID, coverLogoSvg, writeMasterplanDocx, type DiagramPicture } from '../electron/services/export';
import { ChromiumMissingError, drawDiagrams } from '../electron/services/export/mermaid-chromium';

class UsageError extends Error {}

const USAGE = 'Pemakaian: npm run export -- --workshop <id atau berkas.json> --out <berkas.docx> [--data DIR] [--paper A4|F4] [--draft] [--opd ID] [--no-diagrams]';

const readWorkshop = async (ref: string, dataDir: string): Promise<Workshop> => {
  const path = ref.toLowerCase().endsWith('.json') ? resolve(ref) : join(resolve(dataDir), 'workshops', `${ref}.json`);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`Berkas lokakarya tidak ditemukan: ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`Berkas lokakarya bukan JSON yang sah: ${path}`);
  }
  // A store snapshot may wrap the workshop ({ workshop: {...} }); a plain workshop file is the workshop itself.
  const candidate = typeof json === 'object' && json !== null && 'workshop' in json && !('schemaVersion' in json) ? (json as { workshop: unknown }).workshop : json;
  const parsed = WorkshopSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageError(`Berkas lokakarya tidak sah (${path}): ${first ? `${first.path.join('.') || '(akar)'}: ${first.message}` : 'tidak dikenal'}`);
  }
  return parsed.data;
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      workshop: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string', default: '.data' },
      paper: { type: 'string' },
      draft: { type: 'boolean', default: false },
      opd: { type: 'string' },
      'no-diagrams': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.workshop || !values.out) throw new UsageError(USAGE);
  const paper = values.paper ?? undefined;
  if (paper !== undefined && paper !== 'A4' && paper !== 'F4') throw new UsageError('Ukuran kertas harus A4 atau F4.');

  const workshop = await readWorkshop(values.workshop, values.data);
  const doc = buildMasterplanDocument(workshop, { draft: values.draft, ...(values.opd ? { opdId: values.opd } : {}) });

  // An SVG logo goes into the document as it is, with a PNG drawing of it for word processors that cannot draw SVG.
  const logo = coverLogoSvg(doc);
  let diagrams: Record<string, DiagramPicture> = {};
  if (!values['no-diagrams'] && (doc.diagrams.length > 0 || logo)) {
    try {
      const drawn = await drawDiagrams(doc.diagrams, undefined, logo ? [logo] : []);
      diagrams = drawn.pictures;
      for (const [id, reason] of Object.entries(drawn.failures)) console.warn(`Peringatan: diagram ${id} tidak dapat digambar (${reason}); isinya dicetak sebagai tabel.`);
    } catch (error) {
      if (!(error instanceof ChromiumMissingError)) throw error;
      console.warn(`Peringatan: ${error.message} Diagram dicetak sebagai tabel.`);
    }
  }
  if (logo && !(COVER_LOGO_PICTURE_ID in diagrams)) {
    console.warn('Peringatan: logo SVG disisipkan apa adanya dengan gambar cadangan polos; Word 2016 ke atas menampilkan logonya, pengolah kata yang tidak dapat menampilkan SVG hanya menampilkan kotak kosong.');
  }

  const buffer = await writeMasterplanDocx(doc, { paperSize: paper ?? workshop.exportSettings.paperSize, diagrams });
  const out = resolve(values.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, buffer);
  const drawnDiagrams = doc.diagrams.filter((d) => d.id in diagrams).length;
  console.log(`Masterplan ditulis ke ${out} (${Math.round(buffer.length / 1024)} KB, ${drawnDiagrams}/${doc.diagrams.length} diagram digambar).`);
};

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  console.error('Ekspor gagal:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
