import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DiagramSpec } from '../../../shared/document';
import type { DiagramPicture } from './context';

/**
 * Draws mermaid diagrams as PNG in a headless Chromium, for exports made outside the app window
 * (the `npm run export` script and tests). In the app the renderer draws them and passes the pictures in.
 * Offline: mermaid is loaded from node_modules, and fonts that exist on the machine are named.
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

/** Runs in the page: mermaid → SVG sized from its viewBox → canvas → PNG at twice the size. */
const drawInPage = async (specs: Array<{ id: string; source: string }>): Promise<Drawn[]> => {
  type MermaidApi = {
    initialize(config: Record<string, unknown>): void;
    render(id: string, source: string): Promise<{ svg: string }>;
  };
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
  const fontFamily = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'default',
    fontFamily,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    gantt: { useWidth: 820, barHeight: 24, barGap: 6, fontSize: 13, sectionFontSize: 13, leftPadding: 190, gridLineStartPadding: 40 },
    quadrantChart: { chartWidth: 640, chartHeight: 560 },
    themeVariables: { fontFamily },
  });
  const out: Drawn[] = [];
  for (const [index, spec] of specs.entries()) {
    try {
      const { svg } = await mermaid.render(`diagram${index}`, spec.source);
      const doc = new DOMParser().parseFromString(svg.replace(/&nbsp;/g, '&#160;'), 'image/svg+xml');
      const root = doc.documentElement;
      const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      const width = Math.ceil(box[2] && box[2] > 0 ? box[2] : 800);
      const height = Math.ceil(box[3] && box[3] > 0 ? box[3] : 600);
      root.setAttribute('width', String(width));
      root.setAttribute('height', String(height));
      root.removeAttribute('style');
      // With plain SVG labels the mindmap's root text is not centred by default.
      const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
      style.textContent = '.mindmap-node text, .mindmap-node .text-inner-tspan { text-anchor: middle; }';
      root.appendChild(style);
      const data = new XMLSerializer().serializeToString(root);
      const image = new Image();
      const url = URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' }));
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('SVG tidak dapat dimuat'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('Kanvas tidak tersedia');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      out.push({ id: spec.id, ok: true, base64: canvas.toDataURL('image/png').split(',')[1] ?? '', width, height, error: '' });
    } catch (error) {
      out.push({ id: spec.id, ok: false, base64: '', width: 0, height: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
};

export interface DrawResult {
  pictures: Record<string, DiagramPicture>;
  /** Diagram id → why it could not be drawn. */
  failures: Record<string, string>;
}

/** Draws every diagram; throws ChromiumMissingError (with a message naming what is missing) when it cannot start. */
export const drawDiagrams = async (diagrams: readonly DiagramSpec[], executablePath = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM): Promise<DrawResult> => {
  if (diagrams.length === 0) return { pictures: {}, failures: {} };
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(`Chromium tidak ditemukan di ${executablePath} (pasang paket "chromium" atau atur CHROMIUM_PATH).`);
  }
  const require = createRequire(import.meta.url);
  let mermaidPath: string;
  let chromium: typeof import('playwright-core').chromium;
  try {
    mermaidPath = require.resolve('mermaid/dist/mermaid.min.js');
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ChromiumMissingError('Paket "mermaid" atau "playwright-core" tidak ada di node_modules (jalankan npm ci).');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: mermaidPath });
    const drawn = await page.evaluate(drawInPage, diagrams.map((d) => ({ id: d.id, source: d.source })));
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
