import type { Mermaid, MermaidConfig } from 'mermaid';
import { MERMAID_SETTINGS } from '../../../shared/document/mermaid-config';
import { isSvgSource } from '../../../shared/document/diagrams';

/**
 * Mermaid in the renderer, offline: the library is bundled and loaded on first use (a dynamic
 * import keeps it out of the main bundle). The settings are shared with the Word export's Chromium drawing
 * (shared/document/mermaid-config.ts) so the app and the document show the same pictures.
 */

export const MERMAID_CONFIG: MermaidConfig = MERMAID_SETTINGS;

let loading: Promise<Mermaid> | null = null;

export const loadMermaid = (): Promise<Mermaid> => {
  loading ??= import('mermaid').then(
    ({ default: mermaid }) => {
      mermaid.initialize(MERMAID_CONFIG);
      return mermaid;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
};

/** Drawn pictures by source, so switching tabs back and forth does not draw again. */
const drawn = new Map<string, string>();
const CACHE_SIZE = 40;
let counter = 0;

/** The SVG markup of a mermaid source; throws with mermaid's own (English) message when the source is wrong. */
export const renderMermaidSvg = async (source: string): Promise<string> => {
  // The Gantt roadmap comes already drawn as SVG (shared/document/diagrams.ts): nothing for mermaid to do.
  if (isSvgSource(source)) return source;
  const cached = drawn.get(source);
  if (cached !== undefined) return cached;
  const mermaid = await loadMermaid();
  counter += 1;
  const id = `mermaid-diagram-${counter}`;
  try {
    const { svg } = await mermaid.render(id, source);
    if (drawn.size >= CACHE_SIZE) drawn.delete(drawn.keys().next().value ?? '');
    drawn.set(source, svg);
    return svg;
  } finally {
    // Mermaid draws in a temporary element under <body>; after an error it may stay behind.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
};

export interface DiagramPng {
  /** The PNG file's bytes. */
  png: Uint8Array;
  base64: string;
  /** The drawing's own size in CSS pixels (from its viewBox): use it for the proportions on the page. */
  width: number;
  height: number;
  /** The PNG's size in pixels, larger than width × height for print. */
  pixelWidth: number;
  pixelHeight: number;
}

export interface PngOptions {
  /** Pixels per CSS pixel; by default enough for about 1950 px across (16.5 cm at 300 dpi), at least 2, at most 4. */
  scale?: number;
  background?: string;
}

const PRINT_WIDTH_PX = 1950;
const MAX_CANVAS_PIXELS = 16_000_000;

/** Gives the SVG a fixed size from its viewBox: mermaid's `width="100%"` has no size outside a page. */
const sizedSvg = (svg: string): { markup: string; width: number; height: number } => {
  // An image decoder knows no HTML entities: &nbsp; would make the whole SVG unreadable.
  const doc = new DOMParser().parseFromString(svg.replace(/&nbsp;/g, '&#160;'), 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) throw new Error('SVG diagram tidak dapat dibaca');
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Math.ceil(box[2] !== undefined && box[2] > 0 ? box[2] : 800);
  const height = Math.ceil(box[3] !== undefined && box[3] > 0 ? box[3] : 600);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.removeAttribute('style');
  return { markup: new XMLSerializer().serializeToString(root), width, height };
};

const loadImage = (url: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('SVG diagram tidak dapat dimuat sebagai gambar'));
    image.src = url;
  });

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Draws a mermaid SVG on a canvas and returns it as a PNG at print resolution, on a white background. */
export const svgToPng = async (svg: string, options: PngOptions = {}): Promise<DiagramPng> => {
  const { markup, width, height } = sizedSvg(svg);
  const wanted = options.scale ?? Math.min(4, Math.max(2, PRINT_WIDTH_PX / width));
  const scale = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Kanvas tidak tersedia');
    context.fillStyle = options.background ?? '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG tidak dapat dibuat'))), 'image/png'));
    const png = new Uint8Array(await blob.arrayBuffer());
    return { png, base64: toBase64(png), width, height, pixelWidth: canvas.width, pixelHeight: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
};

/** A mermaid source straight to a print-ready PNG, e.g. for the Word export. */
export const renderMermaidPng = async (source: string, options: PngOptions = {}): Promise<DiagramPng> => svgToPng(await renderMermaidSvg(source), options);
