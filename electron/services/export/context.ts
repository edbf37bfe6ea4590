import type { DiagramSpec, Orientation } from '../../../shared/document';
import type { PaperSize } from './page';

/** A diagram already drawn as a PNG, keyed by diagram id. */
export interface DiagramPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** What block writers need to know about where they are writing. */
export interface WriteContext {
  paper: PaperSize;
  orientation: Orientation;
  /** Text width of the current section, in twips. */
  width: number;
  diagrams: Readonly<Record<string, DiagramPicture>>;
  diagramSources: ReadonlyMap<string, DiagramSpec>;
  /** A fresh list instance, so each numbered list starts at 1. */
  nextListInstance(): number;
}
