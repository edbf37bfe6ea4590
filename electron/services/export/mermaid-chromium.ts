import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DiagramSpec } from '../../../shared/document';
import { isSvgSource } from '../../../shared/document/diagrams';
import { MERMAID_SETTINGS } from '../../../shared/document/mermaid-config';
import type { DiagramPicture } from './context';
import { cachedPicture, pictureKey, rememberPicture } from './export-cache';

/**
 * Draws mermaid diagrams as PNG in a headless Chromium, for exports made outside the app window
 * (the `npm run export` script and tests). In the app the renderer draws them and passes the pictures in.
 * Offline: mermaid is loaded from node_modules; its settings are the app's (shared/document/mermaid-config.ts).
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class ChromiumMissingError extends Error {}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Drawn {
  id: string;
  ok: boolean;
  base64: string;
  width: number;
  height: number;
  error: string;
}

interface PageInput {
  specs: Array<{ id: string; source: string }>;
  /** SVG pictures (a cover logo) to draw as PNG too, at `longSide` pixels on their longest side. */
  svgs: Array<{ id: string; svg: string; width: number; height: number; longSide: number }>;
  settings: typeof MERMAID_SETTINGS;
}

/**
 * Runs in the page: mermaid → SVG sized from its viewBox → canvas → PNG at twice the size on white; a given SVG
 * picture → canvas → PNG (transparent) at its print size. Serialised into the page, so everything it needs comes in
 * its argument, and it defines no named functions (tsx would wrap them in a helper the page does not have).
 */
const drawInPage = async ({ specs, svgs, settings }: PageInput): Promise<Drawn[]> => {
  type MermaidApi = {
    initialize(config: Record<string, unknown>): void;
    render(id: string, source: string): Promise<{ svg: string }>;
  };
  // Loaded only when a diagram needs it: every diagram of the masterplan comes drawn as SVG now.
  const mermaid = (globalThis as unknown as { mermaid?: MermaidApi }).mermaid;
  mermaid?.initialize({ ...settings });
  const items = [...specs.map((spec) => ({ id: spec.id, source: spec.source, svg: '', width: 0, height: 0, longSide: 0 })), ...svgs.map((s) => ({ ...s, source: '' }))];
  const out: Drawn[] = [];
  for (const [index, item] of items.entries()) {
    try {
      const diagram = item.source !== '';
      // A source that is already an SVG (the masterplan's diagrams, drawn in shared/document) needs no mermaid.
      let svg = item.svg;
      if (diagram && item.source.startsWith('<svg')) svg = item.source;
      else if (diagram && mermaid) svg = (await mermaid.render(`diagram${index}`, item.source)).svg;
      else if (diagram) throw new Error('mermaid tidak dimuat');
      const doc = new DOMParser().parseFromString(svg.replace(/&nbsp;/g, '&#160;'), 'image/svg+xml');
      const root = doc.documentElement;
      if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) throw new Error('SVG tidak dapat dibaca');
      const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      const width = diagram ? Math.ceil(box[2] && box[2] > 0 ? box[2] : 800) : item.width;
      const height = diagram ? Math.ceil(box[3] && box[3] > 0 ? box[3] : 600) : item.height;
      const scale = diagram ? 2 : item.longSide / Math.max(width, height);
      root.setAttribute('width', String(width));
      root.setAttribute('height', String(height));
      if (diagram) root.removeAttribute('style');
      const data = new XMLSerializer().serializeToString(root);
      const image = new Image();
      const url = URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' }));
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('SVG tidak dapat dimuat'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const context = canvas.getContext('2d');
      if (!context) throw new Error('Kanvas tidak tersedia');
      if (diagram) {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
      }
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      out.push({ id: item.id, ok: true, base64: canvas.toDataURL('image/png').split(',')[1] ?? '', width, height, error: '' });
    } catch (error) {
      out.push({ id: item.id, ok: false, base64: '', width: 0, height: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
};

/** An SVG picture to draw as PNG alongside the diagrams (the cover logo's picture for word processors without SVG). */
export interface SvgToDraw {
  id: string;
  svg: string;
  /** Its size in CSS pixels (see svgSize). */
  width: number;
  height: number;
}

/** The longest side of a drawn SVG picture: a cover logo is about 6 cm wide, so about 300 dpi. */
const SVG_LONG_SIDE_PX = 720;

export interface DrawResult {
  pictures: Record<string, DiagramPicture>;
  /** Diagram id → why it could not be drawn. */
  failures: Record<string, string>;
}

/** What a diagram's picture depends on besides its source: the drawing's settings (palette, sizes). */
const DRAWING = JSON.stringify(MERMAID_SETTINGS);

/**
 * Like drawDiagrams, but a diagram drawn before from the same source (and settings) is taken from the server's
 * picture cache (export-cache.ts, bounded by bytes); only the others start Chromium, and none when every diagram is
 * known. Used by the server's `export.docx` for the diagrams the caller did not draw.
 */
export const drawDiagramsCached = async (diagrams: readonly DiagramSpec[], executablePath?: string): Promise<DrawResult> => {
  const pictures: Record<string, DiagramPicture> = {};
  const toDraw: Array<{ spec: DiagramSpec; key: string }> = [];
  for (const spec of diagrams) {
    const key = pictureKey(spec, DRAWING);
    const known = cachedPicture(key);
    if (known) pictures[spec.id] = known;
    else toDraw.push({ spec, key });
  }
  if (toDraw.length === 0) return { pictures, failures: {} };
  const drawn = await drawDiagrams(
    toDraw.map((d) => d.spec),
    executablePath,
  );
  for (const { spec, key } of toDraw) {
    const picture = drawn.pictures[spec.id];
    if (picture) rememberPicture(key, picture);
  }
  return { pictures: { ...pictures, ...drawn.pictures }, failures: drawn.failures };
};

/** Draws every diagram (and any SVG pictures); throws ChromiumMissingError (with a message naming what is missing) when it cannot start. */
export const drawDiagrams = async (
  diagrams: readonly DiagramSpec[],
  executablePath: string = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM,
  svgs: readonly SvgToDraw[] = [],
): Promise<DrawResult> => {
  if (diagrams.length === 0 && svgs.length === 0) return { pictures: {}, failures: {} };
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(`Chromium tidak ditemukan di ${executablePath} (pasang paket "chromium" atau atur CHROMIUM_PATH).`);
  }
  const require = createRequire(import.meta.url);
  let mermaidPath: string;
  let chromium: typeof import('playwright-core').chromium;
  try {
    mermaidPath = diagrams.every((d) => isSvgSource(d.source)) ? '' : require.resolve('mermaid/dist/mermaid.min.js');
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ChromiumMissingError('Paket "mermaid" atau "playwright-core" tidak ada di node_modules (jalankan npm ci).');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    if (mermaidPath !== '') await page.addScriptTag({ path: mermaidPath });
    const input: PageInput = {
      specs: diagrams.map((d) => ({ id: d.id, source: d.source })),
      svgs: svgs.map((svg) => ({ ...svg, longSide: SVG_LONG_SIDE_PX })),
      settings: MERMAID_SETTINGS,
    };
    const drawn = await page.evaluate(drawInPage, input);
    const pictures: Record<string, DiagramPicture> = {};
    const failures: Record<string, string> = {};
    for (const d of drawn) {
      if (d.ok && d.base64 !== '') pictures[d.id] = { png: Buffer.from(d.base64, 'base64'), width: d.width, height: d.height };
      else failures[d.id] = d.error || 'gagal digambar';
    }
    return { pictures, failures };
  } finally {
    await browser.close();
  }
};
