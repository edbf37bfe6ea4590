import { AppError } from '../../../shared/commands';
import type { ExportDocxOutput } from '../../../shared/contract/export';
import type { MethodParsedInput } from '../../../shared/contract';
import { buildMasterplanDocument, type DiagramSpec, type MasterplanDocument } from '../../../shared/document';
import { COVER_LOGO_PICTURE_ID, coverLogoSvg } from '../../../shared/document/image';
import { draftByDefault } from '../../../shared/logic/masterplan-draft';
import { planEndYear, type Workshop } from '../../../shared/model';
import type { WorkshopStore } from '../store/workshop-store';
import type { DiagramPicture } from './context';
import { diagramPictures } from './diagram-pictures';
import { ChromiumMissingError, drawDiagramsCached } from './mermaid-chromium';
import { documentContents } from './contents';
import { masterplanLayout, writeMasterplanDocx, type DocxOptions } from './docx-writer';
import { cachedModel, estimateKey, type CachedModel } from './export-cache';

/** A file-name-safe, lower-case slug ("Kabupaten Malang" → "kabupaten-malang"). */
export const slug = (text: string, max = 60): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

/** `masterplan-smart-city-kabupaten-malang-2022-2026-diskominfo-draf.docx` */
export const masterplanFileName = (workshop: Workshop, draft: boolean, opdLabel: string | null): string => {
  const region = slug(`${workshop.region.kind} ${workshop.region.name.replace(/^(kabupaten|kab\.?|kota)\s+/i, '')}`);
  const parts = ['masterplan-smart-city', region, `${workshop.horizon.startYear}-${planEndYear(workshop.horizon)}`, opdLabel ? slug(opdLabel, 30) : '', draft ? 'draf' : ''];
  return `${parts.filter((p) => p !== '').join('-')}.docx`;
};

/**
 * The diagrams the caller sent no picture of, drawn here the way `npm run export` draws them (headless Chromium,
 * pictures kept by source so an unchanged diagram is drawn once). Without Chromium, none: the document then shows each
 * diagram's table alternative, and the answer says why (diagramsMissingReason). Never throws for a drawing.
 */
const drawMissing = async (specs: readonly DiagramSpec[]): Promise<{ pictures: Record<string, DiagramPicture>; reason?: 'chromiumMissing' | 'drawFailed' }> => {
  if (specs.length === 0) return { pictures: {} };
  try {
    const { pictures, failures } = await drawDiagramsCached(specs);
    for (const [id, why] of Object.entries(failures)) console.warn(`export.docx: diagram ${id} tidak dapat digambar (${why}); tabelnya dicetak sebagai gantinya.`);
    return Object.keys(failures).length > 0 ? { pictures, reason: 'drawFailed' } : { pictures };
  } catch (error) {
    const chromium = error instanceof ChromiumMissingError;
    console.warn(`export.docx: ${error instanceof Error ? error.message : String(error)} Diagram dicetak sebagai tabel.`);
    return { pictures: {}, reason: chromium ? 'chromiumMissing' : 'drawFailed' };
  }
};

/**
 * The document model of the workshop's revision with these options, and its page layout for the paper and pictures,
 * as made for an earlier export of the same revision when there was one (export-cache.ts).
 */
const modelAndLayout = (workshop: Workshop, options: { draft: boolean; opdId?: string }): CachedModel =>
  cachedModel({ workshopId: workshop.id, revision: workshop.revision, updatedAt: workshop.updatedAt }, options, () => {
    const doc = buildMasterplanDocument(workshop, options);
    return { doc, contents: documentContents(doc), estimates: new Map() };
  });

/** The Word file of the model, its page estimate taken from the model's cache when the paper and pictures are the same. */
const writeCached = async (model: CachedModel, options: DocxOptions): Promise<Buffer> => {
  const key = estimateKey(options.paperSize, options.diagrams ?? {});
  let layout = model.estimates.get(key);
  if (!layout) {
    layout = masterplanLayout(model.doc, options, model.contents).estimate ?? undefined;
    if (layout) {
      // A few papers and picture sets per revision at most (A4/F4, drawn by the renderer or by the server).
      if (model.estimates.size >= 4) model.estimates.clear();
      model.estimates.set(key, layout);
    }
  }
  return writeMasterplanDocx(model.doc, { ...options, layout: { contents: model.contents, estimate: layout ?? null } });
};

/**
 * `export.docx`: the masterplan of the stored workshop as a Word file, with the diagrams the renderer drew; the
 * server draws the ones it did not send (scripts and the browser send none).
 * A draft (DRAF on every page) until Tahap IV is complete, unless the caller says otherwise.
 */
export const exportMasterplanDocx = async (store: WorkshopStore, input: MethodParsedInput<'export.docx'>): Promise<ExportDocxOutput> => {
  const { workshop } = await store.open(input.workshopId);
  const opd = input.opdId === undefined ? null : workshop.opds.find((o) => o.id === input.opdId);
  if (opd === undefined) throw new AppError('not_found', { reason: 'workshop.opdUnknown', field: 'opdId' });
  const draft = input.draft ?? draftByDefault(workshop);
  const model = modelAndLayout(workshop, { draft, ...(opd ? { opdId: opd.id } : {}) });
  const doc: MasterplanDocument = model.doc;
  // Besides the diagrams, a PNG drawing of an SVG cover logo (for word processors that cannot draw SVG).
  const wanted = new Set([...doc.diagrams.map((d) => d.id), ...(coverLogoSvg(doc) ? [COVER_LOGO_PICTURE_ID] : [])]);
  const given = diagramPictures(input.diagrams, wanted);
  const server = await drawMissing(doc.diagrams.filter((d) => !(d.id in given)));
  const diagrams = { ...server.pictures, ...given };
  const docx = await writeCached(model, { paperSize: input.paperSize ?? workshop.exportSettings.paperSize, diagrams });
  const missing = doc.diagrams.map((d) => d.id).filter((id) => !(id in diagrams));
  const drawnByServer = Object.keys(server.pictures);
  return {
    fileName: masterplanFileName(workshop, draft, opd ? opd.abbreviation || opd.name : null),
    base64: docx.toString('base64'),
    draft,
    diagramsMissing: missing,
    ...(drawnByServer.length > 0 ? { diagramsDrawnByServer: drawnByServer } : {}),
    ...(missing.length > 0 && server.reason ? { diagramsMissingReason: server.reason } : {}),
  };
};
