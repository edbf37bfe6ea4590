import type { Orientation } from '../../../shared/document';

/** Paper sizes and margins in twips (1/1440 inch). F4 (folio) is 215 × 330 mm, as printed in Indonesian offices. */

export type PaperSize = 'A4' | 'F4';

const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  F4: { width: mm(215), height: mm(330) },
};

export const MARGINS = { top: mm(25), bottom: mm(25), left: mm(30), right: mm(25), header: mm(12.5), footer: mm(12.5) };

/** Width available for text on a page, in twips. */
export const textWidth = (paper: PaperSize, orientation: Orientation): number => {
  const { width, height } = PAPER[paper];
  return (orientation === 'portrait' ? width : height) - MARGINS.left - MARGINS.right;
};

/** Height available for text on a page, in twips. */
export const textHeight = (paper: PaperSize, orientation: Orientation): number => {
  const { width, height } = PAPER[paper];
  return (orientation === 'portrait' ? height : width) - MARGINS.top - MARGINS.bottom;
};

/** Twips to the pixels docx sizes pictures in (96 per inch). */
export const twipsToPx = (twips: number): number => Math.floor((twips * 96) / 1440);

export const mmToTwips = mm;
