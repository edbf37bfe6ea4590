/**
 * How mermaid draws the masterplan's diagrams, in one place for both painters: the app (renderer/src/components/
 * mermaid-render.ts, for the preview and the pictures it hands to the Word export) and the headless Chromium of the
 * export script (electron/services/export/mermaid-chromium.ts). Same settings, same pictures.
 *
 * Plain data, so it can be passed into a browser page as it is. Offline: only fonts that exist on the machine are
 * named, and labels are plain SVG text (no <foreignObject>), which an image decoder can draw on a canvas.
 */

/** Fonts found on our Linux machines (DejaVu, Liberation) first, then the usual ones elsewhere. */
export const MERMAID_FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

export const MERMAID_SETTINGS = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'default',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily: MERMAID_FONT_FAMILY,
  themeVariables: { fontFamily: MERMAID_FONT_FAMILY },
  // A wrong source throws (and is reported) instead of drawing mermaid's "syntax error" picture.
  suppressErrorRendering: true,
  gantt: { useWidth: 820, barHeight: 24, barGap: 6, fontSize: 13, sectionFontSize: 13, leftPadding: 190, gridLineStartPadding: 40 },
  quadrantChart: { chartWidth: 640, chartHeight: 560 },
} as const;

/**
 * CSS added to a drawn SVG before it becomes a picture: with plain SVG labels the mindmap's root text is not
 * centred by default.
 */
export const MERMAID_PICTURE_CSS = '.mindmap-node text, .mindmap-node .text-inner-tspan { text-anchor: middle; }';
