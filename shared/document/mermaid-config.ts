/**
 * How mermaid draws the masterplan's diagrams, in one place for both painters: the app (renderer/src/components/
 * mermaid-render.ts, for the preview and the pictures it hands to the Word export) and the headless Chromium of the
 * export script (electron/services/export/mermaid-chromium.ts). Same settings, same pictures.
 *
 * Plain data, so it can be passed into a browser page as it is. Offline: only fonts that exist on the machine are
 * named, and labels are plain SVG text (no <foreignObject>), which an image decoder can draw on a canvas.
 * The data-dense diagrams (the Gantt roadmap, the map of dimensions, the quick-win quadrant) are drawn as SVG in
 * shared/document, where every label's place is ours to decide; mermaid lays out the boxes and arrows of the
 * institutions chart (governance-chart.ts), in the app's palette (renderer/src/styles/base.css), not its lavender.
 */

import { DIAGRAM_PALETTE } from './svg-draw';

/** Fonts found on our Linux machines (DejaVu, Liberation) first, then the usual ones elsewhere. */
export const MERMAID_FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/** The app's colours (base.css), the same the diagrams drawn as SVG use. */
const PALETTE = DIAGRAM_PALETTE;

export const MERMAID_SETTINGS = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  htmlLabels: false,
  // Compact ranks so a chart of a few ranks (the institutions chart, governance-chart.ts) prints near its drawn size.
  flowchart: { htmlLabels: false, nodeSpacing: 18, rankSpacing: 36, wrappingWidth: 170, padding: 10 },
  fontFamily: MERMAID_FONT_FAMILY,
  themeVariables: {
    fontFamily: MERMAID_FONT_FAMILY,
    background: '#ffffff',
    primaryColor: PALETTE.primarySoft,
    primaryTextColor: PALETTE.text,
    primaryBorderColor: PALETTE.primary,
    secondaryColor: PALETTE.accentSoft,
    tertiaryColor: PALETTE.primarySofter,
    lineColor: PALETTE.borderStrong,
    textColor: PALETTE.text,
  },
  // A wrong source throws (and is reported) instead of drawing mermaid's "syntax error" picture.
  suppressErrorRendering: true,
} as const;
